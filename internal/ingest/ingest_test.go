package ingest

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/docfmt"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/seeds"
)

const seedName = "000_dd060da45a09bc4b.txt"

func openStore(t *testing.T) *embedded.Store {
	t.Helper()
	st, err := embedded.Open(t.Context(), filepath.Join(t.TempDir(), "citegraph.db"))
	if err != nil {
		t.Fatalf("embedded.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func seed(t *testing.T) []byte {
	t.Helper()
	data, err := fs.ReadFile(seeds.FS, seedName)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestRunFolder ingests a folder holding the seed among files that cannot
// be ingested: the seed goes in, each bad file is named with its reason.
func TestRunFolder(t *testing.T) {
	dir := t.TempDir()
	seedText := seed(t)
	latin1 := "Rappelant sa d\xe9cision 2/6,\nla Conf\xe9rence des Parties\n"
	writeFile(t, filepath.Join(dir, "a", "seed.txt"), string(seedText))
	writeFile(t, filepath.Join(dir, "a", "binary.txt"), "GIF89a\x00\x01\x02")
	writeFile(t, filepath.Join(dir, "a", "notes.pdf"), "%PDF-1.7") // cut short
	writeFile(t, filepath.Join(dir, "b", "latin1.txt"), latin1)
	writeFile(t, filepath.Join(dir, "b", "sidecar-typo.txt"), "Conférence des Parties")
	writeFile(t, filepath.Join(dir, "b", "sidecar-typo.json"), `{"language": "fr"}`)
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "b", "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	var log, bar bytes.Buffer
	sum, err := Run(t.Context(), st, []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}, Options{Log: &log, Progress: &bar})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}

	in := func(p ...string) string { return filepath.Join(append([]string{dir}, p...)...) }
	want := Summary{
		Files:     6,
		Texts:     2,
		Documents: 2,
		Skipped: []Problem{
			{Path: in("a", "binary.txt"), Err: ErrNotText},
			{Path: in("a", "notes.pdf"), Err: docfmt.ErrCorrupt},
			{Path: in("b", "dangling.txt"), Err: fs.ErrNotExist},
			{Path: in("b", "sidecar-typo.txt"), Err: cite.ErrInvalid},
		},
		Unsupported: map[string]int{},
	}
	opts := cmp.Options{
		cmpopts.IgnoreFields(Summary{}, "Elapsed", "Citations", "Warnings"),
		cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) || errors.Is(b, a) }),
	}
	if diff := cmp.Diff(want, sum, opts); diff != "" {
		t.Errorf("Run summary (-want +got):\n%s", diff)
	}
	// The extractor may add its own warnings (a language guessed from
	// little text); ingest's own must be there, naming file and line.
	utf8Warning := Warning{Path: in("b", "latin1.txt"), Message: "line 1: invalid UTF-8 replaced with U+FFFD (and on 1 more line)"}
	if !slices.Contains(sum.Warnings, utf8Warning) {
		t.Errorf("Warnings = %q, want them to hold %q", sum.Warnings, utf8Warning)
	}
	if sum.Citations < 8 {
		t.Errorf("Run wrote %d citations, want at least the seed's 8", sum.Citations)
	}
	for _, s := range []string{"binary.txt: not text: NUL byte at offset 6", "notes.pdf: corrupt: truncated", "dangling.txt: no such file or directory", "sidecar-typo.json", "latin1.txt: line 1: invalid UTF-8"} {
		if !strings.Contains(log.String(), s) {
			t.Errorf("log does not say %q; it says:\n%s", s, log.String())
		}
	}
	if !strings.Contains(bar.String(), "6/6 files") {
		t.Errorf("progress bar never shows 6/6 files: %q", bar.String())
	}

	if _, err := st.Document(t.Context(), cite.HashID(seedText)); err != nil {
		t.Fatalf("the seed is not in the store: %v", err)
	}
	replaced := strings.ToValidUTF8(latin1, "\uFFFD")
	if _, err := st.Document(t.Context(), cite.HashID([]byte(replaced))); err != nil {
		t.Errorf("the file with invalid UTF-8 is not in the store under the hash of its replaced text: %v", err)
	}
	stats, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 2 {
		t.Errorf("Stats.Documents = %d, want 2", stats.Documents)
	}
}

// TestRunTwice: ingesting the same files again changes nothing.
func TestRunTwice(t *testing.T) {
	st := openStore(t)
	var stats []store.Stats
	for range 2 {
		if _, err := RunFS(t.Context(), st, seeds.FS, []string{"."}, Options{}); err != nil {
			t.Fatalf("RunFS: %v", err)
		}
		s, err := st.Stats(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		stats = append(stats, s)
	}
	if stats[0].Documents == 0 || stats[0].Citations == 0 {
		t.Fatalf("the seeds gave %+v", stats[0])
	}
	if diff := cmp.Diff(stats[0], stats[1]); diff != "" {
		t.Errorf("Stats after the second ingest (-first +second):\n%s", diff)
	}
}

// recorder is the real store, noting the order documents reach it and
// calling after, if set, once each is written.
type recorder struct {
	store.Writer
	mu      sync.Mutex
	sources []string
	after   func()
}

func (r *recorder) PutDocument(ctx context.Context, rec store.Record) error {
	if err := r.Writer.PutDocument(ctx, rec); err != nil {
		return err
	}
	r.mu.Lock()
	r.sources = append(r.sources, rec.Document.Source)
	r.mu.Unlock()
	if r.after != nil {
		r.after()
	}
	return nil
}

// TestRunParallel: extracting on many workers writes the same store, in the
// same order, as one worker.
func TestRunParallel(t *testing.T) {
	var want []string
	for _, f := range fsWalker(seeds.FS).list([]string{"."}, DefaultFormats()).files {
		want = append(want, f.name)
	}
	if !slices.IsSorted(want) || len(want) < 10 {
		t.Fatalf("the seeds list as %q: want a dozen names in lexical order", want)
	}
	var dumps []dump
	for _, workers := range []int{1, 8} {
		st := openStore(t)
		rec := &recorder{Writer: st}
		if _, err := RunFS(t.Context(), rec, seeds.FS, []string{"."}, Options{Workers: workers}); err != nil {
			t.Fatalf("RunFS with %d workers: %v", workers, err)
		}
		if diff := cmp.Diff(want, rec.sources); diff != "" {
			t.Errorf("with %d workers, documents written in order (-want +got):\n%s", workers, diff)
		}
		dumps = append(dumps, dumpStore(t, st))
	}
	if diff := cmp.Diff(dumps[0], dumps[1]); diff != "" {
		t.Errorf("store after 8 workers differs from 1 worker (-1 +8):\n%s", diff)
	}
}

// dump is what a store holds about the seeds, in comparable form.
type dump struct {
	Stats     store.Stats
	Documents map[string]cite.Document
	Edges     map[string][]store.Edge
}

func dumpStore(t *testing.T, st store.Reader) dump {
	t.Helper()
	ctx := t.Context()
	d := dump{Documents: map[string]cite.Document{}, Edges: map[string][]store.Edge{}}
	var err error
	if d.Stats, err = st.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	opts := Options{Registry: registry.Default(), Formats: DefaultFormats()}
	for _, f := range fsWalker(seeds.FS).list([]string{"."}, DefaultFormats()).files {
		x := extractFile(f, opts)
		if x.err != nil {
			t.Fatalf("%s: %v", f.name, x.err)
		}
		id := x.rec.Document.ID
		if d.Documents[id], err = st.Document(ctx, id); err != nil {
			t.Fatalf("document %s of %s: %v", id, f.name, err)
		}
		q := store.EdgeQuery{Node: id, Direction: store.Out, First: store.MaxPageSize}
		for {
			p, err := st.Edges(ctx, q)
			if err != nil {
				t.Fatalf("edges of %s: %v", id, err)
			}
			d.Edges[id] = append(d.Edges[id], p.Edges...)
			if !p.HasNextPage || len(p.Edges) == 0 {
				break
			}
			q.After = p.Edges[len(p.Edges)-1].Cursor
		}
	}
	return d
}

// TestRunCancel: cancelling stops the ingest between two documents; what
// was written stays, nothing after it is started.
func TestRunCancel(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	rec := &recorder{Writer: st, after: cancel}
	sum, err := RunFS(ctx, rec, seeds.FS, []string{"."}, Options{Workers: 2})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("RunFS cancelled after the first document: error = %v, want context.Canceled", err)
	}
	if sum.Texts != 1 || len(rec.sources) != 1 {
		t.Errorf("RunFS cancelled after the first document wrote %d texts (recorded %q), want 1", sum.Texts, rec.sources)
	}
	stats, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 1 {
		t.Errorf("Stats.Documents = %d after cancelling, want 1", stats.Documents)
	}
}

// TestRunCancelled: a context cancelled before the start writes nothing.
func TestRunCancelled(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := RunFS(ctx, st, seeds.FS, []string{"."}, Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("RunFS with a cancelled context: error = %v, want context.Canceled", err)
	}
	stats, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 0 {
		t.Errorf("Stats.Documents = %d, want 0", stats.Documents)
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{
		Files: 14, Texts: 13, Documents: 11, Citations: 120,
		Skipped:     []Problem{{Path: "x.txt", Err: ErrNotText}},
		Unsupported: map[string]int{".pdf": 2, "": 1},
		Warnings:    []Warning{{Path: "y.txt", Message: "line 2: …"}},
	}
	want := "11 documents (13 texts), 120 citations from 14 files in 0s; 1 skipped; 3 files of other formats not read (no extension 1, .pdf 2); 1 warning"
	if got := s.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
}

// TestRunSidecars: what NAME.json says of NAME.txt wins, and versions of
// one symbol in several languages are one document.
func TestRunSidecars(t *testing.T) {
	st := openStore(t)
	sum, err := RunFS(t.Context(), st, seeds.FS, []string{"."}, Options{})
	if err != nil {
		t.Fatalf("RunFS: %v", err)
	}
	if sum.Texts != sum.Files || sum.Documents >= sum.Texts || len(sum.Skipped) != 0 || len(sum.Unsupported) != 0 {
		t.Errorf("RunFS(seeds) = %s, skipped %q, unsupported %v; want every file a text, fewer documents than texts, sidecars not counted as other formats",
			sum, sum.Skipped, sum.Unsupported)
	}
	tests := []struct {
		id   string
		want cite.Document // the fields checked
	}{
		{id: "S/PRST/2015/5", want: cite.Document{ID: "S/PRST/2015/5", Symbol: "S/PRST/2015/5", Date: "2015-02-06"}},
		{id: "S/RES/687 (1991)", want: cite.Document{ID: "S/RES/687 (1991)", Symbol: "S/RES/687 (1991)", Date: "1991-04-03", Lang: "en"}},
	}
	for _, tt := range tests {
		got, err := st.Document(t.Context(), tt.id)
		if err != nil {
			t.Errorf("Document(%q): %v", tt.id, err)
			continue
		}
		checked := cite.Document{ID: got.ID, Symbol: got.Symbol, Date: got.Date}
		if tt.want.Lang != "" {
			checked.Lang = got.Lang
		}
		if diff := cmp.Diff(tt.want, checked); diff != "" {
			t.Errorf("Document(%q) (-want +got):\n%s", tt.id, diff)
		}
	}
	ins, err := st.Instrument(t.Context(), cite.MustID("ga:dec:79/512"))
	if err != nil {
		t.Fatalf("Instrument(ga:dec:79/512), which GA_DEC_79_512_EN.json says the text is of: %v", err)
	}
	if len(ins.Texts) != 1 {
		t.Errorf("Instrument(ga:dec:79/512).Texts = %q, want the one document of GA_DEC_79_512_EN.txt", ins.Texts)
	}
}
