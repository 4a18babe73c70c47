package extract

import (
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
)

// Family forms beyond N/N whose shape names the body (or the session
// kind), as data. Each canonical form is documented in doc/extractor.md.

// specialSessions are the prefixes of the General Assembly's and the
// Human Rights Council's special and emergency special sessions:
// resolution S-8/1, ES-10/2, S-1/1. They name no body (both the Assembly
// and the Council hold special sessions): the usual order decides.
var specialSessions = map[string]bool{"S": true, "ES": true}

// dottedFamilies are the forms PREFIX N.N (WHA73.1) and PREFIX N.RN
// (EB146.R1), and PREFIX.N(N) (A.744(18), MSC.428(98)): the prefix names
// the body. kind is the kind of a bare form; dec is the kind of PREFIXN(N)
// (WHA72(9), EB146(1)), the decisions of the WHO's organs.
type dottedFamily struct {
	body string
	kind cite.Kind
}

// whoFamilies: World Health Assembly resolutions WHA73.1 and decisions
// WHA72(9); Executive Board resolutions EB146.R1 and decisions EB146(1).
var whoFamilies = map[string]dottedFamily{
	"WHA": {"who-wha", cite.KindResolution},
	"EB":  {"who-eb", cite.KindResolution},
}

// imoFamilies: resolutions of the IMO Assembly A.744(18), of the Maritime
// Safety Committee MSC.428(98), of the Marine Environment Protection
// Committee MEPC.107(49), of the Legal and Facilitation Committees.
var imoFamilies = map[string]string{
	"A": "imo-a", "MSC": "imo-msc", "MEPC": "imo-mepc", "LEG": "imo-leg", "FAL": "imo-fal",
}

// unescoFamilies: UNESCO General Conference resolutions "40 C/37" and
// Executive Board decisions "210 EX/5".
var unescoFamilies = map[string]dottedFamily{
	"C":  {"unesco-gc", cite.KindResolution},
	"EX": {"unesco-eb", cite.KindDecision},
}

// familyWords are the words that may start a bare family form.
func familyWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	_, who := whoFamilies[w]
	_, imo := imoFamilies[w]
	return who || imo || dashFamilies[w] != ""
}

// wordItem parses the family forms that start with a word at token j:
// BC-14/12, XXVIII/1, S-8/1, ES-10/2, XIII.7 (Ramsar), Conf. 11.3 (Rev.
// CoP18) (CITES), WHA73.1, EB146.R1, WHA72(9), A.744(18), MSC.428(98).
func (s *scanner) wordItem(j int) (item, bool) {
	t := &s.toks[j]
	w := s.text(t)
	// S-8/1, ES-10/2
	if specialSessions[w] && s.is(j+1, "-") && s.num(j+2) != "" && s.is(j+3, "/") && s.num(j+4) != "" && !s.touchesAlnum(j+4) {
		return item{first: j, last: j + 4, base: w + "-" + s.num(j+2) + "/" + s.num(j+4), form: "special"}, true
	}
	// WHA73.1, EB146.R1; WHA72(9), EB146(1)
	if f, ok := whoFamilies[w]; ok && s.num(j+1) != "" {
		n := s.num(j + 1)
		switch {
		case s.is(j+2, ".") && s.num(j+3) != "" && !s.touchesAlnum(j+3):
			return item{first: j, last: j + 3, base: w + n + "." + s.num(j+3), family: f.body, form: "who", kind: cite.KindResolution}, true
		case s.is(j+2, ".") && s.textAt(j+3) == "R" && s.num(j+4) != "" && !s.touchesAlnum(j+4):
			return item{first: j, last: j + 4, base: w + n + ".R" + s.num(j+4), family: f.body, form: "who", kind: cite.KindResolution}, true
		case s.is(j+2, "(") && s.num(j+3) != "" && s.is(j+4, ")"):
			return item{first: j, last: j + 4, base: w + n + "(" + s.num(j+3) + ")", family: f.body, form: "who", kind: cite.KindDecision}, true
		}
	}
	// A.744(18), MSC.428(98)
	if body, ok := imoFamilies[w]; ok && s.is(j+1, ".") && s.num(j+2) != "" && s.is(j+3, "(") && s.num(j+4) != "" && s.is(j+5, ")") {
		return item{first: j, last: j + 5, base: w + "." + s.num(j+2) + "(" + s.num(j+4) + ")", family: body, form: "imo", kind: cite.KindResolution}, true
	}
	// Resolution Conf. 11.3 (Rev. CoP18)
	if s.word(j) == "conf" && s.is(j+1, ".") {
		k := s.next(j + 2)
		if s.num(k) != "" && s.is(k+1, ".") && s.num(k+2) != "" {
			it := item{first: j, last: k + 2, base: "Conf." + s.num(k) + "." + s.num(k+2), family: "cites-cop", form: "cites"}
			m := s.next(it.last + 1)
			if s.is(m, "(") && s.word(m+1) == "rev" && s.is(m+2, ".") {
				r := s.next(m + 3)
				if s.word(r) == "cop" && s.num(r+1) != "" && s.is(r+2, ")") {
					it.base += "(Rev.CoP" + s.num(r+1) + ")"
					it.last = r + 2
				}
			}
			return it, true
		}
	}
	// Ramsar: Resolution XIII.7
	if r := romanOf(w); r != "" && s.is(j+1, ".") && s.num(j+2) != "" && !s.touchesAlnum(j+2) {
		return item{first: j, last: j + 2, base: r + "." + s.num(j+2), family: "ramsar-cop", form: "ramsar"}, true
	}
	return item{}, false
}

// numberFamily parses the family forms that start with a number at token
// j: CITES decisions 18.23 and UNESCO's 40 C/37 and 210 EX/5.
func (s *scanner) numberFamily(j int) (item, bool) {
	n := s.num(j)
	// Decision 18.23 (CITES): the only decisions numbered session.number.
	if s.is(j+1, ".") && s.num(j+2) != "" && !s.touchesAlnum(j+2) && len(n) <= 2 {
		return item{first: j, last: j + 2, base: n + "." + s.num(j+2), family: "cites-cop", form: "cites", kind: cite.KindDecision}, true
	}
	// 40 C/37, 210 EX/5
	k := j + 1
	if k < len(s.toks) && s.toks[k].kind == tokSpace && !s.toks[k].nl {
		k++
	}
	if f, ok := unescoFamilies[s.textAt(k)]; ok && k > j+1 && s.is(k+1, "/") && s.num(k+2) != "" && !s.touchesAlnum(k+2) {
		return item{first: j, last: k + 2, base: n + strings.ToUpper(s.textAt(k)) + "/" + s.num(k+2), family: f.body, form: "unesco", kind: f.kind}, true
	}
	return item{}, false
}

// externals finds the instruments of organizations outside the UN system
// that UN texts cite, so that they are kept as theirs and never read as UN
// instruments: the OAS General Assembly's "AG/RES. 1733 (XXX-O/00)" →
// oas-ga:res:1733(XXX-O/00), the IAEA General Conference's "GC(69)/RES/7"
// → iaea-gc:res:GC(69)/RES/7. Their bodies are the registry's external ones.
func (s *scanner) externals() {
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		var body, number string
		last := -1
		switch s.textAt(i) {
		case "AG":
			// AG/RES. 1733 (XXX-O/00)
			if !s.is(i+1, "/") || !strings.EqualFold(s.textAt(i+2), "RES") || !s.is(i+3, ".") {
				continue
			}
			k := s.next(i + 4)
			n := s.num(k)
			m := s.next(k + 1)
			if n == "" || !s.is(m, "(") {
				continue
			}
			// (XXX-O/00): session, O or E (ordinary, extraordinary), year.
			r := romanOf(s.textAt(m + 1))
			if r == "" || !s.is(m+2, "-") || s.toks[min(m+3, len(s.toks)-1)].kind != tokWord || !s.is(m+4, "/") || s.num(m+5) == "" || !s.is(m+6, ")") {
				continue
			}
			body, number, last = "oas-ga", n+"("+r+"-"+s.textAt(m+3)+"/"+s.num(m+5)+")", m+6
		case "GC":
			// GC(69)/RES/7
			if !s.is(i+1, "(") || s.num(i+2) == "" || !s.is(i+3, ")") || !s.is(i+4, "/") || !strings.EqualFold(s.textAt(i+5), "RES") || !s.is(i+6, "/") || s.num(i+7) == "" {
				continue
			}
			body, number, last = "iaea-gc", "GC("+s.num(i+2)+")/RES/"+s.num(i+7), i+7
		default:
			continue
		}
		if i > 0 && (s.toks[i-1].kind == tokWord || s.toks[i-1].kind == tokNum || s.text(&s.toks[i-1]) == "/") {
			continue
		}
		if _, ok := s.reg.Body(body); !ok {
			continue
		}
		rc := rawCite{first: i, last: last, phraseFirst: i, phraseLast: last, poss: -1, pre: -1, post: -1, family: body, bare: true}
		rc.c = cite.Citation{Kind: cite.KindResolution, Number: number, Text: s.src[s.toks[i].pos:s.toks[last].end],
			Start: s.toks[i].pos, End: s.toks[last].end}
		s.cites = append(s.cites, rc)
		for k := i; k <= last; k++ {
			s.used[k] = true
		}
		si = s.skipStarts(si, last)
	}
}

// locatorWords are the words (folded) that locate an instrument inside a
// document cited just before it: "document CBD/COP/15/17, decision 15/4",
// "(E/2025/27), chap. I, sect. C, resolution 69/1". Between the symbol and
// the kind word only these, part numbers or letters and punctuation may
// stand (locatedIn).
var locatorWords = set{
	"chap": true, "chapter": true, "sect": true, "section": true, "annex": true, "para": true,
	"paras": true, "paragraph": true, "vol": true, "part": true, "appendix": true, "and": true,
	"annexe": true, "par": true, "partie": true, "chapitre": true, "et": true,
	"cap": true, "capitulo": true, "secc": true, "seccion": true, "anexo": true, "parr": true, "parte": true, "y": true,
	"глава": true, "гл": true, "раздел": true, "разд": true, "приложение": true, "часть": true, "пункт": true, "и": true,
}
