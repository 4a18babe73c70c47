package eval

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
	"github.com/citegraph/citegraph/internal/registry"
)

// Extractor reads the citations of one text; extract.Extract in use, a
// hand-made function in the tests of the matcher.
type Extractor func(src []byte, opt extract.Options) []cite.Citation

// Extract is the extractor under measurement.
func Extract(src []byte, opt extract.Options) []cite.Citation {
	return extract.Extract(src, opt).Citations
}

// Prediction is one citation the extractor found, with its offsets into
// the gold file (not into the row it was read from).
type Prediction struct {
	File     string
	Lang     string
	Row      int
	Start    int
	End      int
	Text     string
	ID       string
	Kind     cite.Kind
	Relation cite.Relation
}

// Predict runs ex over every file of g: whole files with the file's
// language and symbol, aligned rows one row at a time with the row's symbol.
func Predict(g *Gold, ex Extractor) map[string][]Prediction {
	out := map[string][]Prediction{}
	for _, f := range g.Files {
		if !f.Rows() {
			out[f.Path] = predictions(f, 0, 0, ex(f.Text, extract.Options{Lang: f.Lang, Symbol: f.Symbol}))
			continue
		}
		for i, span := range f.rowSpans() {
			sym := ""
			if i < len(f.RowSymbols) {
				sym = f.RowSymbols[i]
			}
			row := f.Text[span[0]:span[1]]
			out[f.Path] = append(out[f.Path], predictions(f, i+1, span[0], ex(row, extract.Options{Lang: f.Lang, Symbol: sym}))...)
		}
	}
	return out
}

func predictions(f *File, row, offset int, cs []cite.Citation) []Prediction {
	var ps []Prediction
	for _, c := range cs {
		rel := c.Relation
		if rel == "" {
			rel = cite.Cites // a document reference that says no more than cites
		}
		ps = append(ps, Prediction{File: f.Path, Lang: f.Lang, Row: row, Start: c.Start + offset, End: c.End + offset,
			Text: c.Text, ID: c.ID, Kind: c.Kind, Relation: rel})
	}
	return ps
}

// Outcome is what became of one gold citation or one prediction.
type Outcome struct {
	Gold *Cite       // nil for a false positive
	Pred *Prediction // nil for a false negative
	// Class names the error for a miss: "" for a match; "wrong body",
	// "wrong number", "wrong kind" when a prediction over the same span
	// gave another id; "missed" when nothing was predicted there;
	// "spurious" for a prediction over no gold citation; "negative" for
	// one over an annotated look-alike.
	Class string
}

// Match pairs gold citations with predictions of one file: a pair shares
// the id and overlapping spans (on the same row), each used once, in text
// order. What is left over are false negatives and false positives.
func Match(f *File, preds []Prediction) []Outcome {
	used := make([]bool, len(preds))
	var out []Outcome
	matched := make([]bool, len(f.Cites))
	for i := range f.Cites {
		g := &f.Cites[i]
		for j := range preds {
			if !used[j] && preds[j].ID == g.ID && overlaps(g.Start, g.End, preds[j].Start, preds[j].End) {
				used[j], matched[i] = true, true
				out = append(out, Outcome{Gold: g, Pred: &preds[j]})
				break
			}
		}
	}
	for i := range f.Cites {
		if matched[i] {
			continue
		}
		g := &f.Cites[i]
		o := Outcome{Gold: g, Class: "missed"}
		for j := range preds {
			if !used[j] && overlaps(g.Start, g.End, preds[j].Start, preds[j].End) {
				o.Pred = &preds[j]
				o.Class = idError(g.ID, preds[j].ID)
				break
			}
		}
		out = append(out, o)
	}
	for j := range preds {
		if used[j] {
			continue
		}
		p := &preds[j]
		class := "spurious"
		for _, g := range f.Cites {
			if overlaps(g.Start, g.End, p.Start, p.End) {
				class = idError(g.ID, p.ID)
				break
			}
		}
		for _, n := range f.Negatives {
			if overlaps(n.Start, n.End, p.Start, p.End) {
				class = "negative"
				break
			}
		}
		out = append(out, Outcome{Pred: p, Class: class})
	}
	return out
}

func overlaps(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

// idError says how a predicted id differs from the gold one.
func idError(gold, pred string) string {
	gb, gk, gn := splitID(gold)
	pb, pk, pn := splitID(pred)
	reg := registry.Default()
	switch {
	case reg.External(gb) && !reg.External(pb):
		return "external read as UN"
	case !reg.External(gb) && reg.External(pb):
		return "UN read as external"
	case gk != pk:
		return "wrong kind"
	case gn != pn:
		return "wrong number"
	case gb != pb:
		return "wrong body"
	}
	return "wrong id"
}

func splitID(s string) (body, kind, number string) {
	if id, err := cite.ParseID(s); err == nil {
		return id.Body(), string(id.Kind()), id.Number()
	}
	return "", string(cite.KindDocument), s
}

var (
	romanSession = regexp.MustCompile(`\([IVXLC]+\)$`)
	partLetter   = regexp.MustCompile(`\d[A-Z](\(|$)`)
)

// Family names the citation family of DESIGN §1 an id belongs to; the
// tables group by it.
func Family(id string) string {
	body, kind, number := splitID(id)
	if kind == string(cite.KindDocument) {
		return "document symbol"
	}
	if registry.Default().External(body) {
		return "external"
	}
	switch body {
	case "ga":
		switch {
		case strings.HasPrefix(number, "S-") || strings.HasPrefix(number, "ES-") ||
			strings.Contains(number, "(S-") || strings.Contains(number, "(ES-"):
			return "GA special session"
		case kind == "dec":
			return "GA decision"
		case romanSession.MatchString(number):
			return "GA Roman session"
		case partLetter.MatchString(number):
			return "GA parts"
		}
		return "GA resolution"
	case "sc":
		if kind == "prst" {
			return "SC presidential statement"
		}
		return "SC resolution"
	case "ecosoc":
		return "ECOSOC"
	case "hrc":
		return "Human Rights Council"
	case "untoc-cop", "untoc-cop-wg2", "untoc-cop-wg3":
		return "UNTOC COP"
	case "uncac-cosp":
		return "UNCAC COSP"
	case "cnd", "ccpcj":
		return "CND/CCPCJ"
	case "unfccc-cop", "unfccc-cma", "unfccc-cmp":
		return "UNFCCC"
	case cite.UnresolvedBody:
		return "unresolved body"
	}
	return "other: " + body
}

// Score counts matches, misses and false alarms.
type Score struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Precision is TP/(TP+FP); 1 when nothing was predicted.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP/(TP+FN); 1 when there was nothing to find.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s *Score) add(o Outcome) {
	switch {
	case o.Gold != nil && o.Class == "":
		s.TP++
	case o.Gold != nil:
		s.FN++
	default:
		s.FP++
	}
}

// Report is the measurement: every table the eval command prints.
type Report struct {
	Overall   Score            `json:"overall"`
	ByLang    map[string]Score `json:"byLang"`
	ByFamily  map[string]Score `json:"byFamily"`
	ByKind    map[string]Score `json:"byKind"`
	Relations RelationScore    `json:"relations"`
	Aligned   AlignedScore     `json:"aligned"`
	// Gold counts the gold citations per language, and Negatives the
	// annotated look-alikes.
	Gold      map[string]int `json:"gold"`
	Negatives int            `json:"negatives"`
	// Errors counts misses and false alarms by class; Examples keeps the
	// first few of each, in file order.
	Errors   map[string]int       `json:"errors"`
	Examples map[string][]Example `json:"examples"`
}

// RelationScore is relation accuracy on matched citations, with the
// confusions (gold → predicted) counted.
type RelationScore struct {
	Matched    int                  `json:"matched"`
	Correct    int                  `json:"correct"`
	Confusions map[string]int       `json:"confusions"`
	Examples   map[string][]Example `json:"examples"`
}

// Accuracy is Correct/Matched.
func (r RelationScore) Accuracy() float64 { return ratio(r.Correct, r.Matched) }

// AlignedScore is agreement across languages on the aligned rows: a row
// agrees when the extractor gives the same set of instrument ids in all six
// languages. Rows count only when the gold ids themselves agree in all six
// (a translation that drops or misprints a citation is left out) and are
// not empty.
type AlignedScore struct {
	Rows    int `json:"rows"`
	Agree   int `json:"agree"`
	Skipped int `json:"skipped"` // rows whose gold ids differ between languages
}

// Share is Agree/Rows.
func (a AlignedScore) Share() float64 { return ratio(a.Agree, a.Rows) }

// Example is one error, for people to look at.
type Example struct {
	File string `json:"file"`
	At   int    `json:"at"`
	Text string `json:"text"`
	Gold string `json:"gold,omitempty"`
	Pred string `json:"pred,omitempty"`
}

// Evaluate measures ex on g, keeping up to examples examples of each error
// class and relation confusion.
func Evaluate(g *Gold, ex Extractor, examples int) Report {
	preds := Predict(g, ex)
	r := Report{ByLang: map[string]Score{}, ByFamily: map[string]Score{}, ByKind: map[string]Score{},
		Gold: map[string]int{}, Errors: map[string]int{}, Examples: map[string][]Example{},
		Relations: RelationScore{Confusions: map[string]int{}, Examples: map[string][]Example{}}}
	for _, f := range g.Files {
		r.Gold[f.Lang] += len(f.Cites)
		r.Negatives += len(f.Negatives)
		for _, o := range Match(f, preds[f.Path]) {
			id, kind := "", ""
			if o.Gold != nil {
				id, kind = o.Gold.ID, string(o.Gold.Kind)
			} else {
				id, kind = o.Pred.ID, string(o.Pred.Kind)
			}
			add(r.ByLang, f.Lang, o)
			add(r.ByFamily, Family(id), o)
			add(r.ByKind, kind, o)
			r.Overall.add(o)
			if o.Class == "" {
				r.Relations.Matched++
				if o.Gold.Relation == o.Pred.Relation {
					r.Relations.Correct++
				} else {
					k := string(o.Gold.Relation) + " → " + string(o.Pred.Relation)
					r.Relations.Confusions[k]++
					if len(r.Relations.Examples[k]) < examples {
						r.Relations.Examples[k] = append(r.Relations.Examples[k], example(f, o))
					}
				}
				continue
			}
			r.Errors[o.Class]++
			if len(r.Examples[o.Class]) < examples {
				r.Examples[o.Class] = append(r.Examples[o.Class], example(f, o))
			}
		}
	}
	r.Aligned = aligned(g, preds)
	return r
}

func add(m map[string]Score, key string, o Outcome) {
	s := m[key]
	s.add(o)
	m[key] = s
}

func example(f *File, o Outcome) Example {
	e := Example{File: f.Path}
	if o.Gold != nil {
		e.At, e.Text, e.Gold = o.Gold.Start, o.Gold.Text, o.Gold.ID
	}
	if o.Pred != nil {
		e.Pred = o.Pred.ID
		if o.Gold == nil {
			e.At, e.Text = o.Pred.Start, o.Pred.Text
		}
	}
	return e
}

// aligned compares, row by row, the instrument ids found in the six
// language versions of the aligned sentences.
func aligned(g *Gold, preds map[string][]Prediction) AlignedScore {
	type rowIDs map[int][]string // row → sorted, deduplicated ids
	goldBy, predBy := map[string]rowIDs{}, map[string]rowIDs{}
	nrows := 0
	for _, f := range g.Files {
		if !f.Rows() {
			continue
		}
		nrows = max(nrows, len(f.RowSymbols))
		gr, pr := rowIDs{}, rowIDs{}
		for _, c := range f.Cites {
			if c.Kind.IsInstrument() {
				gr[c.Row] = append(gr[c.Row], c.ID)
			}
		}
		for _, p := range preds[f.Path] {
			if p.Kind.IsInstrument() {
				pr[p.Row] = append(pr[p.Row], p.ID)
			}
		}
		goldBy[f.Lang], predBy[f.Lang] = gr, pr
	}
	var a AlignedScore
	if len(goldBy) < len(cite.Languages) {
		return a
	}
	for row := 1; row <= nrows; row++ {
		want := set(goldBy["en"][row])
		if len(want) == 0 {
			continue
		}
		same := true
		for _, l := range cite.Languages {
			same = same && slices.Equal(set(goldBy[l][row]), want)
		}
		if !same {
			a.Skipped++
			continue
		}
		a.Rows++
		first := set(predBy[cite.Languages[0]][row])
		agree := true
		for _, l := range cite.Languages[1:] {
			agree = agree && slices.Equal(set(predBy[l][row]), first)
		}
		if agree {
			a.Agree++
		}
	}
	return a
}

func set(ids []string) []string {
	s := slices.Clone(ids)
	slices.Sort(s)
	return slices.Compact(s)
}

// String is a one-line summary.
func (s Score) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
}
