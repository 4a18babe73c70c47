package neo4j_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/ingest"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/internal/store/neo4j"
	"github.com/citegraph/citegraph/internal/store/neo4j/neo4jtest"
)

// recorder is a store.Writer that keeps what ingest writes, so that the
// benchmark times the store alone, not the extractor.
type recorder struct {
	mu   sync.Mutex
	recs []store.Record
}

func (r *recorder) PutBodies(context.Context, []cite.Body) error { return nil }

func (r *recorder) PutDocument(_ context.Context, rec store.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.recs = append(r.recs, rec)
	return nil
}

// corpusDirs are the text folders of the shared corpus (its PDFs are left
// out: reading them would be most of the setup time).
var corpusDirs = []string{"cr-unsc", "mandate-pipeline-ga-decisions", "railcar-ga-res-80", "unfccc-rag-challenge", "unpc-v1.0-testsets"}

var corpus = sync.OnceValues(func() ([]store.Record, error) {
	root := filepath.Join("..", "..", "..", "..", "shared", "corpus")
	var paths []string
	for _, d := range corpusDirs {
		paths = append(paths, filepath.Join(root, d))
	}
	if _, err := os.Stat(root); err != nil {
		return nil, err
	}
	var r recorder
	if _, err := ingest.Run(context.Background(), &r, paths, ingest.Options{}); err != nil {
		return nil, err
	}
	return r.recs, nil
})

// renamed gives the records new document ids (suffix n), so that every
// iteration writes new documents into a growing graph, as a first ingest
// of a folder does.
func renamed(recs []store.Record, n int) []store.Record {
	out := make([]store.Record, len(recs))
	for i, r := range recs {
		r.Document.ID = fmt.Sprintf("%s#%d", r.Document.ID, n)
		out[i] = r
	}
	return out
}

// BenchmarkIngest writes the extracted shared corpus (text folders) into
// the embedded store, the baseline, and into Neo4j at two batch sizes
// (rows per UNWIND statement), each iteration the whole corpus as new
// documents; "again" writes the same documents over themselves, as a
// second ingest of a folder does. citations/s is the figure to compare.
func BenchmarkIngest(b *testing.B) {
	recs, err := corpus()
	if err != nil {
		b.Skipf("shared corpus: %v", err)
	}
	cites := 0
	for _, r := range recs {
		cites += len(r.Citations)
	}
	b.Logf("%d texts, %d citations", len(recs), cites)
	run := func(b *testing.B, st store.Store, again bool) {
		if err := st.PutBodies(b.Context(), registry.Default().All()); err != nil {
			b.Fatal(err)
		}
		// Warm up (query plans, the JIT) on documents of their own: the
		// timer starts at the first b.Loop.
		for _, r := range renamed(recs[:min(len(recs), 40)], -1) {
			if err := st.PutDocument(b.Context(), r); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			batch := recs
			if !again {
				batch = renamed(recs, n)
			}
			n++
			for _, r := range batch {
				if err := st.PutDocument(b.Context(), r); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(cites*n)/b.Elapsed().Seconds(), "citations/s")
	}
	for _, again := range []bool{false, true} {
		mode := "new"
		if again {
			mode = "again"
		}
		b.Run("embedded/"+mode, func(b *testing.B) {
			st, err := embedded.Open(b.Context(), filepath.Join(b.TempDir(), "citegraph.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			run(b, st, again)
		})
		for _, size := range []int{50, 1000} {
			b.Run(fmt.Sprintf("neo4j-batch-%d/%s", size, mode), func(b *testing.B) {
				st := neo4jtest.OpenWith(b, func(c *neo4j.Config) { c.BatchSize = size })
				run(b, st, again)
			})
		}
	}
}
