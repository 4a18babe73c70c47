package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/citegraph/citegraph/internal/eval"
)

const evalHelp = `Usage: citegraph eval [flags]

Eval measures the extractor against the hand-annotated gold set
(testdata/gold: about 1,900 citations in the six official languages, its
annotation rules in testdata/gold/README.md). It runs the extractor over
every gold text, matches what it finds to the gold citations by
overlapping span and id, and prints precision, recall and F1 overall, per
language, per citation family and per kind; relation accuracy on the
matched citations; the share of aligned UNPC sentences whose ids agree in
all six languages; and the error classes with examples.

--format table (the default) prints Markdown tables, ready for the README;
--format json prints the same figures as one JSON object.

Examples:
  citegraph eval
  citegraph eval --gold testdata/gold --format json
  citegraph eval --examples 1000 > errors.md     # every error, to work on
`

// evalFlags are eval's flags.
type evalFlags struct {
	gold     string
	format   string
	examples int
}

func (f *evalFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.gold, "gold", "testdata/gold", "the gold set's `folder`")
	fs.StringVar(&f.format, "format", "table", "output `format`: table or json")
	fs.IntVar(&f.examples, "examples", 5, "how many `examples` of each error class and relation confusion to print")
}

func (c cli) eval(ctx context.Context, args []string) int {
	var f evalFlags
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	f.register(fs)
	rest, code, ok := c.parse(fs, evalHelp, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return c.usageError("eval", "unexpected argument %q", rest[0])
	}
	if f.format != "table" && f.format != "json" {
		return c.usageError("eval", "--format %q: want table or json", f.format)
	}
	g, err := eval.Load(f.gold)
	if err != nil {
		return c.fail("eval", err)
	}
	if err := g.Validate(); err != nil {
		return c.fail("eval", err)
	}
	if err := ctx.Err(); err != nil {
		return c.fail("eval", err)
	}
	if f.examples < 0 {
		return c.usageError("eval", "--examples %d: want 0 or more", f.examples)
	}
	r := eval.Evaluate(g, eval.Extract, f.examples)
	if f.format == "json" {
		err = r.WriteJSON(c.stdout)
	} else {
		err = r.WriteTable(c.stdout)
	}
	if err != nil {
		return c.fail("eval", fmt.Errorf("write: %w", err))
	}
	return exitOK
}
