package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/citegraph/citegraph/internal/docfmt"
	"github.com/citegraph/citegraph/internal/export"
	"github.com/citegraph/citegraph/internal/ingest"
	"github.com/citegraph/citegraph/internal/registry"
)

const exportHelp = `Usage: citegraph export --format neo4j-admin --out DIR [flags] PATH…

Export reads the documents in each PATH as ingest does and writes the
graph they make as files another tool loads in bulk, instead of writing
it to a database one transaction per document.

--format neo4j-admin writes the CSV files that Neo4j's
"neo4j-admin database import full" takes (nodes and relationships with
headers, the same properties the Neo4j store writes) and DIR/import.sh,
the command that loads them into a stopped Neo4j 5 database. citegraph
then serves that database as if it had ingested the documents
(citegraph serve --neo4j URI creates its indexes on first start).

Examples:
  citegraph export --format neo4j-admin --out /tmp/un-graph ../shared/corpus
  # on the Neo4j host, with the database stopped:
  sh /tmp/un-graph/import.sh neo4j
`

func (c cli) export(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("format", "", "what to write: `neo4j-admin` (CSV files for neo4j-admin database import)")
	out := fs.String("out", "", "the `directory` to write the files into (created if missing)")
	workers := fs.Int("workers", 0, "how many files to extract at once (0: one per CPU)")
	paths, code, ok := c.parse(fs, exportHelp, args)
	if !ok {
		return code
	}
	switch {
	case *format != "neo4j-admin":
		return c.usageError("export", "--format %q: want neo4j-admin", *format)
	case *out == "":
		return c.usageError("export", "no --out directory")
	case len(paths) == 0:
		return c.usageError("export", "no input: name files or folders to export")
	case *workers < 0:
		return c.usageError("export", "--workers %d: want 0 or more", *workers)
	}
	g := export.NewGraph()
	if err := g.PutBodies(ctx, registry.Default().All()); err != nil {
		return c.fail("export", err)
	}
	opts := ingest.Options{Workers: *workers, Log: c.stderr, Formats: ingest.Formats(docfmt.PDFOptions{Engine: docfmt.Auto})}
	if isTerminal(c.stderr) {
		opts.Progress = c.stderr
	}
	sum, ingestErr := ingest.Run(ctx, g, paths, opts)
	if ctx.Err() != nil {
		return c.fail("export", ctx.Err())
	}
	counts, err := g.WriteNeo4jAdmin(*out)
	if err != nil {
		return c.fail("export", err)
	}
	fmt.Fprintf(c.stdout, "exported %s into %s:\n", sum, *out)
	for _, name := range slices.Concat(export.NodeFiles, export.RelationshipFiles) {
		fmt.Fprintf(c.stdout, "  %-22s %d rows\n", name, counts[name])
	}
	abs, _ := filepath.Abs(*out)
	fmt.Fprintf(c.stdout, "load it into a stopped Neo4j 5 database with: sh %s neo4j\n", filepath.Join(abs, "import.sh"))
	if ingestErr != nil {
		return c.fail("export", ingestErr)
	}
	return exitOK
}
