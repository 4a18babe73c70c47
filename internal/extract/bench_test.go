package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkExtractDense runs the extractor over texts made of one pattern
// repeated with no sentence break: the worst cases for the readers that
// look around each citation. MB/s should not fall as the size grows.
func BenchmarkExtractDense(b *testing.B) {
	patterns := []struct{ name, text string }{
		{"lists", "resolutions 5/1, 5/2 and 5/3 of the Council, "},
		{"possessives", "The Council, in its resolution 5/1, requested the Working Group on International Cooperation and "},
		{"symbols", "A/RES/55/25-A/RES/55/26-"},
		{"parts", "resolution 5/1 A and B and C to D, "},
		{"names", "the Council and the Conference of the Parties and the Security Council "},
	}
	for _, p := range patterns {
		for _, size := range []int{64 << 10, 256 << 10} {
			src := []byte(strings.Repeat(p.text, size/len(p.text)))
			b.Run(fmt.Sprintf("%s/%dKB", p.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					extract.Extract(src, extract.Options{Lang: "en"})
				}
			})
		}
	}
}
