package neo4j_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/ingest"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/internal/store/neo4j"
	"github.com/citegraph/citegraph/internal/store/neo4j/neo4jtest"
	"github.com/citegraph/citegraph/internal/store/storetest"
	"github.com/citegraph/citegraph/internal/trace"
	"github.com/citegraph/citegraph/internal/trace/tracetest"
	"github.com/citegraph/citegraph/seeds"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return neo4jtest.Open(t) })
}

// fillSeeds writes the registry and the demo corpus, as serve does.
func fillSeeds(t *testing.T, st store.Store) ingest.Summary {
	t.Helper()
	if err := st.PutBodies(t.Context(), registry.Default().All()); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.RunFS(t.Context(), st, seeds.FS, []string{"."}, ingest.Options{})
	if err != nil {
		t.Fatalf("ingest seeds: %v", err)
	}
	return sum
}

// TestSameAnswersAsEmbedded ingests the demo corpus into both stores and
// asks both about every node: the answers must be identical, cursors
// included. Search is compared on queries answered by ids, numbers,
// symbols and names (full-text ranking may differ; storetest says so).
func TestSameAnswersAsEmbedded(t *testing.T) {
	neo := neo4jtest.Open(t)
	emb, err := embedded.Open(t.Context(), filepath.Join(t.TempDir(), "citegraph.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	fillSeeds(t, neo)
	fillSeeds(t, emb)
	cfg, _ := neo4jtest.Config()
	docs, instruments, err := neo4jtest.IDs(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 13 || len(instruments) < 10 {
		t.Fatalf("%d documents, %d instruments in Neo4j: the seeds were not ingested", len(docs), len(instruments))
	}
	bodies, err := emb.Bodies(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	type call struct {
		name string
		f    func(store.Reader) (any, error)
	}
	calls := []call{
		{"Stats", func(r store.Reader) (any, error) { return r.Stats(t.Context()) }},
		{"Bodies", func(r store.Reader) (any, error) { return r.Bodies(t.Context()) }},
	}
	edges := func(node string, dir store.Direction, first int, rels ...cite.Relation) func(store.Reader) (any, error) {
		return func(r store.Reader) (any, error) {
			var all []store.EdgePage
			q := store.EdgeQuery{Node: node, Direction: dir, First: first, Relations: rels}
			for {
				p, err := r.Edges(t.Context(), q)
				if err != nil || !p.HasNextPage {
					return append(all, p), err
				}
				all = append(all, p)
				q.After = p.Edges[len(p.Edges)-1].Cursor
			}
		}
	}
	for _, id := range docs {
		calls = append(calls,
			call{"Document " + id, func(r store.Reader) (any, error) { return r.Document(t.Context(), id) }},
			call{"TextOf " + id, func(r store.Reader) (any, error) { return store.DocumentTextOf(t.Context(), r, id) }},
			call{"Edges out " + id, edges(id, store.Out, 3)},
			call{"Edges in " + id, edges(id, store.In, 2)},
		)
	}
	for _, s := range instruments {
		id := cite.MustID(s)
		calls = append(calls,
			call{"Instrument " + s, func(r store.Reader) (any, error) { return r.Instrument(t.Context(), id) }},
			call{"Edges out " + s, edges(s, store.Out, 0)},
			call{"Edges in " + s, edges(s, store.In, 1)},
			call{"Edges in tracing " + s, edges(s, store.In, 0, cite.Establishes, cite.Mandates, cite.Pursuant)},
			call{"BodyLinks " + s, func(r store.Reader) (any, error) {
				return r.BodyLinks(t.Context(), store.BodyLinkQuery{Instrument: id})
			}},
		)
	}
	for _, b := range bodies {
		calls = append(calls,
			call{"Body " + b.Key, func(r store.Reader) (any, error) { return r.Body(t.Context(), b.Key) }},
			call{"BodyLinks " + b.Key, func(r store.Reader) (any, error) {
				return r.BodyLinks(t.Context(), store.BodyLinkQuery{Body: b.Key})
			}},
		)
	}
	for _, q := range []string{"untoc-cop:dec:2/6", "sc:res:", "decision 2/6", "687", "resolution 687 (1991)", "S/RES/687 (1991)",
		"A/RES/80", "s/prst/2015/5", "E/CN.15", "Conseil de sécurité", "ECOSOC", "大会", "working group"} {
		calls = append(calls, call{"Search " + q, func(r store.Reader) (any, error) {
			return r.Search(t.Context(), store.SearchQuery{Text: q, First: 4})
		}})
	}
	for _, c := range calls {
		want, werr := c.f(emb)
		got, gerr := c.f(neo)
		if (werr == nil) != (gerr == nil) || errors.Is(werr, store.ErrNotFound) != errors.Is(gerr, store.ErrNotFound) {
			t.Errorf("%s: embedded error %v, Neo4j error %v", c.name, werr, gerr)
			continue
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateComparable(cite.ID{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s (-embedded +neo4j):\n%s", c.name, diff)
		}
	}
	t.Logf("%d questions asked of both stores", len(calls))
}

// TestIngestTwice: ingesting the same folder again leaves every count of
// nodes and relationships, by label and type, as it was.
func TestIngestTwice(t *testing.T) {
	st := neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	fillSeeds(t, st)
	before, err := neo4jtest.Count(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	fillSeeds(t, st)
	after, err := neo4jtest.Count(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("counts after ingesting again (-first +second):\n%s", diff)
	}
	if before.Nodes["Document"] == 0 || before.Relationships["CITES"] == 0 {
		t.Errorf("counts = %+v, want documents and citations", before)
	}
	t.Logf("counts: %+v", before)
}

// TestOpenUnreachable: a server that does not answer is an ErrUnavailable
// after the retries, not a hang or a panic.
func TestOpenUnreachable(t *testing.T) {
	start := time.Now()
	_, err := neo4j.Open(t.Context(), neo4j.Config{URI: "bolt://127.0.0.1:1", ConnectTimeout: time.Second})
	if !errors.Is(err, store.ErrUnavailable) || !strings.Contains(err.Error(), "bolt://127.0.0.1:1") {
		t.Errorf("Open(unreachable) = %v, want ErrUnavailable naming the URI", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Open(unreachable) took %s with a 1s timeout", d)
	}
	if _, err := neo4j.Open(t.Context(), neo4j.Config{URI: "nonsense://x"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Open(bad scheme) = %v, want ErrInvalid", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := neo4j.Open(ctx, neo4j.Config{URI: "bolt://127.0.0.1:1"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Open(canceled) = %v, want context.Canceled", err)
	}
}

// TestWrongPassword: a refused login is said at once, not retried.
func TestWrongPassword(t *testing.T) {
	cfg := neo4jtest.Need(t)
	cfg.User, cfg.Password = "neo4j", "not the password"
	start := time.Now()
	_, err := neo4j.Open(t.Context(), cfg)
	if err == nil || !strings.Contains(err.Error(), "Unauthorized") {
		t.Errorf("Open with a wrong password = %v, want the server's Unauthorized", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a refused login took %s: it was retried", d)
	}
}

// TestNewerSchemaRefused: a database written by a newer citegraph is left
// alone.
func TestNewerSchemaRefused(t *testing.T) {
	neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	if err := neo4jtest.Run(t.Context(), cfg, `MATCH (s:CitegraphSchema) SET s.version = 99`, nil); err != nil {
		t.Fatal(err)
	}
	defer neo4jtest.Run(context.WithoutCancel(t.Context()), cfg, `MATCH (s:CitegraphSchema) SET s.version = $v`, map[string]any{"v": neo4j.SchemaVersion})
	if _, err := neo4j.Open(t.Context(), cfg); err == nil || !strings.Contains(err.Error(), "version 99") {
		t.Errorf("Open of a version 99 database = %v, want a refusal naming the version", err)
	}
}

// TestTraceNative: the native path query gives every reachable
// instrument's edges exactly as Edges does, and a trace through it is the
// trace the portable walk gives, on this store and on the embedded one.
func TestTraceNative(t *testing.T) {
	neo := neo4jtest.Open(t)
	tracetest.Fill(t, neo, tracetest.Records(t)...)
	emb := tracetest.Open(t, tracetest.Records(t)...)
	tracing := []cite.Relation{cite.Establishes, cite.Mandates, cite.Pursuant, cite.Extends, cite.Amends, cite.Ends}
	got, err := neo.TraceEdges(t.Context(), []string{"ga:res:2/1", "untoc-cop:res:9/1"}, tracing, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ga:res:2/1", "ga:res:2/11", "untoc-cop:res:7/1", "untoc-cop:dec:2/6"} {
		if _, ok := got[want]; !ok {
			t.Errorf("TraceEdges did not reach %s; reached %d instruments", want, len(got))
		}
	}
	for node, es := range got {
		var all []store.Edge
		q := store.EdgeQuery{Node: node, Relations: tracing, First: store.MaxPageSize}
		for {
			p, err := neo.Edges(t.Context(), q)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, p.Edges...)
			if !p.HasNextPage {
				break
			}
			q.After = p.Edges[len(p.Edges)-1].Cursor
		}
		if diff := cmp.Diff(all, es, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("TraceEdges[%s] vs Edges (-Edges +TraceEdges):\n%s", node, diff)
		}
	}
	type portable struct{ store.Reader } // hides TraceEdges
	for _, id := range []string{"untoc-cop-wg2", "untoc-cop:res:9/1", "ga:res:2/1", "ga:res:1/1", "ga:res:3/1", tracetest.SeedRecord(t).Document.ID} {
		for _, depth := range []int{1, 3, 10} {
			native, err := trace.Mandate(t.Context(), neo, id, depth)
			if err != nil {
				t.Fatal(err)
			}
			walked, err := trace.Mandate(t.Context(), portable{neo}, id, depth)
			if err != nil {
				t.Fatal(err)
			}
			embedded, err := trace.Mandate(t.Context(), emb, id, depth)
			if err != nil {
				t.Fatal(err)
			}
			opts := cmp.Options{cmpopts.EquateComparable(cite.ID{}), cmpopts.EquateEmpty()}
			if diff := cmp.Diff(walked, native, opts); diff != "" {
				t.Errorf("Mandate(%s, %d) (-portable +native):\n%s", id, depth, diff)
			}
			if diff := cmp.Diff(embedded, native, opts); diff != "" {
				t.Errorf("Mandate(%s, %d) (-embedded +neo4j):\n%s", id, depth, diff)
			}
		}
	}
}

// TestIssuedBy: ISSUED_BY follows a document's body as its versions
// change, and a body node only an old version named goes with it.
func TestIssuedBy(t *testing.T) {
	st := neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	rec := storetest.Citing("A/74/1", []cite.Relation{cite.Cites}, "zz-unknown:res:1/1")
	rec.Document.Body = "yy-unknown"
	if err := st.PutDocument(t.Context(), rec); err != nil {
		t.Fatal(err)
	}
	rec.Document.Body = "ga"
	rec.Citations = nil
	if err := st.PutDocument(t.Context(), rec); err != nil {
		t.Fatal(err)
	}
	got, err := neo4jtest.Count(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := neo4jtest.Counts{
		Nodes:         map[string]int{"(all)": 4, "CitegraphSchema": 1, "Document": 1, "Version": 1, "Body": 1},
		Relationships: map[string]int{"(all)": 2, "HAS_VERSION": 1, "ISSUED_BY": 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts after the body changed and the citation went (-want +got):\n%s", diff)
	}
}
