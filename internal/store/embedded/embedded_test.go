package embedded

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/storetest"
)

func open(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return open(t, filepath.Join(t.TempDir(), "citegraph.db"))
	})
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir with spaces #1", "citegraph.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutBodies(t.Context(), registry.Default().All()); err != nil {
		t.Fatal(err)
	}
	for _, r := range []store.Record{storetest.Seed(), storetest.Resolution("en"), storetest.Resolution("zh")} {
		if err := s.PutDocument(t.Context(), r); err != nil {
			t.Fatal(err)
		}
	}
	want, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	wantHits, err := s.Search(t.Context(), store.SearchQuery{Text: "决议"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file: %v", err)
	}
	s = open(t, path)
	got, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Stats after reopening (-want +got):\n%s", diff)
	}
	gotHits, err := s.Search(t.Context(), store.SearchQuery{Text: "决议"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantHits, gotHits); diff != "" {
		t.Errorf("Search after reopening (-want +got):\n%s", diff)
	}
}

func TestSchemaVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "citegraph.db")
	open(t, path)
	s2 := open(t, path) // a second Open of a current file migrates nothing
	var v, app int
	if err := s2.r.QueryRowContext(t.Context(), "PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if err := s2.r.QueryRowContext(t.Context(), "PRAGMA application_id").Scan(&app); err != nil {
		t.Fatal(err)
	}
	if v != SchemaVersion || app != applicationID {
		t.Errorf("user_version %d, application_id %#x; want %d, %#x", v, app, SchemaVersion, applicationID)
	}
	var mode string
	if err := s2.r.QueryRowContext(t.Context(), "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s2.w.QueryRowContext(t.Context(), "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
}

// rawDB opens a file with plain SQL, to make files Open must refuse.
func rawDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestOpenRefuses(t *testing.T) {
	tests := []struct {
		name  string
		stmts []string
	}{
		{"newer schema", []string{"PRAGMA application_id = 1128879175", "PRAGMA user_version = 999"}},
		{"another program's database", []string{"CREATE TABLE t (x)"}},
		{"another application id", []string{"PRAGMA application_id = 42"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.db")
			rawDB(t, path, tt.stmts...)
			s, err := Open(t.Context(), path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
		})
	}
	if _, err := Open(t.Context(), ""); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Open(\"\"): err = %v, want ErrInvalid", err)
	}
}

// TestFailedPlanWritesNothing checks that a record Plan refuses leaves no
// trace, even in a store that already holds its document.
func TestFailedPlanWritesNothing(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "citegraph.db"))
	bad := storetest.Seed()
	bad.Citations[5].End = len(bad.Text) + 10
	if err := s.PutDocument(t.Context(), bad); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("PutDocument: err = %v, want ErrInvalid", err)
	}
	var n int
	for _, table := range []string{"documents", "versions", "instruments", "occurrences", "body_links", "text_of"} {
		if err := s.r.QueryRowContext(t.Context(), "SELECT count(*) FROM "+table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows, %v; want none", table, n, err)
		}
	}
}

// TestFailedWriteRollsBack fails a write inside its transaction (a
// canceled context after the first statements) and checks nothing stays.
func TestFailedWriteRollsBack(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "citegraph.db"))
	ctx, cancel := context.WithCancel(t.Context())
	b, err := store.Plan(storetest.Seed())
	if err != nil {
		t.Fatal(err)
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		if err := putBatch(txStmts{ctx: ctx, tx: tx, ws: s.stmts}, b); err != nil {
			return err
		}
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("write: err = %v, want context.Canceled", err)
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(store.Stats{}, st); diff != "" {
		t.Errorf("Stats after a rolled-back write (-want +got):\n%s", diff)
	}
}

func TestCJKTokens(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		uni, bi string
	}{
		{"none", "Resolution 55/25", "", ""},
		{"one run", "大会决议", "大 会 决 议", "大会 会决 决议"},
		{"runs apart", "第53/111号决议", "第 0 号 决 议", " 0 号决 决议"},
		{"one character", "x罪y", "罪", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uni, bi := store.CJKTokens(tt.text)
			if uni != tt.uni || bi != tt.bi {
				t.Errorf("CJKTokens(%q) = %q, %q; want %q, %q", tt.text, uni, bi, tt.uni, tt.bi)
			}
		})
	}
}

func TestErrorsWrappedOnce(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "citegraph.db"))
	_, err := s.Document(t.Context(), "A/RES/1/1")
	if got, want := err.Error(), "document A/RES/1/1: not found"; got != want {
		t.Errorf("err = %q, want %q", got, want)
	}
	_, err = s.Instrument(t.Context(), cite.MustID("ga:res:1/1"))
	if got, want := err.Error(), "instrument ga:res:1/1: not found"; got != want {
		t.Errorf("err = %q, want %q", got, want)
	}
}

func TestClosedIsUnavailable(t *testing.T) {
	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "citegraph.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := s.Ping(t.Context()); !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("Ping after Close: err = %v, want ErrUnavailable", err)
	}
	if err := s.PutDocument(t.Context(), storetest.Seed()); !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("PutDocument after Close: err = %v, want ErrUnavailable", err)
	}
}

// FuzzSearch checks that no query, however odd, is an error: user text
// never reaches FTS5 as syntax.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{`"`, `NEAR(a b)`, `a:b`, `第55/25号决议`, `coop*`, `-x`, `décision 2/6`, "\x00"} {
		f.Add(q)
	}
	s := open(f, filepath.Join(f.TempDir(), "citegraph.db"))
	for _, r := range []store.Record{storetest.Seed(), storetest.Resolution("zh")} {
		if err := s.PutDocument(f.Context(), r); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Search(t.Context(), store.SearchQuery{Text: q})
		if err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}

func TestSearchCursorBounds(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "citegraph.db"))
	key := store.SearchKey("x")
	tests := []struct {
		name   string
		offset string
	}{
		{"negative", "-1"},
		{"huge", "9223372036854775807"},
		{"too deep", "1048577"},
		{"not a number", "ten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Search(t.Context(), store.SearchQuery{Text: "x", After: store.EncodeCursor(key, tt.offset)})
			if !errors.Is(err, store.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
	p, err := s.Search(t.Context(), store.SearchQuery{Text: "x", After: store.EncodeCursor(key, "1048576")})
	if err != nil || len(p.Hits) != 0 {
		t.Errorf("deepest page = %+v, %v; want empty", p, err)
	}
}
