// Package export writes the graph as files other tools load in bulk. Its
// one format so far is the CSV set that `neo4j-admin database import full`
// takes: the same nodes, relationships and properties the Neo4j store
// writes, so that citegraph serves an imported database as if it had
// ingested the documents itself. A large corpus is rebuilt this way in
// minutes instead of one transaction per document.
package export

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// Graph collects what ingest writes, as a store.Writer, and keeps the
// graph the stores would hold: the latest write of each (document,
// language) and the bodies.
type Graph struct {
	mu       sync.Mutex
	versions map[versionKey]int // index in batches of the latest write
	batches  []store.Batch      // in write order; replaced ones are zero
	bodies   map[string]cite.Body
}

type versionKey struct{ doc, lang string }

var _ store.Writer = (*Graph)(nil)

// NewGraph returns an empty graph.
func NewGraph() *Graph {
	return &Graph{versions: map[versionKey]int{}, bodies: map[string]cite.Body{}}
}

// PutBodies adds or replaces registry bodies.
func (g *Graph) PutBodies(_ context.Context, bodies []cite.Body) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, b := range bodies {
		if !cite.ValidBodyKey(b.Key) || (b.Parent != "" && !cite.ValidBodyKey(b.Parent)) {
			return fmt.Errorf("put bodies: %w: body %q (parent %q)", store.ErrInvalid, b.Key, b.Parent)
		}
		g.bodies[b.Key] = b
	}
	return nil
}

// PutDocument keeps one language version of a document, replacing what an
// earlier write of the same document and language said.
func (g *Graph) PutDocument(_ context.Context, rec store.Record) error {
	b, err := store.Plan(rec)
	if err != nil {
		return fmt.Errorf("put document %s: %w", rec.Document.ID, err)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	k := versionKey{b.Document.ID, b.Lang}
	if i, ok := g.versions[k]; ok {
		g.batches[i] = store.Batch{}
	}
	g.versions[k] = len(g.batches)
	g.batches = append(g.batches, b)
	return nil
}

// live returns the batches that stand, in write order.
func (g *Graph) live() []store.Batch {
	var out []store.Batch
	for _, b := range g.batches {
		if b.Document.ID != "" {
			out = append(out, b)
		}
	}
	return out
}

// documentNode is a (:Document) node's properties.
type documentNode struct {
	id, symbol, body, title, lang, meta string
}

// documents returns the document nodes: those with versions (metadata
// merged from them, as the stores do) and the cited-only stubs (body from
// the first citation that names one), sorted by id; and the versions of
// each document.
func documents(batches []store.Batch) ([]documentNode, error) {
	metas := map[string][]cite.Document{}
	stubs := map[string]string{}
	var stubOrder []string
	for _, b := range batches {
		metas[b.Document.ID] = append(metas[b.Document.ID], b.Document)
		for _, r := range b.DocRefs {
			body, seen := stubs[r.ID]
			if !seen {
				stubOrder = append(stubOrder, r.ID)
			}
			if body == "" {
				stubs[r.ID] = r.Body
			}
		}
	}
	var out []documentNode
	for id, vs := range metas {
		slices.SortFunc(vs, func(a, b cite.Document) int { return strings.Compare(a.Lang, b.Lang) })
		d := store.MergeVersions(vs)
		meta, err := json.Marshal(d)
		if err != nil {
			return nil, fmt.Errorf("encode metadata of %s: %w", id, err)
		}
		out = append(out, documentNode{id: id, symbol: d.Symbol, body: d.Body, title: d.Title, lang: d.Lang, meta: string(meta)})
	}
	for _, id := range stubOrder {
		if _, full := metas[id]; !full {
			out = append(out, documentNode{id: id, symbol: id, body: stubs[id]})
		}
	}
	slices.SortFunc(out, func(a, b documentNode) int { return strings.Compare(a.id, b.id) })
	return out, nil
}
