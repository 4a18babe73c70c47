// Package storetest is the conformance suite every store backend passes:
// the same records in, the same answers out. A backend's tests call Run
// with a function that opens an empty store. Its fixtures (Seed,
// Resolution, Citing) are records built by hand, so stores are tested
// without the extractor.
//
// Besides what store.go says, the suite pins these choices:
//
//   - The graph is what the latest write of each (document, language)
//     says: rewriting a version with fewer citations removes the dropped
//     edges, and instruments and cited-only documents nothing points at
//     any more are removed too.
//   - A document's metadata is store.MergeVersions of its versions', so
//     the order versions are written in does not matter; Lang is the
//     chosen version's. A cited-only document has ID, Symbol (= ID) and
//     Body.
//   - Instrument fields come from store.InstrumentFromTexts.
//   - Edge order compares strings bytewise: the other end's id, the
//     relation's name, then From. FromInstrument is the queried instrument
//     for Out of an instrument, else the smallest instrument From is the
//     text of.
//   - BodyLinks are ordered by body, instrument, relation; their evidence by
//     document, language, start.
//   - Cursors are store.EncodeCursor of the sort key; a cursor that does
//     not decode is ErrInvalid. Search cursors are tied to their query.
//   - Search: exact id, symbol, key, acronym or name first; then an
//     instrument's number, a symbol prefix at a separator, a body's name
//     words; then full text. Text ranking may differ between backends;
//     the suite checks only what must hold on every one.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
)

// Opener opens a new, empty store for one test; it arranges for the store
// to be closed when the test ends. A test is done with a store before it
// opens the next: a server backend has one database, which the next call
// may empty.
type Opener func(t *testing.T) store.Store

// Run runs the conformance suite against the stores open makes.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		f    func(*testing.T, Opener)
	}{
		{"Empty", testEmpty},
		{"Bodies", testBodies},
		{"Seed", testSeed},
		{"InstrumentText", testInstrumentText},
		{"VersionOrder", testVersionOrder},
		{"Idempotent", testIdempotent},
		{"Replace", testReplace},
		{"StubBecomesDocument", testStubBecomesDocument},
		{"NotFound", testNotFound},
		{"Invalid", testInvalid},
		{"Pagination", testPagination},
		{"RelationFilter", testRelationFilter},
		{"Search", testSearch},
		{"SearchPagination", testSearchPagination},
		{"SearchSyntax", testSearchSyntax},
		{"Canceled", testCanceled},
		{"Concurrency", testConcurrency},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.f(t, open) })
	}
}

func put(t *testing.T, s store.Store, recs ...store.Record) {
	t.Helper()
	for _, r := range recs {
		if err := s.PutDocument(t.Context(), r); err != nil {
			t.Fatalf("PutDocument(%s, %s): %v", r.Document.ID, r.Document.Lang, err)
		}
	}
}

func putBodies(t *testing.T, s store.Store) {
	t.Helper()
	if err := s.PutBodies(t.Context(), registry.Default().All()); err != nil {
		t.Fatalf("PutBodies: %v", err)
	}
}

// filled opens a store holding the registry, the seed and A/RES/55/25 in
// English, French and Chinese.
func filled(t *testing.T, open Opener) store.Store {
	s := open(t)
	putBodies(t, s)
	put(t, s, Seed(), Resolution("fr"), Resolution("en"), Resolution("zh"))
	return s
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// edges walks every page of q, size at a time.
func edges(t *testing.T, s store.Store, q store.EdgeQuery) []store.Edge {
	t.Helper()
	var all []store.Edge
	for range 10000 {
		p, err := s.Edges(t.Context(), q)
		if err != nil {
			t.Fatalf("Edges(%+v): %v", q, err)
		}
		all = append(all, p.Edges...)
		if !p.HasNextPage {
			return all
		}
		if len(p.Edges) == 0 {
			t.Fatalf("Edges(%+v): empty page with HasNextPage", q)
		}
		q.After = p.Edges[len(p.Edges)-1].Cursor
	}
	t.Fatalf("Edges(%+v): pages never end", q)
	return nil
}

func bodyLinks(t *testing.T, s store.Store, q store.BodyLinkQuery) []store.BodyLink {
	t.Helper()
	ls, err := s.BodyLinks(t.Context(), q)
	if err != nil {
		t.Fatalf("BodyLinks(%+v): %v", q, err)
	}
	return ls
}

func search(t *testing.T, s store.Store, q string) store.SearchPage {
	t.Helper()
	p, err := s.Search(t.Context(), store.SearchQuery{Text: q, First: store.MaxPageSize})
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return p
}

// eq compares ids by value, and nil and empty alike.
var eq = cmp.Options{cmpopts.EquateComparable(cite.ID{}), cmpopts.EquateEmpty()}

// ignoreCursors compares pages without their opaque cursors.
var ignoreCursors = cmp.Options{
	eq,
	cmpopts.IgnoreFields(store.Edge{}, "Cursor"),
	cmpopts.IgnoreFields(store.SearchHit{}, "Cursor"),
}

func ev(rec store.Record, i int) store.Evidence {
	c := rec.Citations[i]
	return store.Evidence{
		Document: rec.Document.ID, Lang: rec.Document.Lang, Text: c.Text, Sentence: c.Snippet,
		Start: c.Start, End: c.End, Paragraph: c.Paragraph,
	}
}

func testEmpty(t *testing.T, open Opener) {
	s := open(t)
	if err := s.Ping(t.Context()); err != nil {
		t.Errorf("Ping: %v", err)
	}
	if diff := cmp.Diff(store.Stats{}, stats(t, s)); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
	bs, err := s.Bodies(t.Context())
	if err != nil || len(bs) != 0 {
		t.Errorf("Bodies = %v, %v; want none", bs, err)
	}
	if p := search(t, s, "resolution"); len(p.Hits) != 0 || p.TotalCount != 0 || p.HasNextPage {
		t.Errorf("Search on an empty store = %+v, want nothing", p)
	}
}

func testBodies(t *testing.T, open Opener) {
	s := open(t)
	putBodies(t, s)
	putBodies(t, s)
	want := registry.Default().All()
	slices.SortFunc(want, func(a, b cite.Body) int { return strings.Compare(a.Key, b.Key) })
	got, err := s.Bodies(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, eq); diff != "" {
		t.Errorf("Bodies (-want +got):\n%s", diff)
	}
	for _, b := range want {
		got, err := s.Body(t.Context(), b.Key)
		if err != nil {
			t.Fatalf("Body(%s): %v", b.Key, err)
		}
		if diff := cmp.Diff(b, got, eq); diff != "" {
			t.Errorf("Body(%s) (-want +got):\n%s", b.Key, diff)
		}
	}
	if got := stats(t, s).Bodies; got != len(want) {
		t.Errorf("Stats.Bodies = %d, want %d", got, len(want))
	}
	// Updating replaces the entry.
	wg2, _ := registry.Default().Body("untoc-cop-wg2")
	wg2.Acronyms = []string{"WGTA"}
	wg2.Names = map[string]string{"en": "Technical assistance working group"}
	if err := s.PutBodies(t.Context(), []cite.Body{wg2}); err != nil {
		t.Fatal(err)
	}
	got1, err := s.Body(t.Context(), wg2.Key)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wg2, got1, eq); diff != "" {
		t.Errorf("Body after update (-want +got):\n%s", diff)
	}
	if got := stats(t, s).Bodies; got != len(want) {
		t.Errorf("Stats.Bodies after update = %d, want %d", got, len(want))
	}
}

func testSeed(t *testing.T, open Opener) {
	s := open(t)
	putBodies(t, s)
	rec := Seed()
	put(t, s, rec)
	ctx := t.Context()

	if diff := cmp.Diff(store.Stats{Documents: 1, Instruments: 3, Bodies: len(registry.Default().All()), Citations: 8, Edges: 8},
		stats(t, s)); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}

	wantDoc := rec.Document
	wantDoc.Versions = []cite.Version{{Lang: "fr", Hash: SeedID}}
	got, err := s.Document(ctx, SeedID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantDoc, got, eq); diff != "" {
		t.Errorf("Document(seed) (-want +got):\n%s", diff)
	}
	stub, err := s.Document(ctx, "CTOC/COP/WG.2/2017/4")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(cite.Document{ID: "CTOC/COP/WG.2/2017/4", Symbol: "CTOC/COP/WG.2/2017/4", Body: "untoc-cop-wg2"},
		stub, eq); diff != "" {
		t.Errorf("Document(cited only) (-want +got):\n%s", diff)
	}
	for _, id := range []string{"untoc-cop:dec:2/6", "untoc-cop:dec:3/2", "untoc-cop:res:7/1"} {
		got, err := s.Instrument(ctx, cite.MustID(id))
		if err != nil {
			t.Fatalf("Instrument(%s): %v", id, err)
		}
		if diff := cmp.Diff(store.InstrumentInfo{Instrument: cite.Instrument{ID: cite.MustID(id)}}, got,
			eq); diff != "" {
			t.Errorf("Instrument(%s) (-want +got):\n%s", id, diff)
		}
	}

	edge := func(to string, kind cite.Kind, rel cite.Relation, i int) store.Edge {
		return store.Edge{From: SeedID, To: to, ToKind: kind, Relation: rel, Evidence: []store.Evidence{ev(rec, i)}}
	}
	wantOut := []store.Edge{
		edge("CTOC/COP/2018/1", cite.KindDocument, cite.Cites, 7),
		edge("CTOC/COP/WG.2/2017/4", cite.KindDocument, cite.Cites, 3),
		edge("CTOC/COP/WG.2/2018/3", cite.KindDocument, cite.Cites, 5),
		edge("CTOC/COP/WG.3/2017/4", cite.KindDocument, cite.Cites, 4),
		edge("CTOC/COP/WG.3/2018/3", cite.KindDocument, cite.Cites, 6),
		edge("untoc-cop:dec:2/6", cite.KindDecision, cite.Establishes, 0),
		edge("untoc-cop:dec:3/2", cite.KindDecision, cite.Establishes, 1),
		edge("untoc-cop:res:7/1", cite.KindResolution, cite.Mandates, 2),
	}
	p, err := s.Edges(ctx, store.EdgeQuery{Node: SeedID, Direction: store.Out})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(store.EdgePage{Edges: wantOut, TotalCount: 8}, p, ignoreCursors); diff != "" {
		t.Errorf("Edges(seed, Out) (-want +got):\n%s", diff)
	}
	const frenchSentence = "Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a été créé en " +
		"application de la décision 2/6 de la Conférence des Parties à la Convention des Nations Unies contre la " +
		"criminalité transnationale organisée."
	in := edges(t, s, store.EdgeQuery{Node: "untoc-cop:dec:2/6", Direction: store.In})
	if diff := cmp.Diff([]store.Edge{wantOut[5]}, in, ignoreCursors); diff != "" {
		t.Errorf("Edges(dec 2/6, In) (-want +got):\n%s", diff)
	}
	if len(in) == 1 && in[0].Evidence[0].Sentence != frenchSentence {
		t.Errorf("evidence of dec 2/6 = %q, want %q", in[0].Evidence[0].Sentence, frenchSentence)
	}
	if got := edges(t, s, store.EdgeQuery{Node: "CTOC/COP/WG.3/2018/3", Direction: store.In}); len(got) != 1 || got[0].From != SeedID {
		t.Errorf("Edges(CTOC/COP/WG.3/2018/3, In) = %+v, want the seed's citation", got)
	}
	if got := edges(t, s, store.EdgeQuery{Node: "untoc-cop:dec:2/6", Direction: store.Out}); len(got) != 0 {
		t.Errorf("Edges(dec 2/6, Out) = %+v, want none (no text)", got)
	}

	link := func(body, in string, rel cite.Relation, i int) store.BodyLink {
		return store.BodyLink{Body: body, Instrument: cite.MustID(in), Relation: rel, Evidence: []store.Evidence{ev(rec, i)}}
	}
	for _, tc := range []struct {
		name string
		q    store.BodyLinkQuery
		want []store.BodyLink
	}{
		{"wg2", store.BodyLinkQuery{Body: "untoc-cop-wg2"}, []store.BodyLink{
			link("untoc-cop-wg2", "untoc-cop:dec:2/6", cite.Establishes, 0),
			link("untoc-cop-wg2", "untoc-cop:res:7/1", cite.Mandates, 2),
		}},
		{"wg3", store.BodyLinkQuery{Body: "untoc-cop-wg3"}, []store.BodyLink{
			link("untoc-cop-wg3", "untoc-cop:dec:3/2", cite.Establishes, 1),
			link("untoc-cop-wg3", "untoc-cop:res:7/1", cite.Mandates, 2),
		}},
		{"res 7/1", store.BodyLinkQuery{Instrument: cite.MustID("untoc-cop:res:7/1")}, []store.BodyLink{
			link("untoc-cop-wg2", "untoc-cop:res:7/1", cite.Mandates, 2),
			link("untoc-cop-wg3", "untoc-cop:res:7/1", cite.Mandates, 2),
		}},
		{"dec 2/6", store.BodyLinkQuery{Instrument: cite.MustID("untoc-cop:dec:2/6")}, []store.BodyLink{
			link("untoc-cop-wg2", "untoc-cop:dec:2/6", cite.Establishes, 0),
		}},
		{"a body with none", store.BodyLinkQuery{Body: "sc"}, nil},
	} {
		t.Run("BodyLinks/"+tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, bodyLinks(t, s, tc.q), eq); diff != "" {
				t.Errorf("BodyLinks(%+v) (-want +got):\n%s", tc.q, diff)
			}
		})
	}
	if tr, ok := s.(store.TextOfReader); ok {
		ids, err := tr.TextOf(ctx, SeedID)
		if err != nil || len(ids) != 0 {
			t.Errorf("TextOf(seed) = %v, %v; want none", ids, err)
		}
	}
}

func testInstrumentText(t *testing.T, open Opener) {
	s := filled(t, open)
	ctx := t.Context()
	en, fr, zh := Resolution("en"), Resolution("fr"), Resolution("zh")
	res := cite.MustID("ga:res:55/25")

	info, err := s.Instrument(ctx, res)
	if err != nil {
		t.Fatal(err)
	}
	want := store.InstrumentInfo{
		Instrument: cite.Instrument{ID: res, Title: en.Document.Title, Session: "55"},
		Texts:      []string{ResolutionID},
	}
	if diff := cmp.Diff(want, info, eq); diff != "" {
		t.Errorf("Instrument(55/25) (-want +got):\n%s", diff)
	}
	if tr, ok := s.(store.TextOfReader); ok {
		ids, err := tr.TextOf(ctx, ResolutionID)
		if err != nil || len(ids) != 1 || ids[0] != res {
			t.Errorf("TextOf(%s) = %v, %v; want [%s]", ResolutionID, ids, err, res)
		}
	}
	ids, err := store.DocumentTextOf(ctx, s, ResolutionID)
	if err != nil || len(ids) != 1 || ids[0] != res {
		t.Errorf("DocumentTextOf(%s) = %v, %v; want [%s]", ResolutionID, ids, err, res)
	}

	// The edges of every language are one edge, evidence by language then offset.
	evs := func(i ...int) []store.Evidence {
		var out []store.Evidence
		for _, r := range []store.Record{en, fr, zh} {
			for _, j := range i {
				out = append(out, ev(r, j))
			}
		}
		return out
	}
	wantOut := []store.Edge{
		{From: ResolutionID, FromInstrument: res.String(), To: "A/AC.254/34", ToKind: cite.KindDocument, Relation: cite.Cites, Evidence: evs(3)},
		{From: ResolutionID, FromInstrument: res.String(), To: "ga:res:53/111", ToKind: cite.KindResolution, Relation: cite.Recalls, Evidence: evs(0, 2)},
		{From: ResolutionID, FromInstrument: res.String(), To: "ga:res:54/126", ToKind: cite.KindResolution, Relation: cite.Recalls, Evidence: evs(1)},
	}
	for _, node := range []string{ResolutionID, res.String()} {
		got := edges(t, s, store.EdgeQuery{Node: node, Direction: store.Out, First: 2})
		if diff := cmp.Diff(wantOut, got, ignoreCursors); diff != "" {
			t.Errorf("Edges(%s, Out) (-want +got):\n%s", node, diff)
		}
	}
	got := edges(t, s, store.EdgeQuery{Node: "ga:res:53/111", Direction: store.In})
	if diff := cmp.Diff(wantOut[1:2], got, ignoreCursors); diff != "" {
		t.Errorf("Edges(53/111, In) (-want +got):\n%s", diff)
	}
	if got := edges(t, s, store.EdgeQuery{Node: res.String(), Direction: store.In}); len(got) != 0 {
		t.Errorf("Edges(55/25, In) = %+v, want none", got)
	}
	if diff := cmp.Diff(store.Stats{Documents: 2, Instruments: 6, Bodies: len(registry.Default().All()), Citations: 8 + 12, Edges: 8 + 3},
		stats(t, s)); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

// testVersionOrder checks that a document's metadata comes from its
// original-language version whatever order the versions came in.
func testVersionOrder(t *testing.T, open Opener) {
	orders := [][]string{{"en", "fr", "zh"}, {"zh", "fr", "en"}, {"fr", "zh", "en"}}
	var first cite.Document
	for i, order := range orders {
		s := open(t)
		for _, l := range order {
			put(t, s, Resolution(l))
		}
		got, err := s.Document(t.Context(), ResolutionID)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = got
			want := Resolution("en").Document
			want.Versions = []cite.Version{
				{Lang: "en", Hash: cite.HashID([]byte(resEN))},
				{Lang: "fr", Hash: cite.HashID([]byte(resFR))},
				{Lang: "zh", Hash: cite.HashID([]byte(resZH))},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Document(%s) (-want +got):\n%s", ResolutionID, diff)
			}
			continue
		}
		if diff := cmp.Diff(first, got); diff != "" {
			t.Errorf("Document(%s) written in order %v (-want +got):\n%s", ResolutionID, order, diff)
		}
	}
}

// answers is what a store says about the fixtures, to compare two states.
type answers struct {
	Stats     store.Stats
	Documents []cite.Document
	Edges     [][]store.Edge
	Links     [][]store.BodyLink
	Searches  []store.SearchPage
}

func answer(t *testing.T, s store.Store) answers {
	t.Helper()
	var a answers
	a.Stats = stats(t, s)
	for _, id := range []string{SeedID, ResolutionID, "CTOC/COP/2018/1", "A/AC.254/34"} {
		d, err := s.Document(t.Context(), id)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("Document(%s): %v", id, err)
		}
		a.Documents = append(a.Documents, d)
	}
	for _, n := range []string{SeedID, ResolutionID, "ga:res:55/25", "ga:res:53/111", "untoc-cop:res:7/1", "CTOC/COP/2018/1"} {
		for _, d := range []store.Direction{store.Out, store.In} {
			p, err := s.Edges(t.Context(), store.EdgeQuery{Node: n, Direction: d, First: store.MaxPageSize})
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("Edges(%s): %v", n, err)
			}
			a.Edges = append(a.Edges, p.Edges)
		}
	}
	for _, b := range []string{"untoc-cop-wg2", "untoc-cop-wg3"} {
		a.Links = append(a.Links, bodyLinks(t, s, store.BodyLinkQuery{Body: b}))
	}
	for _, q := range []string{"décision 2/6", "coopération internationale", "决议", "CTOC/COP"} {
		a.Searches = append(a.Searches, search(t, s, q))
	}
	return a
}

func testIdempotent(t *testing.T, open Opener) {
	s := filled(t, open)
	before := answer(t, s)
	put(t, s, Seed(), Resolution("zh"), Resolution("en"), Resolution("fr"), Seed())
	putBodies(t, s)
	if diff := cmp.Diff(before, answer(t, s), eq); diff != "" {
		t.Errorf("answers after writing everything again (-before +after):\n%s", diff)
	}
}

func testReplace(t *testing.T, open Opener) {
	s := open(t)
	putBodies(t, s)
	put(t, s, Seed())
	fewer := Seed()
	fewer.Citations = fewer.Citations[:2] // drops res 7/1 and every document
	put(t, s, fewer)

	if diff := cmp.Diff(store.Stats{Documents: 1, Instruments: 2, Bodies: len(registry.Default().All()), Citations: 2, Edges: 2},
		stats(t, s)); diff != "" {
		t.Errorf("Stats after dropping citations (-want +got):\n%s", diff)
	}
	if got := edges(t, s, store.EdgeQuery{Node: SeedID, Direction: store.Out}); len(got) != 2 {
		t.Errorf("Edges(seed, Out) = %d edges, want 2", len(got))
	}
	for _, id := range []string{"CTOC/COP/2018/1", "CTOC/COP/WG.2/2017/4"} {
		if _, err := s.Document(t.Context(), id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Document(%s) no longer cited: err = %v, want ErrNotFound", id, err)
		}
	}
	if _, err := s.Instrument(t.Context(), cite.MustID("untoc-cop:res:7/1")); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Instrument(res 7/1) no longer cited: err = %v, want ErrNotFound", err)
	}
	links := bodyLinks(t, s, store.BodyLinkQuery{Body: "untoc-cop-wg2"})
	if len(links) != 1 || links[0].Instrument.String() != "untoc-cop:dec:2/6" {
		t.Errorf("BodyLinks(wg2) = %+v, want only dec 2/6", links)
	}
	replaced := answer(t, s)
	// A relation that changes is the old edge gone and a new one there.
	changed := Seed()
	changed.Citations[0].Relation = cite.Recalls
	put(t, s, changed)
	got := edges(t, s, store.EdgeQuery{Node: "untoc-cop:dec:2/6", Direction: store.In})
	if len(got) != 1 || got[0].Relation != cite.Recalls {
		t.Errorf("Edges(dec 2/6, In) after the relation changed = %+v, want one recalls edge", got)
	}
	// The graph is what the latest version says, whatever came before.
	// (s is done with: a server backend's next store may be the same
	// database, emptied.)
	fresh := open(t)
	putBodies(t, fresh)
	put(t, fresh, fewer)
	if diff := cmp.Diff(answer(t, fresh), replaced, eq); diff != "" {
		t.Errorf("answers after replacing vs. writing only the latest (-fresh +replaced):\n%s", diff)
	}
}

func testStubBecomesDocument(t *testing.T, open Opener) {
	s := open(t)
	put(t, s, Seed())
	full := Citing("CTOC/COP/2018/1", []cite.Relation{cite.Cites}, "CTOC/COP/WG.2/2017/4")
	full.Document.Body = "untoc-cop"
	put(t, s, full, Seed())
	d, err := s.Document(t.Context(), "CTOC/COP/2018/1")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != full.Document.Title || d.Body != "untoc-cop" || len(d.Versions) != 1 || d.Versions[0].Lang != "en" {
		t.Errorf("Document(CTOC/COP/2018/1) = %+v, want the full document", d)
	}
	if st := stats(t, s); st.Documents != 2 {
		t.Errorf("Stats.Documents = %d, want 2", st.Documents)
	}
	in := edges(t, s, store.EdgeQuery{Node: "CTOC/COP/2018/1", Direction: store.In})
	if len(in) != 1 || in[0].From != SeedID {
		t.Errorf("Edges(CTOC/COP/2018/1, In) = %+v, want the seed's citation", in)
	}
	in = edges(t, s, store.EdgeQuery{Node: "CTOC/COP/WG.2/2017/4", Direction: store.In})
	if len(in) != 2 {
		t.Errorf("Edges(CTOC/COP/WG.2/2017/4, In) = %d edges, want 2", len(in))
	}
	// Dropping the citation of a full document keeps the document.
	fewer := Seed()
	fewer.Citations = fewer.Citations[:3]
	put(t, s, fewer)
	if _, err := s.Document(t.Context(), "CTOC/COP/2018/1"); err != nil {
		t.Errorf("Document(CTOC/COP/2018/1) after it is no longer cited: %v", err)
	}
}

func testNotFound(t *testing.T, open Opener) {
	s := filled(t, open)
	ctx := t.Context()
	missing := cite.MustID("ga:res:1/1")
	tests := []struct {
		name string
		call func() error
	}{
		{"Document", func() error { _, err := s.Document(ctx, "A/RES/1/1"); return err }},
		{"Instrument", func() error { _, err := s.Instrument(ctx, missing); return err }},
		{"Body", func() error { _, err := s.Body(ctx, "nobody"); return err }},
		{"Edges out", func() error { _, err := s.Edges(ctx, store.EdgeQuery{Node: "A/RES/1/1"}); return err }},
		{"Edges in", func() error {
			_, err := s.Edges(ctx, store.EdgeQuery{Node: missing.String(), Direction: store.In})
			return err
		}},
		{"BodyLinks body", func() error { _, err := s.BodyLinks(ctx, store.BodyLinkQuery{Body: "nobody"}); return err }},
		{"BodyLinks instrument", func() error { _, err := s.BodyLinks(ctx, store.BodyLinkQuery{Instrument: missing}); return err }},
		{"DocumentTextOf", func() error { _, err := store.DocumentTextOf(ctx, s, "A/RES/1/1"); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
	}
}

func testInvalid(t *testing.T, open Opener) {
	s := filled(t, open)
	ctx := t.Context()
	before := stats(t, s)
	seed := Seed()
	noID := Seed()
	noID.Document.ID = ""
	noLang := Seed()
	noLang.Document.Lang = ""
	badSpan := Seed()
	badSpan.Citations[7].End = len(badSpan.Text) + 1
	badID := Seed()
	badID.Citations[7] = cite.Citation{ID: "nonsense", Kind: cite.KindResolution}
	badSubject := Seed()
	badSubject.Citations[0].Subjects = []string{"Not A Key"}
	wrongKind := store.EdgeQuery{Node: SeedID}
	p, err := s.Edges(ctx, store.EdgeQuery{Node: SeedID, First: 1})
	if err != nil {
		t.Fatal(err)
	}
	otherCursor := p.Edges[0].Cursor
	sp, err := s.Search(ctx, store.SearchQuery{Text: "coopération", First: 1})
	if err != nil || len(sp.Hits) == 0 {
		t.Fatalf("Search: %v, %+v", err, sp)
	}
	tests := []struct {
		name string
		call func() error
	}{
		{"PutDocument no id", func() error { return s.PutDocument(ctx, noID) }},
		{"PutDocument no language", func() error { return s.PutDocument(ctx, noLang) }},
		{"PutDocument span outside text", func() error { return s.PutDocument(ctx, badSpan) }},
		{"PutDocument bad instrument id", func() error { return s.PutDocument(ctx, badID) }},
		{"PutDocument bad subject", func() error { return s.PutDocument(ctx, badSubject) }},
		{"PutBodies bad key", func() error {
			return s.PutBodies(ctx, []cite.Body{{Key: "Bad Key", Names: map[string]string{"en": "x"}}})
		}},
		{"Edges empty node", func() error { _, err := s.Edges(ctx, store.EdgeQuery{}); return err }},
		{"Edges page too big", func() error {
			_, err := s.Edges(ctx, store.EdgeQuery{Node: SeedID, First: store.MaxPageSize + 1})
			return err
		}},
		{"Edges garbage cursor", func() error { _, err := s.Edges(ctx, store.EdgeQuery{Node: SeedID, After: "%%%"}); return err }},
		{"Edges base64 cursor", func() error { _, err := s.Edges(ctx, store.EdgeQuery{Node: SeedID, After: "bm9wZQ"}); return err }},
		{"Edges search cursor", func() error {
			_, err := s.Edges(ctx, store.EdgeQuery{Node: SeedID, After: sp.Hits[0].Cursor})
			return err
		}},
		{"Edges unknown relation", func() error {
			_, err := s.Edges(ctx, store.EdgeQuery{Node: SeedID, Relations: []cite.Relation{"adores"}})
			return err
		}},
		{"Edges bad direction", func() error {
			q := wrongKind
			q.Direction = 7
			_, err := s.Edges(ctx, q)
			return err
		}},
		{"BodyLinks neither", func() error { _, err := s.BodyLinks(ctx, store.BodyLinkQuery{}); return err }},
		{"BodyLinks both", func() error {
			_, err := s.BodyLinks(ctx, store.BodyLinkQuery{Body: "ga", Instrument: cite.MustID("ga:res:55/25")})
			return err
		}},
		{"Instrument zero id", func() error { _, err := s.Instrument(ctx, cite.ID{}); return err }},
		{"Search page too big", func() error {
			_, err := s.Search(ctx, store.SearchQuery{Text: "x", First: store.MaxPageSize + 1})
			return err
		}},
		{"Search garbage cursor", func() error { _, err := s.Search(ctx, store.SearchQuery{Text: "x", After: "!!"}); return err }},
		{"Search edge cursor", func() error { _, err := s.Search(ctx, store.SearchQuery{Text: "x", After: otherCursor}); return err }},
		{"Search cursor of another query", func() error {
			_, err := s.Search(ctx, store.SearchQuery{Text: "résolution", After: sp.Hits[0].Cursor})
			return err
		}},
		{"Search too long", func() error {
			_, err := s.Search(ctx, store.SearchQuery{Text: strings.Repeat("é", store.MaxSearchRunes+1)})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, store.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
	if diff := cmp.Diff(before, stats(t, s)); diff != "" {
		t.Errorf("Stats after invalid writes (-want +got):\n%s", diff)
	}
	if d, err := s.Document(ctx, SeedID); err != nil || len(d.Versions) != 1 || d.Versions[0].Hash != cite.HashID([]byte(seed.Text)) {
		t.Errorf("Document(seed) after invalid writes = %+v, %v", d, err)
	}
}

func testPagination(t *testing.T, open Opener) {
	s := open(t)
	var targets []string
	for i := range 31 {
		targets = append(targets, fmt.Sprintf("ga:res:70/%d", 100+i*7%31))
		if i%5 == 0 {
			targets = append(targets, fmt.Sprintf("A/%d/PAGE", 70+i))
		}
	}
	rels := []cite.Relation{cite.Recalls, cite.Cites, cite.Pursuant}
	put(t, s, Citing("A/70/1", rels, targets...))
	var citers []string
	for i := range 23 {
		id := fmt.Sprintf("A/71/%d", (i*5)%23+1)
		citers = append(citers, id)
		put(t, s, Citing(id, []cite.Relation{[]cite.Relation{cite.Recalls, cite.Reaffirms}[i%2]}, "ga:res:70/100"))
	}
	slices.Sort(citers)
	for _, tt := range []struct {
		name string
		q    store.EdgeQuery
		n    int
	}{
		{"out", store.EdgeQuery{Node: "A/70/1", Direction: store.Out}, len(targets) * len(rels)},
		{"in", store.EdgeQuery{Node: "ga:res:70/100", Direction: store.In}, len(citers) + len(rels)},
		{"out filtered", store.EdgeQuery{Node: "A/70/1", Relations: []cite.Relation{cite.Pursuant, cite.Cites}}, len(targets) * 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.q
			q.First = store.MaxPageSize
			one, err := s.Edges(t.Context(), q)
			if err != nil {
				t.Fatal(err)
			}
			if len(one.Edges) != tt.n || one.TotalCount != tt.n || one.HasNextPage {
				t.Fatalf("one page: %d edges, total %d, next %v; want %d, %d, false",
					len(one.Edges), one.TotalCount, one.HasNextPage, tt.n, tt.n)
			}
			if !slices.IsSortedFunc(one.Edges, func(a, b store.Edge) int {
				ka, kb := a.To, b.To
				if q.Direction == store.In {
					ka, kb = a.From, b.From
				}
				return cmpKeys(ka, kb, string(a.Relation), string(b.Relation), a.From, b.From)
			}) {
				t.Errorf("edges not ordered by the other end, then relation, then From")
			}
			for _, size := range []int{1, 4, 7, tt.n} {
				q.First = size
				var walked []store.Edge
				for {
					p, err := s.Edges(t.Context(), q)
					if err != nil {
						t.Fatal(err)
					}
					if p.TotalCount != tt.n {
						t.Errorf("page size %d: TotalCount = %d, want %d", size, p.TotalCount, tt.n)
					}
					if len(p.Edges) > size {
						t.Fatalf("page size %d: %d edges", size, len(p.Edges))
					}
					walked = append(walked, p.Edges...)
					if !p.HasNextPage {
						break
					}
					q.After = p.Edges[len(p.Edges)-1].Cursor
				}
				q.After = ""
				if diff := cmp.Diff(one.Edges, walked); diff != "" {
					t.Errorf("pages of %d vs one page (-one +walked):\n%s", size, diff)
				}
			}
		})
	}
	p, err := s.Edges(t.Context(), store.EdgeQuery{Node: "A/70/1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Edges) != store.DefaultPageSize || !p.HasNextPage {
		t.Errorf("First 0: %d edges, next %v; want %d, true", len(p.Edges), p.HasNextPage, store.DefaultPageSize)
	}
	last, err := s.Edges(t.Context(), store.EdgeQuery{Node: "A/70/1", First: 3, After: p.Edges[len(p.Edges)-1].Cursor})
	if err != nil {
		t.Fatal(err)
	}
	if len(last.Edges) != 3 {
		t.Errorf("page after the default page: %d edges, want 3", len(last.Edges))
	}
}

func cmpKeys(a1, b1, a2, b2, a3, b3 string) int {
	if c := strings.Compare(a1, b1); c != 0 {
		return c
	}
	if c := strings.Compare(a2, b2); c != 0 {
		return c
	}
	return strings.Compare(a3, b3)
}

func testRelationFilter(t *testing.T, open Opener) {
	s := filled(t, open)
	for _, tt := range []struct {
		name string
		rels []cite.Relation
		want []string
	}{
		{"all", nil, []string{"CTOC/COP/2018/1", "CTOC/COP/WG.2/2017/4", "CTOC/COP/WG.2/2018/3", "CTOC/COP/WG.3/2017/4",
			"CTOC/COP/WG.3/2018/3", "untoc-cop:dec:2/6", "untoc-cop:dec:3/2", "untoc-cop:res:7/1"}},
		{"establishes", []cite.Relation{cite.Establishes}, []string{"untoc-cop:dec:2/6", "untoc-cop:dec:3/2"}},
		{"mandates and establishes", []cite.Relation{cite.Mandates, cite.Establishes},
			[]string{"untoc-cop:dec:2/6", "untoc-cop:dec:3/2", "untoc-cop:res:7/1"}},
		{"cites", []cite.Relation{cite.Cites}, []string{"CTOC/COP/2018/1", "CTOC/COP/WG.2/2017/4", "CTOC/COP/WG.2/2018/3",
			"CTOC/COP/WG.3/2017/4", "CTOC/COP/WG.3/2018/3"}},
		{"none there", []cite.Relation{cite.Ends}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Edges(t.Context(), store.EdgeQuery{Node: SeedID, Relations: tt.rels})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range p.Edges {
				got = append(got, e.To)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" || p.TotalCount != len(tt.want) {
				t.Errorf("targets (-want +got):\n%s\nTotalCount = %d", diff, p.TotalCount)
			}
		})
	}
}

func testSearch(t *testing.T, open Opener) {
	s := filled(t, open)
	type want struct {
		kind    store.HitKind
		id      string
		lang    string // "" for any
		snippet string // a substring of the snippet, "" for any
	}
	tests := []struct {
		name  string
		q     string
		first *want // the best hit
		has   []want
		none  bool
	}{
		{name: "instrument by id", q: "untoc-cop:dec:2/6", first: &want{kind: store.HitInstrument, id: "untoc-cop:dec:2/6"}},
		{name: "instrument id prefix", q: "untoc-cop:dec:", first: &want{kind: store.HitInstrument, id: "untoc-cop:dec:2/6"},
			has: []want{{kind: store.HitInstrument, id: "untoc-cop:dec:3/2"}}},
		{name: "decision and number", q: "decision 2/6", first: &want{kind: store.HitInstrument, id: "untoc-cop:dec:2/6"}},
		{name: "décision in French", q: "décision 3/2", first: &want{kind: store.HitInstrument, id: "untoc-cop:dec:3/2"}},
		{name: "number alone", q: "2/6", first: &want{kind: store.HitInstrument, id: "untoc-cop:dec:2/6"}},
		{name: "GA number", q: "55/25", first: &want{kind: store.HitInstrument, id: "ga:res:55/25"}},
		{name: "GA resolution with body", q: "GA resolution 53/111", first: &want{kind: store.HitInstrument, id: "ga:res:53/111"}},
		{name: "Chinese instrument", q: "第54/126号决议", first: &want{kind: store.HitInstrument, id: "ga:res:54/126"}},
		{name: "symbol", q: "A/RES/55/25", first: &want{kind: store.HitDocument, id: ResolutionID}},
		{name: "symbol in lower case", q: "a/res/55/25", first: &want{kind: store.HitDocument, id: ResolutionID}},
		{name: "symbol prefix", q: "CTOC/COP/WG.2", first: &want{kind: store.HitDocument, id: "CTOC/COP/WG.2/2017/4"},
			has: []want{{kind: store.HitDocument, id: "CTOC/COP/WG.2/2018/3"}}},
		{name: "French words", q: "coopération internationale", has: []want{{kind: store.HitDocument, id: SeedID, lang: "fr", snippet: "coopération"}}},
		{name: "accents folded", q: "COOPERATION INTERNATIONALE", has: []want{{kind: store.HitDocument, id: SeedID, lang: "fr"}}},
		{name: "accents added", q: "créé", has: []want{{kind: store.HitDocument, id: SeedID, lang: "fr", snippet: "créé"}}},
		{name: "English words", q: "ad hoc committee", first: &want{kind: store.HitDocument, id: ResolutionID, lang: "en", snippet: "Committee"}},
		{name: "title words", q: "Transnational Organized Crime", has: []want{{kind: store.HitDocument, id: ResolutionID, lang: "en"}}},
		{name: "Chinese two characters", q: "决议", has: []want{{kind: store.HitDocument, id: ResolutionID, lang: "zh", snippet: "决议"}}},
		{name: "Chinese substring of title", q: "有组织犯罪", has: []want{{kind: store.HitDocument, id: ResolutionID, lang: "zh", snippet: "有组织犯罪"}}},
		{name: "Chinese one character", q: "罪", has: []want{{kind: store.HitDocument, id: ResolutionID, lang: "zh"}}},
		{name: "Chinese and digits", q: "特设委员会 A/AC.254/34", has: []want{{kind: store.HitDocument, id: ResolutionID, lang: "zh"}}},
		{name: "body by acronym", q: "ECOSOC", first: &want{kind: store.HitBody, id: "ecosoc"}},
		{name: "body by key", q: "untoc-cop-wg2", first: &want{kind: store.HitBody, id: "untoc-cop-wg2"}},
		{name: "body by Spanish name", q: "Asamblea General", first: &want{kind: store.HitBody, id: "ga", lang: "es", snippet: "Asamblea General"}},
		{name: "body by Russian name", q: "генеральная ассамблея", first: &want{kind: store.HitBody, id: "ga", lang: "ru"}},
		{name: "body by Chinese name", q: "大会", first: &want{kind: store.HitBody, id: "ga", lang: "zh"},
			has: []want{{kind: store.HitDocument, id: ResolutionID, lang: "zh"}}},
		{name: "body by French words", q: "assistance technique", has: []want{
			{kind: store.HitBody, id: "untoc-cop-wg2", lang: "fr"},
			{kind: store.HitDocument, id: SeedID, lang: "fr"},
		}},
		{name: "nothing", q: "xyzzy plugh", none: true},
		{name: "blank", q: "   ", none: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := search(t, s, tt.q)
			again := search(t, s, tt.q)
			if diff := cmp.Diff(p, again); diff != "" {
				t.Errorf("the same search twice (-first +second):\n%s", diff)
			}
			if tt.none {
				if len(p.Hits) != 0 || p.TotalCount != 0 {
					t.Errorf("Search(%q) = %+v, want nothing", tt.q, p.Hits)
				}
				return
			}
			if p.TotalCount != len(p.Hits) {
				t.Errorf("TotalCount = %d, want %d", p.TotalCount, len(p.Hits))
			}
			match := func(h store.SearchHit, w want) bool {
				return h.Kind == w.kind && h.ID == w.id && (w.lang == "" || h.Lang == w.lang) &&
					strings.Contains(strings.ToLower(h.Snippet), strings.ToLower(w.snippet))
			}
			if tt.first != nil && (len(p.Hits) == 0 || !match(p.Hits[0], *tt.first)) {
				t.Errorf("Search(%q): best hit is not %+v; hits:\n%s", tt.q, *tt.first, hits(p))
			}
			for _, w := range tt.has {
				if !slices.ContainsFunc(p.Hits, func(h store.SearchHit) bool { return match(h, w) }) {
					t.Errorf("Search(%q): no hit %+v; hits:\n%s", tt.q, w, hits(p))
				}
			}
			seen := map[string]bool{}
			for _, h := range p.Hits {
				k := string(h.Kind) + " " + h.ID
				if seen[k] {
					t.Errorf("Search(%q): %s twice", tt.q, k)
				}
				seen[k] = true
				if h.Label == "" {
					t.Errorf("Search(%q): %s has no label", tt.q, k)
				}
			}
		})
	}
}

func hits(p store.SearchPage) string {
	var b strings.Builder
	for _, h := range p.Hits {
		fmt.Fprintf(&b, "\t%s %s [%s] %q %q\n", h.Kind, h.ID, h.Lang, h.Label, h.Snippet)
	}
	return b.String()
}

func testSearchPagination(t *testing.T, open Opener) {
	s := open(t)
	putBodies(t, s)
	for i := range 17 {
		put(t, s, Citing(fmt.Sprintf("A/72/%d", i+1), []cite.Relation{cite.Cites}, fmt.Sprintf("ga:res:72/%d", i%3+1)))
	}
	q := store.SearchQuery{Text: "pagination", First: store.MaxPageSize}
	one, err := s.Search(t.Context(), q)
	if err != nil {
		t.Fatal(err)
	}
	if len(one.Hits) != 17 || one.TotalCount != 17 || one.HasNextPage {
		t.Fatalf("one page: %d hits, total %d, next %v; want 17, 17, false", len(one.Hits), one.TotalCount, one.HasNextPage)
	}
	for _, size := range []int{1, 4, 17} {
		q.First = size
		q.After = ""
		var walked []store.SearchHit
		for {
			p, err := s.Search(t.Context(), q)
			if err != nil {
				t.Fatal(err)
			}
			if p.TotalCount != 17 {
				t.Errorf("page size %d: TotalCount = %d, want 17", size, p.TotalCount)
			}
			walked = append(walked, p.Hits...)
			if !p.HasNextPage {
				break
			}
			q.After = p.Hits[len(p.Hits)-1].Cursor
		}
		if diff := cmp.Diff(one.Hits, walked); diff != "" {
			t.Errorf("pages of %d vs one page (-one +walked):\n%s", size, diff)
		}
	}
	// A symbol's prefix names what continues it at a separator only:
	// A/72/10 is found by its text (which cites ga:res:72/1), not by its symbol.
	p := search(t, s, "A/72/1")
	if len(p.Hits) == 0 || p.Hits[0].ID != "A/72/1" ||
		slices.ContainsFunc(p.Hits, func(h store.SearchHit) bool { return h.ID == "A/72/10" && h.Snippet == "" }) {
		t.Errorf("Search(A/72/1): want A/72/1 first and A/72/10 by text only; hits:\n%s", hits(p))
	}
	p = search(t, s, "a/72")
	if p.TotalCount != 17 || p.Hits[0].ID != "A/72/1" {
		t.Errorf("Search(a/72): %d hits, want the 17 A/72 documents, A/72/1 first:\n%s", p.TotalCount, hits(p))
	}
	// Mixed kinds page too: "72" names no instrument but "resolution 72/1" does.
	p = search(t, s, "resolution 72/1")
	if len(p.Hits) == 0 || p.Hits[0].ID != "ga:res:72/1" {
		t.Errorf("Search(resolution 72/1): hits:\n%s", hits(p))
	}
}

func testSearchSyntax(t *testing.T, open Opener) {
	s := filled(t, open)
	for _, q := range []string{
		`"`, `""`, `"unterminated`, `*`, `coop*`, `AND`, `OR OR`, `NOT`, `NEAR(a b)`, `a NEAR/2 b`, `(`, `)`,
		`title:crime`, `{title text}: crime`, `^crime`, `-crime`, `+crime`, `crime -`, `:`, `::`, `a:b:c`,
		`'`, `\`, `%`, `_`, `;DROP TABLE documents;--`, "\x00", "décision\x002/6", `第`, `号`, `/`, `A/`, `55/`,
		"\u200b", "🙂", `)(*&^%$#@!`,
	} {
		t.Run(fmt.Sprintf("%q", q), func(t *testing.T) {
			if _, err := s.Search(t.Context(), store.SearchQuery{Text: q}); err != nil {
				t.Errorf("Search(%q): %v", q, err)
			}
		})
	}
	if st := stats(t, s); st.Documents != 2 {
		t.Errorf("Stats.Documents = %d after odd searches, want 2", st.Documents)
	}
}

func testCanceled(t *testing.T, open Opener) {
	s := open(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := s.PutDocument(ctx, Seed()); !errors.Is(err, context.Canceled) {
		t.Errorf("PutDocument with a canceled context: err = %v, want context.Canceled", err)
	}
	if err := s.PutBodies(ctx, registry.Default().All()); !errors.Is(err, context.Canceled) {
		t.Errorf("PutBodies with a canceled context: err = %v, want context.Canceled", err)
	}
	if _, err := s.Stats(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Stats with a canceled context: err = %v, want context.Canceled", err)
	}
	if diff := cmp.Diff(store.Stats{}, stats(t, s)); diff != "" {
		t.Errorf("Stats after canceled writes (-want +got):\n%s", diff)
	}
}

func testConcurrency(t *testing.T, open Opener) {
	s := open(t)
	putBodies(t, s)
	put(t, s, Seed())
	ctx := t.Context()
	const docs = 24
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	done := make(chan struct{})
	wg.Go(func() {
		defer close(done)
		for i := range docs {
			r := Citing(fmt.Sprintf("A/73/%d", i+1), []cite.Relation{cite.Recalls}, "untoc-cop:dec:2/6", "ga:res:73/1")
			if err := s.PutDocument(ctx, r); err != nil {
				errs <- err
				return
			}
		}
	})
	for r := range 4 {
		wg.Go(func() {
			last := 0
			for n := 0; ; n++ {
				select {
				case <-done:
					if n > 0 {
						return
					}
				default:
				}
				st, err := s.Stats(ctx)
				if err != nil {
					errs <- err
					return
				}
				if st.Documents < last {
					errs <- fmt.Errorf("reader %d: documents went from %d to %d", r, last, st.Documents)
					return
				}
				last = st.Documents
				p, err := s.Edges(ctx, store.EdgeQuery{Node: "untoc-cop:dec:2/6", Direction: store.In, First: 5})
				if err != nil {
					errs <- err
					return
				}
				if p.TotalCount < 1 || len(p.Edges) > 5 {
					errs <- fmt.Errorf("reader %d: edges page %d of %d", r, len(p.Edges), p.TotalCount)
					return
				}
				if _, err := s.Search(ctx, store.SearchQuery{Text: "pagination secretariat", First: 3}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Document(ctx, SeedID); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st := stats(t, s); st.Documents != docs+1 || st.Citations != 8+2*docs {
		t.Errorf("Stats after concurrent writes = %+v, want %d documents, %d citations", st, docs+1, 8+2*docs)
	}
	in := edges(t, s, store.EdgeQuery{Node: "untoc-cop:dec:2/6", Direction: store.In, First: 7})
	if len(in) != docs+1 {
		t.Errorf("Edges(dec 2/6, In) = %d, want %d", len(in), docs+1)
	}
}
