// Package model holds the Go values the GraphQL schema's types are bound
// to. Nodes (Instrument, Document, Body) are references that carry only
// their id: their other fields are resolved through the per-request loaders
// of package graph, so a node met many times in one answer is read once.
// The rest wrap store and trace values and convert them field by field.
package model

import (
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/trace"
)

// Instrument is a reference to an instrument node.
type Instrument struct{ IID cite.ID }

// IsNode marks Instrument as a Node.
func (Instrument) IsNode() {}

// ID is the canonical id.
func (i Instrument) ID() string { return i.IID.String() }

// Kind is the instrument kind.
func (i Instrument) Kind() InstrumentKind {
	return InstrumentKind(strings.ToUpper(string(i.IID.Kind())))
}

// Number is the body's own numbering.
func (i Instrument) Number() string { return i.IID.Number() }

// BodyKey is the adopting body's key or "?".
func (i Instrument) BodyKey() string { return i.IID.Body() }

// Resolved reports whether the adopting body is known.
func (i Instrument) Resolved() bool { return i.IID.Resolved() }

// Document is a reference to a document node.
type Document struct{ ID string }

// IsNode marks Document as a Node.
func (Document) IsNode() {}

// Body is a reference to a body node.
type Body struct{ Key string }

// IsNode marks Body as a Node.
func (Body) IsNode() {}

// ID is the registry key.
func (b Body) ID() string { return b.Key }

// NodeOf returns the reference to a trace node.
func NodeOf(n trace.Node) Node {
	switch n.Kind {
	case trace.KindBody:
		return &Body{Key: n.ID}
	case trace.KindInstrument:
		if id, err := cite.ParseID(n.ID); err == nil {
			return &Instrument{IID: id}
		}
	}
	return &Document{ID: n.ID}
}

// RelationOf converts a relation to its GraphQL enum value.
func RelationOf(r cite.Relation) Relation { return Relation(strings.ToUpper(string(r))) }

// Relations converts GraphQL relation filters to store relations.
func Relations(rs []Relation) []cite.Relation {
	out := make([]cite.Relation, len(rs))
	for i, r := range rs {
		out[i] = cite.Relation(strings.ToLower(string(r)))
	}
	return out
}

// BodyLink wraps a store body link.
type BodyLink struct{ L store.BodyLink }

// Body is the linked body.
func (l BodyLink) Body() *Body { return &Body{Key: l.L.Body} }

// Instrument is the linked instrument.
func (l BodyLink) Instrument() *Instrument { return &Instrument{IID: l.L.Instrument} }

// Relation is what the instrument did to the body's mandate.
func (l BodyLink) Relation() Relation { return RelationOf(l.L.Relation) }

// Evidence is the passages that say so.
func (l BodyLink) Evidence() []*Evidence { return EvidenceOf(l.L.Evidence) }

// Evidence wraps one store evidence passage.
type Evidence struct{ E store.Evidence }

// EvidenceOf wraps a list of passages.
func EvidenceOf(es []store.Evidence) []*Evidence {
	out := make([]*Evidence, len(es))
	for i, e := range es {
		out[i] = &Evidence{E: e}
	}
	return out
}

// Document is the citing document.
func (e Evidence) Document() *Document { return &Document{ID: e.E.Document} }

// Lang is the version's language.
func (e Evidence) Lang() string { return e.E.Lang }

// Text is the sentence around the citation, or the citation itself when
// the extractor kept no sentence.
func (e Evidence) Text() string {
	if e.E.Sentence != "" {
		return e.E.Sentence
	}
	return e.E.Text
}

// Cited is the citation's own words.
func (e Evidence) Cited() string { return e.E.Text }

// Start is the citation's start byte offset.
func (e Evidence) Start() int { return e.E.Start }

// End is the citation's end byte offset.
func (e Evidence) End() int { return e.E.End }

// Paragraph is the 1-based paragraph, nil when unknown.
func (e Evidence) Paragraph() *int {
	if e.E.Paragraph <= 0 {
		return nil
	}
	p := e.E.Paragraph
	return &p
}

// CitationConnection wraps one page of edges, seen from Dir.
type CitationConnection struct {
	Page store.EdgePage
	Dir  store.Direction
}

// Edges are the page's edges.
func (c CitationConnection) Edges() []*CitationEdge {
	out := make([]*CitationEdge, len(c.Page.Edges))
	for i, e := range c.Page.Edges {
		out[i] = &CitationEdge{E: e, Dir: c.Dir}
	}
	return out
}

// TotalCount is how many edges match over all pages.
func (c CitationConnection) TotalCount() int { return c.Page.TotalCount }

// PageInfo says where the page is.
func (c CitationConnection) PageInfo() *PageInfo {
	pi := &PageInfo{HasNextPage: c.Page.HasNextPage}
	if n := len(c.Page.Edges); n > 0 {
		pi.EndCursor = &c.Page.Edges[n-1].Cursor
	}
	return pi
}

// CitationEdge wraps one store edge, seen from Dir.
type CitationEdge struct {
	E   store.Edge
	Dir store.Direction
}

// Cursor is the edge's cursor.
func (e CitationEdge) Cursor() string { return e.E.Cursor }

// Node is the other end: the cited node for Out, the citing document for In.
func (e CitationEdge) Node() Node {
	if e.Dir == store.In {
		return e.From()
	}
	return e.To()
}

// From is the citing document.
func (e CitationEdge) From() *Document { return &Document{ID: e.E.From} }

// FromInstrument is the instrument whose text the citing document is.
func (e CitationEdge) FromInstrument() *Instrument {
	id, err := cite.ParseID(e.E.FromInstrument)
	if err != nil {
		return nil
	}
	return &Instrument{IID: id}
}

// To is the cited node.
func (e CitationEdge) To() Node {
	if e.E.ToKind == cite.KindDocument {
		return &Document{ID: e.E.To}
	}
	return NodeOf(trace.Node{Kind: trace.KindInstrument, ID: e.E.To})
}

// Relation is what the citation says.
func (e CitationEdge) Relation() Relation { return RelationOf(e.E.Relation) }

// Evidence is every occurrence.
func (e CitationEdge) Evidence() []*Evidence { return EvidenceOf(e.E.Evidence) }

// SearchConnection wraps one page of search hits.
type SearchConnection struct{ Page store.SearchPage }

// Edges are the page's hits.
func (c SearchConnection) Edges() []*SearchEdge {
	out := make([]*SearchEdge, len(c.Page.Hits))
	for i, h := range c.Page.Hits {
		out[i] = &SearchEdge{H: h}
	}
	return out
}

// TotalCount is how many hits match over all pages.
func (c SearchConnection) TotalCount() int { return c.Page.TotalCount }

// PageInfo says where the page is.
func (c SearchConnection) PageInfo() *PageInfo {
	pi := &PageInfo{HasNextPage: c.Page.HasNextPage}
	if n := len(c.Page.Hits); n > 0 {
		pi.EndCursor = &c.Page.Hits[n-1].Cursor
	}
	return pi
}

// SearchEdge wraps one hit as an edge.
type SearchEdge struct{ H store.SearchHit }

// Cursor is the hit's cursor.
func (e SearchEdge) Cursor() string { return e.H.Cursor }

// Node is the hit.
func (e SearchEdge) Node() *SearchHit { return &SearchHit{H: e.H} }

// SearchHit wraps one store hit.
type SearchHit struct{ H store.SearchHit }

// Kind is what the hit is.
func (h SearchHit) Kind() HitKind { return HitKind(strings.ToUpper(string(h.H.Kind))) }

// ID is the hit's node id.
func (h SearchHit) ID() string { return h.H.ID }

// Label names the hit.
func (h SearchHit) Label() string { return h.H.Label }

// Snippet is the matching text, nil when none.
func (h SearchHit) Snippet() *string { return optional(h.H.Snippet) }

// Lang is the match's language, nil when none.
func (h SearchHit) Lang() *string { return optional(h.H.Lang) }

// Node is the hit's node.
func (h SearchHit) Node() Node {
	switch h.H.Kind {
	case store.HitBody:
		return &Body{Key: h.H.ID}
	case store.HitInstrument:
		return NodeOf(trace.Node{Kind: trace.KindInstrument, ID: h.H.ID})
	}
	return &Document{ID: h.H.ID}
}

// MandateTrace wraps a trace.
type MandateTrace struct{ T trace.Trace }

// Subject is where the trace starts.
func (t MandateTrace) Subject() Node { return NodeOf(t.T.Subject) }

// Origins are the instruments where the chains stop.
func (t MandateTrace) Origins() []*Instrument {
	out := make([]*Instrument, len(t.T.Origins))
	for i, id := range t.T.Origins {
		out[i] = &Instrument{IID: id}
	}
	return out
}

// Steps are the steps followed.
func (t MandateTrace) Steps() []*TraceStep { return stepsOf(t.T.Steps) }

// Later are the later changes.
func (t MandateTrace) Later() []*TraceStep { return stepsOf(t.T.Later) }

// MaxDepth is the depth allowed.
func (t MandateTrace) MaxDepth() int { return t.T.MaxDepth }

// Truncated reports a chain cut at MaxDepth.
func (t MandateTrace) Truncated() bool { return t.T.Truncated }

func stepsOf(ss []trace.Step) []*TraceStep {
	out := make([]*TraceStep, len(ss))
	for i, s := range ss {
		out[i] = &TraceStep{S: s}
	}
	return out
}

// TraceStep wraps a trace step.
type TraceStep struct{ S trace.Step }

// From is where the step starts.
func (s TraceStep) From() Node { return NodeOf(s.S.From) }

// To is where it leads.
func (s TraceStep) To() Node { return NodeOf(s.S.To) }

// Relation is how.
func (s TraceStep) Relation() Relation { return RelationOf(s.S.Relation) }

// Evidence is the passages.
func (s TraceStep) Evidence() []*Evidence { return EvidenceOf(s.S.Evidence) }

// Depth is the distance from the subject.
func (s TraceStep) Depth() int { return s.S.Depth }

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
