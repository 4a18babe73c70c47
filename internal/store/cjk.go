package store

import "strings"

// CJKSeparator is put between CJK runs in an index of CJKTokens, so that a
// phrase of bigrams never matches across two runs. No query asks for it.
const CJKSeparator = "0"

// CJKTokens returns the CJK characters of text (uni) and the bigrams of each
// run of them (bi), as space-separated tokens in text order, for a full-text
// index. Word tokenizers (SQLite's unicode61, Lucene's standard analyzer)
// see one CJK run as one token, which would find 决议 only when it stands
// alone; bigrams find any substring of two characters or more as a phrase,
// and single characters are looked up in uni. Both backends index the same
// tokens, so they find the same texts.
func CJKTokens(text string) (uni, bi string) {
	var u, b strings.Builder
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		if u.Len() > 0 {
			u.WriteString(" " + CJKSeparator + " ")
			b.WriteString(" " + CJKSeparator + " ")
		}
		for i, r := range run {
			if i > 0 {
				u.WriteByte(' ')
			}
			u.WriteRune(r)
			if i > 0 {
				if i > 1 {
					b.WriteByte(' ')
				}
				b.WriteRune(run[i-1])
				b.WriteRune(r)
			}
		}
		run = run[:0]
	}
	for _, r := range text {
		if IsCJK(r) {
			run = append(run, r)
			continue
		}
		flush()
	}
	flush()
	return u.String(), b.String()
}

// CJKBigrams returns the phrase a CJK search term is looked up as in the bi
// index: its bigrams, space-separated. A one-character term has none: it is
// looked up in the uni index as it is.
func CJKBigrams(term string) string {
	rs := []rune(term)
	var b strings.Builder
	for i := 1; i < len(rs); i++ {
		if i > 1 {
			b.WriteByte(' ')
		}
		b.WriteRune(rs[i-1])
		b.WriteRune(rs[i])
	}
	return b.String()
}
