package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
)

func gold(id string, start, end int, rel cite.Relation) Cite {
	c := Cite{File: "t.txt", Lang: "en", Start: start, End: end, ID: id, Relation: rel, Kind: cite.KindDocument}
	if i, err := cite.ParseID(id); err == nil {
		c.Kind, c.Body = i.Kind(), i.Body()
	}
	return c
}

func pred(id string, start, end int) Prediction {
	p := Prediction{File: "t.txt", Lang: "en", Start: start, End: end, ID: id, Relation: cite.Cites, Kind: cite.KindDocument}
	if i, err := cite.ParseID(id); err == nil {
		p.Kind = i.Kind()
	}
	return p
}

func TestMatch(t *testing.T) {
	type result struct {
		Gold, Pred, Class string
	}
	for _, tc := range []struct {
		name  string
		gold  []Cite
		neg   []Cite
		preds []Prediction
		want  []result
	}{
		{"exact", []Cite{gold("sc:res:1373(2001)", 10, 21, cite.Cites)}, nil,
			[]Prediction{pred("sc:res:1373(2001)", 10, 21)},
			[]result{{"sc:res:1373(2001)", "sc:res:1373(2001)", ""}}},
		{"overlap is enough", []Cite{gold("sc:res:1373(2001)", 21, 32, cite.Cites)}, nil,
			[]Prediction{pred("sc:res:1373(2001)", 10, 32)},
			[]result{{"sc:res:1373(2001)", "sc:res:1373(2001)", ""}}},
		{"wrong body", []Cite{gold("ga:res:1514(XV)", 0, 9, cite.Cites)}, nil,
			[]Prediction{pred("sc:res:1514(XV)", 0, 9)},
			[]result{{"ga:res:1514(XV)", "sc:res:1514(XV)", "wrong body"}, {"", "sc:res:1514(XV)", "wrong body"}}},
		{"wrong number", []Cite{gold("ga:res:57/270B", 0, 9, cite.Cites)}, nil,
			[]Prediction{pred("ga:res:57/270", 0, 9)},
			[]result{{"ga:res:57/270B", "ga:res:57/270", "wrong number"}, {"", "ga:res:57/270", "wrong number"}}},
		{"external read as UN", []Cite{gold("iaea-gc:res:GC(69)/RES/15", 0, 13, cite.Cites)}, nil,
			[]Prediction{pred("ga:res:69/15", 0, 13)},
			[]result{{"iaea-gc:res:GC(69)/RES/15", "ga:res:69/15", "external read as UN"}, {"", "ga:res:69/15", "external read as UN"}}},
		{"UN read as external", []Cite{gold("ga:res:1733(XXX)", 0, 9, cite.Cites)}, nil,
			[]Prediction{pred("oas-ga:res:1733(XXX-O/00)", 0, 9)},
			[]result{{"ga:res:1733(XXX)", "oas-ga:res:1733(XXX-O/00)", "UN read as external"}, {"", "oas-ga:res:1733(XXX-O/00)", "UN read as external"}}},
		{"missed and spurious", []Cite{gold("ga:res:55/25", 0, 5, cite.Cites)}, nil,
			[]Prediction{pred("S/2015/3", 50, 58)},
			[]result{{"ga:res:55/25", "", "missed"}, {"", "S/2015/3", "spurious"}}},
		{"negative", nil, []Cite{{Start: 0, End: 9, Negative: true}},
			[]Prediction{pred("sc:res:2203(2015)", 0, 20)},
			[]result{{"", "sc:res:2203(2015)", "negative"}}},
		{"parts share a span, each used once", []Cite{gold("ga:res:36/87A", 0, 13, cite.Cites), gold("ga:res:36/87B", 0, 13, cite.Cites)}, nil,
			[]Prediction{pred("ga:res:36/87B", 0, 13), pred("ga:res:36/87A", 0, 13)},
			[]result{{"ga:res:36/87A", "ga:res:36/87A", ""}, {"ga:res:36/87B", "ga:res:36/87B", ""}}},
		{"a repeated id is matched once per occurrence", []Cite{gold("sc:res:1540(2004)", 0, 10, cite.Cites), gold("sc:res:1540(2004)", 40, 50, cite.Cites)}, nil,
			[]Prediction{pred("sc:res:1540(2004)", 40, 50)},
			[]result{{"sc:res:1540(2004)", "sc:res:1540(2004)", ""}, {"sc:res:1540(2004)", "", "missed"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &File{Path: "t.txt", Lang: "en", Cites: tc.gold, Negatives: tc.neg}
			var got []result
			for _, o := range Match(f, tc.preds) {
				var r result
				if o.Gold != nil {
					r.Gold = o.Gold.ID
				}
				if o.Pred != nil {
					r.Pred = o.Pred.ID
				}
				r.Class = o.Class
				got = append(got, r)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Match (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name     string
		s        Score
		p, r, f1 float64
	}{
		{"perfect", Score{TP: 4}, 1, 1, 1},
		{"half", Score{TP: 2, FP: 2, FN: 2}, 0.5, 0.5, 0.5},
		{"nothing found", Score{FN: 3}, 1, 0, 0},
		{"empty", Score{}, 1, 1, 1},
		{"precise, incomplete", Score{TP: 3, FN: 1}, 1, 0.75, 6.0 / 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.Precision(); got != tc.p {
				t.Errorf("Precision = %v, want %v", got, tc.p)
			}
			if got := tc.s.Recall(); got != tc.r {
				t.Errorf("Recall = %v, want %v", got, tc.r)
			}
			if got := tc.s.F1(); got-tc.f1 > 1e-12 || tc.f1-got > 1e-12 {
				t.Errorf("F1 = %v, want %v", got, tc.f1)
			}
		})
	}
}

func TestFamily(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"ga:res:55/25", "GA resolution"},
		{"ga:res:3379(XXX)", "GA Roman session"},
		{"ga:res:2200A(XXI)", "GA Roman session"},
		{"ga:res:57/270B", "GA parts"},
		{"ga:dec:55/443", "GA decision"},
		{"ga:res:S-10/2", "GA special session"},
		{"ga:res:1874(S-IV)", "GA special session"},
		{"sc:res:1373(2001)", "SC resolution"},
		{"sc:prst:2014/28", "SC presidential statement"},
		{"ecosoc:res:2004/27", "ECOSOC"},
		{"untoc-cop:dec:2/6", "UNTOC COP"},
		{"unfccc-cma:dec:2/CMA.1", "UNFCCC"},
		{"?:res:7/1", "unresolved body"},
		{"eclac:res:689(XXXV)", "other: eclac"},
		{"iaea-gc:res:GC(69)/RES/15", "external"},
		{"oas-ga:res:1733(XXX-O/00)", "external"},
		{"CTOC/COP/2018/1", "document symbol"},
	} {
		if got := Family(tc.id); got != tc.want {
			t.Errorf("Family(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

// TestEvaluate runs a hand-made extractor over a two-row aligned file in
// six languages and a plain file, and checks every figure.
func TestEvaluate(t *testing.T) {
	g := &Gold{}
	for _, l := range cite.Languages {
		g.Files = append(g.Files, &File{Path: l + ".txt", Lang: l, RowSymbols: []string{"S/1", "S/2"}, Text: []byte("aaaa\nbbbb\n"),
			Cites: []Cite{
				{File: l + ".txt", Lang: l, Row: 1, Start: 0, End: 4, ID: "sc:res:1(1946)", Kind: "res", Body: "sc", Relation: cite.Recalls},
				{File: l + ".txt", Lang: l, Row: 2, Start: 5, End: 9, ID: "sc:res:2(1946)", Kind: "res", Body: "sc", Relation: cite.Cites},
			}})
	}
	// The extractor finds row 1 everywhere, with the wrong relation in
	// Chinese, and row 2 everywhere but Arabic.
	ex := func(src []byte, opt extract.Options) []cite.Citation {
		switch {
		case string(src) == "aaaa":
			rel := cite.Recalls
			if opt.Lang == "zh" {
				rel = cite.Cites
			}
			return []cite.Citation{{ID: "sc:res:1(1946)", Kind: "res", Start: 1, End: 3, Relation: rel}}
		case string(src) == "bbbb" && opt.Lang != "ar" && opt.Symbol == "S/2":
			return []cite.Citation{{ID: "sc:res:2(1946)", Kind: "res", Start: 0, End: 4, Relation: cite.Cites}}
		}
		return nil
	}
	r := Evaluate(g, ex, 3)
	if diff := cmp.Diff(Score{TP: 11, FN: 1}, r.Overall); diff != "" {
		t.Errorf("overall (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Score{TP: 1, FN: 1}, r.ByLang["ar"]); diff != "" {
		t.Errorf("ar (-want +got):\n%s", diff)
	}
	wantRel := RelationScore{Matched: 11, Correct: 10, Confusions: map[string]int{"recalls → cites": 1},
		Examples: map[string][]Example{"recalls → cites": {{File: "zh.txt", At: 0, Gold: "sc:res:1(1946)", Pred: "sc:res:1(1946)"}}}}
	if diff := cmp.Diff(wantRel, r.Relations); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(AlignedScore{Rows: 2, Agree: 1}, r.Aligned); diff != "" {
		t.Errorf("aligned (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"missed": 1}, r.Errors); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}
