package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxSearchOffset bounds how deep search pages go: no person reads a
// million hits, and a cursor cannot make a store rank more than that.
const MaxSearchOffset = 1 << 20

// SearchKey ties a search cursor to the query it was made for; every
// backend makes it the same way, so a cursor means the same on each.
func SearchKey(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(Fold(text)), " ")))
	return hex.EncodeToString(sum[:6])
}

// SearchSpec is what a backend brings to Search: T is its transaction, H its
// ranked hit.
type SearchSpec[T, H any] struct {
	// Sources are the kinds of match a query can have; each returns its
	// first n hits in rank order and how many there are in all.
	Sources func(text string) []func(ctx context.Context, tx T, n int) ([]H, int, error)
	// Compare ranks two hits of any source.
	Compare func(a, b H) int
	// Describe fills in what a person reads of a hit on the page (label,
	// snippet, language); it runs only for the hits of the page.
	Describe func(ctx context.Context, tx T, text string, h *H) error
	// Hit is the answer for a described hit, without its cursor.
	Hit func(h H) SearchHit
}

// Search is the paging both backends share: it checks the query and the
// cursor, merges the heads of every source, cuts the page and describes
// only its hits. Cursors are offsets into that order, tied to the query.
func Search[T, H any](ctx context.Context, tx T, q SearchQuery, spec SearchSpec[T, H]) (SearchPage, error) {
	text := strings.TrimSpace(q.Text)
	if n := utf8.RuneCountInString(text); n > MaxSearchRunes {
		return SearchPage{}, fmt.Errorf("%w: query of %d characters, more than %d", ErrInvalid, n, MaxSearchRunes)
	}
	limit, err := PageSize(q.First)
	if err != nil {
		return SearchPage{}, err
	}
	key := SearchKey(text)
	offset := 0
	if q.After != "" {
		parts, err := DecodeCursor(q.After, 2)
		if err != nil {
			return SearchPage{}, err
		}
		offset, err = strconv.Atoi(parts[1])
		if err != nil || offset < 0 || offset > MaxSearchOffset || parts[0] != key {
			return SearchPage{}, fmt.Errorf("%w: cursor %q is not one of this search", ErrInvalid, q.After)
		}
	}
	if text == "" {
		return SearchPage{}, nil
	}
	need := offset + limit + 1
	var all []H
	var page SearchPage
	for _, src := range spec.Sources(text) {
		hs, total, err := src(ctx, tx, need)
		if err != nil {
			return SearchPage{}, err
		}
		all = append(all, hs...)
		page.TotalCount += total
	}
	slices.SortFunc(all, spec.Compare)
	if offset >= len(all) {
		return page, nil
	}
	all = all[offset:]
	if len(all) > limit {
		all, page.HasNextPage = all[:limit], true
	}
	for i := range all {
		if err := spec.Describe(ctx, tx, text, &all[i]); err != nil {
			return SearchPage{}, err
		}
		h := spec.Hit(all[i])
		h.Cursor = EncodeCursor(key, strconv.Itoa(offset+i+1))
		page.Hits = append(page.Hits, h)
	}
	return page, nil
}
