package docfmt

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/extract"
)

// TestPDFSixLanguages: Security Council resolution 2198 (2015) in the six
// languages, each made a PDF by LibreOffice from its UNPC text (Arabic set
// right to left, its glyphs stored in visual order, as LibreOffice writes
// them; Chinese with no spaces between words), gives from its PDF the
// citations of its text, in order.
func TestPDFSixLanguages(t *testing.T) {
	requirePoppler(t)
	for _, lang := range []string{"AR", "ZH", "EN", "FR", "RU", "ES"} {
		t.Run(lang, func(t *testing.T) {
			base := filepath.Join("testdata", "six-languages", "S_RES_2198_2015-"+lang)
			pdf, txt := readFile(t, base+".pdf"), readFile(t, base+".txt")
			text, _, err := DecodePDF(pdf, PDFOptions{Engine: Poppler})
			if err != nil {
				t.Fatal(err)
			}
			opts := extract.Options{Symbol: "S/RES/2198 (2015)"}
			idsOf := func(src []byte) (ids []string) {
				for _, c := range extract.Extract(src, opts).Citations {
					ids = append(ids, c.ID+" "+c.Lang)
				}
				return ids
			}
			want := idsOf(txt)
			if len(want) < 9 {
				t.Fatalf("the text version gives %d citations; the test wants its 9 or more", len(want))
			}
			if diff := cmp.Diff(want, idsOf([]byte(text))); diff != "" {
				t.Errorf("citations (-text +pdf):\n%s\nthe PDF's text:\n%s", diff, text)
			}
		})
	}
}
