package store

import (
	"errors"
	"testing"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/google/go-cmp/cmp"
)

func TestPlan(t *testing.T) {
	text := "dans sa décision 3/2 et la décision 2/6, voir CTOC/COP/2018/1."
	rec := Record{
		Document: cite.Document{ID: "A/RES/1/1", Symbol: "A/RES/1/1", Lang: "fr", Body: "ga"},
		Text:     text,
		TextOf:   []cite.ID{cite.MustID("ga:res:1/1"), cite.MustID("ga:res:1/1")},
		Citations: []cite.Citation{
			{ID: "untoc-cop:dec:3/2", Kind: cite.KindDecision, Text: "décision 3/2", Start: 8, End: 21, Relation: cite.Establishes, Subjects: []string{"untoc-cop-wg3"}, Snippet: "s"},
			{ID: "untoc-cop:dec:2/6", Kind: cite.KindDecision, Text: "décision 2/6", Start: 29, End: 42, Relation: cite.Recalls, Subjects: []string{"untoc-cop-wg2"}},
			{ID: "CTOC/COP/2018/1", Kind: cite.KindDocument, Body: "untoc-cop", Text: "CTOC/COP/2018/1", Start: 49, End: 64},
		},
	}
	b, err := Plan(rec)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]cite.ID{cite.MustID("ga:res:1/1")}, b.TextOf, cmp.AllowUnexported(cite.ID{})); diff != "" {
		t.Errorf("TextOf (-want +got):\n%s", diff)
	}
	wantIns := []cite.ID{cite.MustID("ga:res:1/1"), cite.MustID("untoc-cop:dec:2/6"), cite.MustID("untoc-cop:dec:3/2")}
	if diff := cmp.Diff(wantIns, b.Instruments, cmp.AllowUnexported(cite.ID{})); diff != "" {
		t.Errorf("Instruments (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]DocRef{{ID: "CTOC/COP/2018/1", Body: "untoc-cop"}}, b.DocRefs); diff != "" {
		t.Errorf("DocRefs (-want +got):\n%s", diff)
	}
	if len(b.Occurrences) != 3 || b.Occurrences[2].Relation != cite.Cites || b.Occurrences[2].ToKind != cite.KindDocument {
		t.Errorf("Occurrences = %+v", b.Occurrences)
	}
	// Only a tracing relation ties a body to an instrument: "recalls" does not.
	if len(b.BodyLinks) != 1 || b.BodyLinks[0].Body != "untoc-cop-wg3" || b.BodyLinks[0].Evidence.Sentence != "s" {
		t.Errorf("BodyLinks = %+v", b.BodyLinks)
	}
	if b.Hash != cite.HashID([]byte(text)) {
		t.Errorf("Hash = %q", b.Hash)
	}
}

func TestPlanInvalid(t *testing.T) {
	ok := cite.Document{ID: "X/1", Lang: "en"}
	for _, tc := range []struct {
		name string
		rec  Record
	}{
		{"no id", Record{Document: cite.Document{Lang: "en"}}},
		{"no lang", Record{Document: cite.Document{ID: "X/1"}}},
		{"span outside text", Record{Document: ok, Text: "abc", Citations: []cite.Citation{{ID: "ga:res:1/1", Kind: cite.KindResolution, Start: 1, End: 9}}}},
		{"bad instrument id", Record{Document: ok, Text: "abc", Citations: []cite.Citation{{ID: "ga:res", Kind: cite.KindResolution, Start: 0, End: 1}}}},
		{"bad subject", Record{Document: ok, Text: "abc", Citations: []cite.Citation{{ID: "ga:res:1/1", Kind: cite.KindResolution, Relation: cite.Establishes, Subjects: []string{"Bad Key"}, Start: 0, End: 1}}}},
		{"document without id", Record{Document: ok, Text: "abc", Citations: []cite.Citation{{Kind: cite.KindDocument, Start: 0, End: 1}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Plan(tc.rec); !errors.Is(err, ErrInvalid) {
				t.Errorf("Plan error = %v, want ErrInvalid", err)
			}
		})
	}
}
