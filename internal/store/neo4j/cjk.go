package neo4j

import (
	"strings"

	"github.com/citegraph/citegraph/internal/store"
)

// cjkSeparator is put between CJK runs in the cjkUni and cjkBi properties, so that
// a phrase of bigrams never matches across two runs. No query asks for it.
const cjkSeparator = "0"

// cjkTokens returns the CJK characters of text (uni) and the bigrams of
// each run of them (bi), as space-separated tokens in text order.
// Lucene's standard tokenizer would find 决议 only as a token of its own;
// bigrams find any substring of two characters or more
// as a phrase, and single characters are looked up in uni.
func cjkTokens(text string) (uni, bi string) {
	var u, b strings.Builder
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		if u.Len() > 0 {
			u.WriteString(" " + cjkSeparator + " ")
			b.WriteString(" " + cjkSeparator + " ")
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
		if store.IsCJK(r) {
			run = append(run, r)
			continue
		}
		flush()
	}
	flush()
	return u.String(), b.String()
}

// cjkPhrase is the Lucene query for one CJK term: its character in cjkUni, or
// the phrase of its bigrams in cjkBi.
func cjkPhrase(term string) string {
	rs := []rune(term)
	if len(rs) == 1 {
		return `cjkUni:"` + term + `"`
	}
	var b strings.Builder
	b.WriteString(`cjkBi:"`)
	for i := 1; i < len(rs); i++ {
		if i > 1 {
			b.WriteByte(' ')
		}
		b.WriteRune(rs[i-1])
		b.WriteRune(rs[i])
	}
	b.WriteString(`"`)
	return b.String()
}
