package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/citegraph/citegraph/internal/docfmt"
	"github.com/citegraph/citegraph/internal/ingest"
)

const ingestHelp = `Usage: citegraph ingest [flags] PATH…

Ingest reads the documents in each PATH (a file, or a folder walked
recursively) and writes them and their citations to the database. Files
ending in .pdf, .docx, .html, .htm, .xhtml, .txt, .md or .markdown are
read, each by the format its content shows (doc/formats.md); other files in
folders are counted and passed over. PDFs are read with pdftotext
(poppler-utils) when it is installed, else with a built-in reader that
reads them less well (--pdf-engine). A scanned PDF with no text layer is
skipped as needing OCR.

A file NAME.json beside NAME.pdf (or .txt …) gives what the document does
not say of itself, for example {"symbol": "A/RES/80/10", "lang": "en",
"date": "2025-11-26", "title": "…", "textOf": ["ga:res:80/10"]}. File
names say it too: A_RES_80_10-FR.pdf (or -F.pdf), and fr.pdf in a folder
A_RES_80_10, are the French version of A/RES/80/10; the language versions
of one symbol are one document.

Documents are extracted in parallel and written in the order given, one
transaction each. Ingesting a file again replaces what it wrote before, so
running ingest twice changes nothing. A file that cannot be read, or is not
text, is named on standard error and skipped; the rest goes in, and the
exit status is 1. Interrupting (Ctrl-C) stops between two documents.

Examples:
  citegraph ingest seeds/
  citegraph ingest --db un.db ../shared/corpus/cr-unsc report.txt
  citegraph ingest ../shared/corpus/pdf A_RES_80_10-FR.docx
`

func (c cli) ingest(ctx context.Context, args []string) int {
	db := c.dbFlags()
	var workers int
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	db.register(fs)
	fs.IntVar(&workers, "workers", 0, "how many files to extract at once (0: one per CPU)")
	pdfEngine := fs.String("pdf-engine", "auto", "how PDFs are read: `auto` (pdftotext if installed, else go), pdftotext or go")
	paths, code, ok := c.parse(fs, ingestHelp, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return c.usageError("ingest", "no input: name files or folders to ingest")
	}
	if workers < 0 {
		return c.usageError("ingest", "--workers %d: want 0 or more", workers)
	}
	st, err := db.openStore(ctx)
	if err != nil {
		return c.fail("ingest", err)
	}
	defer st.Close()

	switch docfmt.Engine(*pdfEngine) {
	case docfmt.Auto, docfmt.Poppler, docfmt.Native:
	default:
		return c.usageError("ingest", "--pdf-engine %q: want auto, pdftotext or go", *pdfEngine)
	}
	opts := ingest.Options{Workers: workers, Log: c.stderr, Formats: ingest.Formats(docfmt.PDFOptions{Engine: docfmt.Engine(*pdfEngine)})}
	if isTerminal(c.stderr) {
		opts.Progress = c.stderr
	}
	sum, err := ingest.Run(ctx, st, paths, opts)
	fmt.Fprintf(c.stdout, "ingested into %s: %s\n", db.where(), sum)
	switch {
	case errors.Is(err, context.Canceled):
		return c.fail("ingest", errors.New("interrupted: the documents counted above are in; run it again to ingest the rest"))
	case err != nil:
		return c.fail("ingest", err)
	case len(sum.Skipped) > 0:
		return exitFailure // each was named on stderr as it was skipped
	}
	return exitOK
}

// isTerminal reports whether w is a terminal, where a progress bar redrawn
// in place makes sense.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
