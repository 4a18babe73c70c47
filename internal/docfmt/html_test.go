package docfmt

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{
			name: "blocks are paragraphs, inline elements run on",
			html: "<html><body><h1>Resolution <b>80/10</b></h1><p>Recalling its <i>resolution</i> 61/185,</p><div>Decides</div></body></html>",
			want: "Resolution 80/10\n\nRecalling its resolution 61/185,\n\nDecides\n",
		},
		{
			name: "line breaks end a paragraph; footnote marks stand apart",
			html: "<p>Human Rights,<sup>1</sup>the Covenant<br>Resolution 217 A (III)</p>",
			want: "Human Rights, 1 the Covenant\n\nResolution 217 A (III)\n",
		},
		{
			name: "table rows with cells joined, a cell's paragraphs kept on its line",
			html: "<table><tr><td><p>United Nations</p></td><td><p>S/RES/2198</p><p>(2015)</p></td></tr><tr><th>a</th><th></th></tr></table>",
			want: "United Nations | S/RES/2198 (2015)\n\na |\n",
		},
		{
			name: "site furniture, scripts, styles and hidden text dropped",
			html: `<body><header>UN Documents</header><nav>resolution 1/1</nav><div role="navigation">resolution 2/2</div><main><p>decision 3/3</p><p hidden>resolution 4/4</p><span style="display: none">resolution 5/5</span></main><script>x("6/6")</script><footer>7/7</footer></body>`,
			want: "decision 3/3\n",
		},
		{
			name: "the declared character set is honoured",
			html: "<html><head><meta charset=\"windows-1252\"></head><body><p>R\xe9solution 55/25 \x96 annexe</p></body></html>",
			want: "Résolution 55/25 – annexe\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeHTML([]byte(tt.html), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DecodeHTML (-want +got):\n%s", diff)
			}
		})
	}
}
