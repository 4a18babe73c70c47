package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
)

const (
	seedsDir = "../../seeds"
	seedFile = "../../seeds/000_dd060da45a09bc4b.txt"
)

// citegraph runs the program with args and returns what it printed and
// its exit status.
func citegraph(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(t.Context(), args, &out, &errOut)
	return out.String(), errOut.String(), code
}

// readJSONL decodes one JSON object per line.
func readJSONL(t *testing.T, data string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q is not a JSON object: %v", sc.Text(), err)
		}
		objs = append(objs, m)
	}
	return objs
}

// expectedSeed is testdata/expected.jsonl: the seed's eight citations.
func expectedSeed(t *testing.T) []map[string]any {
	t.Helper()
	data, err := os.ReadFile("testdata/expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return readJSONL(t, string(data))
}

// onFieldsOf keeps, of each got object, the fields its want counterpart
// has: expected.jsonl says nothing of snippets and paragraphs.
func onFieldsOf(want, got []map[string]any) []map[string]any {
	var kept []map[string]any
	for i, g := range got {
		if i >= len(want) {
			kept = append(kept, g)
			continue
		}
		k := map[string]any{}
		for f := range want[i] {
			if v, ok := g[f]; ok {
				k[f] = v
			}
		}
		kept = append(kept, k)
	}
	return kept
}

func TestExtractJSONL(t *testing.T) {
	stdout, stderr, code := citegraph(t, "extract", "--format", "jsonl", seedFile)
	if code != 0 {
		t.Fatalf("extract exit status %d, stderr:\n%s", code, stderr)
	}
	want := expectedSeed(t)
	got := readJSONL(t, stdout)
	if diff := cmp.Diff(want, onFieldsOf(want, got)); diff != "" {
		t.Errorf("extract --format jsonl on the seed (-want +got):\n%s", diff)
	}
}

func TestExtractStdin(t *testing.T) {
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	fromFile, _, _ := citegraph(t, "extract", seedFile)
	var out, errOut bytes.Buffer
	c := cli{stdin: bytes.NewReader(seed), stdout: &out, stderr: &errOut}
	if code := c.run(t.Context(), []string{"extract", "-"}); code != 0 {
		t.Fatalf("extract - exit status %d, stderr:\n%s", code, errOut.String())
	}
	if diff := cmp.Diff(fromFile, out.String()); diff != "" {
		t.Errorf("extract - differs from extract FILE (-file +stdin):\n%s", diff)
	}
	if want := expectedSeed(t); len(readJSONL(t, out.String())) != len(want) {
		t.Errorf("extract - printed %d citations, want %d", len(readJSONL(t, out.String())), len(want))
	}
}

func TestExtractTable(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "binary.txt")
	if err := os.WriteFile(binary, []byte("x\x00y"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	stdout, stderr, code := citegraph(t, "extract", "--format", "table", missing, seedFile, binary)
	if code != 1 {
		t.Errorf("extract with a missing and a binary file: exit status %d, want 1", code)
	}
	for _, s := range []string{missing + ": no such file or directory", binary + ": not text: NUL byte at offset 1"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("stderr does not say %q:\n%s", s, stderr)
		}
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if got, want := strings.Fields(lines[0]), []string{"FILE", "AT", "ID", "RELATION", "BODY", "FROM", "TEXT"}; !cmp.Equal(want, got) {
		t.Errorf("header = %q, want %q", got, want)
	}
	var rows [][]string
	for _, l := range lines[1:] {
		rows = append(rows, strings.Fields(l))
	}
	want := [][]string{
		{seedFile, "27:110", "untoc-cop:dec:2/6", "establishes", "explicit", "décision", "2/6"},
		{seedFile, "27:256", "untoc-cop:dec:3/2", "establishes", "possessive", "décision", "3/2"},
	}
	if len(rows) < 8 {
		t.Fatalf("table has %d rows, want the seed's 8:\n%s", len(rows), stdout)
	}
	if diff := cmp.Diff(want, rows[:2]); diff != "" {
		t.Errorf("first rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{seedFile, "31:4", "CTOC/COP/2018/1", "-", "-", "CTOC/COP/2018/1"}, rows[7]); diff != "" {
		t.Errorf("document reference row (-want +got):\n%s", diff)
	}
	// Columns are aligned: every row's ID starts where the header's does.
	col := strings.Index(lines[0], "ID")
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l[col:], "untoc-cop:") && !strings.HasPrefix(l[col:], "CTOC/") {
			t.Errorf("row %q: ID column not at byte %d", l, col)
		}
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a part of it
		stderr string // a part of it
	}{
		{name: "no command", args: nil, code: 2, stderr: "Commands:"},
		{name: "unknown command", args: []string{"frobnicate"}, code: 2, stderr: `unknown command "frobnicate"`},
		{name: "help", args: []string{"help"}, code: 0, stdout: "trace     print where"},
		{name: "help of a command", args: []string{"help", "trace"}, code: 0, stdout: "citegraph trace untoc-cop-wg2"},
		{name: "--help of a command", args: []string{"extract", "--help"}, code: 0, stdout: "-format format"},
		{name: "-h after arguments", args: []string{"ingest", "x", "-h"}, code: 0, stdout: "Usage: citegraph ingest"},
		{name: "version", args: []string{"--version"}, code: 0, stdout: "citegraph "},
		{name: "bad flag", args: []string{"extract", "--bogus", seedFile}, code: 2, stderr: "citegraph extract: flag provided but not defined: -bogus\nRun 'citegraph extract --help' for usage."},
		{name: "bad format", args: []string{"extract", "--format", "xml", seedFile}, code: 2, stderr: `--format "xml": want jsonl or table`},
		{name: "bad language", args: []string{"extract", "--lang", "de", seedFile}, code: 2, stderr: `--lang "de": want one of ar, zh, en, fr, ru, es`},
		{name: "extract without input", args: []string{"extract"}, code: 2, stderr: "no input"},
		{name: "ingest without input", args: []string{"ingest", "--db", "x.db"}, code: 2, stderr: "citegraph ingest: no input"},
		{name: "flag without value", args: []string{"ingest", "seeds", "--db"}, code: 2, stderr: "flag needs an argument: -db"},
		{name: "trace without id", args: []string{"trace"}, code: 2, stderr: "citegraph trace: no ID"},
		{name: "trace depth", args: []string{"trace", "--depth", "0", "x"}, code: 2, stderr: "--depth 0: want 1 to"},
		{name: "trace two ids", args: []string{"trace", "a", "b"}, code: 2, stderr: "one ID at a time"},
		{name: "file after --", args: []string{"extract", "--format", "table", "--", "-odd.txt"}, code: 1, stderr: "citegraph extract: -odd.txt: no such file or directory"},
		{name: "serve argument", args: []string{"serve", "x.db"}, code: 2, stderr: `unexpected argument "x.db"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := citegraph(t, tt.args...)
			if code != tt.code {
				t.Errorf("citegraph %q: exit status %d, want %d", tt.args, code, tt.code)
			}
			if !strings.Contains(stdout, tt.stdout) {
				t.Errorf("citegraph %q: stdout does not hold %q:\n%s", tt.args, tt.stdout, stdout)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("citegraph %q: stderr does not hold %q:\n%s", tt.args, tt.stderr, stderr)
			}
		})
	}
}

func stats(t *testing.T, db string) store.Stats {
	t.Helper()
	st, err := embedded.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// frenchSentence is the seed's sentence that says decision 2/6 created the
// technical assistance working group.
const frenchSentence = "Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a été créé en application de la décision 2/6"

func TestIngestTrace(t *testing.T) {
	db := filepath.Join(t.TempDir(), "un.db")
	stdout, stderr, code := citegraph(t, "ingest", seedsDir, "--db", db)
	if code != 0 {
		t.Fatalf("ingest exit status %d, stderr:\n%s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "ingested into "+db+": ") {
		t.Errorf("ingest summary = %q", stdout)
	}
	first := stats(t, db)
	if first.Documents < 10 {
		t.Errorf("after ingesting seeds/, %d documents, want a dozen", first.Documents)
	}
	if _, stderr, code := citegraph(t, "ingest", "--db", db, seedsDir); code != 0 {
		t.Fatalf("second ingest exit status %d, stderr:\n%s", code, stderr)
	}
	if diff := cmp.Diff(first, stats(t, db)); diff != "" {
		t.Errorf("stats after ingesting seeds/ again (-first +second):\n%s", diff)
	}

	stdout, stderr, code = citegraph(t, "trace", "--db", db, "untoc-cop-wg2")
	if code != 0 {
		t.Fatalf("trace exit status %d, stderr:\n%s", code, stderr)
	}
	for _, s := range []string{"untoc-cop:dec:2/6", frenchSentence} {
		if !strings.Contains(stdout, s) {
			t.Errorf("trace untoc-cop-wg2 does not print %q:\n%s", s, stdout)
		}
	}
	_, stderr, code = citegraph(t, "trace", "--db", db, "nobody-wg9")
	if code != 1 || !strings.Contains(stderr, "nobody-wg9") || !strings.Contains(stderr, db) {
		t.Errorf("trace of an unknown id: exit status %d, stderr %q; want 1 naming the id and the database", code, stderr)
	}
}

// TestTraceFresh: trace on a new database fills it from the seeds first.
func TestTraceFresh(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fresh.db")
	stdout, stderr, code := citegraph(t, "trace", "--db", db, "untoc-cop-wg2")
	if code != 0 {
		t.Fatalf("trace exit status %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "loaded the demo documents") || !strings.Contains(stdout, "untoc-cop:dec:2/6") {
		t.Errorf("trace on a fresh database:\nstdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
}

func TestIngestBadFiles(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"seed.txt": seed, "binary.txt": []byte("\x00\x01\x02")} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "un.db")
	stdout, stderr, code := citegraph(t, "ingest", "--db", db, dir)
	if code != 1 {
		t.Errorf("ingest of a folder with a binary file: exit status %d, want 1", code)
	}
	if want := filepath.Join(dir, "binary.txt") + ": not text"; !strings.Contains(stderr, want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr)
	}
	if !strings.Contains(stdout, "1 document (1 text)") || !strings.Contains(stdout, "1 skipped") {
		t.Errorf("summary = %q, want 1 document and 1 skipped", stdout)
	}
	if s := stats(t, db); s.Documents != 1 {
		t.Errorf("Stats.Documents = %d, want 1 (the seed)", s.Documents)
	}
}

// syncBuffer is a buffer that serve's goroutine writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe starts serve on a new database and port 0 and asks it over
// HTTP what the seed says.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new.db")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var stdout, stderr syncBuffer
	addrs := make(chan string, 1)
	exited := make(chan int, 1)
	c := cli{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, listening: func(a string) { addrs <- a }}
	go func() { exited <- c.run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}) }()
	var addr string
	select {
	case addr = <-addrs:
	case code := <-exited:
		t.Fatalf("serve exited with status %d before listening; stderr:\n%s", code, stderr.String())
	case <-time.After(time.Minute):
		t.Fatalf("serve not listening after a minute; stderr:\n%s", stderr.String())
	}
	if want := "serving http://" + addr + "/ (GraphQL at /graphql)"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr.String())
	}
	if !strings.Contains(stderr.String(), "loaded the demo documents") {
		t.Errorf("serve on an empty database did not say it loaded the seeds:\n%s", stderr.String())
	}

	tests := []struct {
		name  string
		query string
		want  string
	}{
		{
			name:  "instrument establishes the working group",
			query: `{ instrument(id:"untoc-cop:dec:2/6") { established { id } } }`,
			want:  `{"data":{"instrument":{"established":[{"id":"untoc-cop-wg2"}]}}}`,
		},
		{
			// The question end to end, through the real extractor:
			// the working group's origin and the whole French sentence.
			name:  "trace of the working group",
			query: `{ traceMandate(id:"untoc-cop-wg2") { origins { id } steps { relation to { id } evidence { lang text } } } }`,
			want: `{"data":{"traceMandate":{"origins":[{"id":"untoc-cop:dec:2/6"},{"id":"untoc-cop:res:7/1"}],"steps":[` +
				`{"relation":"ESTABLISHES","to":{"id":"untoc-cop:dec:2/6"},"evidence":[{"lang":"fr","text":"` + frenchSentence +
				` de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée."}]},` +
				`{"relation":"MANDATES","to":{"id":"untoc-cop:res:7/1"},"evidence":[{"lang":"fr","text":"Dans sa résolution 7/1 sur le renforcement de l'application de la Convention des Nations Unies contre la criminalité transnationale organisée et des Protocoles s'y rapportant, la Conférence a notamment encouragé le Groupe de travail sur la coopération internationale et le Groupe de travail d'experts gouvernementaux sur l'assistance technique à envisager de se réunir chaque année, s'il y avait lieu, et à faire en sorte que leurs réunions s'enchaînent, afin d'assurer une utilisation efficace des ressources."}]}]}}}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graphql(t, addr, tt.query); got != tt.want {
				t.Errorf("POST %s\ngot  %s\nwant %s", tt.query, got, tt.want)
			}
		})
	}
	var st struct {
		Data struct {
			Stats struct{ Documents, Instruments, Bodies, Citations int }
		}
	}
	if err := json.Unmarshal([]byte(graphql(t, addr, `{ stats { documents instruments bodies citations } }`)), &st); err != nil {
		t.Fatal(err)
	}
	want := stats(t, db)
	got := store.Stats{Documents: st.Data.Stats.Documents, Instruments: st.Data.Stats.Instruments, Bodies: st.Data.Stats.Bodies, Citations: st.Data.Stats.Citations}
	want.Edges = 0
	if diff := cmp.Diff(want, got); diff != "" || got.Documents < 10 {
		t.Errorf("stats over GraphQL (-store +api):\n%s", diff)
	}

	cancel()
	select {
	case code := <-exited:
		if code != 0 {
			t.Errorf("serve exit status %d after cancel, want 0; stderr:\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop within 30s of cancel")
	}
}

// graphql posts query to the server at addr and returns the response body.
func graphql(t *testing.T, addr, query string) string {
	t.Helper()
	body, err := json.Marshal(map[string]string{"query": query})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, fmt.Sprintf("http://%s/graphql", addr), bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %s\n%s", query, resp.Status, data)
	}
	return string(bytes.TrimSpace(data))
}

// TestServeBusyAddress: an address in use is reported at once, by flag.
func TestServeBusyAddress(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	db := filepath.Join(t.TempDir(), "un.db")
	_, stderr, code := citegraph(t, "serve", "--db", db, "--addr", ln.Addr().String())
	if want := "citegraph serve: --addr " + ln.Addr().String() + ": "; code != 1 || !strings.HasPrefix(stderr, want) {
		t.Errorf("serve on a busy address: exit status %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("serve on a busy address created the database %s", db)
	}
}
