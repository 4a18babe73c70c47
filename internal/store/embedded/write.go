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

// writeSQL is every statement the write path runs, prepared once on the
// writer connection and bound to each transaction.
var writeSQL = map[string]string{
	"oldInstruments": `
		SELECT to_id FROM occurrences WHERE doc_id = ?1 AND lang = ?2 AND to_kind <> 'doc'
		UNION SELECT instrument_id FROM text_of WHERE doc_id = ?1 AND lang = ?2
		UNION SELECT instrument_id FROM body_links WHERE doc_id = ?1 AND lang = ?2`,
	"oldDocRefs":     `SELECT DISTINCT to_id FROM occurrences WHERE doc_id = ?1 AND lang = ?2 AND to_kind = 'doc'`,
	"insertDocument": `INSERT INTO documents (id) VALUES (?1) ON CONFLICT (id) DO NOTHING`,
	"version":        `SELECT hash, meta FROM versions WHERE doc_id = ?1 AND lang = ?2`,
	"upsertVersion": `
		INSERT INTO versions (doc_id, lang, hash, title, text, meta) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
		ON CONFLICT (doc_id, lang) DO UPDATE SET hash = excluded.hash, title = excluded.title,
			text = excluded.text, meta = excluded.meta
		RETURNING id`,
	"deleteCJK":      `DELETE FROM version_cjk WHERE rowid = ?1`,
	"insertCJK":      `INSERT INTO version_cjk (rowid, uni, bi) VALUES (?1, ?2, ?3)`,
	"versionMetas":   `SELECT meta FROM versions WHERE doc_id = ?1 ORDER BY lang`,
	"updateDocument": `UPDATE documents SET symbol = ?2, body = ?3, title = ?4, lang = ?5, meta = ?6 WHERE id = ?1`,
	"insertInstrument": `
		INSERT INTO instruments (id, body, kind, number) VALUES (?1, ?2, ?3, ?4)
		ON CONFLICT (id) DO NOTHING`,
	// A cited document with no text is a stub: its id, symbol and body.
	// A document with a text is never touched by being cited.
	"insertStub": `
		INSERT INTO documents (id, symbol, body) VALUES (?1, ?1, ?2)
		ON CONFLICT (id) DO UPDATE SET body = excluded.body
		WHERE documents.body = '' AND excluded.body <> ''
			AND NOT EXISTS (SELECT 1 FROM versions WHERE doc_id = documents.id)`,
	"deleteTextOf":     `DELETE FROM text_of WHERE doc_id = ?1 AND lang = ?2`,
	"insertTextOf":     `INSERT INTO text_of (doc_id, lang, instrument_id) VALUES (?1, ?2, ?3)`,
	"deleteOccurrence": `DELETE FROM occurrences WHERE doc_id = ?1 AND lang = ?2`,
	"insertOccurrence": `
		INSERT INTO occurrences (doc_id, lang, to_id, to_kind, relation, text, sentence, start_off, end_off, paragraph)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
	"deleteBodyLinks": `DELETE FROM body_links WHERE doc_id = ?1 AND lang = ?2`,
	"insertBodyLink": `
		INSERT INTO body_links (doc_id, lang, body, instrument_id, relation, text, sentence, start_off, end_off, paragraph)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
	// Nodes nothing points at any more go, so that the graph is what the
	// latest version of each document says, whatever came before.
	"dropInstrument": `
		DELETE FROM instruments WHERE id = ?1
			AND NOT EXISTS (SELECT 1 FROM occurrences WHERE to_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM text_of WHERE instrument_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM body_links WHERE instrument_id = ?1)`,
	"dropStub": `
		DELETE FROM documents WHERE id = ?1
			AND NOT EXISTS (SELECT 1 FROM versions WHERE doc_id = ?1)
			AND NOT EXISTS (SELECT 1 FROM occurrences WHERE to_id = ?1)`,
	"upsertBody": `
		INSERT INTO bodies (key, parent, data) VALUES (?1, ?2, ?3)
		ON CONFLICT (key) DO UPDATE SET parent = excluded.parent, data = excluded.data`,
}

// writeStmts are writeSQL's statements, prepared.
type writeStmts map[string]*sql.Stmt

func (ws *writeStmts) prepare(ctx context.Context, db *sql.DB) error {
	*ws = writeStmts{}
	for name, q := range writeSQL {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %s: %w", name, err)
		}
		(*ws)[name] = st
	}
	return nil
}

func (ws writeStmts) close() {
	for _, st := range ws {
		st.Close()
	}
}

// txStmts binds the prepared statements to one transaction.
type txStmts struct {
	ctx context.Context
	tx  *sql.Tx
	ws  writeStmts
}

func (t txStmts) exec(name string, args ...any) error {
	if _, err := t.tx.StmtContext(t.ctx, t.ws[name]).ExecContext(t.ctx, args...); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (t txStmts) strings(name string, args ...any) ([]string, error) {
	rows, err := t.tx.StmtContext(t.ctx, t.ws[name]).QueryContext(t.ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// PutDocument writes one language version of one document, and what it
// cites, in one transaction (see store.Writer).
func (s *Store) PutDocument(ctx context.Context, rec store.Record) error {
	b, err := store.Plan(rec)
	if err != nil {
		return fmt.Errorf("put document %s: %w", rec.Document.ID, err)
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		return putBatch(txStmts{ctx: ctx, tx: tx, ws: s.stmts}, b)
	})
	return wrap("put document "+b.Document.ID+" ("+b.Lang+")", err)
}

func putBatch(t txStmts, b store.Batch) error {
	id, lang := b.Document.ID, b.Lang
	oldIns, err := t.strings("oldInstruments", id, lang)
	if err != nil {
		return err
	}
	oldDocs, err := t.strings("oldDocRefs", id, lang)
	if err != nil {
		return err
	}
	if err := t.exec("insertDocument", id); err != nil {
		return err
	}
	if err := putVersion(t, b); err != nil {
		return err
	}
	for _, in := range b.Instruments {
		if err := t.exec("insertInstrument", in.String(), in.Body(), string(in.Kind()), in.Number()); err != nil {
			return err
		}
	}
	for _, d := range b.DocRefs {
		if err := t.exec("insertStub", d.ID, d.Body); err != nil {
			return err
		}
	}
	for _, name := range []string{"deleteTextOf", "deleteOccurrence", "deleteBodyLinks"} {
		if err := t.exec(name, id, lang); err != nil {
			return err
		}
	}
	for _, in := range b.TextOf {
		if err := t.exec("insertTextOf", id, lang, in.String()); err != nil {
			return err
		}
	}
	for _, o := range b.Occurrences {
		e := o.Evidence
		if err := t.exec("insertOccurrence", id, e.Lang, o.To, string(o.ToKind), string(o.Relation),
			e.Text, e.Sentence, e.Start, e.End, e.Paragraph); err != nil {
			return err
		}
	}
	for _, l := range b.BodyLinks {
		e := l.Evidence
		if err := t.exec("insertBodyLink", id, e.Lang, l.Body, l.Instrument.String(), string(l.Relation),
			e.Text, e.Sentence, e.Start, e.End, e.Paragraph); err != nil {
			return err
		}
	}
	for _, in := range oldIns {
		if err := t.exec("dropInstrument", in); err != nil {
			return err
		}
	}
	for _, d := range oldDocs {
		if err := t.exec("dropStub", d); err != nil {
			return err
		}
	}
	return nil
}

// putVersion writes the version's text and metadata, unless they are
// already there, and recomputes the document's metadata from all its
// versions.
func putVersion(t txStmts, b store.Batch) error {
	id, lang := b.Document.ID, b.Lang
	meta, err := json.Marshal(b.Document)
	if err != nil {
		return fmt.Errorf("encode metadata: %w", err)
	}
	var oldHash, oldMeta string
	err = t.tx.StmtContext(t.ctx, t.ws["version"]).QueryRowContext(t.ctx, id, lang).Scan(&oldHash, &oldMeta)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return fmt.Errorf("version: %w", err)
	}
	if err != nil || oldHash != b.Hash || oldMeta != string(meta) {
		var vid int64
		if err := t.tx.StmtContext(t.ctx, t.ws["upsertVersion"]).QueryRowContext(t.ctx,
			id, lang, b.Hash, b.Document.Title, b.Text, string(meta)).Scan(&vid); err != nil {
			return fmt.Errorf("upsertVersion: %w", err)
		}
		if err := t.exec("deleteCJK", vid); err != nil {
			return err
		}
		if uni, bi := store.CJKTokens(b.Document.Title + "\n" + b.Text); uni != "" {
			if err := t.exec("insertCJK", vid, uni, bi); err != nil {
				return err
			}
		}
	}
	metas, err := t.strings("versionMetas", id)
	if err != nil {
		return err
	}
	versions := make([]cite.Document, len(metas))
	for i, m := range metas {
		if err := json.Unmarshal([]byte(m), &versions[i]); err != nil {
			return fmt.Errorf("decode metadata of %s: %w", id, err)
		}
	}
	d := store.MergeVersions(versions)
	merged, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode metadata: %w", err)
	}
	return t.exec("updateDocument", id, d.Symbol, d.Body, d.Title, d.Lang, string(merged))
}

// PutBodies adds or updates the registry's bodies, in one transaction.
func (s *Store) PutBodies(ctx context.Context, bodies []cite.Body) error {
	for _, b := range bodies {
		if !cite.ValidBodyKey(b.Key) {
			return fmt.Errorf("put bodies: %w: body key %q", store.ErrInvalid, b.Key)
		}
		if b.Parent != "" && !cite.ValidBodyKey(b.Parent) {
			return fmt.Errorf("put bodies: %w: body %s: parent %q", store.ErrInvalid, b.Key, b.Parent)
		}
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		t := txStmts{ctx: ctx, tx: tx, ws: s.stmts}
		for _, b := range bodies {
			data, err := json.Marshal(b)
			if err != nil {
				return fmt.Errorf("encode body %s: %w", b.Key, err)
			}
			if err := t.exec("upsertBody", b.Key, b.Parent, string(data)); err != nil {
				return err
			}
		}
		return nil
	})
	return wrap("put bodies", err)
}
