// Package neo4j is citegraph's production store: the graph in a Neo4j 5
// server (Community or Enterprise), through the official Go driver, with
// managed transactions that the driver retries, batched UNWIND writes, and
// Neo4j's full-text indexes for search. It answers exactly as the embedded
// store does (storetest holds both to it). doc/neo4j.md explains the graph
// model and how to run it.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/citegraph/citegraph/internal/store"
)

// Config says which server to use and how.
type Config struct {
	URI      string // bolt://host:7687, neo4j://host, neo4j+s://…
	User     string // "" for a server without authentication
	Password string
	Database string // "" for the server's default database
	// BatchSize is how many rows one UNWIND statement writes; 0 means
	// DefaultBatchSize.
	BatchSize int
	// ConnectTimeout bounds how long Open retries a server that does not
	// answer (it may still be starting); 0 means DefaultConnectTimeout.
	ConnectTimeout time.Duration
}

// Defaults of Config.
const (
	DefaultBatchSize      = 1000
	DefaultConnectTimeout = 30 * time.Second
)

// Store is the Neo4j backend. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	batch  int
}

var (
	_ store.Store        = (*Store)(nil)
	_ store.TextOfReader = (*Store)(nil)
)

// Open connects to the server cfg names, retrying with backoff while it
// does not answer, and creates the schema (constraints and indexes) when
// it is missing. A database whose schema is newer than this code's is
// refused.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, fmt.Errorf("open neo4j: %w: empty URI", store.ErrInvalid)
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" || cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.UserAgent = "citegraph"
	})
	if err != nil {
		return nil, fmt.Errorf("open neo4j %s: %w: %w", cfg.URI, store.ErrInvalid, err)
	}
	s := &Store{driver: drv, db: cfg.Database, batch: cfg.BatchSize}
	if s.batch <= 0 {
		s.batch = DefaultBatchSize
	}
	timeout := cfg.ConnectTimeout
	if timeout <= 0 {
		timeout = DefaultConnectTimeout
	}
	if err := connect(ctx, drv, timeout); err != nil {
		drv.Close(context.WithoutCancel(ctx))
		return nil, wrap("open neo4j "+cfg.URI, err)
	}
	if err := s.migrate(ctx); err != nil {
		drv.Close(context.WithoutCancel(ctx))
		return nil, wrap("open neo4j "+cfg.URI, err)
	}
	return s, nil
}

// connect waits for the server to answer: it may be starting. Backoff
// doubles from 250 ms up to 4 s. A refused login is not retried.
func connect(ctx context.Context, drv neo4j.DriverWithContext, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	wait := 250 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := drv.VerifyConnectivity(ctx)
		if err == nil {
			return nil
		}
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) && ne.Classification() == "ClientError" {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if time.Now().Add(wait).After(deadline) {
			return fmt.Errorf("%w: no answer after %d attempts in %s: %w", store.ErrUnavailable, attempt, timeout, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 4*time.Second)
	}
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		_, err := collect(ctx, tx, `RETURN 1`, nil)
		return err
	})
	return wrap("ping neo4j", err)
}

// Close closes the driver's connections. The store is unusable afterwards.
func (s *Store) Close() error {
	return s.driver.Close(context.Background())
}

// wrap adds the operation to err and marks what says the server cannot
// answer now as ErrUnavailable.
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
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if neo4j.IsConnectivityError(err) {
		return true
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return ne.Classification() == "TransientError" || ne.Code == "Neo.ClientError.Database.DatabaseNotFound"
	}
	var usage *neo4j.UsageError
	return errors.As(err, &usage)
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: mode})
}

// read runs f in one managed read transaction (retried by the driver on
// transient errors), so that the queries of one answer see one state.
func (s *Store) read(ctx context.Context, f func(neo4j.ManagedTransaction) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) { return nil, f(tx) })
	return ctxErr(ctx, err)
}

// write runs f in one managed write transaction: all of it or nothing is
// committed, and the driver retries it on deadlocks and leader changes.
func (s *Store) write(ctx context.Context, f func(neo4j.ManagedTransaction) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if err := f(tx); err != nil {
			return nil, err
		}
		return nil, ctx.Err()
	})
	return ctxErr(ctx, err)
}

// ctxErr reports a canceled context as such, whatever the driver made of it.
func ctxErr(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil && !errors.Is(err, ctx.Err()) {
		return fmt.Errorf("%w: %w", ctx.Err(), err)
	}
	return err
}

// collect runs one query and returns its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// exec runs one query and discards its records.
func exec(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) error {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// strs runs a query whose records hold one string column.
func strs(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]string, error) {
	recs, err := collect(ctx, tx, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		s, _ := r.Values[0].(string)
		out = append(out, s)
	}
	return out, nil
}

// exists reports whether a query returns a record.
func exists(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) (bool, error) {
	recs, err := collect(ctx, tx, q, params)
	return len(recs) > 0, err
}

// str, num and list read record values of a known type.
func str(v any) string {
	s, _ := v.(string)
	return s
}

func num(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}
