package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/citegraph/citegraph/graph/model"
	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/trace"
)

// Page sizes of the API's connections.
const (
	defaultSearchPage = 20
)

// The helpers below are what the one-line resolvers call: each reads the
// store through the request cache and converts to the model.

func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	n, err := trace.Resolve(ctx, r.reader(ctx), id)
	if err != nil {
		return nil, err
	}
	return model.NodeOf(n), nil
}

func (r *Resolver) instrument(ctx context.Context, id string) (*model.Instrument, error) {
	iid, err := cite.ParseID(id)
	if err != nil {
		return nil, err
	}
	if _, err := r.reader(ctx).Instrument(ctx, iid); err != nil {
		return nil, err
	}
	return &model.Instrument{IID: iid}, nil
}

func (r *Resolver) document(ctx context.Context, id string) (*model.Document, error) {
	if _, err := r.reader(ctx).Document(ctx, id); err != nil {
		return nil, err
	}
	return &model.Document{ID: id}, nil
}

func (r *Resolver) body(ctx context.Context, key string) (*model.Body, error) {
	if _, err := r.reader(ctx).Body(ctx, key); err != nil {
		return nil, err
	}
	return &model.Body{Key: key}, nil
}

func (r *Resolver) bodies(ctx context.Context) ([]*model.Body, error) {
	all, err := r.reader(ctx).Bodies(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Body, len(all))
	for i, b := range all {
		out[i] = &model.Body{Key: b.Key}
	}
	return out, nil
}

// bodyRef returns the body with key if the graph has it, nil otherwise: a
// body that cannot be told is a null, not an error.
func (r *Resolver) bodyRef(ctx context.Context, key string) (*model.Body, error) {
	if key == "" || key == cite.UnresolvedBody {
		return nil, nil
	}
	_, err := r.reader(ctx).Body(ctx, key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &model.Body{Key: key}, nil
}

func (r *Resolver) docField(ctx context.Context, d *model.Document, field func(cite.Document) string) (*string, error) {
	doc, err := r.reader(ctx).Document(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	return optional(field(doc)), nil
}

func (r *Resolver) docBody(ctx context.Context, d *model.Document) (*model.Body, error) {
	doc, err := r.reader(ctx).Document(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	return r.bodyRef(ctx, doc.Body)
}

func (r *Resolver) docVersions(ctx context.Context, d *model.Document) ([]*cite.Version, error) {
	doc, err := r.reader(ctx).Document(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	out := make([]*cite.Version, len(doc.Versions))
	for i := range doc.Versions {
		out[i] = &doc.Versions[i]
	}
	return out, nil
}

func (r *Resolver) textOf(ctx context.Context, d *model.Document) ([]*model.Instrument, error) {
	ids, err := store.DocumentTextOf(ctx, r.reader(ctx), d.ID)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Instrument, len(ids))
	for i, id := range ids {
		out[i] = &model.Instrument{IID: id}
	}
	return out, nil
}

func (r *Resolver) info(ctx context.Context, i *model.Instrument) (store.InstrumentInfo, error) {
	return r.reader(ctx).Instrument(ctx, i.IID)
}

func (r *Resolver) insField(ctx context.Context, i *model.Instrument, field func(store.InstrumentInfo) string) (*string, error) {
	info, err := r.info(ctx, i)
	if err != nil {
		return nil, err
	}
	return optional(field(info)), nil
}

// insTitle is the instrument's title, or else the title of the first of
// its texts that has one.
func (r *Resolver) insTitle(ctx context.Context, i *model.Instrument) (*string, error) {
	info, err := r.info(ctx, i)
	if err != nil || info.Title != "" {
		return optional(info.Title), err
	}
	for _, id := range info.Texts {
		d, err := r.reader(ctx).Document(ctx, id)
		if err != nil {
			return nil, err
		}
		if d.Title != "" {
			return &d.Title, nil
		}
	}
	return nil, nil
}

func (r *Resolver) insYear(ctx context.Context, i *model.Instrument) (*int, error) {
	info, err := r.info(ctx, i)
	if err != nil || info.Year == 0 {
		return nil, err
	}
	return &info.Year, nil
}

func (r *Resolver) texts(ctx context.Context, i *model.Instrument) ([]*model.Document, error) {
	info, err := r.info(ctx, i)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Document, len(info.Texts))
	for k, id := range info.Texts {
		out[k] = &model.Document{ID: id}
	}
	return out, nil
}

// links returns the body links q selects whose relation keep accepts,
// those that establish first, then by instrument id, then by body.
func (r *Resolver) links(ctx context.Context, q store.BodyLinkQuery, keep func(cite.Relation) bool) ([]store.BodyLink, error) {
	all, err := r.reader(ctx).BodyLinks(ctx, q)
	if err != nil {
		return nil, err
	}
	var out []store.BodyLink
	for _, l := range all {
		if keep(l.Relation) {
			out = append(out, l)
		}
	}
	slices.SortStableFunc(out, func(a, b store.BodyLink) int {
		ea, eb := a.Relation == cite.Establishes, b.Relation == cite.Establishes
		if ea != eb {
			if ea {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.Instrument.String(), b.Instrument.String()), cmp.Compare(a.Body, b.Body))
	})
	return out, nil
}

func isEstablishes(r cite.Relation) bool  { return r == cite.Establishes }
func notEstablishes(r cite.Relation) bool { return r != cite.Establishes }
func anyRelation(cite.Relation) bool      { return true }

func (r *Resolver) linkModels(ctx context.Context, q store.BodyLinkQuery, keep func(cite.Relation) bool) ([]*model.BodyLink, error) {
	ls, err := r.links(ctx, q, keep)
	if err != nil {
		return nil, err
	}
	out := make([]*model.BodyLink, len(ls))
	for i, l := range ls {
		out[i] = &model.BodyLink{L: l}
	}
	return out, nil
}

func (r *Resolver) established(ctx context.Context, i *model.Instrument) ([]*model.Body, error) {
	ls, err := r.links(ctx, store.BodyLinkQuery{Instrument: i.IID}, isEstablishes)
	if err != nil {
		return nil, err
	}
	var out []*model.Body
	seen := map[string]bool{}
	for _, l := range ls {
		if !seen[l.Body] {
			seen[l.Body] = true
			out = append(out, &model.Body{Key: l.Body})
		}
	}
	slices.SortFunc(out, func(a, b *model.Body) int { return cmp.Compare(a.Key, b.Key) })
	return out, nil
}

func (r *Resolver) establishedBy(ctx context.Context, b *model.Body) ([]*model.Instrument, error) {
	ls, err := r.links(ctx, store.BodyLinkQuery{Body: b.Key}, isEstablishes)
	if err != nil {
		return nil, err
	}
	var out []*model.Instrument
	seen := map[cite.ID]bool{}
	for _, l := range ls {
		if !seen[l.Instrument] {
			seen[l.Instrument] = true
			out = append(out, &model.Instrument{IID: l.Instrument})
		}
	}
	return out, nil
}

func (r *Resolver) bodyValue(ctx context.Context, b *model.Body) (cite.Body, error) {
	return r.reader(ctx).Body(ctx, b.Key)
}

func (r *Resolver) bodyName(ctx context.Context, b *model.Body, lang *string) (string, error) {
	v, err := r.bodyValue(ctx, b)
	if err != nil {
		return "", err
	}
	l := "en"
	if lang != nil {
		l = *lang
	}
	return v.Name(l), nil
}

func (r *Resolver) bodyNames(ctx context.Context, b *model.Body) ([]*model.LocalizedName, error) {
	v, err := r.bodyValue(ctx, b)
	if err != nil {
		return nil, err
	}
	var out []*model.LocalizedName
	for _, l := range cite.Languages {
		if n := v.Names[l]; n != "" {
			out = append(out, &model.LocalizedName{Lang: l, Name: n})
		}
	}
	return out, nil
}

func (r *Resolver) bodyList(ctx context.Context, b *model.Body, field func(cite.Body) []string) ([]string, error) {
	v, err := r.bodyValue(ctx, b)
	if err != nil {
		return nil, err
	}
	return append([]string{}, field(v)...), nil
}

func (r *Resolver) parent(ctx context.Context, b *model.Body) (*model.Body, error) {
	v, err := r.bodyValue(ctx, b)
	if err != nil {
		return nil, err
	}
	return r.bodyRef(ctx, v.Parent)
}

func (r *Resolver) children(ctx context.Context, b *model.Body) ([]*model.Body, error) {
	m, err := r.reader(ctx).childKeys(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Body, len(m[b.Key]))
	for i, k := range m[b.Key] {
		out[i] = &model.Body{Key: k}
	}
	return out, nil
}

// edges reads one page of the citation edges at node.
func (r *Resolver) edges(ctx context.Context, node string, dir store.Direction, rels []model.Relation, first *int, after *string) (*model.CitationConnection, error) {
	n, err := pageSize(first, store.DefaultPageSize)
	if err != nil {
		return nil, err
	}
	p, err := r.reader(ctx).Edges(ctx, store.EdgeQuery{
		Node: node, Direction: dir, Relations: model.Relations(rels), First: n, After: deref(after),
	})
	if err != nil {
		return nil, err
	}
	return &model.CitationConnection{Page: p, Dir: dir}, nil
}

func (r *Resolver) search(ctx context.Context, query string, first *int, after *string) (*model.SearchConnection, error) {
	n, err := pageSize(first, defaultSearchPage)
	if err != nil {
		return nil, err
	}
	p, err := r.reader(ctx).Search(ctx, store.SearchQuery{Text: query, First: n, After: deref(after)})
	if err != nil {
		return nil, err
	}
	return &model.SearchConnection{Page: p}, nil
}

func (r *Resolver) traceMandate(ctx context.Context, id string, maxDepth *int) (*model.MandateTrace, error) {
	d := trace.DefaultMaxDepth
	if maxDepth != nil {
		d = *maxDepth
		if d == 0 {
			return nil, fmt.Errorf("%w: maxDepth 0: want 1 to %d", store.ErrInvalid, trace.MaxMaxDepth)
		}
	}
	t, err := trace.Mandate(ctx, r.reader(ctx), id, d)
	if err != nil {
		return nil, err
	}
	return &model.MandateTrace{T: t}, nil
}

func (r *Resolver) stats(ctx context.Context) (*store.Stats, error) {
	s, err := r.reader(ctx).Stats(ctx)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// pageSize checks a connection's `first` argument.
func pageSize(first *int, def int) (int, error) {
	if first == nil {
		return def, nil
	}
	if *first < 1 || *first > store.MaxPageSize {
		return 0, fmt.Errorf("%w: first %d: want 1 to %d", store.ErrInvalid, *first, store.MaxPageSize)
	}
	return *first, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
