package docfmt

import "testing"

// BenchmarkDecodePDF reads the 15 A/RES/80 PDFs per iteration with each
// engine; pdftotext is the baseline the other is read against (its
// process's own memory is not in allocs: see doc/formats.md for peak RSS).
func BenchmarkDecodePDF(b *testing.B) {
	ps := corpus(b)
	var size int64
	for _, p := range ps {
		size += int64(len(p.pdf))
	}
	for _, e := range []Engine{Poppler, Native} {
		b.Run(string(e), func(b *testing.B) {
			if e == Poppler {
				requirePoppler(b)
			}
			b.ReportAllocs()
			b.SetBytes(size)
			for b.Loop() {
				for _, p := range ps {
					if _, _, err := DecodePDF(p.pdf, PDFOptions{Engine: e}); err != nil {
						b.Fatalf("%s: %v", p.name, err)
					}
				}
			}
		})
	}
}

// BenchmarkLayout is the layout alone, on pdftotext's words, read once.
func BenchmarkLayout(b *testing.B) {
	requirePoppler(b)
	var all [][]page
	for _, p := range corpus(b) {
		pages, _, err := popplerPages(p.pdf, Limits{})
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, pages)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, pages := range all {
			layout(pages)
		}
	}
}
