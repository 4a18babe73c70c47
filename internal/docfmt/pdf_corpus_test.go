package docfmt

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/citegraph/citegraph/internal/extract"
)

// corpusDir holds the 15 General Assembly resolutions A/RES/80/x as PDFs
// and as the text versions railcar made of them (testdata/SOURCES.md).
const corpusDir = "testdata/ga-res-80"

// requirePoppler skips when pdftotext is not installed, unless CI says it
// must be (CITEGRAPH_REQUIRE_PDFTOTEXT=1, which .ci/run sets).
func requirePoppler(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CITEGRAPH_REQUIRE_PDFTOTEXT") != "" {
			t.Fatalf("pdftotext not found, and CITEGRAPH_REQUIRE_PDFTOTEXT is set: %v", err)
		}
		t.Skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
	}
}

// pair is one resolution: its PDF and its text version.
type pair struct {
	name, symbol string
	pdf, txt     []byte
}

func corpus(t testing.TB) []pair {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(corpusDir, "*.pdf"))
	if err != nil || len(names) != 15 {
		t.Fatalf("want 15 PDFs in %s, have %d (%v)", corpusDir, len(names), err)
	}
	var ps []pair
	for _, n := range names {
		base := strings.TrimSuffix(filepath.Base(n), ".pdf")
		p := pair{name: base, symbol: strings.ReplaceAll(base, "_", "/")}
		if p.pdf, err = os.ReadFile(n); err != nil {
			t.Fatal(err)
		}
		if p.txt, err = os.ReadFile(strings.TrimSuffix(n, ".pdf") + ".txt"); err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	return ps
}

// ids counts the ids of the citations extract finds in text.
func ids(text []byte, symbol string) map[string]int {
	res := extract.Extract(text, extract.Options{Symbol: symbol})
	n := map[string]int{}
	for _, c := range res.Citations {
		n[c.ID]++
	}
	return n
}

// score compares the ids found in the PDF's text with those found in the
// text version, occurrences counted: true positives, and the ids only one
// side has, for the message.
func score(want, got map[string]int) (tp, nWant, nGot int, diff []string) {
	keys := map[string]bool{}
	for k, v := range want {
		nWant += v
		keys[k] = true
	}
	for k, v := range got {
		nGot += v
		keys[k] = true
	}
	for k := range keys {
		tp += min(want[k], got[k])
		if want[k] != got[k] {
			diff = append(diff, fmt.Sprintf("%s: text %d, pdf %d", k, want[k], got[k]))
		}
	}
	sort.Strings(diff)
	return tp, nWant, nGot, diff
}

var (
	jobNumber = regexp.MustCompile(`\b\d{2}-\d{5}\b`)
	pageLine  = regexp.MustCompile(`(?m)^\d{1,3}/\d{1,3}$`)
)

// TestPDFCorpus: the citations extract finds in the text docfmt rebuilds
// from each A/RES/80 PDF are those it finds in the text version of the
// same resolution, F1 ≥ 0.98 over the 15 with pdftotext, and no running
// head, footer or page number is left in the text to be read as one. The
// pure-Go engine's F1 is logged for the README, not held to the mark: it
// is the fallback when pdftotext is missing.
func TestPDFCorpus(t *testing.T) {
	for _, e := range []Engine{Poppler, Native} {
		t.Run(string(e), func(t *testing.T) {
			if e == Poppler {
				requirePoppler(t)
			}
			f1 := corpusF1(t, e)
			if e == Poppler && f1 < 0.98 {
				t.Errorf("F1 over the 15 = %.4f, want ≥ 0.98", f1)
			}
		})
	}
}

func corpusF1(t *testing.T, e Engine) float64 {
	var tp, nWant, nGot int
	for _, p := range corpus(t) {
		text, _, err := DecodePDF(p.pdf, PDFOptions{Engine: e})
		if err != nil {
			t.Errorf("%s.pdf: %v", p.name, err)
			continue
		}
		a, w, g, diff := score(ids(p.txt, p.symbol), ids([]byte(text), p.symbol))
		tp, nWant, nGot = tp+a, nWant+w, nGot+g
		if len(diff) > 0 && e == Poppler {
			t.Logf("%s: %d of %d text citations found, %d in the PDF; differences: %s", p.name, a, w, g, strings.Join(diff, "; "))
		}
		if e != Poppler {
			continue
		}
		if m := jobNumber.FindString(text); m != "" {
			t.Errorf("%s.pdf: the job number %q of a footer is left in the text", p.name, m)
		}
		if m := pageLine.FindString(text); m != "" {
			t.Errorf("%s.pdf: the page number %q is left in the text", p.name, m)
		}
		if n := strings.Count(text, p.symbol); n > 1 {
			t.Errorf("%s.pdf: the symbol %s stands %d times in the text; want once, in the header, not in every running head", p.name, p.symbol, n)
		}
	}
	precision, recall := float64(tp)/float64(nGot), float64(tp)/float64(nWant)
	f1 := 2 * precision * recall / (precision + recall)
	t.Logf("%s: %d citations in the text versions, %d in the PDFs, %d matched: precision %.4f, recall %.4f, F1 %.4f", e, nWant, nGot, tp, precision, recall, f1)
	return f1
}
