package extract_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
)

const seedFile = "testdata/seed/000_dd060da45a09bc4b.txt"

// TestSeed checks the seed against expected.jsonl field by field: every
// field the expected line has, with the same value, and no bodyFrom or
// relation where the expected line has none.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	exp, err := os.ReadFile("testdata/seed/expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var want []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(exp))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		want = append(want, m)
	}
	res := extract.Extract(src, extract.Options{})
	if len(res.Citations) != len(want) {
		t.Errorf("got %d citations, want %d", len(res.Citations), len(want))
	}
	for i := range min(len(want), len(res.Citations)) {
		b, _ := json.Marshal(res.Citations[i])
		var got map[string]any
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		proj := map[string]any{}
		for k := range want[i] {
			proj[k] = got[k]
		}
		for _, k := range []string{"bodyFrom", "relation"} {
			if _, ok := want[i][k]; !ok {
				proj[k] = got[k]
				if got[k] == nil {
					delete(proj, k)
				}
			}
		}
		if diff := cmp.Diff(want[i], proj); diff != "" {
			t.Errorf("citation %d (-want +got):\n%s", i, diff)
		}
		if c := res.Citations[i]; string(src[c.Start:c.End]) != c.Text {
			t.Errorf("citation %d: src[%d:%d] = %q, Text %q", i, c.Start, c.End, src[c.Start:c.End], c.Text)
		}
	}

	subjects := map[string][]string{}
	for _, c := range res.Citations {
		if c.Kind.IsInstrument() {
			subjects[c.ID] = c.Subjects
		}
	}
	wantSubjects := map[string][]string{
		"untoc-cop:dec:2/6": {"untoc-cop-wg2"},
		"untoc-cop:dec:3/2": {"untoc-cop-wg3"},
		"untoc-cop:res:7/1": {"untoc-cop-wg3", "untoc-cop-wg2"},
	}
	if diff := cmp.Diff(wantSubjects, subjects); diff != "" {
		t.Errorf("subjects (-want +got):\n%s", diff)
	}
	const sentence = "Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a été créé en application de la décision 2/6 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée."
	if got := res.Citations[0].Snippet; got != sentence {
		t.Errorf("snippet of decision 2/6 = %q, want %q", got, sentence)
	}

	wantDoc := cite.Document{
		ID:           cite.HashID(src),
		Body:         "untoc-cop",
		Title:        "Coopération internationale, en particulier extradition, entraide judiciaire et coopération internationale aux fins de confiscation, et création et renforcement des autorités centrales",
		Date:         "2018-06-18",
		Session:      "9",
		AgendaItem:   "4",
		Lang:         "fr",
		OriginalLang: "en",
		Type:         "note",
		Distribution: "general",
	}
	if diff := cmp.Diff(wantDoc, res.Document); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
	if len(res.TextOf) != 0 || len(res.Warnings) != 0 {
		t.Errorf("TextOf %v, Warnings %v: want none", res.TextOf, res.Warnings)
	}
}
