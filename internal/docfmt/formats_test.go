package docfmt

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file string
		data       string
		want       Format
	}{
		{name: "PDF by its header", file: "x.txt", data: "%PDF-1.7\n...", want: PDF},
		{name: "PDF header after junk bytes", file: "x", data: "\r\n%PDF-1.4\n", want: PDF},
		{name: "zip is DOCX", file: "x.pdf", data: "PK\x03\x04rest", want: DOCX},
		{name: "compound file (encrypted docx)", file: "x.docx", data: string(cfbMagic) + "rest", want: DOCX},
		{name: "HTML doctype", file: "x.txt", data: "\ufeff  <!DOCTYPE html><html>", want: HTML},
		{name: "HTML without doctype", file: "page", data: "<html lang=en><body>", want: HTML},
		{name: "XHTML", file: "x.xhtml", data: `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, want: HTML},
		{name: "XML that is not HTML is text", file: "x.xml", data: `<?xml version="1.0"?><root/>`, want: Text},
		{name: "Markdown by name", file: "notes.md", data: "# Title\n", want: Markdown},
		{name: "text", file: "a.txt", data: "United Nations\n", want: Text},
		{name: "empty", file: "a.txt", data: "", want: Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.file, []byte(tt.data)); got != tt.want {
				t.Errorf("Detect(%q, %q) = %q, want %q", tt.file, tt.data, got, tt.want)
			}
		})
	}
}

// TestWordAndWeb: A/RES/80/43 as a Word file (made by LibreOffice from the
// text version, with the header in a table as the UN's template sets it,
// and real footnotes) and as a web page (LibreOffice's export of that
// file, with a site's navigation, script, style, hidden block and footer
// around it) gives the citations of its text version.
func TestWordAndWeb(t *testing.T) {
	txt, err := os.ReadFile("testdata/ga-res-80/A_RES_80_43.txt")
	if err != nil {
		t.Fatal(err)
	}
	const symbol = "A/RES/80/43"
	want := ids(txt, symbol)
	tests := []struct {
		file     string
		contains []string // pieces of the text that show the structure was read
		absent   []string // what is not the document's text
	}{
		{
			file:     "testdata/word-web/A_RES_80_43.docx",
			contains: []string{"United Nations | A/RES/80/43", "General Assembly | Distr.: General 3 December 2025", "\n\n1 Report of the United Nations Conference on the Illicit Trade"},
		},
		{
			file:     "testdata/word-web/A_RES_80_43.html",
			contains: []string{"\n\n1 Report of the United Nations Conference on the Illicit Trade", "United Nations | A/RES/80/43"},
			absent:   []string{"Resolution 80/1", "resolution 80/2", "99/99", "98/98", "97/97", "96/96", "Privacy", "Documents"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := Decode(data, PDFOptions{})
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if diff := cmp.Diff(want, ids([]byte(text), symbol)); diff != "" {
				t.Errorf("citation ids, counted (-text version +%s):\n%s", tt.file, diff)
			}
			for _, s := range tt.contains {
				if !strings.Contains(text, s) {
					t.Errorf("the text does not hold %q", s)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(text, s) {
					t.Errorf("the text holds %q, which is not the document's", s)
				}
			}
		})
	}
}
