// Package store is the contract between citegraph and the databases that
// hold its graph: the narrow Writer that ingest needs, the Reader that the
// API and tracing need, the error kinds they share, and Plan, which turns
// one extracted document into the exact nodes and relationships every
// backend writes. Backends live below it (embedded/, neo4j/) and are held
// to one behaviour by storetest.
package store

import (
	"context"
	"errors"

	"github.com/citegraph/citegraph/internal/cite"
)

// Error kinds, translated to HTTP and GraphQL codes only at the edges.
var (
	// ErrNotFound: no node has the id asked for.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the request is malformed (a bad id, cursor or limit).
	ErrInvalid = cite.ErrInvalid
	// ErrUnavailable: the database cannot be reached or answer now.
	ErrUnavailable = errors.New("store unavailable")
)

// Record is one language version of one document as ingest extracted it.
type Record struct {
	Document  cite.Document   // Versions holds the one version Text belongs to
	Text      string          // the text the citations' offsets point into
	Citations []cite.Citation // in the order they occur in Text
	// TextOf are the instruments this document is the text of
	// (A/RES/55/25 is the text of ga:res:55/25), as the extractor read
	// them from its symbol.
	TextOf []cite.ID
}

// Writer is what ingest needs.
type Writer interface {
	// PutBodies adds or updates the body registry's entries.
	PutBodies(ctx context.Context, bodies []cite.Body) error
	// PutDocument writes one language version of one document in one
	// transaction: the document node, the version's text, and the
	// version's citations, replacing whatever an earlier write of the same
	// document and language left, so re-ingesting changes nothing.
	PutDocument(ctx context.Context, rec Record) error
}

// Reader is what the API and mandate tracing need. Every method returns
// ErrNotFound for an unknown id and answers identically on every backend.
type Reader interface {
	Document(ctx context.Context, id string) (cite.Document, error)
	// Instrument returns an instrument node; one that is cited but whose
	// text is not in the graph is still found, with only its id known.
	Instrument(ctx context.Context, id cite.ID) (InstrumentInfo, error)
	Body(ctx context.Context, key string) (cite.Body, error)
	Bodies(ctx context.Context) ([]cite.Body, error)
	// Edges lists citation relationships at a node, one per (citing
	// document, cited node, relation), each with the evidence of every
	// occurrence, ordered by the other end's id, then relation.
	Edges(ctx context.Context, q EdgeQuery) (EdgePage, error)
	// BodyLinks lists the ESTABLISHED_BY and mandate relationships of a
	// body, or those an instrument is the origin of.
	BodyLinks(ctx context.Context, q BodyLinkQuery) ([]BodyLink, error)
	// Search finds documents, instruments and bodies by id, symbol, name,
	// title or words of their text, in any of the six languages.
	Search(ctx context.Context, q SearchQuery) (SearchPage, error)
	Stats(ctx context.Context) (Stats, error)
}

// Store is a whole backend.
type Store interface {
	Reader
	Writer
	// Ping reports whether the database answers (for /healthz).
	Ping(ctx context.Context) error
	Close() error
}

// InstrumentInfo is an instrument node with the documents that are its text.
type InstrumentInfo struct {
	cite.Instrument
	Texts []string // ids of documents TEXT_OF it, sorted
}

// Direction says which way an EdgeQuery walks from its node.
type Direction int

// Directions.
const (
	// Out: what the node cites. For an instrument, what the documents
	// that are its text cite.
	Out Direction = iota
	// In: what cites the node.
	In
)

// EdgeQuery asks for the citation relationships at one node.
type EdgeQuery struct {
	Node      string          // document id or canonical instrument id
	Direction Direction       //
	Relations []cite.Relation // empty: all
	First     int             // page size; 0 means DefaultPageSize
	After     string          // cursor of the last edge of the previous page; "" for the first
}

// Page sizes.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// Edge is one CITES relationship: a document citing an instrument or a
// document, with one relation, and the evidence of every occurrence.
type Edge struct {
	From           string    // citing document's id
	FromInstrument string    // instrument whose text From is, "" if none
	To             string    // cited instrument id or document id
	ToKind         cite.Kind // KindDocument for a document, else the instrument kind
	Relation       cite.Relation
	Evidence       []Evidence // ordered by language, then start offset
	Cursor         string
}

// Evidence is one occurrence of a citation: where it is and the sentence
// that holds it.
type Evidence struct {
	Document  string // citing document id
	Lang      string
	Text      string // the citation as written
	Sentence  string // the sentence around it, whitespace folded
	Start     int    // byte offsets of Text in the version's text
	End       int
	Paragraph int
}

// EdgePage is one page of edges.
type EdgePage struct {
	Edges       []Edge
	HasNextPage bool
	TotalCount  int
}

// BodyLinkQuery selects body links by body or by instrument (exactly one).
type BodyLinkQuery struct {
	Body       string
	Instrument cite.ID
}

// BodyLink ties a body to an instrument that established it (Establishes)
// or gave, extended, amended or ended its mandate.
type BodyLink struct {
	Body       string
	Instrument cite.ID
	Relation   cite.Relation
	Evidence   []Evidence
}

// SearchQuery is a full-text query.
type SearchQuery struct {
	Text  string
	First int
	After string
}

// HitKind is what a search hit is.
type HitKind string

// Hit kinds.
const (
	HitDocument   HitKind = "document"
	HitInstrument HitKind = "instrument"
	HitBody       HitKind = "body"
)

// SearchHit is one search result.
type SearchHit struct {
	Kind    HitKind
	ID      string
	Label   string // title, name or id, as a person would name it
	Snippet string // the matching text, when the match is in a text
	Lang    string
	Cursor  string
}

// SearchPage is one page of search results, best first.
type SearchPage struct {
	Hits        []SearchHit
	HasNextPage bool
	TotalCount  int
}

// Stats counts the graph.
type Stats struct {
	Documents   int // document nodes with a text in the graph
	Instruments int // instrument nodes
	Bodies      int
	Citations   int // occurrences (evidence rows)
	Edges       int // CITES relationships
}
