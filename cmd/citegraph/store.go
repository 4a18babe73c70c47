package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/citegraph/citegraph/internal/ingest"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/internal/store/neo4j"
	"github.com/citegraph/citegraph/seeds"
)

// defaultDB is where the graph lives unless --db or --neo4j says otherwise.
const defaultDB = "./citegraph.db"

// dbFlags are the flags that say which database a command uses: the
// embedded file (--db, the default) or a Neo4j server (--neo4j, with the
// user, password and database from the environment).
type dbFlags struct {
	path  string
	neo4j neo4j.Config
	fs    *flag.FlagSet
}

// dbFlags reads the CITEGRAPH_NEO4J_* variables: a URI there makes Neo4j
// the default backend, and the user, password and database go with any
// --neo4j URI.
func (c cli) dbFlags() dbFlags {
	getenv := c.getenv
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	return dbFlags{neo4j: neo4j.Config{
		URI:      getenv("CITEGRAPH_NEO4J_URI"),
		User:     getenv("CITEGRAPH_NEO4J_USER"),
		Password: getenv("CITEGRAPH_NEO4J_PASSWORD"),
		Database: getenv("CITEGRAPH_NEO4J_DATABASE"),
	}}
}

func (f *dbFlags) register(fs *flag.FlagSet) {
	f.fs = fs
	fs.StringVar(&f.path, "db", defaultDB, "the database `file`, created if it does not exist")
	fs.StringVar(&f.neo4j.URI, "neo4j", f.neo4j.URI, "use the Neo4j server at `URI` (bolt://host:7687) instead of --db; "+
		"user, password and database from CITEGRAPH_NEO4J_USER, _PASSWORD, _DATABASE (default $CITEGRAPH_NEO4J_URI)")
}

// set reports whether the flag name was given on the command line.
func (f dbFlags) set(name string) bool {
	found := false
	if f.fs != nil {
		f.fs.Visit(func(fl *flag.Flag) { found = found || fl.Name == name })
	}
	return found
}

// useNeo4j says which backend: Neo4j when --neo4j is given, or when
// CITEGRAPH_NEO4J_URI is set and --db is not.
func (f dbFlags) useNeo4j() bool {
	if f.set("neo4j") {
		return true
	}
	return f.neo4j.URI != "" && !f.set("db")
}

// where names the database for messages.
func (f dbFlags) where() string {
	if f.useNeo4j() {
		return f.neo4j.URI
	}
	return f.path
}

// openStore opens the graph store: the one place that picks a backend.
func (f dbFlags) openStore(ctx context.Context) (store.Store, error) {
	if f.set("neo4j") && f.set("db") {
		return nil, fmt.Errorf("--db and --neo4j: give one database, not both")
	}
	if f.useNeo4j() {
		if f.neo4j.URI == "" {
			return nil, fmt.Errorf("--neo4j: empty URI")
		}
		st, err := neo4j.Open(ctx, f.neo4j)
		if err != nil {
			return nil, fmt.Errorf("%w (is the server running? user and password come from CITEGRAPH_NEO4J_USER and _PASSWORD)", err)
		}
		return st, nil
	}
	if f.path == "" {
		return nil, fmt.Errorf("--db: empty path")
	}
	st, err := embedded.Open(ctx, f.path)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", f.path, err)
	}
	return st, nil
}

// fillIfEmpty ingests the demo corpus into st when it holds no document,
// so that serve and trace show a real graph on a fresh machine, and says so
// on log.
func fillIfEmpty(ctx context.Context, st store.Store, log io.Writer) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("read database stats: %w", err)
	}
	if stats.Documents > 0 {
		return nil
	}
	sum, err := ingest.RunFS(ctx, st, seeds.FS, []string{"."}, ingest.Options{Log: log})
	if err != nil {
		return fmt.Errorf("fill empty database with the demo documents: %w", err)
	}
	fmt.Fprintf(log, "the database was empty: loaded the demo documents: %s\n", sum)
	return nil
}
