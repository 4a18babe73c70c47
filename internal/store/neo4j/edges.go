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

// groups is the edges (one per citing document, cited node, relation) the
// shape selects, with the relation filter $rels (empty for all).
func (sh edgeShape) groups() string {
	return sh.match + ` WHERE size($rels) = 0 OR c.relation IN $rels
		WITH DISTINCT d, t, c.relation AS rel`
}

func (sh edgeShape) countQuery() string { return sh.groups() + ` RETURN count(*)` }

// pageQuery reads one page in key order (other end, relation, citing
// document), after the cursor's key $after when it is not null, with the
// evidence of each edge.
func (sh edgeShape) pageQuery() string {
	return sh.groups() + `
		WITH d, t, rel, ` + sh.other + ` AS k
		WHERE $after IS NULL OR k > $after[0] OR (k = $after[0] AND (rel > $after[1] OR (rel = $after[1] AND d.id > $after[2])))
		WITH d, t, rel, k ORDER BY k, rel, d.id LIMIT $limit
		RETURN d.id, t.id, rel, ` + sh.fromInstrument + `,
			COLLECT { MATCH (d)-[c:CITES {relation: rel}]->(t)
				RETURN [c.lang, c.text, c.sentence, c.start, c.end, c.paragraph, c.seq, c.toKind] } AS ev
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
		e.Evidence, e.ToKind = evidence(e.From, list(v[4]))
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

// evidence reads the occurrences of one edge, [lang, text, sentence,
// start, end, paragraph, seq, toKind] each, in the embedded store's order:
// language, start, end, then the order they were written in.
func evidence(doc string, rows []any) ([]store.Evidence, cite.Kind) {
	type occ struct {
		e   store.Evidence
		seq int
	}
	var kind cite.Kind
	occs := make([]occ, 0, len(rows))
	for _, x := range rows {
		p := list(x)
		occs = append(occs, occ{store.Evidence{
			Document: doc, Lang: str(p[0]), Text: str(p[1]), Sentence: str(p[2]),
			Start: num(p[3]), End: num(p[4]), Paragraph: num(p[5]),
		}, num(p[6])})
		if k := cite.Kind(str(p[7])); kind == "" || k < kind {
			kind = k
		}
	}
	slices.SortFunc(occs, func(a, b occ) int {
		return cmp.Or(cmpStr(a.e.Lang, b.e.Lang), cmp.Compare(a.e.Start, b.e.Start),
			cmp.Compare(a.e.End, b.e.End), cmp.Compare(a.seq, b.seq))
	})
	out := make([]store.Evidence, len(occs))
	for i, o := range occs {
		out[i] = o.e
	}
	return out, kind
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
		RETURN b.key, i.id, l.relation, l.doc, l.lang, l.text, l.sentence, l.start, l.end, l.paragraph, l.seq`
	qLinksOfInstrument = `MATCH (b:Body)-[l:ESTABLISHED_BY|MANDATED_BY]->(i:Instrument {id: $key})
		RETURN b.key, i.id, l.relation, l.doc, l.lang, l.text, l.sentence, l.start, l.end, l.paragraph, l.seq`
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
	type row struct {
		body, in, rel string
		e             store.Evidence
		seq           int
	}
	rows := make([]row, len(recs))
	for i, r := range recs {
		v := r.Values
		rows[i] = row{body: str(v[0]), in: str(v[1]), rel: str(v[2]), seq: num(v[10]), e: store.Evidence{
			Document: str(v[3]), Lang: str(v[4]), Text: str(v[5]), Sentence: str(v[6]),
			Start: num(v[7]), End: num(v[8]), Paragraph: num(v[9]),
		}}
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmpStr(a.body, b.body), cmpStr(a.in, b.in), cmpStr(a.rel, b.rel), cmpStr(a.e.Document, b.e.Document),
			cmpStr(a.e.Lang, b.e.Lang), cmp.Compare(a.e.Start, b.e.Start), cmp.Compare(a.e.End, b.e.End), cmp.Compare(a.seq, b.seq))
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
