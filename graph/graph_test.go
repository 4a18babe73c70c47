package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/graph"
	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/trace/tracetest"
)

// openStore opens a store holding the registry and recs: the embedded
// store, or Neo4j in TestNeo4j.
var openStore = tracetest.Open

// faulty is the real embedded store with faults injected where a healthy
// store cannot produce them: a panic, an internal error, an outage.
type faulty struct {
	store.Reader
	statsErr  error // returned by Stats
	panicBody bool  // Body panics
}

func (f faulty) Stats(ctx context.Context) (store.Stats, error) {
	if f.statsErr != nil {
		return store.Stats{}, f.statsErr
	}
	return f.Reader.Stats(ctx)
}

func (f faulty) Body(ctx context.Context, key string) (cite.Body, error) {
	if f.panicBody {
		panic("body exploded")
	}
	return f.Reader.Body(ctx, key)
}

type gqlError struct {
	Message    string
	Extensions map[string]any
}

func query(t *testing.T, h http.Handler, q string) (int, json.RawMessage, []gqlError) {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	body, _ := json.Marshal(map[string]string{"query": q})
	res, err := http.Post(srv.URL, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var r struct {
		Data   json.RawMessage
		Errors []gqlError
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	return res.StatusCode, r.Data, r.Errors
}

// TestErrorPresenter checks that internals never reach the client and
// always reach the log.
func TestErrorPresenter(t *testing.T) {
	st := openStore(t, tracetest.Records(t)...)
	tests := []struct {
		name     string
		reader   faulty
		query    string
		want     gqlError // Message: a part of the message
		wantLog  string   // "" when nothing must be logged
		wantData string
	}{
		{
			name:     "internal error is hidden",
			reader:   faulty{Reader: st, statsErr: fmt.Errorf("stats: select count(*) from secret_table: disk I/O error")},
			query:    `{ stats { bodies } }`,
			want:     gqlError{Message: "internal error", Extensions: map[string]any{"code": "INTERNAL"}},
			wantLog:  "secret_table",
			wantData: `null`,
		},
		{
			name:     "outage says so",
			reader:   faulty{Reader: st, statsErr: fmt.Errorf("stats: %w: connection refused", store.ErrUnavailable)},
			query:    `{ stats { bodies } }`,
			want:     gqlError{Message: "the database is unavailable; try again later", Extensions: map[string]any{"code": "UNAVAILABLE"}},
			wantLog:  "connection refused",
			wantData: `null`,
		},
		{
			name:     "panic is recovered",
			reader:   faulty{Reader: st, panicBody: true},
			query:    `{ instrument(id: "untoc-cop:dec:2/6") { id body { id } } }`,
			want:     gqlError{Message: "internal error", Extensions: map[string]any{"code": "INTERNAL"}},
			wantLog:  "body exploded",
			wantData: `{"instrument":{"id":"untoc-cop:dec:2/6","body":null}}`,
		},
		{
			name:     "not found is the client's to know",
			reader:   faulty{Reader: st},
			query:    `{ body(id: "nobody") { id } }`,
			want:     gqlError{Message: "nobody", Extensions: map[string]any{"code": "NOT_FOUND"}},
			wantData: `{"body":null}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			h := graph.NewHandler(tc.reader, graph.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
			status, data, errs := query(t, h, tc.query)
			if status != http.StatusOK {
				t.Errorf("status = %d, want 200", status)
			}
			if len(errs) == 1 && strings.Contains(errs[0].Message, tc.want.Message) {
				errs[0].Message = tc.want.Message
			}
			if diff := cmp.Diff([]gqlError{tc.want}, errs); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if string(data) != tc.wantData {
				t.Errorf("data = %s, want %s", data, tc.wantData)
			}
			if tc.wantLog != "" && !strings.Contains(logs.String(), tc.wantLog) {
				t.Errorf("log does not hold %q:\n%s", tc.wantLog, logs.String())
			}
			if tc.wantLog == "" && logs.Len() > 0 {
				t.Errorf("logged a client error:\n%s", logs.String())
			}
		})
	}
}

// counting counts the reads that reach the store.
type counting struct {
	store.Reader
	docs, bodies atomic.Int64
}

func (c *counting) Document(ctx context.Context, id string) (cite.Document, error) {
	c.docs.Add(1)
	return c.Reader.Document(ctx, id)
}

func (c *counting) Body(ctx context.Context, key string) (cite.Body, error) {
	c.bodies.Add(1)
	return c.Reader.Body(ctx, key)
}

// TestRequestCache checks that a node named by many evidence passages and
// edges is read once per request, not once per mention.
func TestRequestCache(t *testing.T) {
	st := openStore(t, tracetest.Records(t)...)
	c := &counting{Reader: st}
	h := graph.NewHandler(c, graph.Options{})
	seed := tracetest.SeedRecord(t).Document.ID
	_, _, errs := query(t, h, `{ document(id: "`+seed+`") { title lang date
		cites { edges { from { title lang } evidence { document { title date } } } } } }`)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	// The document is read once however many edges and passages name it;
	// each of the 5 cited documents once for their nodes is not asked here.
	if got := c.docs.Load(); got != 1 {
		t.Errorf("Document reads = %d, want 1", got)
	}
	_, _, errs = query(t, h, `{ bodies { id name parent { id name } children { id name parent { id } } } }`)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	all, err := st.Bodies(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := c.bodies.Load(); got > int64(len(all)) {
		t.Errorf("Body reads = %d, want at most one per body (%d)", got, len(all))
	}
}

func TestLimits(t *testing.T) {
	st := openStore(t, tracetest.Records(t)...)
	tests := []struct {
		name     string
		opts     graph.Options
		query    string
		wantCode string // "" for no error
	}{
		{"one nested page of 50 is fine", graph.Options{}, `{ instrument(id: "untoc-cop:res:7/1") { cites { edges { node { ... on Instrument { citedBy { edges { node { id } evidence { text } } } } } } } } }`, ""},
		{"three nested pages are not", graph.Options{}, `{ instrument(id: "untoc-cop:res:7/1") { cites { edges { node { ... on Instrument { citedBy { edges { node { ... on Document { cites { edges { node { id } } } } } } } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"depth counts through fragments", graph.Options{DepthLimit: 3}, `{ body(id: "ga") { ...P } } fragment P on Body { parent { parent { id } } }`, "DEPTH_LIMIT_EXCEEDED"},
		{"depth at the limit is fine", graph.Options{DepthLimit: 3}, `{ body(id: "hrc") { ...P } } fragment P on Body { parent { id } }`, ""},
		{"introspection is not counted", graph.Options{DepthLimit: 3}, `{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, errs := query(t, graph.NewHandler(st, tc.opts), tc.query)
			var got string
			if len(errs) > 0 {
				got, _ = errs[0].Extensions["code"].(string)
				if got == "" {
					got = errs[0].Message
				}
			}
			if got != tc.wantCode {
				t.Errorf("code = %q, want %q (errors %v)", got, tc.wantCode, errs)
			}
		})
	}
}
