package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citegraph/citegraph/internal/extract"
)

// BenchmarkExtract runs the extractor over every test text; the bytes per
// operation make go test report MB/s.
//
// With CITEGRAPH_CORPUS=DIR (say ../../../shared/corpus) it reads every
// .txt file under DIR instead: the files scripts/bench-rg times.
func BenchmarkExtract(b *testing.B) {
	files, err := filepath.Glob("testdata/*/*.txt")
	if dir := os.Getenv("CITEGRAPH_CORPUS"); dir != "" {
		files = nil
		err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
				files = append(files, p)
			}
			return err
		})
	}
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

// BenchmarkExtractLinear runs the extractor on adversarial inputs at two
// sizes, a megabyte and an eighth of it, in the same process, and reports
// the ratio of their per-byte times as "big/small": 1.0 is linear time, 8
// would be quadratic.
func BenchmarkExtractLinear(b *testing.B) {
	patterns := []struct{ name, head, text string }{
		{"list", "resolutions ", "1/1, "},
		{"digits-slashes", "", "1/2/3/4/5/6/7/8/9/0/"},
		{"one-line", "", "resolution 5/1 of the Council, in its resolution 5/2 requested the Conference and A/RES/55/25 "},
		{"zh-list", "第", "1、2和"},
		{"ar-parts", "القرار 57/270 ", "ألف و "},
		{"ru-genitive", "", "резолюции 2118 (2013) Совета Безопасности "},
		// Family forms on one line: each is read as a heading if alone on
		// its line, which must not cost a scan of the whole line.
		{"family-line", "", "Decision 1/CP.21 "},
		{"who-list", "", "WHA73.1 and "},
		// Ranges stand for up to a hundred instruments each, and for 2,000
		// in all in one text: the output stays in proportion to the input.
		{"ranges", "decisions ", "1/CP.1 to 100/CP.1 and "},
	}
	const big = 1 << 20
	for _, p := range patterns {
		mk := func(size int) []byte {
			return []byte(p.head + strings.Repeat(p.text, (size-len(p.head))/len(p.text)))
		}
		large, small := mk(big), mk(big/8)
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(large) + 8*len(small)))
			b.ReportAllocs()
			var tLarge, tSmall time.Duration
			for b.Loop() {
				t0 := time.Now()
				extract.Extract(large, extract.Options{})
				t1 := time.Now()
				for range 8 {
					extract.Extract(small, extract.Options{})
				}
				tLarge += t1.Sub(t0)
				tSmall += time.Since(t1)
			}
			perLarge := float64(tLarge) / float64(len(large))
			perSmall := float64(tSmall) / float64(8*len(small))
			b.ReportMetric(perLarge/perSmall, "big/small")
		})
	}
}
