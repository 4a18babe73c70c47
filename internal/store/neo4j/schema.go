package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SchemaVersion is the version of the graph model this code reads and
// writes; it is recorded in the database's (:CitegraphSchema) node.
// Version 1 had one CITES, ESTABLISHED_BY or MANDATED_BY relationship per
// occurrence; version 2 has one per (document, target, relation), resp.
// (body, instrument, relation), with the evidence as list properties.
// Open migrates a version 1 database (migrateV1).
const SchemaVersion = 2

// schema creates every constraint and index the store relies on. Each
// statement is idempotent (IF NOT EXISTS), so Open runs them every time.
// doc/neo4j.md explains them.
var schema = []string{
	`CREATE CONSTRAINT citegraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT citegraph_version_key IF NOT EXISTS FOR (n:Version) REQUIRE n.key IS UNIQUE`,
	`CREATE CONSTRAINT citegraph_instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT citegraph_body_key IF NOT EXISTS FOR (n:Body) REQUIRE n.key IS UNIQUE`,
	`CREATE INDEX citegraph_document_idlower IF NOT EXISTS FOR (n:Document) ON (n.idLower)`,
	`CREATE INDEX citegraph_instrument_number IF NOT EXISTS FOR (n:Instrument) ON (n.numberLower)`,
	// Words of titles and texts (split as the embedded store's unicode61
	// tokenizer splits them, see searchWords), lowercased and folded to
	// ASCII (coopération finds cooperation, ГЕНЕРАЛЬНАЯ finds Генеральная);
	// not eventually consistent: a committed document is searchable at once.
	"CREATE FULLTEXT INDEX citegraph_version_words IF NOT EXISTS FOR (n:Version) ON EACH [n.titleWords, n.textWords] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}",
	// CJK characters and bigrams, space-separated (see cjk.go).
	"CREATE FULLTEXT INDEX citegraph_version_cjk IF NOT EXISTS FOR (n:Version) ON EACH [n.cjkUni, n.cjkBi] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}",
}

// migrate checks the recorded schema version and creates what is missing.
func (s *Store) migrate(ctx context.Context) error {
	var have int
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		recs, err := collect(ctx, tx, `MATCH (s:CitegraphSchema) RETURN max(s.version)`, nil)
		if err == nil && len(recs) > 0 {
			have = num(recs[0].Values[0])
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if have > SchemaVersion {
		return fmt.Errorf("the database's citegraph schema is version %d, newer than this program's %d: upgrade citegraph", have, SchemaVersion)
	}
	if have == 0 {
		// A database citegraph has not opened: empty, or loaded by
		// neo4j-admin import, which reads a one-element list of an empty
		// string ("") as no property; put those lists back.
		err := s.write(ctx, func(tx neo4j.ManagedTransaction) error { return exec(ctx, tx, qImportedLists, nil) })
		if err != nil {
			return fmt.Errorf("complete imported evidence lists: %w", err)
		}
	}
	if have == 1 {
		if err := s.migrateV1(ctx); err != nil {
			return fmt.Errorf("migrate the database from citegraph schema version 1 to %d: %w", SchemaVersion, err)
		}
	}
	for _, q := range schema {
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting()); err != nil {
			return fmt.Errorf("create schema: %s: %w", q, err)
		}
	}
	if _, err := neo4j.ExecuteQuery(ctx, s.driver, `CALL db.awaitIndexes(300)`, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
		return fmt.Errorf("wait for indexes: %w", err)
	}
	err = s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		return exec(ctx, tx, `MERGE (s:CitegraphSchema {name: 'citegraph'}) SET s.version = $v`,
			map[string]any{"v": SchemaVersion})
	})
	if err != nil {
		return fmt.Errorf("record schema version: %w", err)
	}
	return nil
}

// qImportedLists gives the relationships with evidence the string lists an
// import left out, as lists of empty strings, one per occurrence.
const qImportedLists = `MATCH ()-[c:CITES|ESTABLISHED_BY|MANDATED_BY]->()
	WHERE c.langs IS NOT NULL AND (c.texts IS NULL OR c.sentences IS NULL)
	SET c.texts = coalesce(c.texts, [x IN c.langs | '']), c.sentences = coalesce(c.sentences, [x IN c.langs | ''])`

// v1ToV2 turns a version 1 graph (one relationship per occurrence, with
// lang, text, sentence, start, end, paragraph, seq; body links also doc)
// into version 2's one relationship per (source, target, relation) with
// evidence lists, in the order PutDocument keeps them.
var v1ToV2 = []string{
	`MATCH (d:Document)-[c:CITES]->(t) WHERE c.lang IS NOT NULL
	WITH d, t, c ORDER BY c.lang, c.start, c.end, c.seq
	WITH d, t, c.relation AS rel, collect(c) AS cs
	CREATE (d)-[n:CITES {relation: rel, toKind: cs[0].toKind, langs: [x IN cs | x.lang], texts: [x IN cs | x.text],
		sentences: [x IN cs | x.sentence], starts: [x IN cs | x.start], ends: [x IN cs | x.end],
		paragraphs: [x IN cs | x.paragraph], occurrences: size(cs)}]->(t)
	FOREACH (x IN cs | DELETE x)`,
	`MATCH (b:Body)-[c:ESTABLISHED_BY]->(i) WHERE c.lang IS NOT NULL
	WITH b, i, c ORDER BY c.doc, c.lang, c.start, c.end, c.seq
	WITH b, i, c.relation AS rel, collect(c) AS cs
	CREATE (b)-[n:ESTABLISHED_BY {relation: rel, docs: [x IN cs | x.doc], langs: [x IN cs | x.lang], texts: [x IN cs | x.text],
		sentences: [x IN cs | x.sentence], starts: [x IN cs | x.start], ends: [x IN cs | x.end],
		paragraphs: [x IN cs | x.paragraph], occurrences: size(cs)}]->(i)
	FOREACH (x IN cs | DELETE x)`,
	`MATCH (b:Body)-[c:MANDATED_BY]->(i) WHERE c.lang IS NOT NULL
	WITH b, i, c ORDER BY c.doc, c.lang, c.start, c.end, c.seq
	WITH b, i, c.relation AS rel, collect(c) AS cs
	CREATE (b)-[n:MANDATED_BY {relation: rel, docs: [x IN cs | x.doc], langs: [x IN cs | x.lang], texts: [x IN cs | x.text],
		sentences: [x IN cs | x.sentence], starts: [x IN cs | x.start], ends: [x IN cs | x.end],
		paragraphs: [x IN cs | x.paragraph], occurrences: size(cs)}]->(i)
	FOREACH (x IN cs | DELETE x)`,
	`MATCH (s:CitegraphSchema) SET s.version = 2`,
}

// migrateV1 rewrites a version 1 graph as version 2, in one transaction
// (so a failure leaves version 1 as it was), and drops version 1's
// indexes on the doc property of body links.
func (s *Store) migrateV1(ctx context.Context) error {
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		for _, q := range v1ToV2 {
			if err := exec(ctx, tx, q, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, q := range []string{`DROP INDEX citegraph_established_doc IF EXISTS`, `DROP INDEX citegraph_mandated_doc IF EXISTS`} {
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting()); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}
