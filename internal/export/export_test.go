package export_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/export"
	"github.com/citegraph/citegraph/internal/ingest"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/internal/store/neo4j/neo4jtest"
	"github.com/citegraph/citegraph/internal/store/storetest"
	"github.com/citegraph/citegraph/seeds"
)

// fill writes the registry and the demo corpus into w, twice for the
// seed's French text (once with fewer citations), so that a replaced
// version is in the input.
func fill(t *testing.T, w store.Writer) {
	t.Helper()
	if err := w.PutBodies(t.Context(), registry.Default().All()); err != nil {
		t.Fatal(err)
	}
	fewer := storetest.Seed()
	fewer.Citations = fewer.Citations[:2]
	if err := w.PutDocument(t.Context(), fewer); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.RunFS(t.Context(), w, seeds.FS, []string{"."}, ingest.Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
}

// readCSV parses a file back as neo4j-admin would: a header, then rows of
// as many fields.
func readCSV(t *testing.T, path string) (header []string, rows []map[string]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	header = recs[0]
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range header {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
	return header, rows
}

func TestNeo4jAdmin(t *testing.T) {
	g := export.NewGraph()
	fill(t, g)
	dir := t.TempDir()
	counts, err := g.WriteNeo4jAdmin(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]map[string]string{}
	for _, name := range slices.Concat(export.NodeFiles, export.RelationshipFiles) {
		header, rows := readCSV(t, filepath.Join(dir, name))
		files[name] = rows
		if len(rows) != counts[name] {
			t.Errorf("%s: %d rows read back, %d written", name, len(rows), counts[name])
		}
		id := slices.ContainsFunc(header, func(h string) bool { return strings.Contains(h, ":ID(") })
		rel := strings.HasPrefix(header[0], ":START_ID(") && strings.HasPrefix(header[1], ":END_ID(")
		if id == rel {
			t.Errorf("%s: header %v is neither a node nor a relationship header", name, header)
		}
	}
	// Every relationship's ends are nodes of the export.
	ids := map[string]map[string]bool{}
	for space, file := range map[string]string{"Document": "documents.csv", "Version": "versions.csv", "Instrument": "instruments.csv", "Body": "bodies.csv"} {
		ids[space] = map[string]bool{}
		for _, r := range files[file] {
			for h, v := range r {
				if strings.HasSuffix(h, ":ID("+space+")") {
					ids[space][v] = true
				}
			}
		}
	}
	for _, name := range export.RelationshipFiles {
		for _, r := range files[name] {
			for h, v := range r {
				for _, end := range []string{":START_ID(", ":END_ID("} {
					if strings.HasPrefix(h, end) {
						space := strings.TrimSuffix(strings.TrimPrefix(h, end), ")")
						if !ids[space][v] {
							t.Errorf("%s: %s %q is no %s node of the export", name, h, v, space)
						}
					}
				}
			}
		}
	}
	// The same counts as the embedded store's after the same writes.
	emb, err := embedded.Open(t.Context(), filepath.Join(t.TempDir(), "citegraph.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	fill(t, emb)
	st, err := emb.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	withText := map[string]bool{}
	for _, r := range files["versions.csv"] {
		withText[r["doc"]] = true
	}
	// One CITES row per (document, target, relation), its occurrences in
	// parallel arrays as long as its count.
	edges := map[[3]string]bool{}
	citations := 0
	for _, f := range []string{"cites_instruments.csv", "cites_documents.csv"} {
		for _, r := range files[f] {
			k := [3]string{r[":START_ID(Document)"], r[":END_ID(Instrument)"] + r[":END_ID(Document)"], r["relation"]}
			if edges[k] {
				t.Errorf("%s: two rows for %v", f, k)
			}
			edges[k] = true
			n, err := strconv.Atoi(r["occurrences:long"])
			if err != nil {
				t.Fatalf("%s: occurrences of %v: %v", f, k, err)
			}
			citations += n
			for _, col := range []string{"langs:string[]", "texts:string[]", "sentences:string[]", "starts:long[]", "ends:long[]", "paragraphs:long[]"} {
				if got := len(strings.Split(r[col], export.ArrayDelimiter)); got != n {
					t.Errorf("%s: %v: %d elements in %s, %d occurrences", f, k, got, col, n)
				}
			}
		}
	}
	bodies := 0
	for _, r := range files["bodies.csv"] {
		if r["data"] != "" {
			bodies++
		}
	}
	got := store.Stats{
		Documents:   len(withText),
		Instruments: len(files["instruments.csv"]),
		Bodies:      bodies,
		Citations:   citations,
		Edges:       len(files["cites_instruments.csv"]) + len(files["cites_documents.csv"]),
	}
	if diff := cmp.Diff(st, got); diff != "" {
		t.Errorf("export vs the embedded store's Stats (-store +export):\n%s", diff)
	}
	script, err := os.ReadFile(filepath.Join(dir, "import.sh"))
	if err != nil || !strings.Contains(string(script), "neo4j-admin database import full") {
		t.Errorf("import.sh = %q, %v", script, err)
	}
}

// TestNeo4jAdminCountsAsStore: the export has exactly the nodes, by
// label, and relationships, by type, that the Neo4j store writes for the
// same input.
func TestNeo4jAdminCountsAsStore(t *testing.T) {
	neo := neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	fill(t, neo)
	want, err := neo4jtest.Count(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	g := export.NewGraph()
	fill(t, g)
	dir := t.TempDir()
	if _, err := g.WriteNeo4jAdmin(dir); err != nil {
		t.Fatal(err)
	}
	got := neo4jtest.Counts{Nodes: map[string]int{"CitegraphSchema": want.Nodes["CitegraphSchema"]}, Relationships: map[string]int{}}
	for _, name := range slices.Concat(export.NodeFiles, export.RelationshipFiles) {
		header, rows := readCSV(t, filepath.Join(dir, name))
		col, m := ":LABEL", got.Nodes
		if !slices.Contains(header, col) {
			col, m = ":TYPE", got.Relationships
		}
		for _, r := range rows {
			m[r[col]]++
			m["(all)"]++
		}
	}
	got.Nodes["(all)"] += got.Nodes["CitegraphSchema"]
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("export vs the Neo4j store (-store +export):\n%s", diff)
	}
}
