package embedded

import (
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/store"
)

// cjkPhrase is the FTS5 query for one CJK term: its character in uni, or
// the phrase of its bigrams in bi (see store.CJKTokens).
func cjkPhrase(term string) string {
	if utf8.RuneCountInString(term) == 1 {
		return `uni : "` + term + `"`
	}
	return `bi : "` + store.CJKBigrams(term) + `"`
}
