package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// Document returns a document node with its language versions (Lang and
// Hash; the text is not loaded). A cited document whose text is not in the
// graph has only its id, symbol and body.
func (s *Store) Document(ctx context.Context, id string) (cite.Document, error) {
	var d cite.Document
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		d, err = document(ctx, tx, id)
		return err
	})
	return d, wrap("document "+id, err)
}

const qDocument = `
	MATCH (d:Document {id: $id})
	OPTIONAL MATCH (d)-[:HAS_VERSION]->(v:Version)
	WITH d, v ORDER BY v.lang
	RETURN d.symbol, d.body, d.meta, collect(CASE WHEN v IS NULL THEN null ELSE [v.lang, v.hash] END)`

func document(ctx context.Context, tx neo4j.ManagedTransaction, id string) (cite.Document, error) {
	if id == "" {
		return cite.Document{}, fmt.Errorf("%w: empty document id", store.ErrInvalid)
	}
	recs, err := collect(ctx, tx, qDocument, map[string]any{"id": id})
	if err != nil {
		return cite.Document{}, err
	}
	if len(recs) == 0 {
		return cite.Document{}, store.ErrNotFound
	}
	v := recs[0].Values
	var vs []cite.Version
	for _, x := range list(v[3]) {
		p := list(x)
		vs = append(vs, cite.Version{Lang: str(p[0]), Hash: str(p[1])})
	}
	slices.SortFunc(vs, func(a, b cite.Version) int { return cmpStr(a.Lang, b.Lang) })
	if len(vs) == 0 {
		return cite.Document{ID: id, Symbol: str(v[0]), Body: str(v[1])}, nil
	}
	var d cite.Document
	if err := json.Unmarshal([]byte(str(v[2])), &d); err != nil {
		return cite.Document{}, fmt.Errorf("decode metadata: %w", err)
	}
	d.Symbol, d.Body = str(v[0]), str(v[1])
	d.ID = id
	d.Versions = vs
	return d, nil
}

// cmpStr compares strings bytewise, as the embedded store's SQLite does.
func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TextOf returns the instruments document id is the text of, sorted.
func (s *Store) TextOf(ctx context.Context, id string) ([]cite.ID, error) {
	var ids []cite.ID
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		ok, err := exists(ctx, tx, `MATCH (d:Document {id: $id}) RETURN 1`, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if !ok {
			return store.ErrNotFound
		}
		ids, err = textOf(ctx, tx, id)
		return err
	})
	return ids, wrap("text of "+id, err)
}

func textOf(ctx context.Context, tx neo4j.ManagedTransaction, doc string) ([]cite.ID, error) {
	ss, err := strs(ctx, tx, `MATCH (:Document {id: $id})-[:TEXT_OF]->(i:Instrument) RETURN DISTINCT i.id`,
		map[string]any{"id": doc})
	if err != nil {
		return nil, err
	}
	slices.Sort(ss)
	ids := make([]cite.ID, 0, len(ss))
	for _, s := range ss {
		id, err := cite.ParseID(s)
		if err != nil {
			return nil, fmt.Errorf("stored instrument: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// Instrument returns an instrument node and the documents that are its text.
func (s *Store) Instrument(ctx context.Context, id cite.ID) (store.InstrumentInfo, error) {
	var info store.InstrumentInfo
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		info, err = instrument(ctx, tx, id)
		return err
	})
	return info, wrap("instrument "+id.String(), err)
}

func instrument(ctx context.Context, tx neo4j.ManagedTransaction, id cite.ID) (store.InstrumentInfo, error) {
	if id.IsZero() {
		return store.InstrumentInfo{}, fmt.Errorf("%w: empty instrument id", store.ErrInvalid)
	}
	p := map[string]any{"id": id.String()}
	ok, err := exists(ctx, tx, `MATCH (i:Instrument {id: $id}) RETURN 1`, p)
	if err != nil {
		return store.InstrumentInfo{}, err
	}
	if !ok {
		return store.InstrumentInfo{}, store.ErrNotFound
	}
	texts, err := strs(ctx, tx, `MATCH (:Instrument {id: $id})<-[:TEXT_OF]-(d:Document) RETURN DISTINCT d.id`, p)
	if err != nil {
		return store.InstrumentInfo{}, err
	}
	slices.Sort(texts)
	docs := make([]cite.Document, len(texts))
	of := make([][]cite.ID, len(texts))
	for i, t := range texts {
		if docs[i], err = document(ctx, tx, t); err != nil {
			return store.InstrumentInfo{}, err
		}
		if of[i], err = textOf(ctx, tx, t); err != nil {
			return store.InstrumentInfo{}, err
		}
	}
	return store.InstrumentInfo{Instrument: store.InstrumentFromTexts(id, docs, of), Texts: texts}, nil
}

// Body returns the registry entry of a body.
func (s *Store) Body(ctx context.Context, key string) (cite.Body, error) {
	var b cite.Body
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		data, err := strs(ctx, tx, `MATCH (b:Body {key: $key}) WHERE b.data IS NOT NULL RETURN b.data`,
			map[string]any{"key": key})
		if err != nil {
			return err
		}
		if len(data) == 0 {
			return store.ErrNotFound
		}
		return json.Unmarshal([]byte(data[0]), &b)
	})
	return b, wrap("body "+key, err)
}

// Bodies returns every body, by key.
func (s *Store) Bodies(ctx context.Context) ([]cite.Body, error) {
	var bs []cite.Body
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		bs, err = bodies(ctx, tx)
		return err
	})
	return bs, wrap("bodies", err)
}

func bodies(ctx context.Context, tx neo4j.ManagedTransaction) ([]cite.Body, error) {
	data, err := strs(ctx, tx, `MATCH (b:Body) WHERE b.data IS NOT NULL RETURN b.data`, nil)
	if err != nil {
		return nil, err
	}
	bs := make([]cite.Body, len(data))
	for i, d := range data {
		if err := json.Unmarshal([]byte(d), &bs[i]); err != nil {
			return nil, fmt.Errorf("decode body: %w", err)
		}
	}
	slices.SortFunc(bs, func(a, b cite.Body) int { return cmpStr(a.Key, b.Key) })
	return bs, nil
}

// statsQueries count, in order, Stats' fields.
var statsQueries = []string{
	`MATCH (d:Document) WHERE EXISTS { (d)-[:HAS_VERSION]->() } RETURN count(d)`,
	`MATCH (i:Instrument) RETURN count(i)`,
	`MATCH (b:Body) WHERE b.data IS NOT NULL RETURN count(b)`,
	`MATCH ()-[c:CITES]->() RETURN sum(c.occurrences)`,
	`MATCH ()-[c:CITES]->() RETURN count(c)`,
}

// Stats counts the graph.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		fields := []*int{&st.Documents, &st.Instruments, &st.Bodies, &st.Citations, &st.Edges}
		for i, q := range statsQueries {
			recs, err := collect(ctx, tx, q, nil)
			if err != nil {
				return err
			}
			*fields[i] = num(recs[0].Values[0])
		}
		return nil
	})
	return st, wrap("stats", err)
}
