package docfmt

import (
	"archive/zip"
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// zipOf builds a zip of the named parts, as a DOCX is one.
func zipOf(t *testing.T, parts map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// bomb is a DOCX whose document.xml expands to size bytes of one
// paragraph repeated, from a few hundred kB of zip.
func bomb(t *testing.T, size int) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	para := []byte(strings.Repeat("<w:p><w:r><w:t>Recalling its resolution 79/1,</w:t></w:r></w:p>", 1000))
	for n := 0; n < size; n += len(para) {
		if _, err := w.Write(para); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestBadInput: each damaged, protected or hostile file gets the error
// kind that says what is wrong with it, never a panic, never empty text.
func TestBadInput(t *testing.T) {
	pdf := readFile(t, "testdata/ga-res-80/A_RES_80_30.pdf")
	docx := readFile(t, "testdata/word-web/A_RES_80_43.docx")
	damaged := bytes.Clone(pdf)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 2000; i < len(damaged)-3000; i++ {
		damaged[i] = byte(rng.UintN(256))
	}
	garbage := []byte("%PDF-1.7\n")
	for range 5000 {
		garbage = append(garbage, byte(rng.UintN(256)))
	}
	garbage = append(garbage, "\n%%EOF\n"...)
	// An encrypted Office file is a compound file holding an
	// "EncryptedPackage" stream; only its name is looked for.
	encryptedDOCX := append(bytes.Clone(cfbMagic), make([]byte, 504)...)
	encryptedDOCX = append(encryptedDOCX, utf16le("EncryptedPackage")...)
	oldDoc := append(bytes.Clone(cfbMagic), make([]byte, 1024)...)

	tests := []struct {
		name    string
		data    []byte
		limits  Limits
		engines []Engine // PDF engines to try; none for other formats
		want    error
		says    string // a piece of the message
	}{
		{name: "encrypted PDF (qpdf, AES-256, user password)", data: readFile(t, "testdata/bad/encrypted.pdf"), engines: []Engine{Poppler, Native}, want: ErrEncrypted, says: "password"},
		{name: "truncated PDF", data: pdf[:len(pdf)/2], engines: []Engine{Poppler, Native}, want: ErrCorrupt, says: "truncated"},
		{name: "PDF with its body overwritten", data: damaged, engines: []Engine{Poppler, Native}, want: ErrCorrupt},
		{name: "PDF header and garbage", data: garbage, engines: []Engine{Poppler, Native}, want: ErrCorrupt},
		{name: "scanned PDF, no text layer", data: readFile(t, "testdata/bad/scanned.pdf"), engines: []Engine{Poppler, Native}, want: ErrNeedsOCR, says: "OCR"},
		{name: "truncated DOCX", data: docx[:len(docx)/2], want: ErrCorrupt},
		{name: "DOCX with broken XML", data: zipOf(t, map[string][]byte{"word/document.xml": []byte("<w:document><w:body><w:p><w:t>Recalling</w:p>")}), want: ErrCorrupt},
		{name: "zip that is not Word", data: zipOf(t, map[string][]byte{"xl/workbook.xml": []byte("<workbook/>")}), want: ErrUnknownFormat, says: "word/document.xml"},
		{name: "DOCX with no text", data: zipOf(t, map[string][]byte{"word/document.xml": []byte("<w:document><w:body><w:p/></w:body></w:document>")}), want: ErrNoText},
		{name: "zip bomb DOCX", data: bomb(t, 64<<20), limits: Limits{MaxExpanded: 8 << 20}, want: ErrTooLarge, says: "expand"},
		{name: "encrypted DOCX", data: encryptedDOCX, want: ErrEncrypted, says: "password"},
		{name: "old binary .doc", data: oldDoc, want: ErrUnknownFormat, says: ".doc"},
		{name: "HTML with no text", data: []byte("<!DOCTYPE html><html><head><title>x</title><script>resolution 1/1</script></head><body><nav>Home</nav></body></html>"), want: ErrNoText},
	}
	for _, tt := range tests {
		engines := tt.engines
		if engines == nil {
			engines = []Engine{Auto}
		}
		for _, e := range engines {
			t.Run(tt.name+"/"+string(e), func(t *testing.T) {
				if e == Poppler {
					requirePoppler(t)
				}
				text, _, err := Decode(tt.data, PDFOptions{Engine: e, Limits: tt.limits})
				if !errors.Is(err, tt.want) {
					t.Fatalf("Decode = %d bytes of text, error %v; want %v", len(text), err, tt.want)
				}
				t.Logf("%v", err)
				if !strings.Contains(err.Error(), tt.says) {
					t.Errorf("error %q does not say %q", err, tt.says)
				}
				if text != "" {
					t.Errorf("Decode gave %d bytes of text with its error", len(text))
				}
			})
		}
	}
}

// TestZipBombDefaultLimit: with the default limit, a DOCX expanding to
// more than DefaultMaxExpanded stops there.
func TestZipBombDefaultLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("expands 80 MB of XML; skipped with -short")
	}
	_, err := DecodeDOCX(bomb(t, DefaultMaxExpanded+16<<20), Limits{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("DecodeDOCX(bomb) error = %v, want ErrTooLarge", err)
	}
}
