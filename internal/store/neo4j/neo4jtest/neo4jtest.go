// Package neo4jtest opens the Neo4j store for tests, against the server
// the environment names (CITEGRAPH_NEO4J_URI, _USER, _PASSWORD,
// _DATABASE; `eval "$(.ci/neo4j start)"` sets them). Without one the test
// is skipped, saying how to run it, unless CITEGRAPH_TEST_NEO4J=1 (as in
// CI), which makes a missing server a failure.
//
// Every test gets the database emptied. Test binaries of several packages
// run at once and share the one database, so Open holds a lock file
// (per database) until the test ends: Neo4j tests of different packages
// take turns.
package neo4jtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/citegraph/citegraph/internal/store/neo4j"
)

// How stays in skip messages.
const How = `eval "$(.ci/neo4j start)" then CITEGRAPH_TEST_NEO4J=1 go test ./...`

// Config returns the server the environment names; ok is false when none.
func Config() (neo4j.Config, bool) {
	cfg := neo4j.Config{
		URI:            os.Getenv("CITEGRAPH_NEO4J_URI"),
		User:           os.Getenv("CITEGRAPH_NEO4J_USER"),
		Password:       os.Getenv("CITEGRAPH_NEO4J_PASSWORD"),
		Database:       os.Getenv("CITEGRAPH_NEO4J_DATABASE"),
		ConnectTimeout: 10 * time.Second,
	}
	return cfg, cfg.URI != ""
}

// Required reports whether CI demands the Neo4j tests.
func Required() bool { return os.Getenv("CITEGRAPH_TEST_NEO4J") == "1" }

// Need skips t (or fails it, when Required) unless a server is configured,
// and returns its configuration.
func Need(t testing.TB) neo4j.Config {
	t.Helper()
	cfg, ok := Config()
	if !ok {
		if Required() {
			t.Fatal("CITEGRAPH_TEST_NEO4J=1 but CITEGRAPH_NEO4J_URI is not set: start a server with .ci/neo4j start")
		}
		t.Skip("no Neo4j server configured (CITEGRAPH_NEO4J_URI); to run the Neo4j tests: " + How)
	}
	return cfg
}

// Open returns the Neo4j store on an empty database, closed when the test
// ends, and holds the database for the test alone.
func Open(t testing.TB) *neo4j.Store {
	t.Helper()
	return OpenWith(t, func(*neo4j.Config) {})
}

// OpenWith is Open with the configuration changed by edit (a batch size).
func OpenWith(t testing.TB, edit func(*neo4j.Config)) *neo4j.Store {
	t.Helper()
	cfg := Need(t)
	edit(&cfg)
	Lock(t, cfg)
	if err := Empty(t.Context(), cfg); err != nil {
		if !Required() {
			t.Skipf("Neo4j at %s does not answer (%v); to run the Neo4j tests: %s", cfg.URI, err, How)
		}
		t.Fatalf("empty the Neo4j database at %s: %v", cfg.URI, err)
	}
	s, err := neo4j.Open(t.Context(), cfg)
	if err != nil {
		t.Fatalf("neo4j.Open(%s): %v", cfg.URI, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

var unsafe = regexp.MustCompile(`[^A-Za-z0-9]+`)

// Lock holds the database of cfg for t alone until t ends.
func Lock(t testing.TB, cfg neo4j.Config) {
	t.Helper()
	name := "citegraph-neo4j-test-" + unsafe.ReplaceAllString(cfg.URI+"-"+cfg.Database, "_") + ".lock"
	unlock, err := lockFile(filepath.Join(os.TempDir(), name))
	if err != nil {
		t.Fatalf("lock the Neo4j test database: %v", err)
	}
	t.Cleanup(unlock)
}

// Empty deletes every node and relationship of the database cfg names
// (the schema and its version are kept).
func Empty(ctx context.Context, cfg neo4j.Config) error {
	ctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout+time.Minute)
	defer cancel()
	return query(ctx, cfg, func(drv driver.DriverWithContext) error {
		for {
			res, err := driver.ExecuteQuery(ctx, drv,
				`MATCH (n) WHERE NOT n:CitegraphSchema WITH n LIMIT 10000 DETACH DELETE n RETURN count(*)`,
				nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database))
			if err != nil {
				return fmt.Errorf("delete all: %w", err)
			}
			if n, _ := res.Records[0].Values[0].(int64); n == 0 {
				return nil
			}
		}
	})
}

// Counts are the nodes and relationships of a database, by label and type.
type Counts struct {
	Nodes         map[string]int
	Relationships map[string]int
}

// Count counts the nodes and relationships of the database cfg names.
func Count(ctx context.Context, cfg neo4j.Config) (Counts, error) {
	c := Counts{Nodes: map[string]int{}, Relationships: map[string]int{}}
	err := query(ctx, cfg, func(drv driver.DriverWithContext) error {
		for q, m := range map[string]map[string]int{
			`MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)`: c.Nodes,
			`MATCH ()-[r]->() RETURN type(r), count(*)`:          c.Relationships,
			`MATCH (n) RETURN '(all)', count(n)`:                 c.Nodes,
			`MATCH ()-[r]->() RETURN '(all)', count(r)`:          c.Relationships,
		} {
			res, err := driver.ExecuteQuery(ctx, drv, q, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database))
			if err != nil {
				return err
			}
			for _, r := range res.Records {
				n, _ := r.Values[1].(int64)
				m[r.Values[0].(string)] = int(n)
			}
		}
		return nil
	})
	return c, err
}

// IDs returns the ids of every Document and Instrument node, by label.
func IDs(ctx context.Context, cfg neo4j.Config) (docs, instruments []string, err error) {
	err = query(ctx, cfg, func(drv driver.DriverWithContext) error {
		for label, dst := range map[string]*[]string{"Document": &docs, "Instrument": &instruments} {
			res, err := driver.ExecuteQuery(ctx, drv, `MATCH (n) WHERE $label IN labels(n) RETURN n.id ORDER BY n.id`,
				map[string]any{"label": label}, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database))
			if err != nil {
				return err
			}
			for _, r := range res.Records {
				*dst = append(*dst, r.Values[0].(string))
			}
		}
		return nil
	})
	return docs, instruments, err
}

// Run runs one Cypher statement in the database cfg names (a test that
// sets up what the store would refuse to write).
func Run(ctx context.Context, cfg neo4j.Config, cypher string, params map[string]any) error {
	return query(ctx, cfg, func(drv driver.DriverWithContext) error {
		_, err := driver.ExecuteQuery(ctx, drv, cypher, params, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database))
		return err
	})
}

// Rows runs one Cypher statement in the database cfg names and returns the
// values of its records (a test that looks at the graph as Cypher users do).
func Rows(ctx context.Context, cfg neo4j.Config, cypher string, params map[string]any) ([][]any, error) {
	var rows [][]any
	err := query(ctx, cfg, func(drv driver.DriverWithContext) error {
		res, err := driver.ExecuteQuery(ctx, drv, cypher, params, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			return err
		}
		for _, r := range res.Records {
			rows = append(rows, r.Values)
		}
		return nil
	})
	return rows, err
}

func query(ctx context.Context, cfg neo4j.Config, f func(driver.DriverWithContext) error) error {
	auth := driver.NoAuth()
	if cfg.User != "" || cfg.Password != "" {
		auth = driver.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := driver.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return err
	}
	defer drv.Close(context.WithoutCancel(ctx))
	return f(drv)
}
