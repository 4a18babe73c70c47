package docfmt

import (
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzDecode: whatever the bytes, decoding returns (no panic, no hang)
// and what it returns is valid UTF-8. PDFs go to the Go engine, which runs
// in this process; pdftotext is a process of its own.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{"testdata/word-web/A_RES_80_43.docx", "testdata/word-web/A_RES_80_43.html"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("<!DOCTYPE html><html><body><table><tr><td>a<td><table><tr><td>b</table></table><sup>1</sup>"))
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := Decode(data, PDFOptions{Engine: Native, Limits: Limits{MaxExpanded: 4 << 20, MaxText: 4 << 20}})
		if err == nil && !utf8.ValidString(text) {
			t.Errorf("Decode gave invalid UTF-8")
		}
	})
}
