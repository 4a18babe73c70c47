package server_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/server"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/trace/tracetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// openStore opens a store holding the registry and recs: the embedded
// store, or Neo4j in TestNeo4j.
var openStore = tracetest.Open

// newServer serves tracetest's graph (the seed and made-up chains) from a
// fresh store (see openStore); logs go to the returned buffer.
func newServer(t *testing.T, opts server.Options) (*httptest.Server, store.Store, *bytes.Buffer) {
	t.Helper()
	st := openStore(t, tracetest.Records(t)...)
	var logs bytes.Buffer
	opts.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	srv := httptest.NewServer(server.New(st, opts))
	t.Cleanup(srv.Close)
	return srv, st, &logs
}

// response is a GraphQL answer.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func (r response) codes() []string {
	var cs []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		cs = append(cs, c)
	}
	return cs
}

// post sends query with variables as a JSON POST and decodes the answer.
func post(t *testing.T, srv *httptest.Server, query string, vars map[string]any) (int, response, []byte) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	var r response
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("POST %s: status %d, body %q: %v", query, res.StatusCode, raw, err)
	}
	return res.StatusCode, r, raw
}

// data posts query, fails on any error, and decodes its data into v.
func data(t *testing.T, srv *httptest.Server, query string, vars map[string]any, v any) {
	t.Helper()
	status, r, raw := post(t, srv, query, vars)
	if status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("POST %s: status %d, body %s", query, status, raw)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatal(err)
	}
}

// golden compares got, indented, with testdata/name.json.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, got, "", "  "); err != nil {
		t.Fatalf("%s: %v", got, err)
	}
	buf.WriteByte('\n')
	path := filepath.Join("testdata", name+".json")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// TestIssueQueries are the answers issue 2 promises.
func TestIssueQueries(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})

	var est struct {
		Instrument struct{ Established []struct{ ID string } }
	}
	data(t, srv, `{ instrument(id:"untoc-cop:dec:2/6") { established { id } } }`, nil, &est)
	if diff := cmp.Diff([]struct{ ID string }{{"untoc-cop-wg2"}}, est.Instrument.Established); diff != "" {
		t.Errorf("established (-want +got):\n%s", diff)
	}

	var tr struct {
		TraceMandate struct {
			Origins []struct{ ID string }
			Steps   []struct {
				To       struct{ ID string }
				Relation string
				Evidence []struct {
					Lang, Text, Cited string
					Document          struct{ ID string }
				}
			}
		}
	}
	data(t, srv, `{ traceMandate(id:"untoc-cop-wg2") {
		origins { id }
		steps { to { id } relation evidence { lang text cited document { id } } } } }`, nil, &tr)
	if !slices.Contains(tr.TraceMandate.Origins, struct{ ID string }{"untoc-cop:dec:2/6"}) {
		t.Errorf("origins = %v, want untoc-cop:dec:2/6 among them", tr.TraceMandate.Origins)
	}
	found := false
	for _, s := range tr.TraceMandate.Steps {
		for _, e := range s.Evidence {
			if s.To.ID == "untoc-cop:dec:2/6" && e.Text == tracetest.Sentence26 && e.Lang == "fr" && e.Cited == "décision 2/6" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no step to untoc-cop:dec:2/6 has the French sentence %q as evidence; steps: %+v", tracetest.Sentence26, tr.TraceMandate.Steps)
	}
}

// TestGolden keeps whole answers in testdata/; run with -update after a
// deliberate change and read the diff.
func TestGolden(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	seed := tracetest.SeedRecord(t).Document.ID
	tests := []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"instrument", `query($id: ID!) { instrument(id: $id) {
			id kind number bodyKey resolved body { id name(lang: "fr") } title texts { id symbol }
			established { id name } mandated { body { id } relation evidence { lang cited start end paragraph } }
			cites { totalCount edges { node { id } relation } }
			citedBy(relation: [ESTABLISHES, EXTENDS]) { totalCount edges { node { id } relation evidence { document { id } lang text cited start end } } } } }`,
			map[string]any{"id": "untoc-cop:res:7/1"}},
		{"trace-wg2", `{ traceMandate(id: "untoc-cop-wg2") {
			subject { __typename id } maxDepth truncated
			origins { id kind number body { id } }
			steps { depth from { __typename id } to { __typename id } relation evidence { document { id } lang text cited start end paragraph } }
			later { from { id } to { id } relation evidence { document { id symbol } text } } } }`, nil},
		{"document", `query($id: ID!) { document(id: $id) {
			id symbol title date body { id } bodyKey lang originalLang type session agendaItem distribution
			versions { lang hash } textOf { id }
			cites(first: 3) { totalCount pageInfo { hasNextPage } edges { node { __typename id } from { id } to { id } relation evidence { lang cited start end } } } } }`,
			map[string]any{"id": seed}},
		{"body", `{ body(id: "untoc-cop-wg2") {
			id name names { lang } prefixes parent { id } children { id }
			establishedBy { id } links { instrument { id } relation evidence { lang cited } } } }`, nil},
		{"search", `{ search(query: "assistance technique", first: 5) {
			totalCount pageInfo { hasNextPage } edges { node { kind id label snippet lang node { __typename id } } } } }`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, r, raw := post(t, srv, tc.query, tc.vars)
			if status != http.StatusOK || len(r.Errors) > 0 {
				t.Fatalf("status %d, body %s", status, raw)
			}
			golden(t, tc.name, raw)
		})
	}
}

func TestStats(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	var got struct{ Stats store.Stats }
	data(t, srv, `{ stats { documents instruments bodies citations edges } }`, nil, &got)
	// tracetest's graph: the seed and 16 texts; 20 instruments (5 of
	// untoc-cop, ga:res:1/1, 1/2 and 3/1, ga:res:2/1 to 2/12); the seed's
	// 8 citations and the texts' 18, each its own edge.
	want := store.Stats{Documents: 17, Instruments: 20, Bodies: len(registry.Default().All()), Citations: 26, Edges: 26}
	if diff := cmp.Diff(want, got.Stats); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}

func TestNode(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	seed := tracetest.SeedRecord(t).Document.ID
	tests := []struct {
		name, id, typename string
	}{
		{"instrument", "untoc-cop:dec:2/6", "Instrument"},
		{"document with text", seed, "Document"},
		{"cited document", "CTOC/COP/WG.2/2017/4", "Document"},
		{"body", "untoc-cop-wg2", "Body"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got struct {
				Node struct {
					Typename string `json:"__typename"`
					ID       string
				}
			}
			data(t, srv, `query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": tc.id}, &got)
			want := struct {
				Typename string `json:"__typename"`
				ID       string
			}{tc.typename, tc.id}
			if diff := cmp.Diff(want, got.Node); diff != "" {
				t.Errorf("node(%q) (-want +got):\n%s", tc.id, diff)
			}
		})
	}
}

// TestErrors checks codes and that a failed lookup is a null, not a 500.
func TestErrors(t *testing.T) {
	srv, _, logs := newServer(t, server.Options{})
	deep := "{ body(id: \"untoc-cop-wg2\") { " + strings.Repeat("parent { ", 20) + "id" + strings.Repeat(" }", 20) + " } }"
	tests := []struct {
		name       string
		query      string
		wantStatus int
		wantCode   string
		wantData   string // JSON, "" for none
	}{
		{"unknown instrument", `{ instrument(id: "untoc-cop:dec:99/9") { id } }`, 200, "NOT_FOUND", `{"instrument":null}`},
		{"unknown document", `{ document(id: "A/NO/SUCH/1") { id } }`, 200, "NOT_FOUND", `{"document":null}`},
		{"unknown body", `{ body(id: "nobody") { id } }`, 200, "NOT_FOUND", `{"body":null}`},
		{"unknown node", `{ node(id: "nothing-here") { id } }`, 200, "NOT_FOUND", `{"node":null}`},
		{"malformed instrument id", `{ instrument(id: "2/6") { id } }`, 200, "BAD_USER_INPUT", `{"instrument":null}`},
		{"page too large", `{ instrument(id: "untoc-cop:dec:2/6") { citedBy(first: 501) { totalCount } } }`, 200, "BAD_USER_INPUT", `{"instrument":null}`},
		{"bad cursor", `{ instrument(id: "untoc-cop:res:7/1") { citedBy(after: "garbage") { totalCount } } }`, 200, "BAD_USER_INPUT", `{"instrument":null}`},
		{"depth too large", `{ traceMandate(id: "untoc-cop-wg2", maxDepth: 11) { maxDepth } }`, 200, "BAD_USER_INPUT", `null`},
		{"trace of nothing", `{ traceMandate(id: "nobody") { maxDepth } }`, 200, "NOT_FOUND", `null`},
		{"too complex", `{ document(id: "x") { cites(first: 500) { edges { node { ... on Document {
			cites(first: 500) { edges { node { id } } } } } } } } }`, 200, "COMPLEXITY_LIMIT_EXCEEDED", `null`},
		{"too deep", deep, 200, "DEPTH_LIMIT_EXCEEDED", `null`},
		{"not GraphQL", `{ instrument(`, 422, "GRAPHQL_PARSE_FAILED", ""},
		{"unknown field", `{ nothing }`, 422, "GRAPHQL_VALIDATION_FAILED", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, r, raw := post(t, srv, tc.query, nil)
			if status != tc.wantStatus {
				t.Errorf("status = %d, want %d; body %s", status, tc.wantStatus, raw)
			}
			if diff := cmp.Diff([]string{tc.wantCode}, r.codes()); diff != "" {
				t.Errorf("codes (-want +got):\n%s\nbody %s", diff, raw)
			}
			if tc.wantData != "" && string(r.Data) != tc.wantData {
				t.Errorf("data = %s, want %s", r.Data, tc.wantData)
			}
		})
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("user errors were logged as internal:\n%s", logs)
	}
}

// TestPagination walks a document's citations three at a time and checks
// the pages add up to the whole list.
func TestPagination(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	seed := tracetest.SeedRecord(t).Document.ID
	type page struct {
		Document struct {
			Cites struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   *string
				}
				Edges []struct {
					Cursor string
					Node   struct{ ID string }
				}
			}
		}
	}
	q := `query($id: ID!, $first: Int, $after: String) { document(id: $id) {
		cites(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`
	var all page
	data(t, srv, q, map[string]any{"id": seed}, &all)
	var want []string
	for _, e := range all.Document.Cites.Edges {
		want = append(want, e.Node.ID)
	}
	if len(want) != 8 || all.Document.Cites.TotalCount != 8 {
		t.Fatalf("all edges = %v (totalCount %d), want the seed's 8 citations", want, all.Document.Cites.TotalCount)
	}
	var got []string
	var after any
	for pages := 0; ; pages++ {
		if pages > 3 {
			t.Fatalf("more than 3 pages of 3 for 8 edges: %v", got)
		}
		var p page
		data(t, srv, q, map[string]any{"id": seed, "first": 3, "after": after}, &p)
		c := p.Document.Cites
		if c.TotalCount != 8 {
			t.Errorf("page %d: totalCount = %d, want 8", pages, c.TotalCount)
		}
		for _, e := range c.Edges {
			got = append(got, e.Node.ID)
		}
		if n := len(c.Edges); n > 0 && (c.PageInfo.EndCursor == nil || *c.PageInfo.EndCursor != c.Edges[n-1].Cursor) {
			t.Errorf("page %d: endCursor %v is not the last edge's cursor", pages, c.PageInfo.EndCursor)
		}
		if !c.PageInfo.HasNextPage {
			break
		}
		after = *c.PageInfo.EndCursor
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

func TestSearch(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	tests := []struct {
		name, query string
		kind, id    string // a hit that must be among the results
	}{
		{"French words of the seed", "assistance technique", "DOCUMENT", tracetest.SeedRecord(t).Document.ID},
		{"body by English name", "Technical Assistance", "BODY", "untoc-cop-wg2"},
		{"instrument by id", "untoc-cop:dec:2/6", "INSTRUMENT", "untoc-cop:dec:2/6"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got struct {
				Search struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Kind, ID, Label string
							Node            struct{ ID string }
						}
					}
				}
			}
			data(t, srv, `query($q: String!) { search(query: $q, first: 50) { totalCount edges { node { kind id label node { id } } } } }`,
				map[string]any{"q": tc.query}, &got)
			var hits []string
			ok := false
			for _, e := range got.Search.Edges {
				hits = append(hits, e.Node.Kind+" "+e.Node.ID)
				if e.Node.Kind == tc.kind && e.Node.ID == tc.id && e.Node.Node.ID == tc.id && e.Node.Label != "" {
					ok = true
				}
			}
			if !ok {
				t.Errorf("search(%q) = %v, want %s %s among them, with a label", tc.query, hits, tc.kind, tc.id)
			}
		})
	}
}

func TestGET(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	res, err := http.Get(srv.URL + "/graphql?query=" + "%7B%20stats%20%7B%20bodies%20%7D%20%7D")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") || !strings.Contains(string(raw), `"bodies":`) {
		t.Errorf("GET /graphql?query=…: %d %s %s", res.StatusCode, res.Header.Get("Content-Type"), raw)
	}
}

// TestIntrospection runs the schema query GraphiQL sends on start.
func TestIntrospection(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	var got struct {
		Schema struct {
			QueryType struct{ Name string }
			Types     []struct{ Name string }
		} `json:"__schema"`
	}
	data(t, srv, introspectionQuery, nil, &got)
	if got.Schema.QueryType.Name != "Query" || len(got.Schema.Types) < 20 {
		t.Errorf("introspection: query type %q, %d types", got.Schema.QueryType.Name, len(got.Schema.Types))
	}
}

// introspectionQuery is graphql-js's getIntrospectionQuery(), which
// GraphiQL sends.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`

// TestGraphiQL loads the page as a browser would and every script and
// stylesheet it names, and checks that none comes from another host.
func TestGraphiQL(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	for _, path := range []string{"/graphql", "/graphiql"} {
		t.Run(path, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+path, nil)
			req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			page, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
				t.Fatalf("GET %s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
			}
			if strings.Contains(string(page), "http:") || strings.Contains(string(page), "https:") || strings.Contains(string(page), "//cdn") {
				t.Errorf("page names another host:\n%s", page)
			}
			refs := regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(string(page), -1)
			if len(refs) < 4 {
				t.Fatalf("page names %d assets, want GraphiQL's CSS and JS, React and ReactDOM:\n%s", len(refs), page)
			}
			for _, m := range refs {
				ref := m[1]
				if !strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
					t.Errorf("asset %q is not on this server", ref)
					continue
				}
				res, err := http.Get(srv.URL + ref)
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(res.Body)
				res.Body.Close()
				ct := res.Header.Get("Content-Type")
				wantCT := "text/javascript"
				if strings.HasSuffix(ref, ".css") {
					wantCT = "text/css"
				}
				if res.StatusCode != 200 || len(body) < 100 || !strings.HasPrefix(ct, wantCT) {
					t.Errorf("GET %s: %d, %d bytes, %s", ref, res.StatusCode, len(body), ct)
				}
			}
		})
	}
}

func TestPages(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{MaxBodyBytes: 1000})
	tests := []struct {
		name, method, path, body string
		wantStatus               int
		wantType, wantBody       string
	}{
		{"home", "GET", "/", "", 200, "text/html", "/graphql"},
		{"health", "GET", "/healthz", "", 200, "application/json", `{"status":"ok"}`},
		{"icon", "GET", "/favicon.ico", "", 200, "image/svg+xml", "<svg"},
		{"unknown page", "GET", "/nothing", "", 404, "application/json", `"status":"not_found"`},
		{"body too large", "POST", "/graphql", `{"query":"{ stats { bodies } }", "pad":"` + strings.Repeat("x", 2000) + `"}`, 413, "application/json", `"status":"too_large"`},
		{"wrong method", "DELETE", "/graphql", "", 405, "application/json", `"status":"method_not_allowed"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
			req.Header.Set("Content-Type", "application/json")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tc.wantStatus || !strings.HasPrefix(res.Header.Get("Content-Type"), tc.wantType) || !strings.Contains(string(body), tc.wantBody) {
				t.Errorf("%s %s: %d %s %s; want %d %s containing %s", tc.method, tc.path, res.StatusCode, res.Header.Get("Content-Type"), body, tc.wantStatus, tc.wantType, tc.wantBody)
			}
		})
	}
}

// TestHealthzUnavailable closes the store under the server.
func TestHealthzUnavailable(t *testing.T) {
	srv, st, logs := newServer(t, server.Options{})
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), `"status":"unavailable"`) {
		t.Errorf("GET /healthz on a closed store: %d %s", res.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "healthz") {
		t.Errorf("the cause was not logged: %q", logs)
	}
	// A query on the closed store is an error the client sees without
	// its internals, and the server keeps answering.
	status, r, raw := post(t, srv, `{ stats { bodies } }`, nil)
	if status != 200 || len(r.Errors) != 1 || strings.Contains(string(raw), "sql") {
		t.Errorf("query on a closed store: %d %s", status, raw)
	}
}

// TestDocExamples runs every ```graphql example of doc/graphql.md, so the
// documentation cannot drift from the API.
func TestDocExamples(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "doc", "graphql.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	if len(blocks) < 5 {
		t.Fatalf("doc/graphql.md has %d graphql examples, want at least 5", len(blocks))
	}
	srv, _, _ := newServer(t, server.Options{})
	for i, b := range blocks {
		t.Run(fmt.Sprint(i+1), func(t *testing.T) {
			status, r, raw := post(t, srv, b[1], nil)
			if status != http.StatusOK || len(r.Errors) > 0 || string(r.Data) == "null" {
				t.Errorf("example %d:\n%s\nanswers %d %s", i+1, b[1], status, raw)
			}
		})
	}
	status, r, raw := post(t, srv, `{ instrument(id: "untoc-cop:dec:99/9") { id } }`, nil)
	if want := "instrument untoc-cop:dec:99/9: not found"; status != 200 || len(r.Errors) != 1 || r.Errors[0].Message != want {
		t.Errorf("the not-found example of doc/graphql.md is out of date: %d %s, want message %q", status, raw, want)
	}
}

// TestBodies checks the registry as the API shows it: every body, each
// child's parent the body that lists it.
func TestBodies(t *testing.T) {
	srv, _, _ := newServer(t, server.Options{})
	var got struct {
		Bodies []struct {
			ID       string
			Parent   *struct{ ID string }
			Children []struct{ ID string }
		}
	}
	data(t, srv, `{ bodies { id parent { id } children { id } } }`, nil, &got)
	if len(got.Bodies) != len(registry.Default().All()) {
		t.Errorf("bodies = %d, want the registry's %d", len(got.Bodies), len(registry.Default().All()))
	}
	parent := map[string]string{}
	for _, b := range got.Bodies {
		if b.Parent != nil {
			parent[b.ID] = b.Parent.ID
		}
	}
	for _, b := range got.Bodies {
		for _, c := range b.Children {
			if parent[c.ID] != b.ID {
				t.Errorf("%s lists child %s, whose parent is %q", b.ID, c.ID, parent[c.ID])
			}
		}
		if b.ID == "untoc-cop" {
			var ids []string
			for _, c := range b.Children {
				ids = append(ids, c.ID)
			}
			if !slices.Contains(ids, "untoc-cop-wg2") || !slices.Contains(ids, "untoc-cop-wg3") {
				t.Errorf("untoc-cop's children = %v, want both working groups", ids)
			}
		}
	}
}
