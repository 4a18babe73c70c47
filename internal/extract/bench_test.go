package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/citegraph/citegraph/internal/extract"
)

// BenchmarkExtract runs the extractor over every test text; the bytes per
// operation make go test report MB/s.
func BenchmarkExtract(b *testing.B) {
	files, err := filepath.Glob("testdata/*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no test texts", err)
	}
	var srcs [][]byte
	total := 0
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			extract.Extract(src, extract.Options{})
		}
	}
}
