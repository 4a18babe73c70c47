package neo4j_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/sync/errgroup"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/internal/store/neo4j"
	"github.com/citegraph/citegraph/internal/store/neo4j/neo4jtest"
	"github.com/citegraph/citegraph/internal/store/storetest"
)

// citingTimes is a version in lang of A/74/9 establishing ga:res:1/1 n
// times, each passage naming the body zz-wg.
func citingTimes(lang string, n int) store.Record {
	rec := storetest.Citing("A/74/9", []cite.Relation{cite.Establishes}, slices.Repeat([]string{"ga:res:1/1"}, n)...)
	rec.Document.Lang = lang
	for i := range rec.Citations {
		rec.Citations[i].Lang = lang
		rec.Citations[i].Subjects = []string{"zz-wg"}
	}
	return rec
}

// TestOneRelationshipPerEdge: a document citing one instrument several
// times with one relation, in two languages, is one CITES relationship
// (and its passages one ESTABLISHED_BY) whose evidence lists hold every
// occurrence, ordered by language then start; replacing or emptying a
// version changes only that language's entries, and the answers stay the
// embedded store's.
func TestOneRelationshipPerEdge(t *testing.T) {
	neo := neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	emb, err := embedded.Open(t.Context(), filepath.Join(t.TempDir(), "citegraph.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	type rel struct {
		Count      int
		Langs      []any
		Starts     []any
		Occurences int64
	}
	relsOf := func(q string) []rel {
		t.Helper()
		rows, err := neo4jtest.Rows(t.Context(), cfg, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []rel
		for _, r := range rows {
			out = append(out, rel{Count: 1, Langs: r[0].([]any), Starts: r[1].([]any), Occurences: r[2].(int64)})
		}
		return out
	}
	s := func(n ...int64) []any { // starts of the citations in citingTimes
		var out []any
		for _, k := range n {
			out = append(out, int64(citingTimes("en", 3).Citations[k].Start))
		}
		return out
	}
	langs := func(ls ...string) []any {
		var out []any
		for _, l := range ls {
			out = append(out, l)
		}
		return out
	}
	steps := []struct {
		name string
		rec  store.Record
		want []rel
	}{
		{"english, three times", citingTimes("en", 3),
			[]rel{{1, langs("en", "en", "en"), s(0, 1, 2), 3}}},
		{"french, three times", citingTimes("fr", 3),
			[]rel{{1, langs("en", "en", "en", "fr", "fr", "fr"), s(0, 1, 2, 0, 1, 2), 6}}},
		{"english again", citingTimes("en", 3),
			[]rel{{1, langs("en", "en", "en", "fr", "fr", "fr"), s(0, 1, 2, 0, 1, 2), 6}}},
		{"arabic, once", citingTimes("ar", 1),
			[]rel{{1, langs("ar", "en", "en", "en", "fr", "fr", "fr"), s(0, 0, 1, 2, 0, 1, 2), 7}}},
		{"english, once", citingTimes("en", 1),
			[]rel{{1, langs("ar", "en", "fr", "fr", "fr"), s(0, 0, 0, 1, 2), 5}}},
		{"english, none", citingTimes("en", 0),
			[]rel{{1, langs("ar", "fr", "fr", "fr"), s(0, 0, 1, 2), 4}}},
		{"arabic, none", citingTimes("ar", 0),
			[]rel{{1, langs("fr", "fr", "fr"), s(0, 1, 2), 3}}},
		{"french, none", citingTimes("fr", 0), nil},
	}
	for _, st := range steps {
		for _, w := range []store.Writer{neo, emb} {
			if err := w.PutDocument(t.Context(), st.rec); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		cites := relsOf(`MATCH (:Document {id: 'A/74/9'})-[c:CITES]->(:Instrument {id: 'ga:res:1/1'})
			RETURN c.langs, c.starts, c.occurrences`)
		if diff := cmp.Diff(st.want, cites); diff != "" {
			t.Errorf("%s: CITES relationships (-want +got):\n%s", st.name, diff)
		}
		links := relsOf(`MATCH (:Body {key: 'zz-wg'})-[l:ESTABLISHED_BY]->(:Instrument {id: 'ga:res:1/1'})
			WHERE all(d IN l.docs WHERE d = 'A/74/9') RETURN l.langs, l.starts, l.occurrences`)
		if diff := cmp.Diff(st.want, links); diff != "" {
			t.Errorf("%s: ESTABLISHED_BY relationships (-want +got):\n%s", st.name, diff)
		}
		for _, r := range []struct {
			name string
			f    func(store.Reader) (any, error)
		}{
			{"Edges", func(r store.Reader) (any, error) {
				return r.Edges(t.Context(), store.EdgeQuery{Node: "A/74/9", Direction: store.Out})
			}},
			{"BodyLinks", func(r store.Reader) (any, error) {
				return r.BodyLinks(t.Context(), store.BodyLinkQuery{Instrument: cite.MustID("ga:res:1/1")})
			}},
			{"Stats", func(r store.Reader) (any, error) { return r.Stats(t.Context()) }},
		} {
			want, werr := r.f(emb)
			got, gerr := r.f(neo)
			if (werr == nil) != (gerr == nil) {
				t.Errorf("%s: %s: embedded error %v, Neo4j error %v", st.name, r.name, werr, gerr)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateComparable(cite.ID{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: %s (-embedded +neo4j):\n%s", st.name, r.name, diff)
			}
		}
	}
}

// TestMigrateV1: a database written with the version 1 model (one
// relationship per occurrence) is rewritten by Open as version 2, and
// answers as it did, with the counts of a version 2 ingest.
func TestMigrateV1(t *testing.T) {
	st := neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	fillSeeds(t, st)
	docs, instruments, err := neo4jtest.IDs(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	answers := func(r store.Reader) []any {
		t.Helper()
		var out []any
		add := func(v any, err error) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		add(r.Stats(t.Context()))
		for _, id := range docs {
			add(r.Edges(t.Context(), store.EdgeQuery{Node: id, Direction: store.Out, First: store.MaxPageSize}))
		}
		for _, id := range instruments {
			add(r.Edges(t.Context(), store.EdgeQuery{Node: id, Direction: store.In, First: store.MaxPageSize}))
			add(r.BodyLinks(t.Context(), store.BodyLinkQuery{Instrument: cite.MustID(id)}))
		}
		return out
	}
	want := answers(st)
	wantCounts, err := neo4jtest.Count(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The version 1 model, as the version 1 writer left it.
	for _, q := range []string{
		`MATCH (d)-[c:CITES]->(t) UNWIND range(0, size(c.langs) - 1) AS k
		CREATE (d)-[:CITES {relation: c.relation, toKind: c.toKind, lang: c.langs[k], text: c.texts[k], sentence: c.sentences[k],
			start: c.starts[k], end: c.ends[k], paragraph: c.paragraphs[k], seq: k}]->(t)
		WITH DISTINCT c DELETE c`,
		`MATCH (b)-[c:ESTABLISHED_BY]->(i) UNWIND range(0, size(c.langs) - 1) AS k
		CREATE (b)-[:ESTABLISHED_BY {relation: c.relation, doc: c.docs[k], lang: c.langs[k], text: c.texts[k], sentence: c.sentences[k],
			start: c.starts[k], end: c.ends[k], paragraph: c.paragraphs[k], seq: k}]->(i)
		WITH DISTINCT c DELETE c`,
		`MATCH (b)-[c:MANDATED_BY]->(i) UNWIND range(0, size(c.langs) - 1) AS k
		CREATE (b)-[:MANDATED_BY {relation: c.relation, doc: c.docs[k], lang: c.langs[k], text: c.texts[k], sentence: c.sentences[k],
			start: c.starts[k], end: c.ends[k], paragraph: c.paragraphs[k], seq: k}]->(i)
		WITH DISTINCT c DELETE c`,
		`CREATE INDEX citegraph_established_doc IF NOT EXISTS FOR ()-[r:ESTABLISHED_BY]-() ON (r.doc)`,
		`MATCH (s:CitegraphSchema) SET s.version = 1`,
	} {
		if err := neo4jtest.Run(t.Context(), cfg, q, nil); err != nil {
			t.Fatal(err)
		}
	}
	defer neo4jtest.Run(context.WithoutCancel(t.Context()), cfg, `DROP INDEX citegraph_established_doc IF EXISTS`, nil)
	v1, err := neo4jtest.Count(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if v1.Relationships["CITES"] <= wantCounts.Relationships["CITES"] {
		t.Fatalf("the version 1 graph has %d CITES, the version 2 graph %d: the seeds cite nothing twice?",
			v1.Relationships["CITES"], wantCounts.Relationships["CITES"])
	}
	migrated, err := neo4j.Open(t.Context(), cfg)
	if err != nil {
		t.Fatalf("Open of a version 1 database: %v", err)
	}
	defer migrated.Close()
	gotCounts, err := neo4jtest.Count(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantCounts, gotCounts); diff != "" {
		t.Errorf("counts after the migration (-ingested as version 2 +migrated):\n%s", diff)
	}
	if diff := cmp.Diff(want, answers(migrated), cmpopts.EquateComparable(cite.ID{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("answers after the migration (-before +after):\n%s", diff)
	}
	version, err := neo4jtest.Rows(t.Context(), cfg, `MATCH (s:CitegraphSchema) RETURN s.version`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]any{{int64(neo4j.SchemaVersion)}}, version); diff != "" {
		t.Errorf("schema version after the migration (-want +got):\n%s", diff)
	}
	index, err := neo4jtest.Rows(t.Context(), cfg, `SHOW INDEXES YIELD name WHERE name = 'citegraph_established_doc' RETURN name`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(index) != 0 {
		t.Errorf("the version 1 index on ESTABLISHED_BY.doc is still there after the migration")
	}
}

// TestImportedListsCompleted: neo4j-admin import reads a one-element list
// holding an empty string as no property; Open of a database citegraph has
// not opened yet puts such lists back, and the answers are the store's.
func TestImportedListsCompleted(t *testing.T) {
	st := neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	rec := citingTimes("en", 1)
	rec.Citations[0].SentenceStart, rec.Citations[0].SentenceEnd, rec.Citations[0].Snippet = 0, 0, ""
	if err := st.PutDocument(t.Context(), rec); err != nil {
		t.Fatal(err)
	}
	want, err := st.Edges(t.Context(), store.EdgeQuery{Node: "A/74/9"})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Edges) != 1 || len(want.Edges[0].Evidence) != 1 || want.Edges[0].Evidence[0].Sentence != "" {
		t.Fatalf("Edges = %+v, want one edge whose one occurrence has no sentence", want)
	}
	// As the import leaves it: no sentences; no schema node yet.
	for _, q := range []string{
		`MATCH ()-[c:CITES|ESTABLISHED_BY]->() REMOVE c.sentences`,
		`MATCH (s:CitegraphSchema) DELETE s`,
	} {
		if err := neo4jtest.Run(t.Context(), cfg, q, nil); err != nil {
			t.Fatal(err)
		}
	}
	opened, err := neo4j.Open(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer opened.Close()
	got, err := opened.Edges(t.Context(), store.EdgeQuery{Node: "A/74/9"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateComparable(cite.ID{})); diff != "" {
		t.Errorf("Edges after the lists were completed (-written +imported):\n%s", diff)
	}
	rows, err := neo4jtest.Rows(t.Context(), cfg, `MATCH ()-[c:CITES|ESTABLISHED_BY]->() RETURN c.sentences`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]any{{[]any{""}}, {[]any{""}}}, rows); diff != "" {
		t.Errorf("sentences after Open (-want +got):\n%s", diff)
	}
}

// TestConcurrentBodyLinks: documents written at once (as ingest does) that
// tie the same body to the same instrument all keep their passages in the
// one ESTABLISHED_BY relationship: its evidence lists are not lost to a
// concurrent update. Then each is emptied at once, and the link goes.
func TestConcurrentBodyLinks(t *testing.T) {
	st := neo4jtest.Open(t)
	cfg, _ := neo4jtest.Config()
	const docs, times = 16, 2
	put := func(n int) error {
		var g errgroup.Group
		for k := range docs {
			g.Go(func() error {
				rec := citingTimes("en", n)
				rec.Document.ID = fmt.Sprintf("A/74/%d", 100+k)
				rec.Document.Symbol = rec.Document.ID
				return st.PutDocument(t.Context(), rec)
			})
		}
		return g.Wait()
	}
	for _, step := range []struct {
		name string
		n    int
		want [][]any
	}{
		{"every document twice", times, [][]any{{int64(docs * times), int64(docs * times)}}},
		{"every document emptied", 0, nil},
	} {
		if err := put(step.n); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		rows, err := neo4jtest.Rows(t.Context(), cfg,
			`MATCH (:Body {key: 'zz-wg'})-[l:ESTABLISHED_BY]->() RETURN l.occurrences, size(l.docs)`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(step.want, rows); diff != "" {
			t.Errorf("%s: the ESTABLISHED_BY relationship's occurrences (-want +got):\n%s", step.name, diff)
		}
	}
}
