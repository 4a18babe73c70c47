package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/docfmt"
	"github.com/citegraph/citegraph/internal/extract"
	"github.com/citegraph/citegraph/internal/ingest"
)

const extractHelp = `Usage: citegraph extract [flags] FILE… | -

Extract prints the citations of resolutions, decisions, presidential
statements and documents found in each FILE (- reads standard input), in the
order they occur, without touching any database.

--format jsonl (the default) prints one JSON object per citation, the format
tools and tests read: id, kind, body, number, text, start and end (byte
offsets into the input), lang, bodyFrom, relation, and the sentence around
it. --format table prints the same for people, one line per citation.

FILE may be a PDF, a Word file (.docx), a web page, text or Markdown: the
format is read from its content, and the citations' offsets point into the
text read from it, as ingest stores it (doc/formats.md).

A file NAME.json beside NAME.txt gives the symbol and language the text does
not carry (see ingest); --symbol and --lang override it.

With several files, each file's citations follow in turn; a file that cannot
be read is named on standard error and the others are still printed, but the
exit status is 1.

Examples:
  citegraph extract ../shared/seeds/000_dd060da45a09bc4b.txt
  citegraph extract --format table report_fr.txt report_en.txt
  citegraph extract --symbol A/HRC/5/1 --lang en - < resolution.txt
`

// extractFlags are extract's flags.
type extractFlags struct {
	format string
	symbol string
	lang   string
}

func (f *extractFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "jsonl", "output `format`: jsonl or table")
	fs.StringVar(&f.symbol, "symbol", "", "the citing document's `symbol`, when the text does not carry it (decides its body)")
	fs.StringVar(&f.lang, "lang", "", "the text's `language` (ar, zh, en, fr, ru, es), when detection is not wanted")
}

func (c cli) extract(ctx context.Context, args []string) int {
	var f extractFlags
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	f.register(fs)
	files, code, ok := c.parse(fs, extractHelp, args)
	if !ok {
		return code
	}
	if f.format != "jsonl" && f.format != "table" {
		return c.usageError("extract", "--format %q: want jsonl or table", f.format)
	}
	if f.lang != "" && !slices.Contains(cite.Languages, f.lang) {
		return c.usageError("extract", "--lang %q: want one of %s", f.lang, strings.Join(cite.Languages, ", "))
	}
	if len(files) == 0 {
		return c.usageError("extract", "no input: name files, or - for standard input")
	}

	var out citationWriter = newJSONLWriter(c.stdout)
	if f.format == "table" {
		out = newTableWriter(c.stdout)
	}
	status := exitOK
	for _, name := range files {
		if ctx.Err() != nil {
			return c.fail("extract", ctx.Err())
		}
		text, cites, warnings, err := c.extractFile(name, f)
		for _, w := range warnings {
			fmt.Fprintf(c.stderr, "citegraph extract: %s: %s\n", displayName(name), w)
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "citegraph extract: %s: %v\n", displayName(name), err)
			status = exitFailure
			continue
		}
		if err := out.write(displayName(name), text, cites); err != nil {
			return c.fail("extract", fmt.Errorf("write: %w", err))
		}
	}
	if err := out.flush(); err != nil {
		return c.fail("extract", fmt.Errorf("write: %w", err))
	}
	return status
}

// extractFile reads one input the way ingest does (same decoding, same
// sidecar), so extract shows exactly what ingest would store.
func (c cli) extractFile(name string, f extractFlags) (text string, cites []cite.Citation, warnings []string, err error) {
	var data []byte
	var side ingest.Sidecar
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(c.stdin, ingest.DefaultMaxFileSize+1))
	} else if info, serr := os.Stat(name); serr == nil && info.Size() > ingest.DefaultMaxFileSize {
		err = fmt.Errorf("%w: %d MB; extract reads files up to %d MB", docfmt.ErrTooLarge, info.Size()>>20, ingest.DefaultMaxFileSize>>20)
	} else {
		data, err = os.ReadFile(name)
		if err == nil {
			side, err = ingest.ReadSidecar(os.ReadFile, name)
		}
	}
	if err == nil && int64(len(data)) > ingest.DefaultMaxFileSize {
		err = fmt.Errorf("%w: over %d MB", docfmt.ErrTooLarge, ingest.DefaultMaxFileSize>>20)
	}
	if err != nil {
		return "", nil, nil, unwrapPath(err)
	}
	decode := ingest.DefaultFormats()[strings.ToLower(filepath.Ext(name))]
	if decode == nil {
		decode = ingest.Decode // named explicitly: read it by its content
	}
	text, warnings, err = decode(data)
	if err != nil {
		return "", nil, warnings, err
	}
	opts := side.ExtractOptions(extract.Options{})
	if f.symbol != "" {
		opts.Symbol = cite.NormalizeSymbol(f.symbol)
	}
	if f.lang != "" {
		opts.Lang = f.lang
	}
	res := extract.Extract([]byte(text), opts)
	return text, res.Citations, append(warnings, res.Warnings...), nil
}

// unwrapPath drops the path an *fs.PathError repeats: messages name the
// file once, first.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// citationWriter prints the citations of one input after another.
type citationWriter interface {
	write(name, text string, cites []cite.Citation) error
	flush() error
}

// jsonlWriter prints one JSON object per citation, exactly as
// cite.Citation marshals (DESIGN §4), through a buffer: one write per
// citation would cost more than extracting it.
type jsonlWriter struct {
	buf *bufio.Writer
	enc *json.Encoder
}

func newJSONLWriter(w io.Writer) *jsonlWriter {
	buf := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false) // "<", ">" and "&" stay readable in snippets
	return &jsonlWriter{buf: buf, enc: enc}
}

func (j *jsonlWriter) write(_, _ string, cites []cite.Citation) error {
	for _, c := range cites {
		if err := j.enc.Encode(c); err != nil {
			return err
		}
	}
	return j.buf.Flush() // each file's citations whole, before the next file's warnings
}

func (j *jsonlWriter) flush() error { return j.buf.Flush() }

// tableWriter prints aligned columns: where the citation is (file,
// line:column, columns counted in characters), what it cites, how, how
// its body was found, and its text.
type tableWriter struct {
	tw     *tabwriter.Writer
	header bool
}

func newTableWriter(w io.Writer) *tableWriter {
	return &tableWriter{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
}

func (t *tableWriter) write(name, text string, cites []cite.Citation) error {
	if !t.header {
		t.header = true
		if _, err := fmt.Fprintln(t.tw, "FILE\tAT\tID\tRELATION\tBODY FROM\tTEXT"); err != nil {
			return err
		}
	}
	lines := lineStarts(text)
	for _, c := range cites {
		line, col := position(text, lines, c.Start)
		_, err := fmt.Fprintf(t.tw, "%s\t%d:%d\t%s\t%s\t%s\t%s\n",
			name, line, col, c.ID, orDash(string(c.Relation)), orDash(string(c.BodyFrom)), strings.Join(strings.Fields(c.Text), " "))
		if err != nil {
			return err
		}
	}
	return nil
}

func (t *tableWriter) flush() error { return t.tw.Flush() }

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// lineStarts returns the byte offset at which each line of text starts.
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position turns a byte offset into a 1-based line and column, the column
// counted in characters as an editor shows it.
func position(text string, starts []int, off int) (line, col int) {
	off = min(max(off, 0), len(text))
	i := sort.SearchInts(starts, off+1) - 1
	return i + 1, utf8.RuneCountInString(text[starts[i]:off]) + 1
}
