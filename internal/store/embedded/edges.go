package embedded

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// edgeShape is how one kind of edge query reads the occurrences table:
// which rows are at the node, and which column is the other end (the
// first sort key).
type edgeShape struct {
	where string // selects the node's occurrences; ?1 is the node
	other string // the other end's column
	// group is the edge's key in sort order (the node's own column left
	// out), so that SQLite reads the index in order instead of sorting.
	group string
	// fromInstrument is the FromInstrument of each edge.
	fromInstrument string
}

var (
	outOfDocument = edgeShape{
		where:          `o.doc_id = ?1`,
		other:          `o.to_id`,
		group:          `o.to_id, o.relation`,
		fromInstrument: `coalesce((SELECT min(t.instrument_id) FROM text_of t WHERE t.doc_id = o.doc_id), '')`,
	}
	outOfInstrument = edgeShape{
		where:          `o.doc_id IN (SELECT t.doc_id FROM text_of t WHERE t.instrument_id = ?1)`,
		other:          `o.to_id`,
		group:          `o.to_id, o.relation, o.doc_id`,
		fromInstrument: `?1`,
	}
	into = edgeShape{
		where:          `o.to_id = ?1`,
		other:          `o.doc_id`,
		group:          `o.doc_id, o.relation`,
		fromInstrument: `coalesce((SELECT min(t.instrument_id) FROM text_of t WHERE t.doc_id = o.doc_id), '')`,
	}
)

// relationFilter keeps the relations of the JSON array ?2 ("" for all).
const relationFilter = `(?2 = '' OR o.relation IN (SELECT value FROM json_each(?2)))`

func (sh edgeShape) pageSQL(after bool) string {
	q := `SELECT o.doc_id, o.to_id, min(o.to_kind), o.relation, ` + sh.fromInstrument + `
		FROM occurrences o WHERE ` + sh.where + ` AND ` + relationFilter
	if after {
		q += ` AND (` + sh.other + `, o.relation, o.doc_id) > (?3, ?4, ?5)`
	}
	return q + ` GROUP BY ` + sh.group + ` ORDER BY ` + sh.group + ` LIMIT ?6`
}

func (sh edgeShape) countSQL() string {
	return `SELECT count(*) FROM (SELECT 1 FROM occurrences o WHERE ` + sh.where + ` AND ` + relationFilter + `
		GROUP BY ` + sh.group + `)`
}

const evidenceSQL = `SELECT lang, text, sentence, start_off, end_off, paragraph FROM occurrences
	WHERE doc_id = ?1 AND to_id = ?2 AND relation = ?3 ORDER BY lang, start_off, end_off, id`

// Edges lists the citation relationships at a node (see store.Reader).
func (s *Store) Edges(ctx context.Context, q store.EdgeQuery) (store.EdgePage, error) {
	var page store.EdgePage
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		page, err = edges(ctx, tx, q)
		return err
	})
	return page, wrap("edges of "+q.Node, err)
}

func edges(ctx context.Context, tx *sql.Tx, q store.EdgeQuery) (store.EdgePage, error) {
	if q.Node == "" {
		return store.EdgePage{}, fmt.Errorf("%w: empty node id", store.ErrInvalid)
	}
	limit, err := store.PageSize(q.First)
	if err != nil {
		return store.EdgePage{}, err
	}
	rels := ""
	if len(q.Relations) > 0 {
		for _, r := range q.Relations {
			if _, err := cite.ParseRelation(string(r)); err != nil {
				return store.EdgePage{}, err
			}
		}
		b, _ := json.Marshal(q.Relations)
		rels = string(b)
	}
	var after []string
	if q.After != "" {
		if after, err = store.DecodeCursor(q.After, 3); err != nil {
			return store.EdgePage{}, err
		}
	}
	isInstrument, err := exists(ctx, tx, `SELECT 1 FROM instruments WHERE id = ?1`, q.Node)
	if err != nil {
		return store.EdgePage{}, err
	}
	if !isInstrument {
		ok, err := exists(ctx, tx, `SELECT 1 FROM documents WHERE id = ?1`, q.Node)
		if err != nil {
			return store.EdgePage{}, err
		}
		if !ok {
			return store.EdgePage{}, store.ErrNotFound
		}
	}
	var sh edgeShape
	switch {
	case q.Direction == store.In:
		sh = into
	case q.Direction != store.Out:
		return store.EdgePage{}, fmt.Errorf("%w: direction %d", store.ErrInvalid, q.Direction)
	case isInstrument:
		sh = outOfInstrument
	default:
		sh = outOfDocument
	}
	var page store.EdgePage
	if err := tx.QueryRowContext(ctx, sh.countSQL(), q.Node, rels).Scan(&page.TotalCount); err != nil {
		return store.EdgePage{}, err
	}
	args := []any{q.Node, rels, "", "", "", limit + 1}
	if after != nil {
		args[2], args[3], args[4] = after[0], after[1], after[2]
	}
	rows, err := tx.QueryContext(ctx, sh.pageSQL(after != nil), args...)
	if err != nil {
		return store.EdgePage{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var e store.Edge
		var kind, rel string
		if err := rows.Scan(&e.From, &e.To, &kind, &rel, &e.FromInstrument); err != nil {
			return store.EdgePage{}, err
		}
		e.ToKind, e.Relation = cite.Kind(kind), cite.Relation(rel)
		other := e.To
		if sh == into {
			other = e.From
		}
		e.Cursor = store.EncodeCursor(other, rel, e.From)
		page.Edges = append(page.Edges, e)
	}
	if err := rows.Err(); err != nil {
		return store.EdgePage{}, err
	}
	rows.Close()
	if len(page.Edges) > limit {
		page.Edges, page.HasNextPage = page.Edges[:limit], true
	}
	ev, err := tx.PrepareContext(ctx, evidenceSQL)
	if err != nil {
		return store.EdgePage{}, err
	}
	defer ev.Close()
	for i := range page.Edges {
		e := &page.Edges[i]
		if e.Evidence, err = evidence(ctx, ev, e.From, e.From, e.To, string(e.Relation)); err != nil {
			return store.EdgePage{}, err
		}
	}
	return page, nil
}

// evidence reads the evidence rows st returns for args; doc is the citing
// document when the rows do not say it.
func evidence(ctx context.Context, st *sql.Stmt, doc string, args ...any) ([]store.Evidence, error) {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Evidence
	for rows.Next() {
		e := store.Evidence{Document: doc}
		if err := rows.Scan(&e.Lang, &e.Text, &e.Sentence, &e.Start, &e.End, &e.Paragraph); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// bodyLinkSQL lists body links with their evidence, grouped by (body,
// instrument, relation) and then in document, language and text order;
// ?1 selects by body, ?2 by instrument.
const bodyLinkSQL = `SELECT body, instrument_id, relation, doc_id, lang, text, sentence, start_off, end_off, paragraph
	FROM body_links WHERE %s = ?1
	ORDER BY body, instrument_id, relation, doc_id, lang, start_off, end_off, id`

// BodyLinks lists the ESTABLISHED_BY and mandate links of a body, or those
// an instrument is the origin of.
func (s *Store) BodyLinks(ctx context.Context, q store.BodyLinkQuery) ([]store.BodyLink, error) {
	var links []store.BodyLink
	op := "body links of " + q.Body + q.Instrument.String()
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		links, err = bodyLinks(ctx, tx, q)
		return err
	})
	return links, wrap(op, err)
}

func bodyLinks(ctx context.Context, tx *sql.Tx, q store.BodyLinkQuery) ([]store.BodyLink, error) {
	var col, key string
	switch {
	case (q.Body == "") == q.Instrument.IsZero():
		return nil, fmt.Errorf("%w: want a body or an instrument, not both or neither", store.ErrInvalid)
	case q.Body != "":
		col, key = "body", q.Body
		ok, err := exists(ctx, tx, `SELECT 1 FROM bodies WHERE key = ?1 UNION ALL SELECT 1 FROM body_links WHERE body = ?1`, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, store.ErrNotFound
		}
	default:
		col, key = "instrument_id", q.Instrument.String()
		ok, err := exists(ctx, tx, `SELECT 1 FROM instruments WHERE id = ?1`, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, store.ErrNotFound
		}
	}
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(bodyLinkSQL, col), key)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var links []store.BodyLink
	for rows.Next() {
		var body, in, rel string
		var e store.Evidence
		if err := rows.Scan(&body, &in, &rel, &e.Document, &e.Lang, &e.Text, &e.Sentence, &e.Start, &e.End, &e.Paragraph); err != nil {
			return nil, err
		}
		if n := len(links); n == 0 || links[n-1].Body != body || links[n-1].Instrument.String() != in || string(links[n-1].Relation) != rel {
			id, err := cite.ParseID(in)
			if err != nil {
				return nil, fmt.Errorf("stored instrument: %w", err)
			}
			links = append(links, store.BodyLink{Body: body, Instrument: id, Relation: cite.Relation(rel)})
		}
		l := &links[len(links)-1]
		l.Evidence = append(l.Evidence, e)
	}
	return links, rows.Err()
}
