package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
)

// WriteTable prints the report as Markdown tables, ready for the README:
// overall, per language (in the UN's order), per family and per kind, then
// relations, the aligned rows and the error classes with examples.
func (r Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "| | gold | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	row := func(name string, gold int, s Score) {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |\n", name, gold, s.TP, s.FP, s.FN, s.Precision(), s.Recall(), s.F1())
	}
	row("**overall**", r.Overall.TP+r.Overall.FN, r.Overall)
	for _, l := range cite.Languages {
		if s, ok := r.ByLang[l]; ok {
			row(l, r.Gold[l], s)
		}
	}
	fmt.Fprintf(&b, "\n| family | gold | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, k := range slices.Sorted(maps.Keys(r.ByFamily)) {
		s := r.ByFamily[k]
		row(k, s.TP+s.FN, s)
	}
	fmt.Fprintf(&b, "\n| kind | gold | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, k := range slices.Sorted(maps.Keys(r.ByKind)) {
		s := r.ByKind[k]
		row(k, s.TP+s.FN, s)
	}
	fmt.Fprintf(&b, "\n| measure | value |\n|---|---:|\n")
	// A share of nothing is not a figure: "–" (a set without aligned
	// rows, such as the held-out set).
	share := func(v float64, of int) string {
		if of == 0 {
			return "–"
		}
		return fmt.Sprintf("%.3f", v)
	}
	fmt.Fprintf(&b, "| relation accuracy (on %d matched citations) | %s |\n", r.Relations.Matched, share(r.Relations.Accuracy(), r.Relations.Matched))
	fmt.Fprintf(&b, "| aligned rows agreeing in all six languages (%d of %d; %d rows left out, their gold differs) | %s |\n",
		r.Aligned.Agree, r.Aligned.Rows, r.Aligned.Skipped, share(r.Aligned.Share(), r.Aligned.Rows))
	fmt.Fprintf(&b, "| annotated look-alikes (negatives) | %d |\n", r.Negatives)
	if len(r.Relations.Confusions) > 0 {
		fmt.Fprintf(&b, "\n| relation: gold → predicted | count | examples (file@byte: text) |\n|---|---:|---|\n")
		for _, k := range sortedByCount(r.Relations.Confusions) {
			fmt.Fprintf(&b, "| %s | %d | %s |\n", k, r.Relations.Confusions[k], examples(r.Relations.Examples[k], false))
		}
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "\n| error class | count | examples (file@byte: text gold → predicted) |\n|---|---:|---|\n")
		for _, k := range sortedByCount(r.Errors) {
			fmt.Fprintf(&b, "| %s | %d | %s |\n", k, r.Errors[k], examples(r.Examples[k], true))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON prints the report as one indented JSON object, with the
// derived figures (precision, recall, F1, accuracy, share) spelled out.
func (r Report) WriteJSON(w io.Writer) error {
	type fig struct {
		Score
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}
	figs := func(m map[string]Score) map[string]fig {
		out := map[string]fig{}
		for k, s := range m {
			out[k] = fig{s, s.Precision(), s.Recall(), s.F1()}
		}
		return out
	}
	v := struct {
		Overall          fig                  `json:"overall"`
		ByLang           map[string]fig       `json:"byLang"`
		ByFamily         map[string]fig       `json:"byFamily"`
		ByKind           map[string]fig       `json:"byKind"`
		Relations        RelationScore        `json:"relations"`
		RelationAccuracy float64              `json:"relationAccuracy"`
		Aligned          AlignedScore         `json:"aligned"`
		AlignedShare     float64              `json:"alignedShare"`
		Gold             map[string]int       `json:"gold"`
		Negatives        int                  `json:"negatives"`
		Errors           map[string]int       `json:"errors"`
		Examples         map[string][]Example `json:"examples"`
	}{fig{r.Overall, r.Overall.Precision(), r.Overall.Recall(), r.Overall.F1()}, figs(r.ByLang), figs(r.ByFamily), figs(r.ByKind),
		r.Relations, r.Relations.Accuracy(), r.Aligned, r.Aligned.Share(), r.Gold, r.Negatives, r.Errors, r.Examples}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// examples is one table cell listing es, with the ids when withIDs.
func examples(es []Example, withIDs bool) string {
	var ex []string
	for _, e := range es {
		s := fmt.Sprintf("%s@%d: %q", e.File, e.At, oneLine(e.Text))
		if withIDs {
			s += fmt.Sprintf(" %s → %s", orDash(e.Gold), orDash(e.Pred))
		}
		ex = append(ex, s)
	}
	return strings.ReplaceAll(strings.Join(ex, "<br>"), "|", `\|`)
}

func sortedByCount(m map[string]int) []string {
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(a, b string) int { return m[b] - m[a] })
	return keys
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
