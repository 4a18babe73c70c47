package extract_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
)

// TestExtractConcurrent: runs share reused memory (the spare scan
// buffers), so runs at the same time, texts of every size in turn, must
// give what runs one by one give.
func TestExtractConcurrent(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no test texts", err)
	}
	var srcs [][]byte
	var want []extract.Result
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
		want = append(want, extract.Extract(src, extract.Options{}))
	}
	const workers = 4
	got := make([][]extract.Result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]extract.Result, len(srcs))
		wg.Go(func() {
			for k := range srcs {
				i := (k + w*len(srcs)/workers) % len(srcs) // each worker from its own start
				got[w][i] = extract.Extract(srcs[i], extract.Options{})
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i := range srcs {
			if diff := cmp.Diff(want[i], got[w][i], cmpopts.EquateComparable(cite.ID{})); diff != "" {
				t.Errorf("worker %d, %s (-sequential +concurrent):\n%s", w, files[i], diff)
			}
		}
	}
}
