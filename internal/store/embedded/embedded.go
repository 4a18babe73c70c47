// Package embedded is citegraph's default store: the whole graph in one
// SQLite file (through modernc.org/sqlite, pure Go, no server), written
// one transaction per document, with FTS5 full-text search in the six
// official languages. doc/store.md explains the schema.
package embedded

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/citegraph/citegraph/internal/store"
)

// Store is the embedded backend. It is safe for concurrent use: writes go
// through one connection, one transaction at a time; reads use a pool of
// read-only connections and see the last committed state (WAL).
type Store struct {
	w     *sql.DB // one connection: SQLite allows one writer
	r     *sql.DB // read-only pool
	stmts writeStmts
}

var (
	_ store.Store        = (*Store)(nil)
	_ store.TextOfReader = (*Store)(nil)
)

// busyTimeoutMS is how long a connection waits for another one's lock
// (another process writing the same file) before giving up.
const busyTimeoutMS = 10000

// Open opens the store in the file at path, creating it and bringing its
// schema up to date when needed.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: %w: empty path", store.ErrInvalid)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w, err := sql.Open("sqlite", dsn(abs, false))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, wrap("open store "+path, err)
	}
	r, err := sql.Open("sqlite", dsn(abs, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s := &Store{w: w, r: r}
	if err := s.stmts.prepare(ctx, w); err != nil {
		s.Close()
		return nil, wrap("open store "+path, err)
	}
	return s, nil
}

// dsn is the modernc.org/sqlite data source for the file at abs: WAL so
// readers never wait for the writer, foreign keys on, a busy timeout, and
// write transactions that take the write lock when they begin (so two
// processes never deadlock upgrading a read lock).
func dsn(abs string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	u := url.URL{Scheme: "file", OmitHost: true, Path: abs, RawQuery: q.Encode()}
	return u.String()
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.r.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return wrap("ping store", err)
	}
	return nil
}

// Close closes the database. The store is unusable afterwards.
func (s *Store) Close() error {
	s.stmts.close()
	return errors.Join(s.r.Close(), s.w.Close())
}

// wrap adds the operation to err and marks what says the database cannot
// answer now (closed, locked for too long, out of disk) as ErrUnavailable.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if unavailable(err) && !errors.Is(err, store.ErrUnavailable) {
		return fmt.Errorf("%s: %w: %w", op, store.ErrUnavailable, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

func unavailable(err error) bool {
	if errors.Is(err, sql.ErrConnDone) || strings.Contains(err.Error(), "sql: database is closed") {
		return true
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR,
			sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY:
			return true
		}
	}
	return false
}

// read runs f in a read transaction, so that the queries of one answer see
// one state of the graph.
func (s *Store) read(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// write runs f in the one write transaction, committed only if f and the
// context allow it: a failure anywhere leaves nothing of it written.
func (s *Store) write(ctx context.Context, f func(*sql.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return tx.Commit()
}
