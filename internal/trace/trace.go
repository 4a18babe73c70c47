// Package trace answers "where does this mandate come from?": from a body,
// an instrument or a document it walks the relations that create, direct,
// renew, change or end a mandate (cite.Relation.Traces) back to the
// instruments at the origin, with the passages that say so, and lists the
// instruments that changed those origins since. It reads the graph only
// through store.Reader, so it works the same on every backend.
package trace

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// Depth limits of Mandate.
const (
	DefaultMaxDepth = 5
	MaxMaxDepth     = 10
)

// maxSteps bounds the work one trace may do; a trace that reaches it is
// reported as truncated.
const maxSteps = 5000

// NodeKind is what a node of a trace is.
type NodeKind string

// Node kinds.
const (
	KindBody       NodeKind = "body"
	KindInstrument NodeKind = "instrument"
	KindDocument   NodeKind = "document"
)

// Node names a node of the graph: a body by key, an instrument by canonical
// id, a document by symbol or hash.
type Node struct {
	Kind NodeKind
	ID   string
}

func (n Node) String() string { return n.ID }

// Step is one link of an origin chain: From traces back to To through
// Relation, as the Evidence says.
type Step struct {
	From     Node
	To       Node
	Relation cite.Relation
	Evidence []store.Evidence // by language, document, then position
	Depth    int              // 1 for a step leaving the subject; 1 for a later step
}

// Trace is the answer of Mandate.
type Trace struct {
	Subject Node
	// Origins are the instruments where the chain stops: nothing they cite
	// through a tracing relation was followed further. For a body, those
	// reached through the instruments that established it come first.
	Origins []cite.ID
	// Steps are every step followed, breadth first from the subject.
	Steps []Step
	// Later are steps from instruments or documents that extend, amend or
	// end an instrument of the trace (the subject, an origin or one
	// between) and that the trace did not already take.
	Later    []Step
	MaxDepth int
	// Truncated reports that some chain was cut at MaxDepth (or the trace
	// grew past its step limit): asking deeper may find older origins.
	Truncated bool
}

// PathReader is a store.Reader that can gather natively, in one query, the
// edges a trace walks (the Neo4j store does it with one variable-length
// Cypher match). Mandate uses it when the reader has it and gives the same
// answer without it: the walk itself is the same code either way.
type PathReader interface {
	// TraceEdges returns, for each instrument in from and each instrument
	// reachable from them in at most depth steps (an instrument's text
	// citing another instrument with one of relations), its outgoing edges
	// with those relations, as Edges would list them over all its pages.
	TraceEdges(ctx context.Context, from []string, relations []cite.Relation, depth int) (map[string][]store.Edge, error)
}

// Resolve tells what id names: an instrument when it parses as a canonical
// instrument id, else a body, else a document. It returns store.ErrNotFound
// when the graph has none of them.
func Resolve(ctx context.Context, r store.Reader, id string) (Node, error) {
	if iid, err := cite.ParseID(id); err == nil {
		if _, err := r.Instrument(ctx, iid); err != nil {
			return Node{}, err
		}
		return Node{Kind: KindInstrument, ID: iid.String()}, nil
	}
	if cite.ValidBodyKey(id) {
		_, err := r.Body(ctx, id)
		if err == nil {
			return Node{Kind: KindBody, ID: id}, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return Node{}, err
		}
	}
	if _, err := r.Document(ctx, id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return Node{}, fmt.Errorf("%w: no body, instrument or document has id %q", store.ErrNotFound, id)
		}
		return Node{}, err
	}
	return Node{Kind: KindDocument, ID: id}, nil
}

// Mandate traces the mandate of the body, instrument or document id back to
// its origins, following at most maxDepth steps (0 means DefaultMaxDepth;
// more than MaxMaxDepth or less than 0 is store.ErrInvalid). Cycles are
// followed once. The result's order depends only on the graph.
func Mandate(ctx context.Context, r store.Reader, id string, maxDepth int) (Trace, error) {
	t, err := mandate(ctx, r, id, maxDepth)
	if err != nil {
		return Trace{}, fmt.Errorf("trace %s: %w", id, err)
	}
	return t, nil
}

func mandate(ctx context.Context, r store.Reader, id string, maxDepth int) (Trace, error) {
	if maxDepth == 0 {
		maxDepth = DefaultMaxDepth
	}
	if maxDepth < 1 || maxDepth > MaxMaxDepth {
		return Trace{}, fmt.Errorf("%w: maxDepth %d: want 1 to %d", store.ErrInvalid, maxDepth, MaxMaxDepth)
	}
	subject, err := Resolve(ctx, r, id)
	if err != nil {
		return Trace{}, err
	}
	w := &walker{
		r:        r,
		t:        Trace{Subject: subject, MaxDepth: maxDepth},
		stepAt:   map[stepKey]int{},
		seen:     map[string]bool{},
		expanded: map[string]bool{},
	}
	switch subject.Kind {
	case KindBody:
		err = w.fromBody(ctx, subject.ID)
	case KindInstrument:
		w.enqueue(subject.ID, 0, 0)
	case KindDocument:
		err = w.fromDocument(ctx, subject.ID)
	}
	if err != nil {
		return Trace{}, err
	}
	if err := w.prefetch(ctx); err != nil {
		return Trace{}, err
	}
	if err := w.walk(ctx); err != nil {
		return Trace{}, err
	}
	w.origins()
	if err := w.later(ctx); err != nil {
		return Trace{}, err
	}
	return w.t, nil
}

type stepKey struct {
	from, to string
	rel      cite.Relation
}

type item struct {
	id     string
	depth  int // steps from the subject
	branch int // index of the first step from the subject it was reached by
}

type walker struct {
	r        store.Reader
	t        Trace
	stepAt   map[stepKey]int
	queue    []item
	seen     map[string]bool // instruments queued
	reached  []string        // instruments queued, in order
	expanded map[string]bool
	leaves   []item
	// pre are the edges a PathReader gathered, by instrument.
	pre map[string][]store.Edge
}

// prefetch asks a PathReader for every edge the walk may follow from the
// queued instruments, so that the walk reads them from memory.
func (w *walker) prefetch(ctx context.Context) error {
	pr, ok := w.r.(PathReader)
	if !ok || len(w.queue) == 0 {
		return nil
	}
	from := make([]string, len(w.queue))
	least := w.queue[0].depth
	for i, it := range w.queue {
		from[i] = it.id
		least = min(least, it.depth)
	}
	pre, err := pr.TraceEdges(ctx, from, tracing, w.t.MaxDepth-least)
	if err != nil {
		return err
	}
	w.pre = pre
	return nil
}

// tracing is the relations a trace follows, in DESIGN's order.
var tracing = func() []cite.Relation {
	var rs []cite.Relation
	for _, r := range cite.Relations {
		if r.Traces() {
			rs = append(rs, r)
		}
	}
	return rs
}()

// changing is the relations of later steps.
var changing = []cite.Relation{cite.Extends, cite.Amends, cite.Ends}

func (w *walker) enqueue(id string, depth, branch int) {
	if w.seen[id] {
		return
	}
	w.seen[id] = true
	w.reached = append(w.reached, id)
	w.queue = append(w.queue, item{id: id, depth: depth, branch: branch})
}

// addStep records a step, merging the evidence of a step already taken
// between the same nodes with the same relation.
func (w *walker) addStep(list *[]Step, keys map[stepKey]int, s Step) {
	k := stepKey{from: s.From.ID, to: s.To.ID, rel: s.Relation}
	if i, ok := keys[k]; ok {
		(*list)[i].Evidence = mergeEvidence((*list)[i].Evidence, s.Evidence)
		return
	}
	s.Evidence = mergeEvidence(nil, s.Evidence)
	keys[k] = len(*list)
	*list = append(*list, s)
}

func mergeEvidence(a, b []store.Evidence) []store.Evidence {
	out := slices.Concat(a, b)
	slices.SortFunc(out, func(x, y store.Evidence) int {
		return cmp.Or(cmp.Compare(x.Lang, y.Lang), cmp.Compare(x.Document, y.Document), cmp.Compare(x.Start, y.Start))
	})
	return slices.CompactFunc(out, func(x, y store.Evidence) bool {
		return x.Lang == y.Lang && x.Document == y.Document && x.Start == y.Start && x.End == y.End
	})
}

func (w *walker) fromBody(ctx context.Context, key string) error {
	links, err := w.r.BodyLinks(ctx, store.BodyLinkQuery{Body: key})
	if err != nil {
		return err
	}
	links = slices.DeleteFunc(links, func(l store.BodyLink) bool { return !l.Relation.Traces() })
	slices.SortStableFunc(links, func(a, b store.BodyLink) int {
		return cmp.Or(
			boolFirst(a.Relation == cite.Establishes, b.Relation == cite.Establishes),
			cmp.Compare(a.Instrument.String(), b.Instrument.String()),
			cmp.Compare(relIndex(a.Relation), relIndex(b.Relation)),
		)
	})
	from := Node{Kind: KindBody, ID: key}
	for i, l := range links {
		to := l.Instrument.String()
		w.addStep(&w.t.Steps, w.stepAt, Step{
			From: from, To: Node{Kind: KindInstrument, ID: to},
			Relation: l.Relation, Evidence: l.Evidence, Depth: 1,
		})
		w.enqueue(to, 1, i)
	}
	return nil
}

func (w *walker) fromDocument(ctx context.Context, id string) error {
	edges, err := w.edges(ctx, store.EdgeQuery{Node: id, Direction: store.Out, Relations: tracing}, 0)
	if err != nil {
		return err
	}
	from := Node{Kind: KindDocument, ID: id}
	for i, e := range edges {
		to := target(e)
		w.addStep(&w.t.Steps, w.stepAt, Step{From: from, To: to, Relation: e.Relation, Evidence: e.Evidence, Depth: 1})
		if to.Kind == KindInstrument {
			w.enqueue(to.ID, 1, i)
		}
	}
	return nil
}

// walk expands the queued instruments breadth first.
func (w *walker) walk(ctx context.Context) error {
	for len(w.queue) > 0 {
		it := w.queue[0]
		w.queue = w.queue[1:]
		if w.expanded[it.id] {
			continue
		}
		w.expanded[it.id] = true
		if it.depth >= w.t.MaxDepth || len(w.t.Steps) >= maxSteps {
			more, err := w.edges(ctx, store.EdgeQuery{Node: it.id, Direction: store.Out, Relations: tracing}, 0)
			if err != nil {
				return err
			}
			if slices.ContainsFunc(more, func(e store.Edge) bool { return e.To != it.id && e.ToKind != cite.KindDocument }) {
				w.t.Truncated = true
			}
			w.leaves = append(w.leaves, it)
			continue
		}
		edges, err := w.edges(ctx, store.EdgeQuery{Node: it.id, Direction: store.Out, Relations: tracing}, 0)
		if err != nil {
			return err
		}
		from := Node{Kind: KindInstrument, ID: it.id}
		// An instrument whose steps all lead to documents (which are not
		// followed) is where its chain of instruments stops: an origin.
		further := false
		for _, e := range edges {
			to := target(e)
			if to.ID == it.id {
				continue
			}
			w.addStep(&w.t.Steps, w.stepAt, Step{From: from, To: to, Relation: e.Relation, Evidence: e.Evidence, Depth: it.depth + 1})
			if to.Kind == KindInstrument {
				further = true
				w.enqueue(to.ID, it.depth+1, it.branch)
			}
		}
		if !further {
			w.leaves = append(w.leaves, it)
		}
	}
	return nil
}

// origins orders the leaves: by the first step they were reached through
// (so a body's establishing instruments come first), then depth, then id.
func (w *walker) origins() {
	slices.SortFunc(w.leaves, func(a, b item) int {
		return cmp.Or(cmp.Compare(a.branch, b.branch), cmp.Compare(a.depth, b.depth), cmp.Compare(a.id, b.id))
	})
	for _, l := range w.leaves {
		if id, err := cite.ParseID(l.id); err == nil {
			w.t.Origins = append(w.t.Origins, id)
		}
	}
}

// later finds what extended, amended or ended the instruments of the
// trace (the subject, its origins and every instrument between), in the
// order they were reached, leaving out the steps the trace already took.
func (w *walker) later(ctx context.Context) error {
	keys := map[stepKey]int{}
	for _, tid := range w.reached {
		edges, err := w.edges(ctx, store.EdgeQuery{Node: tid, Direction: store.In, Relations: changing}, 0)
		if err != nil {
			return err
		}
		to := Node{Kind: KindInstrument, ID: tid}
		for _, e := range edges {
			from := Node{Kind: KindDocument, ID: e.From}
			if e.FromInstrument != "" {
				from = Node{Kind: KindInstrument, ID: e.FromInstrument}
			}
			if _, took := w.stepAt[stepKey{from: from.ID, to: tid, rel: e.Relation}]; took || from.ID == tid {
				continue
			}
			w.addStep(&w.t.Later, keys, Step{From: from, To: to, Relation: e.Relation, Evidence: e.Evidence, Depth: 1})
		}
	}
	return nil
}

// edges reads every edge q selects (at most limit when limit > 0).
func (w *walker) edges(ctx context.Context, q store.EdgeQuery, limit int) ([]store.Edge, error) {
	if es, ok := w.pre[q.Node]; ok && q.Direction == store.Out && q.After == "" && slices.Equal(q.Relations, tracing) &&
		(limit <= 0 || limit >= len(es)) {
		if len(es) > maxSteps {
			// As many as the pages below would have read.
			es = es[:(maxSteps+store.MaxPageSize-1)/store.MaxPageSize*store.MaxPageSize]
		}
		return slices.Clone(es), nil
	}
	q.First = store.MaxPageSize
	if limit > 0 && limit < q.First {
		q.First = limit
	}
	var all []store.Edge
	for {
		p, err := w.r.Edges(ctx, q)
		if err != nil {
			return nil, err
		}
		all = append(all, p.Edges...)
		if !p.HasNextPage || len(p.Edges) == 0 || (limit > 0 && len(all) >= limit) || len(all) >= maxSteps {
			return all, nil
		}
		q.After = p.Edges[len(p.Edges)-1].Cursor
	}
}

func target(e store.Edge) Node {
	if e.ToKind == cite.KindDocument {
		return Node{Kind: KindDocument, ID: e.To}
	}
	return Node{Kind: KindInstrument, ID: e.To}
}

func relIndex(r cite.Relation) int { return slices.Index(cite.Relations, r) }

// boolFirst orders true before false.
func boolFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
