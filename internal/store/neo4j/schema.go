package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaVersion is the version of the graph model this code reads and
// writes; it is recorded in the database's (:CitegraphSchema) node.
const schemaVersion = 1

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
	`CREATE INDEX citegraph_established_doc IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() ON (r.doc)`,
	`CREATE INDEX citegraph_mandated_doc IF NOT EXISTS FOR ()-[r:MANDATED_BY]-() ON (r.doc)`,
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
	if have > schemaVersion {
		return fmt.Errorf("the database's citegraph schema is version %d, newer than this program's %d: upgrade citegraph", have, schemaVersion)
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
			map[string]any{"v": schemaVersion})
	})
	if err != nil {
		return fmt.Errorf("record schema version: %w", err)
	}
	return nil
}
