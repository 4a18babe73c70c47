package embedded

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// queryStrings runs q and returns its one string column.
func queryStrings(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// exists reports whether q returns a row.
func exists(ctx context.Context, tx *sql.Tx, q string, args ...any) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, q, args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Document returns a document node with its language versions (Lang and
// Hash; the text is not loaded). A cited document whose text is not in the
// graph has only its id, symbol and body.
func (s *Store) Document(ctx context.Context, id string) (cite.Document, error) {
	var d cite.Document
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		d, err = document(ctx, tx, id)
		return err
	})
	return d, wrap("document "+id, err)
}

func document(ctx context.Context, tx *sql.Tx, id string) (cite.Document, error) {
	if id == "" {
		return cite.Document{}, fmt.Errorf("%w: empty document id", store.ErrInvalid)
	}
	var d cite.Document
	var meta string
	err := tx.QueryRowContext(ctx, `SELECT symbol, body, meta FROM documents WHERE id = ?1`, id).
		Scan(&d.Symbol, &d.Body, &meta)
	if errors.Is(err, sql.ErrNoRows) {
		return cite.Document{}, store.ErrNotFound
	}
	if err != nil {
		return cite.Document{}, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT lang, hash FROM versions WHERE doc_id = ?1 ORDER BY lang`, id)
	if err != nil {
		return cite.Document{}, err
	}
	defer rows.Close()
	var vs []cite.Version
	for rows.Next() {
		var v cite.Version
		if err := rows.Scan(&v.Lang, &v.Hash); err != nil {
			return cite.Document{}, err
		}
		vs = append(vs, v)
	}
	if err := rows.Err(); err != nil {
		return cite.Document{}, err
	}
	if len(vs) == 0 {
		return cite.Document{ID: id, Symbol: d.Symbol, Body: d.Body}, nil
	}
	if err := json.Unmarshal([]byte(meta), &d); err != nil {
		return cite.Document{}, fmt.Errorf("decode metadata: %w", err)
	}
	d.ID = id
	d.Versions = vs
	return d, nil
}

// TextOf returns the instruments document id is the text of, sorted.
func (s *Store) TextOf(ctx context.Context, id string) ([]cite.ID, error) {
	var ids []cite.ID
	err := s.read(ctx, func(tx *sql.Tx) error {
		ok, err := exists(ctx, tx, `SELECT 1 FROM documents WHERE id = ?1`, id)
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

func textOf(ctx context.Context, tx *sql.Tx, doc string) ([]cite.ID, error) {
	ss, err := queryStrings(ctx, tx, `SELECT DISTINCT instrument_id FROM text_of WHERE doc_id = ?1 ORDER BY 1`, doc)
	if err != nil {
		return nil, err
	}
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
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		info, err = instrument(ctx, tx, id)
		return err
	})
	return info, wrap("instrument "+id.String(), err)
}

func instrument(ctx context.Context, tx *sql.Tx, id cite.ID) (store.InstrumentInfo, error) {
	if id.IsZero() {
		return store.InstrumentInfo{}, fmt.Errorf("%w: empty instrument id", store.ErrInvalid)
	}
	ok, err := exists(ctx, tx, `SELECT 1 FROM instruments WHERE id = ?1`, id.String())
	if err != nil {
		return store.InstrumentInfo{}, err
	}
	if !ok {
		return store.InstrumentInfo{}, store.ErrNotFound
	}
	texts, err := queryStrings(ctx, tx,
		`SELECT DISTINCT doc_id FROM text_of WHERE instrument_id = ?1 ORDER BY 1`, id.String())
	if err != nil {
		return store.InstrumentInfo{}, err
	}
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
	err := s.read(ctx, func(tx *sql.Tx) error {
		var data string
		err := tx.QueryRowContext(ctx, `SELECT data FROM bodies WHERE key = ?1`, key).Scan(&data)
		if errors.Is(err, sql.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		return json.Unmarshal([]byte(data), &b)
	})
	return b, wrap("body "+key, err)
}

// Bodies returns every body, by key.
func (s *Store) Bodies(ctx context.Context) ([]cite.Body, error) {
	var bs []cite.Body
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		bs, err = bodies(ctx, tx)
		return err
	})
	return bs, wrap("bodies", err)
}

func bodies(ctx context.Context, tx *sql.Tx) ([]cite.Body, error) {
	data, err := queryStrings(ctx, tx, `SELECT data FROM bodies ORDER BY key`)
	if err != nil {
		return nil, err
	}
	bs := make([]cite.Body, len(data))
	for i, d := range data {
		if err := json.Unmarshal([]byte(d), &bs[i]); err != nil {
			return nil, fmt.Errorf("decode body: %w", err)
		}
	}
	return bs, nil
}

// Stats counts the graph.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(DISTINCT doc_id) FROM versions),
			(SELECT count(*) FROM instruments),
			(SELECT count(*) FROM bodies),
			(SELECT count(*) FROM occurrences),
			(SELECT count(*) FROM (SELECT 1 FROM occurrences GROUP BY doc_id, to_id, relation))`).
			Scan(&st.Documents, &st.Instruments, &st.Bodies, &st.Citations, &st.Edges)
	})
	return st, wrap("stats", err)
}
