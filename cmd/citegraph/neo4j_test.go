package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/store/neo4j/neo4jtest"
)

// serveAndAsk runs serve with args (and the environment env), waits until
// it listens, posts each query and returns the answers; serve is stopped
// before it returns.
func serveAndAsk(t *testing.T, env map[string]string, args []string, queries []string) (answers []string, stderr string) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	var out, errOut syncBuffer
	addrs := make(chan string, 1)
	exited := make(chan int, 1)
	c := cli{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, listening: func(a string) { addrs <- a },
		getenv: func(k string) string { return env[k] }}
	go func() { exited <- c.run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	defer func() { cancel(); <-exited }()
	var addr string
	select {
	case addr = <-addrs:
	case code := <-exited:
		exited <- code
		t.Fatalf("serve %v exited with status %d; stderr:\n%s", args, code, errOut.String())
	case <-time.After(2 * time.Minute):
		t.Fatalf("serve %v not listening; stderr:\n%s", args, errOut.String())
	}
	for _, q := range queries {
		body, _ := json.Marshal(map[string]string{"query": q})
		res, err := http.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		answers = append(answers, string(b))
	}
	return answers, errOut.String()
}

// TestServeNeo4j: serve --neo4j on an empty database loads the seeds and
// answers the questions exactly as serve on the embedded store.
func TestServeNeo4j(t *testing.T) {
	st := neo4jtest.Open(t) // an empty database, held for this test
	st.Close()
	cfg, _ := neo4jtest.Config()
	env := map[string]string{"CITEGRAPH_NEO4J_USER": cfg.User, "CITEGRAPH_NEO4J_PASSWORD": cfg.Password, "CITEGRAPH_NEO4J_DATABASE": cfg.Database}
	queries := []string{
		`{ instrument(id:"untoc-cop:dec:2/6") { id kind number established { id name(lang: "fr") } } }`,
		`{ traceMandate(id:"untoc-cop-wg2") { origins { id } truncated
			steps { relation from { id } to { id } evidence { lang text cited document { id } } }
			later { relation from { id } to { id } } } }`,
		`{ traceMandate(id:"sc:res:687(1991)") { origins { id } steps { relation from { id } to { id } } later { relation from { id } } } }`,
		`{ stats { documents instruments bodies citations edges } }`,
	}
	neo, stderr := serveAndAsk(t, env, []string{"--neo4j", cfg.URI}, queries)
	if !strings.Contains(stderr, "loaded the demo documents") {
		t.Errorf("serve --neo4j on an empty database did not load the seeds:\n%s", stderr)
	}
	emb, _ := serveAndAsk(t, nil, []string{"--db", filepath.Join(t.TempDir(), "citegraph.db")}, queries)
	for i := range queries {
		if strings.Contains(neo[i], `"errors"`) {
			t.Errorf("Neo4j answer to %s has errors: %s", queries[i], neo[i])
		}
		if diff := cmp.Diff(emb[i], neo[i]); diff != "" {
			t.Errorf("%s (-embedded +neo4j):\n%s", queries[i], diff)
		}
	}
	if !strings.Contains(neo[0], `"established":[{"id":"untoc-cop-wg2"`) {
		t.Errorf("instrument answer = %s", neo[0])
	}
	// The environment alone picks Neo4j; --db overrides it.
	env["CITEGRAPH_NEO4J_URI"] = cfg.URI
	byEnv, _ := serveAndAsk(t, env, nil, queries[3:])
	if diff := cmp.Diff(neo[3], byEnv[0]); diff != "" {
		t.Errorf("stats with CITEGRAPH_NEO4J_URI set (-flag +env):\n%s", diff)
	}
}

// TestNeo4jFlagErrors: wrong Neo4j settings are named (an unreachable
// server is internal/store/neo4j's TestOpenUnreachable: it takes the 30 s
// of retries here).
func TestNeo4jFlagErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"both databases", []string{"trace", "--neo4j", "bolt://127.0.0.1:1", "--db", "x.db", "x"}, "--db and --neo4j"},
		{"bad scheme", []string{"ingest", "--neo4j", "http://localhost", "seeds"}, "invalid"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := citegraph(t, tt.args...)
			if code != exitFailure || !strings.Contains(stderr, tt.want) {
				t.Errorf("status %d, stderr %q; want 1 and %q", code, stderr, tt.want)
			}
		})
	}
}

func TestExport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "graph")
	stdout, stderr, code := citegraph(t, "export", "--format", "neo4j-admin", "--out", out, seedsDir)
	if code != exitOK {
		t.Fatalf("export: status %d, stderr:\n%s", code, stderr)
	}
	for _, f := range []string{"documents.csv", "cites_instruments.csv", "import.sh"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("export wrote no %s: %v", f, err)
		}
	}
	if !strings.Contains(stdout, "documents.csv") || !strings.Contains(stdout, "import.sh") {
		t.Errorf("stdout does not list the files and the import command:\n%s", stdout)
	}
	for _, args := range [][]string{
		{"export", "--out", out, seedsDir},
		{"export", "--format", "graphml", "--out", out, seedsDir},
		{"export", "--format", "neo4j-admin", seedsDir},
		{"export", "--format", "neo4j-admin", "--out", out},
	} {
		if _, stderr, code := citegraph(t, args...); code != exitUsage {
			t.Errorf("%v: status %d, stderr %q; want a usage error", args, code, stderr)
		}
	}
}
