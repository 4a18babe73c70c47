package store

import (
	"context"
	"slices"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
)

// TextOfReader is implemented by a Reader that can list, from a document,
// the instruments it is the text of (the TEXT_OF relationships leaving it).
// It is optional: DocumentTextOf falls back on Edges when a backend lacks it.
type TextOfReader interface {
	// TextOf returns the instruments document id is the text of, sorted by
	// id; ErrNotFound when there is no such document.
	TextOf(ctx context.Context, id string) ([]cite.ID, error)
}

// DocumentTextOf returns the instruments the document is the text of,
// sorted by id. Without a TextOfReader it reads them from the document's
// outgoing edges (Edge.FromInstrument), so a document that is a text but
// cites nothing is not seen as one.
func DocumentTextOf(ctx context.Context, r Reader, id string) ([]cite.ID, error) {
	if t, ok := r.(TextOfReader); ok {
		return t.TextOf(ctx, id)
	}
	seen := map[string]cite.ID{}
	q := EdgeQuery{Node: id, Direction: Out, First: MaxPageSize}
	for {
		p, err := r.Edges(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, e := range p.Edges {
			if e.FromInstrument == "" {
				continue
			}
			if iid, err := cite.ParseID(e.FromInstrument); err == nil {
				seen[iid.String()] = iid
			}
		}
		if !p.HasNextPage || len(p.Edges) == 0 {
			break
		}
		q.After = p.Edges[len(p.Edges)-1].Cursor
	}
	ids := make([]cite.ID, 0, len(seen))
	for _, iid := range seen {
		ids = append(ids, iid)
	}
	slices.SortFunc(ids, func(a, b cite.ID) int { return strings.Compare(a.String(), b.String()) })
	return ids, nil
}
