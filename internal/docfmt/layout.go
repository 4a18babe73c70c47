package docfmt

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is words sharing a baseline, left to right.
type line struct {
	words          []word
	x0, y0, x1, y1 float64
	size           float64 // height of its tallest word: its font size, near enough
	text           string
	page           int
	rtl            bool // mostly Arabic or Hebrew: read right to left
}

// Layout bands and ratios, as fractions of the page height or of the font
// size. UN documents put running heads above 9% of the page and footers
// below 93%; a footnote mark is set at about two thirds of the text size.
const (
	headBand     = 0.09
	footBand     = 0.93
	markRatio    = 0.8
	paraGapRatio = 0.45
	indentPt     = 5
)

// layout turns pages of positioned words into the document's text: the
// header and body as paragraphs separated by blank lines, then the
// footnotes, one paragraph each.
func layout(pages []page) string {
	var all [][]line
	for i, p := range pages {
		all = append(all, buildLines(p, i))
	}
	orderRTL(all)
	body := bodySize(all)
	all = dropFurniture(all, pages)

	var bodyLines []line
	var notes []string
	for _, ls := range all {
		b, f := splitFootnotes(ls, body)
		bodyLines = append(bodyLines, b...)
		notes = appendNotes(notes, f, body)
	}
	vocab := vocabulary(bodyLines, notes)
	paras := paragraphs(bodyLines, vocab)
	for i, n := range notes {
		notes[i] = cleanSpaces(n)
	}
	out := slices.DeleteFunc(append(paras, notes...), func(s string) bool { return s == "" })
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n\n") + "\n"
}

// buildLines groups a page's words into lines: words whose boxes overlap
// vertically by half the smaller height share a line, so a raised
// footnote mark stays on the line of the word it follows.
func buildLines(p page, pageNo int) []line {
	words := slices.Clone(p.words)
	slices.SortStableFunc(words, func(a, b word) int {
		return cmp.Or(cmp.Compare(a.y0+a.y1, b.y0+b.y1), cmp.Compare(a.x0, b.x0))
	})
	var lines []line
	for _, w := range words {
		w.s = normalizeGlyphs(w.s)
		if strings.TrimSpace(w.s) == "" || w.h() <= 0 {
			continue
		}
		placed := false
		for i := len(lines) - 1; i >= 0 && i >= len(lines)-4; i-- {
			l := &lines[i]
			ov := math.Min(l.y1, w.y1) - math.Max(l.y0, w.y0)
			if ov >= 0.5*math.Min(l.size, w.h()) {
				l.words = append(l.words, w)
				l.x0, l.x1 = math.Min(l.x0, w.x0), math.Max(l.x1, w.x1)
				l.y0, l.y1 = math.Min(l.y0, w.y0), math.Max(l.y1, w.y1)
				l.size = math.Max(l.size, w.h())
				placed = true
				break
			}
		}
		if !placed {
			lines = append(lines, line{words: []word{w}, x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1, size: w.h(), page: pageNo})
		}
	}
	for i := range lines {
		l := &lines[i]
		slices.SortStableFunc(l.words, func(a, b word) int { return cmp.Compare(a.x0, b.x0) })
		l.text = lineText(l.words, l.size)
	}
	slices.SortStableFunc(lines, func(a, b line) int { return cmp.Compare(a.y0, b.y0) })
	return lines
}

// isMark reports whether w is a footnote mark in a line of size: a number
// set smaller than the line's text.
func isMark(w word, size float64) bool {
	if w.h() >= markRatio*size {
		return false
	}
	for _, r := range w.s {
		if !unicode.IsDigit(r) && r != '*' {
			return false
		}
	}
	return true
}

// lineText joins a line's words: a space between words apart from each
// other, none inside a word the reader split, and always one around a
// footnote mark, so "Rights,¹ the" reads "Rights, 1 the".
func lineText(words []word, size float64) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			prev := words[i-1]
			gap := w.x0 - prev.x1
			if gap > 0.1*size || isMark(w, size) || isMark(prev, size) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w.s)
	}
	return b.String()
}

// bodySize is the height of most of the document's text.
func bodySize(pages [][]line) float64 {
	count := map[float64]int{}
	for _, ls := range pages {
		for _, l := range ls {
			for _, w := range l.words {
				count[math.Round(w.h()*2)/2] += utf8.RuneCountInString(w.s)
			}
		}
	}
	best, n := 10.0, 0
	for s, c := range count {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

var (
	// furnitureToken is a piece of a page's running head or footer: a job
	// number ("25-19112", "(E)", "041225"), a barcode ("*2519112*"), a
	// page number ("2/5", "3").
	furnitureToken = regexp.MustCompile(`^(\d{2}-\d{5}|\([A-Z]\)|\d{6}|\*\d{5,}\*|\d{1,4}/\d{1,4}|\d{1,4}|-\d{1,4}-)$`)
	// symbolLike is a UN symbol standing alone, as running heads repeat it.
	symbolLike = regexp.MustCompile(`^[A-Z]{1,10}(\.\d+)?(/[A-Za-z0-9.()\-]+)+$`)
	recycle    = regexp.MustCompile(`(?i)^please recycle`)
	digits     = regexp.MustCompile(`\d+`)
)

// segments splits a line where its words are far apart, as a running head
// sets the symbol at one margin and the title at the other.
func segments(l line) []string {
	var segs []string
	start := 0
	for i := 1; i <= len(l.words); i++ {
		if i == len(l.words) || l.words[i].x0-l.words[i-1].x1 > 4*l.size {
			segs = append(segs, lineText(l.words[start:i], l.size))
			start = i
		}
	}
	return segs
}

// dropFurniture removes running heads, footers and page numbers: lines in
// the top or bottom band of a page every piece of which is a job number,
// barcode or page number, or, after the first page, a symbol or text that
// also stands elsewhere in the document (the running title). The first
// page's symbol and header stay: they are the document's own.
func dropFurniture(all [][]line, pages []page) [][]line {
	seen := map[string]map[int]bool{} // segment, digits folded → pages
	for pi, ls := range all {
		for _, l := range ls {
			for _, s := range segments(l) {
				k := digits.ReplaceAllString(s, "0")
				if seen[k] == nil {
					seen[k] = map[int]bool{}
				}
				seen[k][pi] = true
			}
		}
	}
	out := make([][]line, len(all))
	for pi, ls := range all {
		h := pages[pi].h
		for _, l := range ls {
			inBand := l.y1 <= headBand*h || l.y0 >= footBand*h
			if inBand && furniture(l, pi, seen) {
				continue
			}
			out[pi] = append(out[pi], l)
		}
	}
	return out
}

func furniture(l line, pageNo int, seen map[string]map[int]bool) bool {
	for _, s := range segments(l) {
		if recycle.MatchString(s) {
			continue
		}
		allTokens := true
		for _, t := range strings.Fields(s) {
			if !furnitureToken.MatchString(t) {
				allTokens = false
				break
			}
		}
		if allTokens {
			continue
		}
		if pageNo > 0 {
			if symbolLike.MatchString(s) || len(seen[digits.ReplaceAllString(s, "0")]) > 1 {
				continue
			}
		}
		return false
	}
	return true
}

var separator = regexp.MustCompile(`^[_\x{2014}\x{2015}-]{5,}$`)

// splitFootnotes cuts a page's lines into body and footnotes: the
// footnotes are the lines below a rule of underscores, or, when the rule
// is drawn rather than typed, the smaller lines at the foot of the page
// from the first that starts with a footnote mark.
func splitFootnotes(ls []line, body float64) (bodyLines, notes []line) {
	for i, l := range ls {
		if separator.MatchString(strings.TrimSpace(l.text)) {
			return ls[:i], ls[i+1:]
		}
	}
	for i := len(ls) - 1; i >= 0; i-- {
		if ls[i].size >= 0.95*body {
			// The foot of the page from here down is smaller text.
			for j := i + 1; j < len(ls); j++ {
				if len(ls[j].words) > 1 && isMark(ls[j].words[0], ls[j].size) {
					return ls[:j], ls[j:]
				}
			}
			break
		}
	}
	return ls, nil
}

// appendNotes adds a page's footnote lines to notes: a line that starts
// with a mark starts a footnote ("1 See resolution 2200 A (XXI)."); one
// that does not continues the last, even from the page before.
func appendNotes(notes []string, ls []line, body float64) []string {
	for _, l := range ls {
		if l.text == "" {
			continue
		}
		if isMark(l.words[0], l.size) || len(notes) == 0 {
			notes = append(notes, l.text)
			continue
		}
		notes[len(notes)-1] = joinLines(notes[len(notes)-1], l.text, nil)
	}
	return notes
}

var (
	paraNumber = regexp.MustCompile(`^(\d{1,3}\.|\([a-z]{1,4}\)|\([ivx]+\))\s`)
	endsClause = regexp.MustCompile(`[.;:]["”’)]?$`)
)

// paragraphs joins body lines into paragraphs. A paragraph starts after a
// gap wider than line spacing, at an indented line, at a change of size,
// at a paragraph number; across a page break the text runs on unless the
// new page starts indented or the last paragraph had ended.
func paragraphs(ls []line, vocab map[string]int) []string {
	var paras []string
	var cur strings.Builder
	var prev line
	var minX, maxX float64
	flush := func() {
		if cur.Len() > 0 {
			paras = append(paras, cleanSpaces(cur.String()))
		}
		cur.Reset()
	}
	for i, l := range ls {
		if l.text == "" {
			continue
		}
		newPara := i == 0
		if !newPara {
			indented := l.x0 > prev.x0+indentPt
			if l.rtl {
				indented = l.x1 < prev.x1-indentPt
			}
			switch {
			case l.page != prev.page:
				pageIndented := l.x0 > minX+indentPt
				if l.rtl {
					pageIndented = l.x1 < maxX-indentPt
				}
				newPara = pageIndented || endsClause.MatchString(strings.TrimSpace(cur.String())) || paraNumber.MatchString(l.text)
			case l.y0-prev.y1 > paraGapRatio*l.size,
				indented,
				math.Abs(l.size-prev.size) > 0.15*l.size,
				paraNumber.MatchString(l.text):
				newPara = true
			}
		}
		if newPara {
			flush()
			cur.WriteString(l.text)
			minX, maxX = l.x0, l.x1
		} else {
			s := joinLines(cur.String(), l.text, vocab)
			cur.Reset()
			cur.WriteString(s)
			minX, maxX = math.Min(minX, l.x0), math.Max(maxX, l.x1)
		}
		prev = l
	}
	flush()
	return paras
}

// joinLines joins a line to the text before it. A line ending in a hyphen
// after a letter is joined without a space: the hyphen is dropped when the
// word without it is used elsewhere in the document and the hyphenated
// one is not ("implemen-" "tation"), and kept otherwise ("nuclear-"
// "weapon-free", "Secretary-" "General"), as UN documents break lines at
// compound hyphens and seldom hyphenate words.
func joinLines(before, next string, vocab map[string]int) string {
	before = strings.TrimRight(before, " ")
	r, n := utf8.DecodeLastRuneInString(before)
	if r == '-' || r == '\u2010' {
		p, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
		f, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLetter(p) {
			if unicode.IsLower(f) && vocab != nil {
				head := lastWord(before[:len(before)-n])
				tail := firstWord(next)
				if vocab[strings.ToLower(head+tail)] > 0 && vocab[strings.ToLower(head+"-"+tail)] == 0 {
					return before[:len(before)-n] + next
				}
			}
			return before + next
		}
	}
	f, _ := utf8.DecodeRuneInString(next)
	if isCJK(r) && isCJK(f) {
		return before + next // Chinese runs on across lines, with no space
	}
	return before + " " + next
}

// isCJK reports whether r is written without spaces between words: Han,
// kana, and the CJK and full-width punctuation.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); i >= 0 {
		return s[:i]
	}
	return s
}

// vocabulary counts the words of the document, lower-cased, for joinLines.
func vocabulary(ls []line, notes []string) map[string]int {
	v := map[string]int{}
	add := func(s string) {
		for _, f := range strings.Fields(s) {
			f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
			if f != "" {
				v[strings.ToLower(f)]++
			}
		}
	}
	for _, l := range ls {
		add(l.text)
	}
	for _, n := range notes {
		add(n)
	}
	return v
}

var glyphFix = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl", "\uFB05", "st", "\uFB06", "st",
	"\u00AD", "", "\u200B", "", "\uFEFF", "",
)

// normalizeGlyphs undoes typesetting: ligatures spelt out, soft hyphens
// and zero-width characters dropped, control characters made spaces.
func normalizeGlyphs(s string) string {
	s = glyphFix.Replace(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// cleanSpaces folds runs of spaces into one and trims the ends.
func cleanSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// orderRTL puts the words of right-to-left lines (Arabic, Hebrew) in
// reading order, right to left. Some PDF writers (LibreOffice among them)
// store an Arabic word's glyphs in visual order, so a reader gives its
// letters reversed ("ةيطارقميدلا" for "الديمقراطية"); that is told from
// the definite article, which begins some fifth of Arabic words
// ("ال…") and, reversed, ends them ("…لا"), and such words are turned
// back, their runs of digits and Latin letters kept as they are.
func orderRTL(all [][]line) {
	starts, ends := 0, 0
	for _, ls := range all {
		for _, l := range ls {
			for _, w := range l.words {
				if strings.HasPrefix(w.s, "ال") {
					starts++
				}
				if strings.HasSuffix(strings.TrimRightFunc(w.s, unicode.IsPunct), "لا") {
					ends++
				}
			}
		}
	}
	visual := ends > 2*starts && ends >= 3
	for _, ls := range all {
		for i := range ls {
			l := &ls[i]
			if !rtlLine(l.words) {
				continue
			}
			l.rtl = true
			slices.Reverse(l.words) // they were sorted left to right
			if visual {
				for j := range l.words {
					l.words[j].s = unreverse(l.words[j].s)
				}
			}
			l.text = lineTextRTL(l.words, l.size)
		}
	}
}

func isRTL(r rune) bool { return unicode.In(r, unicode.Arabic, unicode.Hebrew) }

// rtlLine reports whether most of a line's letters are right to left.
func rtlLine(words []word) bool {
	rtl, ltr := 0, 0
	for _, w := range words {
		for _, r := range w.s {
			switch {
			case isRTL(r):
				rtl++
			case unicode.IsLetter(r):
				ltr++
			}
		}
	}
	return rtl > ltr
}

// unreverse turns a word stored in visual order back to reading order:
// its runs in reverse order, the letters of its right-to-left runs
// reversed, runs of digits and Latin letters as they are.
func unreverse(s string) string {
	var runs [][]rune
	var kinds []bool // true: a left-to-right run
	for _, r := range s {
		ltr := unicode.IsDigit(r) && !isRTL(r) || unicode.IsLetter(r) && !isRTL(r) || r == '.' && len(kinds) > 0 && kinds[len(kinds)-1]
		if len(runs) == 0 || kinds[len(kinds)-1] != ltr {
			runs = append(runs, nil)
			kinds = append(kinds, ltr)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], r)
	}
	var b strings.Builder
	for i := len(runs) - 1; i >= 0; i-- {
		run := runs[i]
		if !kinds[i] {
			run = slices.Clone(run)
			slices.Reverse(run)
		}
		b.WriteString(string(run))
	}
	return lamAlef.Replace(b.String())
}

// lamAlef puts back the definite article before an alef: the lam-alef
// ligature is one glyph, which a reader maps to lam then alef, so
// reversing a word puts its two letters the wrong way round ("األمم" for
// "الأمم", the United Nations' "الأمم المتحدة"). An alef before an alef
// never occurs, so this one case can be undone; a lam-alef inside a word
// ("لأحكام" read "ألحكام") cannot be told from an alef then a lam.
var lamAlef = strings.NewReplacer("األ", "الأ", "اإل", "الإ", "اآل", "الآ", "اال", "الا")

// lineTextRTL is lineText for words in right-to-left order: the gap
// between two words is from the left edge of the first to the right edge
// of the next.
func lineTextRTL(words []word, size float64) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			prev := words[i-1]
			if prev.x0-w.x1 > 0.1*size || isMark(w, size) || isMark(prev, size) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w.s)
	}
	return b.String()
}
