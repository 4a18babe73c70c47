package ingest

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/docfmt"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
)

func TestNameOf(t *testing.T) {
	tests := []struct {
		name string
		want named
	}{
		{name: "A_RES_80_10-EN.pdf", want: named{symbol: "A/RES/80/10", lang: "en"}},
		{name: "A_RES_80_10-F.pdf", want: named{symbol: "A/RES/80/10", lang: "fr"}},
		{name: "A_C.1_80_L.1-ZH.docx", want: named{symbol: "A/C.1/80/L.1", lang: "zh"}},
		{name: "E_CN.15_2015_4_FR.txt", want: named{symbol: "E/CN.15/2015/4", lang: "fr"}},
		{name: "A_RES_80_10.pdf", want: named{symbol: "A/RES/80/10"}},
		{name: "docs/A_RES_80_10/ru.pdf", want: named{symbol: "A/RES/80/10", lang: "ru"}},
		{name: "docs/A_RES_80_10/AR.html", want: named{symbol: "A/RES/80/10", lang: "ar"}},
		{name: "S_RES_0687_1991_EN.txt", want: named{symbol: "S/RES/687 (1991)", lang: "en"}},
		{name: "report.es.txt", want: named{lang: "es"}},
		{name: "2015_e_cn_15_2015_4.es.txt", want: named{lang: "es"}},
		{name: "GA_DEC_79_512_EN.txt", want: named{lang: "en"}},                       // no body issues GA/ documents
		{name: "A_RES_80/notes.pdf", want: named{}},                                   // a folder names the symbol only of files named by language
		{name: "railcar-ga-res-80/A_RES_80_5.txt", want: named{symbol: "A/RES/80/5"}}, //
		{name: "CMA2016_1.1_Decisions_1_to_2.txt", want: named{}},
		{name: "minutes-de.txt", want: named{}}, // not one of the six
	}
	reg := registry.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, nameOf(tt.name, reg), cmp.AllowUnexported(named{})); diff != "" {
				t.Errorf("nameOf(%q) (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

// TestRunLanguageVersions: six language versions of E/RES/2014/34, named
// in each of the ways ingest understands and none carrying its symbol in
// its text, become one document with six versions, and the resolution
// they all cite is one edge with evidence in each language.
func TestRunLanguageVersions(t *testing.T) {
	dir := t.TempDir()
	src := func(lang string) string {
		data, err := os.ReadFile(filepath.Join("testdata", "unpc", "2015_e_res_2014_34."+lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	writeFile(t, filepath.Join(dir, "E_RES_2014_34-EN.txt"), src("en"))                 // ODS name, ISO code
	writeFile(t, filepath.Join(dir, "E_RES_2014_34-F.txt"), src("fr"))                  // ODS name, ODS letter
	writeFile(t, filepath.Join(dir, "E_RES_2014_34", "es.txt"), src("es"))              // a folder per symbol
	writeFile(t, filepath.Join(dir, "E_RES_2014_34", "E_RES_2014_34-RU.md"), src("ru")) //
	writeFile(t, filepath.Join(dir, "e-res-34.zh.txt"), src("zh"))                      // language by name, symbol by sidecar
	writeFile(t, filepath.Join(dir, "e-res-34.zh.json"), `{"symbol": "E/RES/2014/34"}`)
	writeFile(t, filepath.Join(dir, "arabic.txt"), src("ar")) // everything by sidecar
	writeFile(t, filepath.Join(dir, "arabic.json"), `{"symbol": "E/RES/2014/34", "lang": "ar", "date": "2014-07-16"}`)

	st := openStore(t)
	sum, err := Run(t.Context(), st, []string{dir}, Options{})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Texts != 6 || sum.Documents != 1 || len(sum.Skipped) != 0 {
		t.Fatalf("Run = %s, skipped %q; want 6 texts of 1 document", sum, sum.Skipped)
	}
	doc, err := st.Document(t.Context(), "E/RES/2014/34")
	if err != nil {
		t.Fatalf("Document(E/RES/2014/34): %v", err)
	}
	var langs []string
	for _, v := range doc.Versions {
		langs = append(langs, v.Lang)
	}
	slices.Sort(langs)
	if diff := cmp.Diff([]string{"ar", "en", "es", "fr", "ru", "zh"}, langs); diff != "" {
		t.Errorf("versions of E/RES/2014/34 (-want +got):\n%s", diff)
	}
	page, err := st.Edges(t.Context(), store.EdgeQuery{Node: "E/RES/2014/34", Direction: store.Out})
	if err != nil {
		t.Fatal(err)
	}
	// One edge per (document, instrument, relation): should the extractor
	// read the relation differently in one language, that language's
	// evidence is on a second edge to the same instrument; the evidence
	// is all there either way.
	var cited []string
	var ev []string
	for _, e := range page.Edges {
		if !slices.Contains(cited, e.To) {
			cited = append(cited, e.To)
		}
		for _, x := range e.Evidence {
			ev = append(ev, x.Lang)
		}
	}
	slices.Sort(ev)
	if diff := cmp.Diff([]string{"eclac:res:689(XXXV)"}, cited); diff != "" {
		t.Errorf("instruments cited by E/RES/2014/34 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ar", "en", "es", "fr", "ru", "zh"}, ev); diff != "" {
		t.Errorf("languages of the evidence of its citation (-want +got):\n%s", diff)
	}
	if len(page.Edges) > 1 {
		t.Logf("the relation is read differently across languages: %d edges", len(page.Edges))
	}
}

// TestRunPDFs: the A/RES/80 PDFs go in under their symbols; an encrypted
// PDF, a scan and a file of several hundred megabytes are each skipped
// with their own error, naming the file, and the ingest goes on; the
// huge file is refused without being read.
func TestRunPDFs(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil && os.Getenv("CITEGRAPH_REQUIRE_PDFTOTEXT") == "" {
		t.Skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
	}
	pdfs, err := filepath.Glob(filepath.Join("..", "docfmt", "testdata", "ga-res-80", "*.pdf"))
	if err != nil || len(pdfs) != 15 {
		t.Fatalf("want the 15 A/RES/80 PDFs, have %d (%v)", len(pdfs), err)
	}
	huge := filepath.Join(t.TempDir(), "A_RES_80_99-EN.pdf")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("%PDF-1.7\n"); err != nil {
		t.Fatal(err)
	}
	// Sparse: 400 MB on paper, nothing on disk.
	if err := f.Truncate(400 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	bad := filepath.Join("..", "docfmt", "testdata", "bad")
	paths := append([]string{filepath.Join(bad, "encrypted.pdf"), huge, filepath.Join(bad, "scanned.pdf")}, pdfs...)

	st := openStore(t)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sum, err := Run(t.Context(), st, paths, Options{})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Texts != 15 || sum.Documents != 15 {
		t.Errorf("Run = %s; want the 15 resolutions in", sum)
	}
	wantSkipped := []error{docfmt.ErrEncrypted, docfmt.ErrTooLarge, docfmt.ErrNeedsOCR}
	if len(sum.Skipped) != len(wantSkipped) {
		t.Fatalf("skipped %q, want %d files", sum.Skipped, len(wantSkipped))
	}
	for i, p := range sum.Skipped {
		if p.Path != paths[i] || !errors.Is(p.Err, wantSkipped[i]) {
			t.Errorf("skipped[%d] = %s, want %s with %v", i, p, paths[i], wantSkipped[i])
		}
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
		t.Errorf("ingest allocated %d MB: the 400 MB file was read", alloc>>20)
	}
	for _, p := range pdfs {
		sym := strings.ReplaceAll(strings.TrimSuffix(filepath.Base(p), ".pdf"), "_", "/")
		doc, err := st.Document(t.Context(), sym)
		if err != nil {
			t.Errorf("%s: Document(%q): %v", p, sym, err)
			continue
		}
		if doc.Lang != "en" || doc.Date == "" {
			t.Errorf("%s: document %s has lang %q, date %q; want en and the date of its header", p, sym, doc.Lang, doc.Date)
		}
	}
	ins, err := st.Instrument(t.Context(), cite.MustID("ga:res:80/10"))
	if err != nil || len(ins.Texts) != 1 || ins.Texts[0] != "A/RES/80/10" {
		t.Errorf("Instrument(ga:res:80/10) = %+v, %v; want A/RES/80/10 as its text", ins, err)
	}
}

// TestRunPDFLanguageVersions: the six PDFs S_RES_2198_2015-AR.pdf …
// -ES.pdf are one document, S/RES/2198 (2015), and each resolution it
// cites is one edge with evidence in the six languages.
func TestRunPDFLanguageVersions(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil && os.Getenv("CITEGRAPH_REQUIRE_PDFTOTEXT") == "" {
		t.Skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
	}
	pdfs, err := filepath.Glob(filepath.Join("..", "docfmt", "testdata", "six-languages", "*.pdf"))
	if err != nil || len(pdfs) != 6 {
		t.Fatalf("want 6 PDFs, have %d (%v)", len(pdfs), err)
	}
	st := openStore(t)
	sum, err := Run(t.Context(), st, pdfs, Options{})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Texts != 6 || sum.Documents != 1 {
		t.Fatalf("Run = %s, skipped %q; want 6 texts of 1 document", sum, sum.Skipped)
	}
	page, err := st.Edges(t.Context(), store.EdgeQuery{Node: "S/RES/2198 (2015)", Direction: store.Out})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Edges) < 8 {
		t.Fatalf("S/RES/2198 (2015) has %d edges out, want one to each of the 8 resolutions it cites", len(page.Edges))
	}
	// An edge is one per relation: where the extractor reads a passage's
	// relation differently in one language, that language's evidence is
	// on another edge to the same instrument. Each instrument cited has
	// evidence in the six.
	langs := map[string]map[string]bool{}
	for _, e := range page.Edges {
		if langs[e.To] == nil {
			langs[e.To] = map[string]bool{}
		}
		for _, x := range e.Evidence {
			langs[e.To][x.Lang] = true
		}
	}
	for to, l := range langs {
		if len(l) != 6 {
			t.Errorf("%s is cited with evidence in %d languages, want 6", to, len(l))
		}
	}
}
