package docfmt

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeDOCX(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	doc := func(body string) string { return `<w:document ` + ns + `><w:body>` + body + `</w:body></w:document>` }
	notes := `<w:footnotes ` + ns + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>___</w:t></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="5"><w:p><w:r><w:t>Resolution 61/295, annex.</w:t></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="2"><w:p><w:r><w:t>See resolution 2200 A (XXI).</w:t></w:r></w:p></w:footnote></w:footnotes>`
	tests := []struct {
		name  string
		parts map[string]string
		want  string
	}{
		{
			name: "paragraphs, runs, tabs and tracked deletions",
			parts: map[string]string{"word/document.xml": doc(`<w:p><w:r><w:t xml:space="preserve">Recalling its </w:t></w:r><w:del><w:r><w:delText>former </w:delText></w:r></w:del><w:r><w:t>resolution</w:t><w:tab/><w:t>61/185,</w:t></w:r></w:p>` +
				`<w:p/><w:p><w:r><w:t>Decides</w:t></w:r></w:p>`)},
			want: "Recalling its resolution 61/185,\n\nDecides\n",
		},
		{
			name: "footnotes numbered in the order referred to, after the body",
			parts: map[string]string{
				"word/document.xml":  doc(`<w:p><w:r><w:t>Rights,</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>the Declaration</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r></w:p>`),
				"word/footnotes.xml": notes,
			},
			want: "Rights, 1 the Declaration 2\n\n1 See resolution 2200 A (XXI).\n\n2 Resolution 61/295, annex.\n",
		},
		{
			name:  "table rows, cells joined",
			parts: map[string]string{"word/document.xml": doc(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>United Nations</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>A/RES/80/43</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>The General Assembly,</w:t></w:r></w:p>`)},
			want:  "United Nations | A/RES/80/43\n\nThe General Assembly,\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := map[string][]byte{}
			for k, v := range tt.parts {
				parts[k] = []byte(v)
			}
			got, err := DecodeDOCX(zipOf(t, parts), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DecodeDOCX (-want +got):\n%s", diff)
			}
		})
	}
}
