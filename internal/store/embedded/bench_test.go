package embedded

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/storetest"
)

var (
	resRE = regexp.MustCompile(`resolutions? (\d{1,3}/\d{1,4})\b`)
	symRE = regexp.MustCompile(`\b[A-Z]{1,5}/[A-Z0-9./]*[0-9]\b`)
)

// realRecords turns the repository's seed texts into records, with the
// General Assembly resolutions and document symbols they cite (a rough
// stand-in for the extractor, which this package does not import).
func realRecords(tb testing.TB) []store.Record {
	paths, err := filepath.Glob("../../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("seed texts: %v (%d found)", err, len(paths))
	}
	var recs []store.Record
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(b)
		var cs []cite.Citation
		for _, m := range resRE.FindAllStringSubmatchIndex(text, -1) {
			n := text[m[2]:m[3]]
			cs = append(cs, cite.Citation{ID: "ga:res:" + n, Kind: cite.KindResolution, Body: "ga", Number: n,
				Start: m[0], End: m[1], Relation: cite.Recalls})
		}
		for _, m := range symRE.FindAllStringIndex(text, -1) {
			cs = append(cs, cite.Citation{ID: text[m[0]:m[1]], Kind: cite.KindDocument, Start: m[0], End: m[1]})
		}
		// Citations in text order, as the extractor gives them.
		slices.SortStableFunc(cs, func(a, b cite.Citation) int { return a.Start - b.Start })
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		recs = append(recs, storetest.Finish(store.Record{
			Document:  cite.Document{ID: id, Symbol: id, Body: "ga", Title: "Seed " + id, Lang: "en", Type: "resolution"},
			Text:      text,
			Citations: cs,
		}))
	}
	return recs
}

// BenchmarkPutDocument writes the seed texts: "new" into a growing store
// (each iteration a new set of ids), "again" the same records over
// themselves, as a second ingest of a folder does.
func BenchmarkPutDocument(b *testing.B) {
	recs := realRecords(b)
	n := 0
	for _, r := range recs {
		n += len(r.Citations)
	}
	b.Logf("%d documents, %d citations", len(recs), n)
	b.Run("new", func(b *testing.B) {
		s := open(b, filepath.Join(b.TempDir(), "bench.db"))
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			r := recs[i%len(recs)]
			r.Document.ID = r.Document.ID + "#" + strings.Repeat("x", i/len(recs))
			if err := s.PutDocument(b.Context(), r); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("again", func(b *testing.B) {
		s := open(b, filepath.Join(b.TempDir(), "bench.db"))
		for _, r := range recs {
			if err := s.PutDocument(b.Context(), r); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if err := s.PutDocument(b.Context(), recs[i%len(recs)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
