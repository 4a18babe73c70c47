package store

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/citegraph/citegraph/internal/cite"
)

// This file holds the parts of search that are not a database's business,
// so every backend reads a query the same way: folding, the instrument
// grammar ("decision 2/6", "第55/25号决议"), and matching a body's names.

// MaxSearchRunes bounds a search query's length; longer is ErrInvalid.
const MaxSearchRunes = 500

// Fold lowercases s and removes its combining marks (accents), so that
// "Résolution" and "resolution" compare equal. Letters that are not
// decomposed by NFD (ø, ł) are kept.
func Fold(s string) string {
	// A transform.Chain holds state: one per call, so Fold is safe for
	// concurrent use.
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// IsCJK reports whether r is a Han, Hiragana, Katakana or Hangul character:
// scripts written without spaces between words, searched by substring.
func IsCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// Term is one unit of a search query: a word of a spaced script, or a run
// of CJK characters that must occur as a substring.
type Term struct {
	Text string // folded
	CJK  bool
}

// Terms splits a query into folded words and CJK runs. Punctuation
// separates words, except inside numbers ("55/25" stays one term, as a
// phrase of its digits), so that a term never carries query syntax.
func Terms(q string) []Term {
	var terms []Term
	var cur []rune
	cjk := false
	flush := func() {
		if len(cur) > 0 {
			terms = append(terms, Term{Text: string(cur), CJK: cjk})
		}
		cur = cur[:0]
	}
	rs := []rune(Fold(q))
	for i, r := range rs {
		switch {
		case IsCJK(r):
			if !cjk {
				flush()
			}
			cjk = true
			cur = append(cur, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if cjk {
				flush()
			}
			cjk = false
			cur = append(cur, r)
		case strings.ContainsRune("/.-", r) && !cjk && len(cur) > 0 && i+1 < len(rs) &&
			(unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])) && hasDigit(string(cur)):
			// 55/25, 1/CP.21, 2004-27: keep a number whole.
			cur = append(cur, r)
		default:
			flush()
			cjk = false
		}
	}
	flush()
	return terms
}

// InstrumentQuery is a query read as the name of an instrument.
type InstrumentQuery struct {
	Kind   cite.Kind // "" when the query names no kind
	Number string    // normalised: no spaces; compare case-insensitively
	// Qualifier is what else the query says (folded), such as a body's key,
	// acronym or name ("GA resolution 55/25" → "ga"); "" when nothing.
	Qualifier string
}

var kindWords = map[string]cite.Kind{
	"resolution": cite.KindResolution, "resolutions": cite.KindResolution, "res": cite.KindResolution,
	"resolucion": cite.KindResolution, "resoluciones": cite.KindResolution,
	"резолюция": cite.KindResolution, "резолюции": cite.KindResolution, "резолюцию": cite.KindResolution,
	"قرار": cite.KindResolution, "القرار": cite.KindResolution,
	"decision": cite.KindDecision, "decisions": cite.KindDecision, "dec": cite.KindDecision,
	"decisiones": cite.KindDecision, "решение": cite.KindDecision, "решения": cite.KindDecision,
	"مقرر": cite.KindDecision, "المقرر": cite.KindDecision,
	"prst": cite.KindPresidentialStatement,
}

// fillers are words a person puts around an instrument's name that say
// nothing about which one it is.
var fillers = map[string]bool{"no": true, "nº": true, "n°": true, "of": true, "de": true, "the": true}

// ParseInstrumentQuery reads q as an instrument's name: an optional kind
// word in any of the six languages, a number, and anything else as a
// qualifier. ok is false when q holds no number (a number has a digit).
func ParseInstrumentQuery(q string) (InstrumentQuery, bool) {
	var iq InstrumentQuery
	s := strings.TrimSpace(q)
	// Chinese writes 第55/25号决议: the kind after the number.
	for w, k := range map[string]cite.Kind{"决议": cite.KindResolution, "决定": cite.KindDecision, "主席声明": cite.KindPresidentialStatement} {
		if strings.Contains(s, w) {
			iq.Kind = k
			s = strings.ReplaceAll(s, w, " ")
		}
	}
	s = strings.NewReplacer("第", " ", "号", " ", "號", " ").Replace(s)
	var number, rest []string
	fields := strings.Fields(s)
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		w := Fold(f)
		if k, ok := kindWords[w]; ok && iq.Kind == "" {
			iq.Kind = k
			continue
		}
		if w == "presidential" && i+1 < len(fields) && Fold(fields[i+1]) == "statement" {
			iq.Kind = cite.KindPresidentialStatement
			i++
			continue
		}
		if fillers[w] {
			continue
		}
		if hasDigit(f) || (len(number) > 0 && isPartOrSession(f)) {
			number = append(number, f)
			continue
		}
		rest = append(rest, w)
	}
	if len(number) == 0 {
		return InstrumentQuery{}, false
	}
	iq.Number = strings.Join(number, "")
	for _, r := range iq.Number {
		if !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("/.-()", r))) {
			return InstrumentQuery{}, false
		}
	}
	iq.Qualifier = strings.Join(rest, " ")
	return iq, true
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// isPartOrSession accepts what follows a number and belongs to it: a part
// letter ("57/270 B") or a session in parentheses ("3379 (XXX)").
func isPartOrSession(s string) bool {
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return true
	}
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")
}

// BodyMatch says how a body matched a query.
type BodyMatch struct {
	Exact bool   // the query is the body's key, an acronym, a name or an alias
	Lang  string // language of the name that matched, "" for a key or acronym
	Name  string // the name, alias, acronym or key that matched
}

// MatchBody reports whether q names body b: exactly (key, acronym, name,
// alias, ignoring case and accents), or by words, each word of q
// starting a word of one name and each CJK run of q inside it.
func MatchBody(b cite.Body, q string) (BodyMatch, bool) {
	fq := strings.Join(strings.Fields(Fold(q)), " ")
	if fq == "" {
		return BodyMatch{}, false
	}
	type cand struct{ lang, name string }
	var cands []cand
	cands = append(cands, cand{"", b.Key})
	for _, a := range b.Acronyms {
		cands = append(cands, cand{"", a})
	}
	langs := slices.Clone(cite.Languages)
	for l := range b.Names {
		if !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	for l := range b.Aliases {
		if !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	slices.Sort(langs[len(cite.Languages):])
	for _, l := range langs {
		if n := b.Names[l]; n != "" {
			cands = append(cands, cand{l, n})
		}
	}
	for _, l := range langs {
		for _, a := range b.Aliases[l] {
			cands = append(cands, cand{l, a})
		}
	}
	for _, c := range cands {
		if strings.Join(strings.Fields(Fold(c.name)), " ") == fq {
			return BodyMatch{Exact: true, Lang: c.lang, Name: c.name}, true
		}
	}
	terms := Terms(q)
	if len(terms) == 0 {
		return BodyMatch{}, false
	}
	for _, c := range cands[1+len(b.Acronyms):] {
		if matchesTerms(c.name, terms) {
			return BodyMatch{Lang: c.lang, Name: c.name}, true
		}
	}
	return BodyMatch{}, false
}

// matchesTerms reports whether every term of a query is in name: a word as
// the start of one of its words, a CJK run as a substring.
func matchesTerms(name string, terms []Term) bool {
	words := Terms(name)
	folded := Fold(name)
	for _, t := range terms {
		if t.CJK {
			if !strings.Contains(folded, t.Text) {
				return false
			}
			continue
		}
		found := false
		for _, w := range words {
			if !w.CJK && strings.HasPrefix(w.Text, t.Text) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// kindNames are the English words for the instrument kinds.
var kindNames = map[cite.Kind]string{
	cite.KindResolution:            "resolution",
	cite.KindDecision:              "decision",
	cite.KindPresidentialStatement: "presidential statement",
}

// InstrumentLabel names an instrument as a person would: its title when
// known, else "decision 2/6 (untoc-cop)".
func InstrumentLabel(in cite.Instrument) string {
	if in.Title != "" {
		return in.Title
	}
	return kindNames[in.ID.Kind()] + " " + in.ID.Number() + " (" + in.ID.Body() + ")"
}

// DocumentLabel names a document as a person would: its title, else its
// symbol, else its id.
func DocumentLabel(d cite.Document) string {
	switch {
	case d.Title != "":
		return d.Title
	case d.Symbol != "":
		return d.Symbol
	}
	return d.ID
}
