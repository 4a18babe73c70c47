// Package eval measures the extractor against the hand-annotated gold set in
// testdata/gold: precision, recall and F1 per language, family and kind,
// relation accuracy on matched citations, and how often the six language
// versions of the same aligned sentence give the same instruments. The gold
// set's format and annotation guidelines are in testdata/gold/README.md.
package eval

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// Gold is the gold set: the annotated texts and what a reader found in them.
type Gold struct {
	Files []*File
}

// File is one annotated text. Every citation in it is annotated, so a
// prediction that matches none of them is a false positive.
type File struct {
	Path   string // relative to the gold set's texts/ folder
	Lang   string
	Symbol string // the citing document's symbol, "" when the text carries it
	// RowSymbols, for a file of aligned rows (one sentence a line), are the
	// citing documents' symbols, row i (1-based) at index i-1; the
	// extractor reads each row on its own, as a separate text.
	RowSymbols []string
	Text       []byte
	Cites      []Cite // the citations, in text order
	Negatives  []Cite // look-alikes that are not citations
}

// Rows reports whether the file holds aligned rows.
func (f *File) Rows() bool { return f.RowSymbols != nil }

// Cite is one annotated citation, or (Negative) a look-alike span that must
// not be read as a citation.
type Cite struct {
	File     string        `json:"file"`
	Lang     string        `json:"lang"`
	Row      int           `json:"row,omitempty"`
	Start    int           `json:"start"`
	End      int           `json:"end"`
	Text     string        `json:"text"`
	ID       string        `json:"id,omitempty"`
	Kind     cite.Kind     `json:"kind,omitempty"`
	Body     string        `json:"body,omitempty"`
	Relation cite.Relation `json:"relation,omitempty"`
	// External marks an instrument of an organization outside the UN
	// system (OAS, IAEA …): its body is one the registry lists as
	// external, and Family reports it as "external".
	External bool   `json:"external,omitempty"`
	Negative bool   `json:"negative,omitempty"`
	Note     string `json:"note,omitempty"`
}

// Load reads the gold set in dir: manifest.tsv, the texts under texts/ and
// the annotations under cites/ (one JSON Lines file per text).
func Load(dir string) (*Gold, error) {
	mf, err := os.Open(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		return nil, fmt.Errorf("load gold set: %w", err)
	}
	defer mf.Close()
	r := csv.NewReader(mf)
	r.Comma = '\t'
	r.FieldsPerRecord = 5
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("load gold set: %s: %w", mf.Name(), err)
	}
	g := &Gold{}
	rowFiles := map[string][]string{}
	for i, rec := range recs {
		if i == 0 {
			continue // header
		}
		f := &File{Path: rec[0], Lang: rec[1]}
		if rec[2] != "-" {
			f.Symbol = rec[2]
		}
		if rec[3] != "-" {
			syms, ok := rowFiles[rec[3]]
			if !ok {
				syms, err = readRowSymbols(filepath.Join(dir, "texts", rec[3]))
				if err != nil {
					return nil, fmt.Errorf("load gold set: manifest line %d: %w", i+1, err)
				}
				rowFiles[rec[3]] = syms
			}
			f.RowSymbols = syms
		}
		f.Text, err = os.ReadFile(filepath.Join(dir, "texts", f.Path))
		if err != nil {
			return nil, fmt.Errorf("load gold set: manifest line %d: %w", i+1, err)
		}
		ann := filepath.Join(dir, "cites", strings.TrimSuffix(f.Path, ".txt")+".jsonl")
		if err := f.readCites(ann); err != nil {
			return nil, fmt.Errorf("load gold set: %w", err)
		}
		g.Files = append(g.Files, f)
	}
	slices.SortFunc(g.Files, func(a, b *File) int { return strings.Compare(a.Path, b.Path) })
	return g, nil
}

// readRowSymbols reads the aligned rows' table: row, split, line_no,
// unpc_doc_id, symbol_guess.
func readRowSymbols(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var syms []string
	for i, rec := range recs {
		if i == 0 {
			continue
		}
		if len(rec) < 5 || rec[0] != fmt.Sprint(i) {
			return nil, fmt.Errorf("%s:%d: want row %d with five fields", path, i+1, i)
		}
		syms = append(syms, rec[4])
	}
	return syms, nil
}

func (f *File) readCites(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var c Cite
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if c.File != f.Path {
			return fmt.Errorf("%s:%d: file %q, want %q", path, line, c.File, f.Path)
		}
		if c.Negative {
			f.Negatives = append(f.Negatives, c)
		} else {
			f.Cites = append(f.Cites, c)
		}
	}
	return sc.Err()
}

// Validate checks that the gold set means what it says: every span points
// at its text inside the file (and inside its row), every id parses with
// the kind and body it claims, every relation is one of DESIGN §2's, and
// no citation is annotated twice.
func (g *Gold) Validate() error {
	var errs []string
	for _, f := range g.Files {
		if !slices.Contains(cite.Languages, f.Lang) {
			errs = append(errs, fmt.Sprintf("%s: language %q", f.Path, f.Lang))
		}
		rows := f.rowSpans()
		seen := map[string]bool{}
		for _, c := range slices.Concat(f.Cites, f.Negatives) {
			where := fmt.Sprintf("%s:%d-%d", f.Path, c.Start, c.End)
			if c.Lang != f.Lang {
				errs = append(errs, fmt.Sprintf("%s: lang %q, want %q", where, c.Lang, f.Lang))
			}
			if c.Start < 0 || c.End <= c.Start || c.End > len(f.Text) || string(f.Text[c.Start:c.End]) != c.Text {
				errs = append(errs, fmt.Sprintf("%s: text %q is not the file's bytes there", where, c.Text))
				continue
			}
			if f.Rows() {
				if c.Row < 1 || c.Row > len(rows) || c.Start < rows[c.Row-1][0] || c.End > rows[c.Row-1][1] {
					errs = append(errs, fmt.Sprintf("%s: not inside row %d", where, c.Row))
				}
			} else if c.Row != 0 {
				errs = append(errs, fmt.Sprintf("%s: row %d in a file without rows", where, c.Row))
			}
			if c.Negative {
				if c.ID != "" || c.Note == "" {
					errs = append(errs, fmt.Sprintf("%s: a negative has a note and no id", where))
				}
				continue
			}
			if err := checkCite(c); err != nil {
				errs = append(errs, fmt.Sprintf("%s: %v", where, err))
			}
			key := fmt.Sprintf("%d %d %s", c.Start, c.End, c.ID)
			if seen[key] {
				errs = append(errs, fmt.Sprintf("%s: %s annotated twice", where, c.ID))
			}
			seen[key] = true
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("gold set invalid:\n%s", strings.Join(errs, "\n"))
	}
	return nil
}

func checkCite(c Cite) error {
	if _, err := cite.ParseRelation(string(c.Relation)); err != nil {
		return err
	}
	if c.Kind == cite.KindDocument {
		if c.ID == "" || c.ID != cite.NormalizeSymbol(c.ID) || strings.Contains(c.ID, ":") {
			return fmt.Errorf("document id %q is not a normalised symbol", c.ID)
		}
		return nil
	}
	id, err := cite.ParseID(c.ID)
	if err != nil {
		return err
	}
	if id.Kind() != c.Kind || id.Body() != c.Body {
		return fmt.Errorf("id %s: kind %q and body %q disagree with it", c.ID, c.Kind, c.Body)
	}
	if ext := registry.Default().External(c.Body); ext != c.External {
		return fmt.Errorf("id %s: external is %v, the registry says %v", c.ID, c.External, ext)
	}
	return nil
}

// rowSpans are the byte spans [start, end) of the file's lines, for files
// of aligned rows.
func (f *File) rowSpans() [][2]int {
	if !f.Rows() {
		return nil
	}
	var spans [][2]int
	start := 0
	for start <= len(f.Text) {
		end := bytes.IndexByte(f.Text[start:], '\n')
		if end < 0 {
			if start < len(f.Text) {
				spans = append(spans, [2]int{start, len(f.Text)})
			}
			break
		}
		spans = append(spans, [2]int{start, start + end})
		start += end + 1
	}
	return spans
}
