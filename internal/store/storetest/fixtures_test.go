package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/store"
)

func TestSeedMatchesExpected(t *testing.T) {
	// From ../shared/seeds/expected.jsonl.
	want := []string{"décision 2/6", "décision 3/2", "résolution 7/1", "CTOC/COP/WG.2/2017/4",
		"CTOC/COP/WG.3/2017/4", "CTOC/COP/WG.2/2018/3", "CTOC/COP/WG.3/2018/3", "CTOC/COP/2018/1"}
	var got []string
	for _, c := range Seed().Citations {
		got = append(got, c.Text)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed citation texts (-want +got):\n%s", diff)
	}
	if SeedID != "sha256:413ee6ff3840dec3" {
		t.Errorf("SeedID = %s", SeedID)
	}
}

func TestFinish(t *testing.T) {
	cs := Seed().Citations
	tests := []struct {
		name      string
		i         int
		sentence  string
		paragraph int
	}{
		{"decision 2/6", 0, "Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a été créé en " +
			"application de la décision 2/6 de la Conférence des Parties à la Convention des Nations Unies contre la " +
			"criminalité transnationale organisée.", 9},
		{"decision 3/2", 1, "Par ailleurs, dans sa décision 3/2, la Conférence a décidé qu'un groupe de travail à composition " +
			"non limitée sur la coopération internationale constituerait un de ses éléments permanents.", 9},
		{"footnote", 7, "* [CTOC/COP/2018/1](#).", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cs[tt.i]
			if c.Snippet != tt.sentence || c.Paragraph != tt.paragraph {
				t.Errorf("sentence %q, paragraph %d; want %q, %d", c.Snippet, c.Paragraph, tt.sentence, tt.paragraph)
			}
		})
	}
}

func TestFixturesPlan(t *testing.T) {
	for _, r := range []store.Record{Seed(), Resolution("en"), Resolution("fr"), Resolution("zh"), Citing("A/1", nil, "ga:res:1/1")} {
		if _, err := store.Plan(r); err != nil {
			t.Errorf("Plan(%s, %s): %v", r.Document.ID, r.Document.Lang, err)
		}
	}
}
