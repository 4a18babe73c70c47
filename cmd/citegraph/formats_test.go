package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractFormats: extract reads a Word file and a web page by their
// content, and a PDF when pdftotext is installed, giving their citations.
func TestExtractFormats(t *testing.T) {
	fixtures := filepath.Join("..", "..", "internal", "docfmt", "testdata")
	tests := []struct {
		file string
		pdf  bool
	}{
		{file: filepath.Join(fixtures, "word-web", "A_RES_80_43.docx")},
		{file: filepath.Join(fixtures, "word-web", "A_RES_80_43.html")},
		{file: filepath.Join(fixtures, "ga-res-80", "A_RES_80_43.pdf"), pdf: true},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			if tt.pdf {
				needPdftotext(t)
			}
			out, errOut, code := citegraph(t, "extract", tt.file)
			if code != 0 {
				t.Fatalf("extract %s: exit %d, stderr %s", tt.file, code, errOut)
			}
			cites := readJSONL(t, out)
			if len(cites) < 30 || !strings.Contains(out, `"id":"ga:res:79/54"`) {
				t.Errorf("extract %s gave %d citations, want the 38 of A/RES/80/43 with ga:res:79/54 among them", tt.file, len(cites))
			}
		})
	}
}

// TestIngestFormats: ingest takes a folder of PDFs, Word files and web
// pages; a scanned PDF is named as needing OCR, the rest goes in.
func TestIngestFormats(t *testing.T) {
	needPdftotext(t)
	fixtures := filepath.Join("..", "..", "internal", "docfmt", "testdata")
	db := filepath.Join(t.TempDir(), "c.db")
	_, errOut, code := citegraph(t, "ingest", "--db", db,
		filepath.Join(fixtures, "ga-res-80", "A_RES_80_10.pdf"),
		filepath.Join(fixtures, "word-web", "A_RES_80_43.docx"),
		filepath.Join(fixtures, "bad", "scanned.pdf"))
	if code != 1 {
		t.Errorf("ingest exit %d, want 1 (a file skipped)", code)
	}
	if !strings.Contains(errOut, "scanned.pdf: needs OCR") {
		t.Errorf("stderr does not name the scan as needing OCR: %s", errOut)
	}
	if s := stats(t, db); s.Documents != 2 {
		t.Errorf("Stats.Documents = %d, want 2 (A/RES/80/10 from its PDF, A/RES/80/43 from its DOCX)", s.Documents)
	}
}

// needPdftotext skips without pdftotext, unless CI requires it
// (CITEGRAPH_REQUIRE_PDFTOTEXT, set by .ci/run).
func needPdftotext(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CITEGRAPH_REQUIRE_PDFTOTEXT") != "" {
			t.Fatalf("pdftotext not found, and CITEGRAPH_REQUIRE_PDFTOTEXT is set: %v", err)
		}
		t.Skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
	}
}
