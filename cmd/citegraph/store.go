package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/citegraph/citegraph/internal/ingest"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/seeds"
)

// defaultDB is where the graph lives unless --db says otherwise.
const defaultDB = "./citegraph.db"

// dbFlags are the flags that say which database a command uses.
type dbFlags struct {
	path string
}

func (f *dbFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.path, "db", defaultDB, "the database `file`, created if it does not exist")
}

// openStore opens the graph store: the one place that picks a backend.
func (f dbFlags) openStore(ctx context.Context) (store.Store, error) {
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
