package neo4j

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// edgeShape is how one kind of edge query matches the CITES relationships
// at its node: match binds d (citing document), c (an occurrence) and t
// (cited node) for the node $node; other is the other end's id, the first
// sort key.
type edgeShape struct {
	match string
	other string
	// fromInstrument is the FromInstrument of each edge.
	fromInstrument string
}

const minTextOf = `coalesce(COLLECT { MATCH (d)-[:TEXT_OF]->(x:Instrument) RETURN x.id ORDER BY x.id LIMIT 1 }[0], '')`

var (
	outOfDocument = edgeShape{
		match:          `MATCH (d:Document {id: $node})-[c:CITES]->(t)`,
		other:          `t.id`,
		fromInstrument: minTextOf,
	}
	outOfInstrument = edgeShape{
		match:          `MATCH (:Instrument {id: $node})<-[:TEXT_OF]-(d:Document) WITH DISTINCT d MATCH (d)-[c:CITES]->(t)`,
		other:          `t.id`,
		fromInstrument: `$node`,
	}
	intoInstrument = edgeShape{
		match:          `MATCH (d:Document)-[c:CITES]->(t:Instrument {id: $node})`,
		other:          `d.id`,
		fromInstrument: minTextOf,
	}
	intoDocument = edgeShape{
		match:          `MATCH (d:Document)-[c:CITES]->(t:Document {id: $node})`,
		other:          `d.id`,
		fromInstrument: minTextOf,
	}
)

// groups is the edges (one CITES relationship each: citing document, cited
// node, relation) the shape selects, with the relation filter $rels (empty
// for all).
func (sh edgeShape) groups() string {
	return sh.match + ` WHERE size($rels) = 0 OR c.relation IN $rels
		WITH d, t, c, c.relation AS rel`
}

func (sh edgeShape) countQuery() string { return sh.groups() + ` RETURN count(*)` }

// pageQuery reads one page in key order (other end, relation, citing
// document), after the cursor's key $after when it is not null, with the
// evidence of each edge.
func (sh edgeShape) pageQuery() string {
	return sh.groups() + `
		WITH d, t, c, rel, ` + sh.other + ` AS k
		WHERE $after IS NULL OR k > $after[0] OR (k = $after[0] AND (rel > $after[1] OR (rel = $after[1] AND d.id > $after[2])))
		WITH d, t, c, rel, k ORDER BY k, rel, d.id LIMIT $limit
		RETURN d.id, t.id, rel, ` + sh.fromInstrument + `, ` + evidenceColumns + `
		ORDER BY k, rel, d.id`
}

// Edges lists the citation relationships at a node (see store.Reader).
func (s *Store) Edges(ctx context.Context, q store.EdgeQuery) (store.EdgePage, error) {
	var page store.EdgePage
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		page, err = edges(ctx, tx, q)
		return err
	})
	return page, wrap("edges of "+q.Node, err)
}

func edges(ctx context.Context, tx neo4j.ManagedTransaction, q store.EdgeQuery) (store.EdgePage, error) {
	if q.Node == "" {
		return store.EdgePage{}, fmt.Errorf("%w: empty node id", store.ErrInvalid)
	}
	limit, err := store.PageSize(q.First)
	if err != nil {
		return store.EdgePage{}, err
	}
	rels := []any{}
	for _, r := range q.Relations {
		if _, err := cite.ParseRelation(string(r)); err != nil {
			return store.EdgePage{}, err
		}
		rels = append(rels, string(r))
	}
	var after any
	if q.After != "" {
		parts, err := store.DecodeCursor(q.After, 3)
		if err != nil {
			return store.EdgePage{}, err
		}
		after = []any{parts[0], parts[1], parts[2]}
	}
	node := map[string]any{"node": q.Node}
	isInstrument, err := exists(ctx, tx, `MATCH (i:Instrument {id: $node}) RETURN 1`, node)
	if err != nil {
		return store.EdgePage{}, err
	}
	if !isInstrument {
		ok, err := exists(ctx, tx, `MATCH (d:Document {id: $node}) RETURN 1`, node)
		if err != nil {
			return store.EdgePage{}, err
		}
		if !ok {
			return store.EdgePage{}, store.ErrNotFound
		}
	}
	var sh edgeShape
	switch {
	case q.Direction == store.In && isInstrument:
		sh = intoInstrument
	case q.Direction == store.In:
		sh = intoDocument
	case q.Direction != store.Out:
		return store.EdgePage{}, fmt.Errorf("%w: direction %d", store.ErrInvalid, q.Direction)
	case isInstrument:
		sh = outOfInstrument
	default:
		sh = outOfDocument
	}
	params := map[string]any{"node": q.Node, "rels": rels, "after": after, "limit": int64(limit + 1)}
	recs, err := collect(ctx, tx, sh.countQuery(), params)
	if err != nil {
		return store.EdgePage{}, err
	}
	var page store.EdgePage
	page.TotalCount = num(recs[0].Values[0])
	if recs, err = collect(ctx, tx, sh.pageQuery(), params); err != nil {
		return store.EdgePage{}, err
	}
	for _, r := range recs {
		v := r.Values
		e := store.Edge{From: str(v[0]), To: str(v[1]), Relation: cite.Relation(str(v[2])), FromInstrument: str(v[3])}
		e.Evidence, e.ToKind = evidence(e.From, v[4:])
		other := e.To
		if q.Direction == store.In {
			other = e.From
		}
		e.Cursor = store.EncodeCursor(other, string(e.Relation), e.From)
		page.Edges = append(page.Edges, e)
	}
	if len(page.Edges) > limit {
		page.Edges, page.HasNextPage = page.Edges[:limit], true
	}
	return page, nil
}

// evidenceColumns are the columns evidence reads from the relationship c.
const evidenceColumns = `c.langs, c.texts, c.sentences, c.starts, c.ends, c.paragraphs, c.toKind`

// evidence reads the evidence lists of one CITES relationship (the values
// of evidenceColumns) in the embedded store's order: language, start, end,
// then the order they were written in (the lists' order, which a sort by
// language alone keeps).
func evidence(doc string, v []any) ([]store.Evidence, cite.Kind) {
	langs, texts, sentences, starts, ends, paragraphs := list(v[0]), list(v[1]), list(v[2]), list(v[3]), list(v[4]), list(v[5])
	out := make([]store.Evidence, len(langs))
	for i := range langs {
		out[i] = store.Evidence{
			Document: doc, Lang: str(langs[i]), Text: str(texts[i]), Sentence: str(sentences[i]),
			Start: num(starts[i]), End: num(ends[i]), Paragraph: num(paragraphs[i]),
		}
	}
	slices.SortStableFunc(out, func(a, b store.Evidence) int {
		return cmp.Or(cmpStr(a.Lang, b.Lang), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return out, cite.Kind(str(v[6]))
}

// BodyLinks lists the ESTABLISHED_BY and mandate links of a body, or those
// an instrument is the origin of.
func (s *Store) BodyLinks(ctx context.Context, q store.BodyLinkQuery) ([]store.BodyLink, error) {
	var links []store.BodyLink
	op := "body links of " + q.Body + q.Instrument.String()
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		links, err = bodyLinks(ctx, tx, q)
		return err
	})
	return links, wrap(op, err)
}

const (
	qLinksOfBody = `MATCH (b:Body {key: $key})-[l:ESTABLISHED_BY|MANDATED_BY]->(i:Instrument)
		RETURN b.key, i.id, l.relation, l.docs, l.langs, l.texts, l.sentences, l.starts, l.ends, l.paragraphs`
	qLinksOfInstrument = `MATCH (b:Body)-[l:ESTABLISHED_BY|MANDATED_BY]->(i:Instrument {id: $key})
		RETURN b.key, i.id, l.relation, l.docs, l.langs, l.texts, l.sentences, l.starts, l.ends, l.paragraphs`
)

func bodyLinks(ctx context.Context, tx neo4j.ManagedTransaction, q store.BodyLinkQuery) ([]store.BodyLink, error) {
	var query, key string
	switch {
	case (q.Body == "") == q.Instrument.IsZero():
		return nil, fmt.Errorf("%w: want a body or an instrument, not both or neither", store.ErrInvalid)
	case q.Body != "":
		query, key = qLinksOfBody, q.Body
		ok, err := exists(ctx, tx, `MATCH (b:Body {key: $key})
			WHERE b.data IS NOT NULL OR EXISTS { (b)-[:ESTABLISHED_BY|MANDATED_BY]->() } RETURN 1`, map[string]any{"key": key})
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, store.ErrNotFound
		}
	default:
		query, key = qLinksOfInstrument, q.Instrument.String()
		ok, err := exists(ctx, tx, `MATCH (i:Instrument {id: $key}) RETURN 1`, map[string]any{"key": key})
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, store.ErrNotFound
		}
	}
	recs, err := collect(ctx, tx, query, map[string]any{"key": key})
	if err != nil {
		return nil, err
	}
	// One row per evidence entry, in the lists' order (which a stable sort
	// keeps among entries of one document, language, start and end).
	type row struct {
		body, in, rel string
		e             store.Evidence
	}
	var rows []row
	for _, r := range recs {
		v := r.Values
		docs, langs, texts, sentences, starts, ends, paragraphs := list(v[3]), list(v[4]), list(v[5]), list(v[6]), list(v[7]), list(v[8]), list(v[9])
		for i := range docs {
			rows = append(rows, row{body: str(v[0]), in: str(v[1]), rel: str(v[2]), e: store.Evidence{
				Document: str(docs[i]), Lang: str(langs[i]), Text: str(texts[i]), Sentence: str(sentences[i]),
				Start: num(starts[i]), End: num(ends[i]), Paragraph: num(paragraphs[i]),
			}})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(cmpStr(a.body, b.body), cmpStr(a.in, b.in), cmpStr(a.rel, b.rel), cmpStr(a.e.Document, b.e.Document),
			cmpStr(a.e.Lang, b.e.Lang), cmp.Compare(a.e.Start, b.e.Start), cmp.Compare(a.e.End, b.e.End))
	})
	var links []store.BodyLink
	for _, r := range rows {
		if n := len(links); n == 0 || links[n-1].Body != r.body || links[n-1].Instrument.String() != r.in || string(links[n-1].Relation) != r.rel {
			id, err := cite.ParseID(r.in)
			if err != nil {
				return nil, fmt.Errorf("stored instrument: %w", err)
			}
			links = append(links, store.BodyLink{Body: r.body, Instrument: id, Relation: cite.Relation(r.rel)})
		}
		l := &links[len(links)-1]
		l.Evidence = append(l.Evidence, r.e)
	}
	return links, nil
}
