package embedded

import (
	"context"
	"database/sql"
	"fmt"
)

// applicationID marks a SQLite file as a citegraph store ("CITG"), so that
// Open refuses some other program's database instead of writing into it.
const applicationID = 0x43495447

// migrations are the schema's versions: migrations[i] takes a database
// from user_version i to i+1. They are only ever appended to; Open applies
// the ones a file lacks, in one transaction, so applying is idempotent.
// doc/store.md explains the choices.
var migrations = []string{
	// 1: the graph.
	`
CREATE TABLE documents (
	id     TEXT PRIMARY KEY,            -- symbol, or sha256:… of the text
	symbol TEXT NOT NULL DEFAULT '',
	body   TEXT NOT NULL DEFAULT '',    -- ISSUED_BY
	title  TEXT NOT NULL DEFAULT '',
	lang   TEXT NOT NULL DEFAULT '',    -- the version the metadata comes from
	meta   TEXT NOT NULL DEFAULT '{}'   -- cite.Document as JSON, merged from the versions
) STRICT;
CREATE INDEX documents_id_nocase ON documents(id COLLATE NOCASE);
CREATE INDEX documents_body ON documents(body);

CREATE TABLE versions (
	id     INTEGER PRIMARY KEY,
	doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	lang   TEXT NOT NULL,
	hash   TEXT NOT NULL,
	title  TEXT NOT NULL,
	text   TEXT NOT NULL,
	meta   TEXT NOT NULL,               -- this version's cite.Document as its Record gave it
	UNIQUE (doc_id, lang)
) STRICT;

-- Words of every version, accents folded; external content, kept in step
-- by the triggers below.
CREATE VIRTUAL TABLE version_fts USING fts5(
	title, text,
	content='versions', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO version_fts(version_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
CREATE TRIGGER versions_ai AFTER INSERT ON versions BEGIN
	INSERT INTO version_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER versions_ad AFTER DELETE ON versions BEGIN
	INSERT INTO version_fts(version_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER versions_au AFTER UPDATE OF title, text ON versions BEGIN
	INSERT INTO version_fts(version_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO version_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Chinese and Japanese have no spaces between words: their characters
-- (uni) and character bigrams (bi), as space-separated tokens, per version.
CREATE VIRTUAL TABLE version_cjk USING fts5(uni, bi, content='', contentless_delete=1, tokenize='unicode61');

CREATE TABLE instruments (
	id     TEXT PRIMARY KEY,            -- body:kind:number
	body   TEXT NOT NULL,               -- ISSUED_BY
	kind   TEXT NOT NULL,
	number TEXT NOT NULL
) STRICT;
CREATE INDEX instruments_number ON instruments(number COLLATE NOCASE);
CREATE INDEX instruments_body ON instruments(body);

-- TEXT_OF, per language version that says so.
CREATE TABLE text_of (
	doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	lang          TEXT NOT NULL,
	instrument_id TEXT NOT NULL REFERENCES instruments(id),
	PRIMARY KEY (doc_id, lang, instrument_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX text_of_instrument ON text_of(instrument_id, doc_id);

-- One row per citation: the evidence of a CITES relationship, which is
-- one (doc_id, to_id, relation).
CREATE TABLE occurrences (
	id        INTEGER PRIMARY KEY,
	doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	lang      TEXT NOT NULL,
	to_id     TEXT NOT NULL,            -- instrument id or document id
	to_kind   TEXT NOT NULL,
	relation  TEXT NOT NULL,
	text      TEXT NOT NULL,
	sentence  TEXT NOT NULL,
	start_off INTEGER NOT NULL,
	end_off   INTEGER NOT NULL,
	paragraph INTEGER NOT NULL
) STRICT;
CREATE INDEX occurrences_version ON occurrences(doc_id, lang);
CREATE INDEX occurrences_out ON occurrences(doc_id, to_id, relation, lang, start_off);
CREATE INDEX occurrences_in ON occurrences(to_id, doc_id, relation, lang, start_off);

-- ESTABLISHED_BY and mandate links, one row per passage.
CREATE TABLE body_links (
	id            INTEGER PRIMARY KEY,
	doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	lang          TEXT NOT NULL,
	body          TEXT NOT NULL,
	instrument_id TEXT NOT NULL REFERENCES instruments(id),
	relation      TEXT NOT NULL,
	text          TEXT NOT NULL,
	sentence      TEXT NOT NULL,
	start_off     INTEGER NOT NULL,
	end_off       INTEGER NOT NULL,
	paragraph     INTEGER NOT NULL
) STRICT;
CREATE INDEX body_links_version ON body_links(doc_id, lang);
CREATE INDEX body_links_body ON body_links(body, instrument_id, relation);
CREATE INDEX body_links_instrument ON body_links(instrument_id, body, relation);

CREATE TABLE bodies (
	key    TEXT PRIMARY KEY,
	parent TEXT NOT NULL DEFAULT '',    -- SUBSIDIARY_OF
	data   TEXT NOT NULL                -- cite.Body as JSON
) STRICT;
CREATE INDEX bodies_parent ON bodies(parent);
`,
}

// SchemaVersion is the schema version this code writes.
var SchemaVersion = len(migrations)

// migrate brings db's schema up to SchemaVersion in one transaction.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var app, v int
	if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return fmt.Errorf("read application id: %w", err)
	}
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	switch {
	case app != 0 && app != applicationID:
		return fmt.Errorf("not a citegraph database (application id %#x)", app)
	case app == 0 && v != 0:
		return fmt.Errorf("not a citegraph database (user version %d without citegraph's application id)", v)
	case v > len(migrations):
		return fmt.Errorf("database schema version %d is newer than this citegraph's (%d)", v, len(migrations))
	case v == len(migrations):
		return nil
	}
	if app == 0 {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
			return fmt.Errorf("read schema: %w", err)
		}
		if n > 0 {
			return fmt.Errorf("not a citegraph database (%d schema objects and no citegraph application id)", n)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
			return fmt.Errorf("set application id: %w", err)
		}
	}
	for i := v; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migrate schema to version %d: %w", i+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return fmt.Errorf("set schema version: %w", err)
	}
	return tx.Commit()
}
