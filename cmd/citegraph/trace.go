package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/trace"
)

const traceHelp = `Usage: citegraph trace [flags] ID

Trace prints where the mandate of a body or an instrument comes from: the
instruments that established it, gave it tasks, extended, amended or ended
it, back to their origins, as a tree, each step with the passages that say
so in their original language. ID is a body's key (untoc-cop-wg2) or an
instrument's canonical id (untoc-cop:dec:2/6, ga:res:55/25,
sc:res:1373(2001)). An empty database is first filled with the demo
documents built into citegraph.

Examples:
  citegraph trace untoc-cop-wg2
  citegraph trace --db un.db --depth 3 'sc:res:687(1991)'
`

func (c cli) trace(ctx context.Context, args []string) int {
	db := c.dbFlags()
	var depth int
	fs := flag.NewFlagSet("trace", flag.ContinueOnError)
	db.register(fs)
	fs.IntVar(&depth, "depth", trace.DefaultMaxDepth, fmt.Sprintf("how many steps back to follow (at most %d)", trace.MaxMaxDepth))
	ids, code, ok := c.parse(fs, traceHelp, args)
	if !ok {
		return code
	}
	switch {
	case len(ids) == 0:
		return c.usageError("trace", "no ID: name a body (untoc-cop-wg2) or an instrument (untoc-cop:dec:2/6)")
	case len(ids) > 1:
		return c.usageError("trace", "one ID at a time, got %d", len(ids))
	case depth < 1 || depth > trace.MaxMaxDepth:
		return c.usageError("trace", "--depth %d: want 1 to %d", depth, trace.MaxMaxDepth)
	}
	st, err := db.openStore(ctx)
	if err != nil {
		return c.fail("trace", err)
	}
	defer st.Close()
	if err := fillIfEmpty(ctx, st, c.stderr); err != nil {
		return c.fail("trace", err)
	}
	t, err := trace.Mandate(ctx, st, ids[0], depth)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return c.fail("trace", fmt.Errorf("%w (in %s)", err, db.where()))
	case err != nil:
		return c.fail("trace", err)
	}
	if err := trace.Fprint(c.stdout, t); err != nil {
		return c.fail("trace", fmt.Errorf("write: %w", err))
	}
	return exitOK
}
