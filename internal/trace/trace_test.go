package trace_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/trace"
	"github.com/citegraph/citegraph/internal/trace/tracetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixture is tracetest's graph in a fresh embedded store.
func fixture(t testing.TB) store.Store { return tracetest.Open(t, tracetest.Records(t)...) }

// summary is a trace in a form a table can spell out.
type summary struct {
	Subject   string
	Steps     []string // "from -relation-> to @depth"
	Origins   []string
	Later     []string
	Truncated bool
}

func summarize(t trace.Trace) summary {
	s := summary{Subject: string(t.Subject.Kind) + " " + t.Subject.ID, Truncated: t.Truncated}
	for _, st := range t.Steps {
		s.Steps = append(s.Steps, fmt.Sprintf("%s -%s-> %s @%d", st.From.ID, st.Relation, st.To.ID, st.Depth))
	}
	for _, o := range t.Origins {
		s.Origins = append(s.Origins, o.String())
	}
	for _, st := range t.Later {
		s.Later = append(s.Later, fmt.Sprintf("%s -%s-> %s", st.From.ID, st.Relation, st.To.ID))
	}
	return s
}

func TestMandate(t *testing.T) {
	st := fixture(t)
	seedID := tracetest.SeedRecord(t).Document.ID
	chain := func(from, to, depth int) []string {
		var s []string
		for k := from; k < to; k++ {
			s = append(s, fmt.Sprintf("ga:res:2/%d -pursuant-> ga:res:2/%d @%d", k, k+1, depth+k-from))
		}
		return s
	}
	tests := []struct {
		name     string
		id       string
		maxDepth int
		want     summary
	}{
		{
			name: "technical assistance working group: established by decision 2/6",
			id:   "untoc-cop-wg2",
			want: summary{
				Subject: "body untoc-cop-wg2",
				Steps: []string{
					"untoc-cop-wg2 -establishes-> untoc-cop:dec:2/6 @1",
					"untoc-cop-wg2 -mandates-> untoc-cop:res:7/1 @1",
					"untoc-cop:res:7/1 -pursuant-> untoc-cop:dec:2/6 @2",
				},
				Origins: []string{"untoc-cop:dec:2/6"},
				Later:   []string{"untoc-cop:res:9/1 -extends-> untoc-cop:res:7/1"},
			},
		},
		{
			name: "international cooperation working group: two origins, establishing one first",
			id:   "untoc-cop-wg3",
			want: summary{
				Subject: "body untoc-cop-wg3",
				Steps: []string{
					"untoc-cop-wg3 -establishes-> untoc-cop:dec:3/2 @1",
					"untoc-cop-wg3 -mandates-> untoc-cop:res:7/1 @1",
					"untoc-cop:res:7/1 -pursuant-> untoc-cop:dec:2/6 @2",
				},
				Origins: []string{"untoc-cop:dec:3/2", "untoc-cop:dec:2/6"},
				Later: []string{
					"untoc-cop:res:9/1 -ends-> untoc-cop:dec:3/2",
					"untoc-cop:res:9/1 -extends-> untoc-cop:res:7/1",
				},
			},
		},
		{
			name: "instrument whose text is in the graph",
			id:   "untoc-cop:res:7/1",
			want: summary{
				Subject: "instrument untoc-cop:res:7/1",
				Steps:   []string{"untoc-cop:res:7/1 -pursuant-> untoc-cop:dec:2/6 @1"},
				Origins: []string{"untoc-cop:dec:2/6"},
				Later:   []string{"untoc-cop:res:9/1 -extends-> untoc-cop:res:7/1"},
			},
		},
		{
			name: "instrument only cited is its own origin",
			id:   "untoc-cop:dec:2/6",
			want: summary{Subject: "instrument untoc-cop:dec:2/6", Origins: []string{"untoc-cop:dec:2/6"}},
		},
		{
			name: "document: what it establishes and mandates under",
			id:   seedID,
			want: summary{
				Subject: "document " + seedID,
				Steps: []string{
					seedID + " -establishes-> untoc-cop:dec:2/6 @1",
					seedID + " -establishes-> untoc-cop:dec:3/2 @1",
					seedID + " -mandates-> untoc-cop:res:7/1 @1",
					"untoc-cop:res:7/1 -pursuant-> untoc-cop:dec:2/6 @2",
				},
				Origins: []string{"untoc-cop:dec:2/6", "untoc-cop:dec:3/2"},
				Later: []string{
					"untoc-cop:res:9/1 -ends-> untoc-cop:dec:3/2",
					"untoc-cop:res:9/1 -extends-> untoc-cop:res:7/1",
				},
			},
		},
		{
			name: "cycle is followed once",
			id:   "ga:res:1/1",
			want: summary{
				Subject: "instrument ga:res:1/1",
				Steps:   []string{"ga:res:1/1 -pursuant-> ga:res:1/2 @1", "ga:res:1/2 -pursuant-> ga:res:1/1 @2"},
			},
		},
		{
			name: "instrument acting under a document only is an origin",
			id:   "ga:res:3/1",
			want: summary{
				Subject: "instrument ga:res:3/1",
				Steps:   []string{"ga:res:3/1 -pursuant-> TEST/DOC/1 @1"},
				Origins: []string{"ga:res:3/1"},
			},
		},
		{
			name:     "chain cut at maxDepth 3",
			id:       "ga:res:2/1",
			maxDepth: 3,
			want:     summary{Subject: "instrument ga:res:2/1", Steps: chain(1, 4, 1), Origins: []string{"ga:res:2/4"}, Truncated: true},
		},
		{
			name: "chain cut at the default depth",
			id:   "ga:res:2/1",
			want: summary{Subject: "instrument ga:res:2/1", Steps: chain(1, 6, 1), Origins: []string{"ga:res:2/6"}, Truncated: true},
		},
		{
			name:     "chain cut at the largest depth",
			id:       "ga:res:2/1",
			maxDepth: trace.MaxMaxDepth,
			want:     summary{Subject: "instrument ga:res:2/1", Steps: chain(1, 11, 1), Origins: []string{"ga:res:2/11"}, Truncated: true},
		},
		{
			name:     "chain followed to its end",
			id:       "ga:res:2/5",
			maxDepth: trace.MaxMaxDepth,
			want:     summary{Subject: "instrument ga:res:2/5", Steps: chain(5, 12, 1), Origins: []string{"ga:res:2/12"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := trace.Mandate(context.Background(), st, tc.id, tc.maxDepth)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, summarize(got)); diff != "" {
				t.Errorf("Mandate(%q, %d) (-want +got):\n%s", tc.id, tc.maxDepth, diff)
			}
		})
	}
}

// TestMandateEvidence checks the promise: the working group's
// trace names decision 2/6 with the French sentence of the seed.
func TestMandateEvidence(t *testing.T) {
	st := fixture(t)
	got, err := trace.Mandate(context.Background(), st, "untoc-cop-wg2", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Evidence{{
		Document: tracetest.SeedRecord(t).Document.ID, Lang: "fr", Text: "décision 2/6", Sentence: tracetest.Sentence26,
		Start: 828, End: 841, Paragraph: 9,
	}}
	if diff := cmp.Diff(want, got.Steps[0].Evidence); diff != "" {
		t.Errorf("evidence of %s (-want +got):\n%s", got.Steps[0].To.ID, diff)
	}
}

func TestMandateErrors(t *testing.T) {
	st := fixture(t)
	tests := []struct {
		name     string
		id       string
		maxDepth int
		want     error
	}{
		{"unknown body", "no-such-body", 0, store.ErrNotFound},
		{"unknown instrument", "untoc-cop:dec:99/9", 0, store.ErrNotFound},
		{"unknown document", "A/NO/SUCH/1", 0, store.ErrNotFound},
		{"depth too large", "untoc-cop-wg2", trace.MaxMaxDepth + 1, store.ErrInvalid},
		{"negative depth", "untoc-cop-wg2", -1, store.ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := trace.Mandate(context.Background(), st, tc.id, tc.maxDepth)
			if !errors.Is(err, tc.want) {
				t.Errorf("Mandate(%q, %d) = %v, want %v", tc.id, tc.maxDepth, err, tc.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	st := fixture(t)
	seedID := tracetest.SeedRecord(t).Document.ID
	tests := []struct {
		name string
		id   string
		want trace.Node
	}{
		{"body", "untoc-cop-wg2", trace.Node{Kind: trace.KindBody, ID: "untoc-cop-wg2"}},
		{"instrument", "untoc-cop:dec:2/6", trace.Node{Kind: trace.KindInstrument, ID: "untoc-cop:dec:2/6"}},
		{"document by hash", seedID, trace.Node{Kind: trace.KindDocument, ID: seedID}},
		{"cited document", "CTOC/COP/2018/1", trace.Node{Kind: trace.KindDocument, ID: "CTOC/COP/2018/1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := trace.Resolve(context.Background(), st, tc.id)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Resolve(%q) (-want +got):\n%s", tc.id, diff)
			}
		})
	}
}

// TestFprint compares the terminal tree with golden files; run with
// -update to rewrite them after a deliberate change.
func TestFprint(t *testing.T) {
	st := fixture(t)
	tests := []struct {
		name, id string
		maxDepth int
	}{
		{"wg2", "untoc-cop-wg2", 0},
		{"wg3", "untoc-cop-wg3", 0},
		{"cycle", "ga:res:1/1", 0},
		{"chain", "ga:res:2/1", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := trace.Mandate(context.Background(), st, tc.id, tc.maxDepth)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := trace.Fprint(&buf, tr); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.name+".txt")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("Fprint (-want +got):\n%s", diff)
			}
		})
	}
}

// BenchmarkMandate traces a body (two branches, a later change) and the
// longest chain the fixture has.
func BenchmarkMandate(b *testing.B) {
	st := fixture(b)
	ctx := context.Background()
	for _, bc := range []struct{ name, id string }{
		{"body", "untoc-cop-wg3"},
		{"chain of 10", "ga:res:2/1"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := trace.Mandate(ctx, st, bc.id, trace.MaxMaxDepth); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
