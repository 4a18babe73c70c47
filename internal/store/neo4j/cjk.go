package neo4j

import (
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/store"
)

// cjkPhrase is the Lucene query for one CJK term: its character in cjkUni,
// or the phrase of its bigrams in cjkBi (see store.CJKTokens).
func cjkPhrase(term string) string {
	if utf8.RuneCountInString(term) == 1 {
		return `cjkUni:"` + term + `"`
	}
	return `cjkBi:"` + store.CJKBigrams(term) + `"`
}
