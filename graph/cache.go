package graph

import (
	"context"
	"sync"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// cachedReader is a store.Reader that remembers, for one request, every
// node and body link it has read. Resolvers run concurrently and meet the
// same nodes again and again (every evidence passage names its document,
// every edge its ends); the store has no batch reads, so deduplicating is
// what keeps an answer from costing one read per mention. Edges, search and
// stats are paginated or one-off and go straight through.
type cachedReader struct {
	store.Reader
	docs     memo[string, cite.Document]
	ins      memo[cite.ID, store.InstrumentInfo]
	bodies   memo[string, cite.Body]
	all      memo[struct{}, []cite.Body]
	links    memo[store.BodyLinkQuery, []store.BodyLink]
	textOf   memo[string, []cite.ID]
	children memo[struct{}, map[string][]string]
}

var (
	_ store.Reader       = (*cachedReader)(nil)
	_ store.TextOfReader = (*cachedReader)(nil)
)

func newCachedReader(r store.Reader) *cachedReader { return &cachedReader{Reader: r} }

func (c *cachedReader) Document(ctx context.Context, id string) (cite.Document, error) {
	return c.docs.get(id, func() (cite.Document, error) { return c.Reader.Document(ctx, id) })
}

func (c *cachedReader) Instrument(ctx context.Context, id cite.ID) (store.InstrumentInfo, error) {
	return c.ins.get(id, func() (store.InstrumentInfo, error) { return c.Reader.Instrument(ctx, id) })
}

func (c *cachedReader) Body(ctx context.Context, key string) (cite.Body, error) {
	return c.bodies.get(key, func() (cite.Body, error) { return c.Reader.Body(ctx, key) })
}

func (c *cachedReader) Bodies(ctx context.Context) ([]cite.Body, error) {
	return c.all.get(struct{}{}, func() ([]cite.Body, error) { return c.Reader.Bodies(ctx) })
}

func (c *cachedReader) BodyLinks(ctx context.Context, q store.BodyLinkQuery) ([]store.BodyLink, error) {
	return c.links.get(q, func() ([]store.BodyLink, error) { return c.Reader.BodyLinks(ctx, q) })
}

func (c *cachedReader) TextOf(ctx context.Context, id string) ([]cite.ID, error) {
	return c.textOf.get(id, func() ([]cite.ID, error) { return store.DocumentTextOf(ctx, c.Reader, id) })
}

// childKeys returns, for each body key, the keys of its subsidiaries in
// registry order.
func (c *cachedReader) childKeys(ctx context.Context) (map[string][]string, error) {
	return c.children.get(struct{}{}, func() (map[string][]string, error) {
		all, err := c.Bodies(ctx)
		if err != nil {
			return nil, err
		}
		m := map[string][]string{}
		for _, b := range all {
			if b.Parent != "" {
				m[b.Parent] = append(m[b.Parent], b.Key)
			}
		}
		return m, nil
	})
}

// memo computes each key's value once, however many goroutines ask.
type memo[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]*memoEntry[V]
}

type memoEntry[V any] struct {
	once sync.Once
	v    V
	err  error
}

func (m *memo[K, V]) get(k K, f func() (V, error)) (V, error) {
	m.mu.Lock()
	if m.m == nil {
		m.m = map[K]*memoEntry[V]{}
	}
	e, ok := m.m[k]
	if !ok {
		e = &memoEntry[V]{}
		m.m[k] = e
	}
	m.mu.Unlock()
	e.once.Do(func() { e.v, e.err = f() })
	return e.v, e.err
}

type readerKey struct{}

// withReader gives ctx a fresh request cache over r.
func withReader(ctx context.Context, r store.Reader) context.Context {
	return context.WithValue(ctx, readerKey{}, newCachedReader(r))
}

// reader returns the request's cache, or a new one when ctx has none (a
// resolver called outside NewHandler).
func (r *Resolver) reader(ctx context.Context) *cachedReader {
	if c, ok := ctx.Value(readerKey{}).(*cachedReader); ok {
		return c
	}
	return newCachedReader(r.Store)
}
