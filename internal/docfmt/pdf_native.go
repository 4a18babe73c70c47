package docfmt

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// nativePages reads data with the pure-Go reader and groups its glyphs
// into words with boxes, as pdftotext -bbox-layout gives them.
func nativePages(data []byte, lim Limits) (pages []page, damage string, err error) {
	if !hasEOF(data) {
		return nil, "", fmt.Errorf("%w: truncated (no %%%%EOF at its end)", ErrCorrupt)
	}
	// The reader panics on some malformed files; that is this file's
	// error, not the ingest's end.
	defer func() {
		if p := recover(); p != nil {
			pages, damage, err = nil, "", fmt.Errorf("%w: %v", ErrCorrupt, p)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || encrypted(data) {
			return nil, "", fmt.Errorf("%w: the PDF needs a password", ErrEncrypted)
		}
		return nil, "", fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	var total int64
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		w, h := 612.0, 792.0
		if mb := mediaBox(p); mb.Len() == 4 {
			w = mb.Index(2).Float64() - mb.Index(0).Float64()
			h = mb.Index(3).Float64() - mb.Index(1).Float64()
		}
		pg := page{w: w, h: h, words: glyphWords(p.Content().Text, h)}
		for _, wd := range pg.words {
			total += int64(len(wd.s))
		}
		if total > lim.text() {
			return nil, "", tooLarge("its text", lim.text())
		}
		pages = append(pages, pg)
	}
	return pages, "", nil
}

// glyphWords groups the reader's glyphs, in content order, into words: a
// word ends at a space, a gap, a change of baseline or of font size (so a
// footnote mark set in a smaller size is a word of its own).
func glyphWords(glyphs []pdf.Text, pageH float64) []word {
	var words []word
	var cur *word
	var curSize, curBase, curEnd, lastX float64
	var b strings.Builder
	flush := func() {
		if cur != nil && b.Len() > 0 {
			cur.s = b.String()
			words = append(words, *cur)
		}
		cur = nil
		b.Reset()
	}
	for _, g := range glyphs {
		size := g.FontSize
		if size <= 0 {
			size = 1
		}
		// The reader decodes some fonts' spaces to U+FFFD.
		if strings.TrimFunc(g.S, func(r rune) bool { return unicode.IsSpace(r) || r == unicode.ReplacementChar }) == "" {
			flush()
			lastX = g.X
			continue
		}
		if cur != nil {
			sameSize := math.Abs(size-curSize) <= 0.1*curSize
			sameBase := math.Abs(g.Y-curBase) <= 0.2*curSize
			near := g.X-curEnd <= 0.12*curSize && g.X-curEnd >= -0.5*curSize
			if g.W == 0 {
				// Widths unknown (the reader does not read CID fonts'
				// widths): glyphs advance only by character spacing, and a
				// word gap shows as a jump set by the text's kerning.
				near = g.X-lastX <= 0.12*curSize && g.X-lastX >= -0.5*curSize
			}
			if !sameSize || !sameBase || !near {
				flush()
			}
		}
		lastX = g.X
		if cur == nil {
			cur = &word{x0: g.X, y0: pageH - g.Y - 0.8*size, y1: pageH - g.Y + 0.2*size}
			curSize, curBase = size, g.Y
		}
		b.WriteString(g.S)
		cur.x1 = g.X + g.W
		curEnd = cur.x1
	}
	flush()
	return words
}

// mediaBox is the page's MediaBox, which a page may inherit from its
// parents.
func mediaBox(p pdf.Page) pdf.Value {
	for v := p.V; !v.IsNull(); v = v.Key("Parent") {
		if mb := v.Key("MediaBox"); !mb.IsNull() {
			return mb
		}
	}
	return pdf.Value{}
}
