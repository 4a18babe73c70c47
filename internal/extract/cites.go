package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// item is one instrument number of a citation: "55/25", "57/270 B",
// "3379 (XXX)", "1373 (2001)", "1/CP.21", "BC-14/12".
type item struct {
	first, last int
	base        string    // 55/25, 3379, 1/CP.21
	parts       []string  // part letters, nil when none
	session     string    // (XXX), (2001)
	family      string    // body the form names, "" when none
	form        string    // "plain", "sc", "unfccc", "dash", "roman", "special", "who", "imo", "cites", "ramsar", "unesco"
	kind        cite.Kind // the kind a bare form has, "" when the form says none
}

// familySuffixes are the UNFCCC forms N/CP.S, N/CMA.S, N/CMP.S.
var familySuffixes = map[string]string{"CP": "unfccc-cop", "CMA": "unfccc-cma", "CMP": "unfccc-cmp"}

// dashFamilies are the chemicals conventions' forms BC-14/12, RC-9/5, SC-9/4.
var dashFamilies = map[string]string{"BC": "basel-cop", "RC": "rotterdam-cop", "SC": "stockholm-cop"}

func (it item) numbers() []string {
	if len(it.parts) == 0 {
		return []string{it.base + it.session}
	}
	out := make([]string, len(it.parts))
	for i, p := range it.parts {
		out[i] = it.base + p + it.session
	}
	return out
}

// item parses one instrument number at token j.
func (s *scanner) item(j int) (item, bool) {
	if j >= len(s.toks) || s.used[j] {
		return item{}, false
	}
	if j > 0 {
		// Chinese glues numbers to the characters around them (第2118);
		// Arabic glues "and" to the number (و2161).
		if p := &s.toks[j-1]; (p.kind == tokWord && !s.hanWord(p) && !s.t.listWords[s.fold(p)]) || p.kind == tokNum || s.text(p) == "/" || s.text(p) == "." || s.text(p) == "-" {
			return item{}, false
		}
	}
	t := &s.toks[j]
	switch t.kind {
	case tokNum:
		return s.numItem(j)
	case tokWord:
		if it, ok := s.wordItem(j); ok {
			return it, true
		}
		if key, ok := dashFamilies[s.text(t)]; ok && s.is(j+1, "-") && s.num(j+2) != "" && s.is(j+3, "/") && s.num(j+4) != "" && !s.touchesAlnum(j+4) {
			return item{first: j, last: j + 4, base: s.text(t) + "-" + s.num(j+2) + "/" + s.num(j+4), family: key, form: "dash"}, true
		}
		if r := romanOf(s.text(t)); r != "" && s.is(j+1, "/") && s.num(j+2) != "" && !s.touchesAlnum(j+2) {
			it := item{first: j, last: j + 2, base: r + "/" + s.num(j+2), form: "roman"}
			return it, true
		}
	}
	return item{}, false
}

func (s *scanner) numItem(j int) (item, bool) {
	if it, ok := s.numberFamily(j); ok {
		return it, true
	}
	n1 := s.num(j)
	it := item{first: j, last: j, form: "plain"}
	if s.is(j+1, "/") {
		t2 := j + 2
		switch {
		case s.num(t2) != "":
			// 15/12/2018 and 2/5.3 are dates and numbers, not citations;
			// "79/16,2" is a citation with its footnote mark.
			if (s.is(t2+1, "/") || s.is(t2+1, ".")) && s.num(t2+2) != "" {
				return item{}, false
			}
			if s.is(t2+1, ",") && s.num(t2+2) != "" && (len(s.num(t2+2)) > 2 || s.touchesAlnum(t2+2) || s.is(t2+3, ",") && s.num(t2+4) != "") {
				return item{}, false
			}
			if t2+1 < len(s.toks) && s.toks[t2+1].kind == tokWord && !s.hanWord(&s.toks[t2+1]) {
				return item{}, false
			}
			it.base = n1 + "/" + s.num(t2)
			it.last = t2
		case familySuffixes[s.textAt(t2)] != "":
			suf := s.textAt(t2)
			k := t2 + 1
			sess := ""
			switch {
			case s.num(k) != "": // 8/CP5
				sess = s.num(k)
			case s.is(k, "."):
				k++
				if k < len(s.toks) && s.toks[k].kind == tokSpace && !s.toks[k].nl && len(s.text(&s.toks[k])) <= 2 {
					k++ // 1/CP. 17
				}
				sess = s.num(k)
			}
			if sess == "" {
				return item{}, false
			}
			return item{first: j, last: k, base: n1 + "/" + suf + "." + sess, family: familySuffixes[suf], form: "unfccc"}, true
		default:
			return item{}, false
		}
	} else if len(n1) > 5 {
		return item{}, false
	}
	// Parts: 57/270 B, 47/20 A and B, 3419 A à D (XXX), 57/270 باء.
	if m := s.next(it.last + 1); m > it.last+1 && s.partLetter(m) != "" {
		it.parts = []string{s.partLetter(m)}
		it.last = m
		for {
			k := s.next(it.last + 1)
			rng := false
			switch {
			case s.is(k, ","):
			case s.t.listWords[s.word(k)]:
			case s.t.rangeWords[s.word(k)], s.is(k, "–"), s.is(k, "-"), s.is(k, "—"):
				rng = true // A to D, A à D, A–D
			default:
				k = -1
			}
			if k < 0 {
				break
			}
			l := s.next(k + 1)
			if s.partLetter(l) == "" {
				break
			}
			to := s.partLetter(l)[0]
			if rng {
				for c := it.parts[len(it.parts)-1][0] + 1; c < to; c++ {
					it.parts = append(it.parts, string(c))
				}
			}
			it.parts = append(it.parts, string(to))
			it.last = l
		}
	}
	// Session or year in parentheses, possibly on the next line.
	if m := s.next(it.last + 1); s.is(m, "(") && s.is(m+2, ")") {
		switch v := s.textAt(m + 1); {
		case isYear(s.num(m + 1)):
			if it.base == "" {
				it.session = "(" + s.num(m+1) + ")"
				it.family = "sc"
				it.form = "sc"
				it.last = m + 2
			}
		case romanOf(v) != "":
			it.session = "(" + romanOf(v) + ")"
			it.last = m + 2
		}
	} else if sp := s.textAt(m + 1); s.is(m, "(") && specialSessions[sp] && s.is(m+2, "-") && romanOf(s.textAt(m+3)) != "" && s.is(m+4, ")") {
		// A special or emergency special session before 1976: 1874 (S-IV), 1001 (ES-I).
		it.session = "(" + sp + "-" + romanOf(s.textAt(m+3)) + ")"
		it.last = m + 4
	} else if sess, last, ok := s.sessionMark(m); ok {
		it.session = "(" + sess + ")"
		it.last = last
	}
	if it.base == "" {
		if it.session == "" {
			return item{}, false
		}
		it.base = n1
	}
	return it, true
}

func (s *scanner) textAt(i int) string {
	if i >= 0 && i < len(s.toks) {
		return s.text(&s.toks[i])
	}
	return ""
}

// date matches a date phrase after a number ("of 2 August 1990", "du 15
// décembre 1955", "de 27 de junio de 2011") at token i and returns its
// last token.
func (s *scanner) date(i int) (int, bool) {
	k := i
	if s.is(k, ",") {
		k = s.next(k + 1)
	}
	for _, p := range s.t.dateWords {
		last, ok := s.matchWords(k, p)
		if !ok {
			continue
		}
		if end, ok := s.dayMonthYear(s.next(last + 1)); ok {
			return end, true
		}
		// "of 31 July and 183 (1963) of 11 December 1963": the year may
		// be left to the number's session.
		if end, ok := s.dayMonth(s.next(last + 1)); ok {
			return end, true
		}
	}
	return 0, false
}

// dayMonthYear matches "2 August 1990", "15 décembre 1955", "27 de junio
// de 2011", "1er mars 2001" at token i.
func (s *scanner) dayMonthYear(i int) (int, bool) {
	_, _, _, end, ok := s.dmy(i)
	return end, ok
}

// dayMonth matches "31 July", "15 décembre" at token i (no year).
func (s *scanner) dayMonth(i int) (int, bool) {
	d := s.num(i)
	if d == "" || len(d) > 2 || atoi(d) < 1 || atoi(d) > 31 {
		return 0, false
	}
	k := s.next(i + 1)
	if s.word(k) == "de" {
		k = s.next(k + 1)
	}
	if s.t.months[s.word(k)] == 0 {
		return 0, false
	}
	return k, true
}

func (s *scanner) dmy(i int) (day, month int, year string, end int, ok bool) {
	d := s.num(i)
	if d == "" || len(d) > 2 {
		return 0, 0, "", 0, false
	}
	day = atoi(d)
	k := i + 1
	if w := s.word(k); w == "er" || w == "st" || w == "nd" || w == "rd" || w == "th" || w == "o" {
		k++
	}
	k = s.next(k)
	if s.word(k) == "de" {
		k = s.next(k + 1)
	}
	month = s.t.months[s.word(k)]
	// Arabic names a month twice: "حزيران/يونيه", "كانون الثاني/يناير";
	// the name after the slash decides.
	for j, n := k, 0; s.word(k) != "" && n < 3 && j < len(s.toks); n++ {
		j = s.next(j + 1)
		if s.is(j, "/") {
			if m := s.t.months[s.word(s.next(j+1))]; m > 0 {
				month, k = m, s.next(j+1)
			}
			break
		}
		if s.word(j) == "" {
			break
		}
	}
	if month == 0 || day < 1 || day > 31 {
		return 0, 0, "", 0, false
	}
	k = s.next(k + 1)
	if s.word(k) == "de" || s.is(k, ",") {
		k = s.next(k + 1)
	}
	y := s.num(k)
	if len(y) != 4 {
		return 0, 0, "", 0, false
	}
	if n := s.next(k + 1); s.t.yearWords[s.word(n)] {
		end := n
		if s.is(end+1, ".") {
			end++ // "2011 г."
		}
		return day, month, y, end, true
	}
	return day, month, y, k, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// list parses the items of a citation from token j: one item, or several
// joined by commas and list words, each possibly followed by a date.
func (s *scanner) list(j int) ([]item, int) {
	it, ok := s.item(j)
	if !ok {
		return nil, j
	}
	items := []item{it}
	end := it.last
	for {
		k := s.next(end + 1)
		if rng, ok := s.rangeTo(items[len(items)-1], k); ok {
			items = append(items, rng...)
			end = rng[len(rng)-1].last
			continue
		}
		if d, ok := s.date(k); ok {
			k = s.next(d + 1)
			if s.t.titleWords[s.word(k)] {
				// "377 A (V) of 3 November 1950 on uniting for peace and
				// 76/262 of 26 April 2022": the title goes to the next
				// dated item.
				if sepAt, ok := s.afterTitle(k); ok {
					k = sepAt
				}
			}
		}
		sep := false
		if s.is(k, ",") {
			k = s.next(k + 1)
			sep = true
		}
		if s.t.listWords[s.word(k)] {
			k = s.next(k + 1)
			sep = true
		}
		// "822 (1993), 853 (1993) 874 (1993) y 884 (1993)": a separator
		// lost between two items that both carry a session or year.
		lost := !sep && items[len(items)-1].session != "" && s.toks[k-1].kind == tokSpace
		if !sep && !lost {
			break
		}
		it, ok := s.item(k)
		if !ok || (lost && it.session == "") {
			break
		}
		items = append(items, it)
		end = it.last
	}
	return items, end
}

// rangeTo reads a range of whole instruments after item from at token k:
// a range word or dash, then an item of the same form, family and session
// whose number differs from from's in one numeric field only, by at most
// maxRange ("decisions 9/CP.19 to 15/CP.19", "resolutions 66/1 to 66/5").
// It returns the items after from: the inner ones span the whole range,
// the last its own number. Of a range it cannot count ("1267 (1999) to
// 1333 (2000)": the years between are unknown) it returns the last item
// alone: both ends are cited, the instruments between are not guessed.
func (s *scanner) rangeTo(from item, k int) ([]item, bool) {
	if !s.t.rangeWords[s.word(k)] && !s.is(k, "–") && !s.is(k, "—") {
		return nil, false
	}
	to, ok := s.item(s.next(k + 1))
	if !ok || to.form != from.form || to.family != from.family || to.kind != from.kind {
		return nil, false
	}
	ends := []item{to}
	if to.session != from.session || len(from.parts) > 0 || len(to.parts) > 0 {
		return ends, true
	}
	f1, f2 := rangeFields(from.base), rangeFields(to.base)
	if len(f1) != len(f2) {
		return ends, true
	}
	at := -1
	for i := range f1 {
		if f1[i] == f2[i] {
			continue
		}
		if at >= 0 || !allDigits(f1[i]) || !allDigits(f2[i]) {
			return ends, true
		}
		at = i
	}
	if at < 0 {
		return ends, true
	}
	n1, n2 := atoi(f1[at]), atoi(f2[at])
	if n2 <= n1 || n2-n1 > maxRange || strings.HasPrefix(f1[at], "0") || strings.HasPrefix(f2[at], "0") ||
		s.rangeItems+n2-n1 > maxRangeItems {
		return ends, true
	}
	s.rangeItems += n2 - n1
	var out []item
	for n := n1 + 1; n < n2; n++ {
		inner := from
		fs := slices.Clone(f1)
		fs[at] = strconv.Itoa(n)
		inner.base = strings.Join(fs, "")
		inner.last = to.last
		out = append(out, inner)
	}
	return append(out, to), true
}

// maxRange bounds the instruments one range stands for, and maxRangeItems
// those all the ranges of a text stand for: a text made of ranges cannot
// make the output a hundred times its size.
const (
	maxRange      = 100
	maxRangeItems = 2000
)

// rangeFields splits an item's base into its digit runs and what lies
// between them, so that "9/CP.19" is 9, "/CP.", 19.
func rangeFields(base string) []string {
	var out []string
	start := 0
	for i := 1; i <= len(base); i++ {
		if i == len(base) || isDigitByte(base[i]) != isDigitByte(base[start]) {
			out = append(out, base[start:i])
			start = i
		}
	}
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// includedIn returns the body of the set a citation is a member of:
// after an include word ("including", "notamment"), the nearest body named
// before it in the clause as "KIND of BODY" ("the resolutions of the
// General Assembly on Namibia, including resolution 1514 (XV)"), when it
// issues the kind with numbers of that shape; "" otherwise.
func (s *scanner) includedIn(rc *rawCite) string {
	w := s.prev(rc.phraseFirst - 1)
	for w > 0 && s.t.articles[s.word(w)] { // "notamment la résolution"
		w = s.prev(w - 1)
	}
	if w < 0 || !s.t.includes[s.word(w)] {
		return ""
	}
	a, _ := s.sentenceToks(s.sentence(w))
	for k := w - 1; k >= a && k > w-40; k-- {
		t := &s.toks[k]
		if t.kind == tokBreak || t.kind == tokPunct && (s.text(t) == ";" || s.text(t) == ".") || t.kind == tokNum {
			return ""
		}
		mi, ok := s.mEnd[k]
		if !ok {
			continue
		}
		m := s.mentions[mi]
		if m.short() {
			return ""
		}
		of := s.prev(m.first - 1)
		for of > 0 && (s.t.articles[s.word(of)] || s.isApostrophe(&s.toks[of])) { // "of the", "de l'"
			of = s.prev(of - 1)
		}
		if !adoptionLinks[s.word(of)] {
			return ""
		}
		if kw := s.prev(of - 1); kw < 0 || s.toks[kw].kind != tokWord || s.toks[kw].flags&kindWord == 0 || !s.issuesFit(m.key, rc) {
			return ""
		}
		return m.key
	}
	return ""
}

// adoptionLinks join an adoption noun to the kind word after it, and a
// kind word to the body after it (includedIn).
var adoptionLinks = set{"of": true, "de": true, "du": true, "del": true}

// adoptingBody returns the mention of the body that adopted the instrument
// of the phrase [i, end] when the phrase follows an adoption noun and the
// clause names the body after "by": "the adoption of resolution 2000/22
// of 18 August 2000, on the promotion of dialogue …, by the Subcommission
// on the Promotion and Protection of Human Rights". -1 when there is none.
func (s *scanner) adoptingBody(i, end int) int {
	before := s.wordsBefore(i, 2)
	if len(before) == 2 && adoptionLinks[before[0]] {
		before = before[1:] // "adoption of", "adoption de", "aprobación de"
	}
	if len(before) == 0 || !s.t.adoptions[before[0]] {
		return -1
	}
	depth := 0
	for j := end + 1; j < len(s.toks) && j < end+80; j++ {
		t := &s.toks[j]
		switch {
		case t.kind == tokBreak:
			return -1
		case t.kind == tokPunct:
			switch s.text(t) {
			case "(", "[":
				depth++
			case ")", "]":
				depth--
			case ";", ".", ":":
				return -1
			}
		case t.kind == tokWord && t.flags&kindWord != 0:
			return -1
		case t.kind == tokWord && depth == 0 && s.t.byWords[s.fold(t)]:
			k := s.next(j + 1)
			for s.t.articles[s.word(k)] {
				k = s.next(k + 1)
			}
			if mi, ok := s.mStart[k]; ok && !s.mentions[mi].short() {
				return mi
			}
			return -1
		}
	}
	return -1
}

// afterTitle returns the separator (a comma or list word) that ends the
// title of a dated list item opened at token k, when what follows it is
// another item with its date: "on uniting for peace and 76/262 of 26
// April 2022". The title stays in its sentence and clause: a semicolon,
// full stop, blank line or kind word ends the search.
func (s *scanner) afterTitle(k int) (int, bool) {
	depth := 0
	for j := k + 1; j < len(s.toks) && j < k+120; j++ {
		t := &s.toks[j]
		switch {
		case t.kind == tokBreak:
			return 0, false
		case t.kind == tokPunct:
			switch s.text(t) {
			case "(", "[":
				depth++
			case ")", "]":
				depth--
			case ";", ".": // a colon may stand in a title ("…challenges: fostering …")
				return 0, false
			case ",":
				if depth == 0 && s.datedItem(s.next(j+1)) {
					return j, true
				}
			}
		case t.kind == tokWord && t.flags&kindWord != 0:
			return 0, false // "…, and its resolutions 50/70 P of …": a phrase of its own
		case t.kind == tokWord && depth == 0 && s.t.listWords[s.fold(t)]:
			if s.datedItem(s.next(j + 1)) {
				return j, true
			}
		}
	}
	return 0, false
}

// datedItem reports whether an item followed by its date starts at token
// k, after an optional list word (", and 79/5 of 24 October 2024").
func (s *scanner) datedItem(k int) bool {
	if s.t.listWords[s.word(k)] {
		k = s.next(k + 1)
	}
	it, ok := s.item(k)
	if !ok {
		return false
	}
	_, ok = s.date(s.next(it.last + 1))
	return ok
}

// keywords finds citations introduced by a kind word: "resolution 55/25",
// "décisions 2/6, 3/2 et 4/3", "General Assembly resolution 57/270 B".
func (s *scanner) keywords() {
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		t := &s.toks[i]
		if t.kind != tokWord || s.used[i] || t.flags&kindWord == 0 {
			continue
		}
		kind, ok := s.t.kinds[s.fold(t)]
		if !ok {
			continue
		}
		mid := -1
		items, end := s.list(s.next(i + 1))
		if len(items) == 0 && s.t.bodyAfter {
			// "قرار مجلس الأمن 1990 (2011)"
			if mi, ok := s.mStart[s.next(i+1)]; ok {
				if items, end = s.list(s.next(s.mentions[mi].last + 1)); len(items) > 0 {
					mid = mi
				}
			}
		}
		if len(items) == 0 {
			// "las resoluciones del Consejo de Seguridad 822 (1993)"
			k := s.next(i + 1)
			for _, p := range s.t.bodyFirst {
				mi, ok := s.mentionAfter(k, p)
				if !ok {
					continue
				}
				if mi >= 0 {
					if items, end = s.list(s.next(s.mentions[mi].last + 1)); len(items) > 0 {
						mid = mi
					}
				}
				break
			}
		}
		if len(items) == 0 {
			continue
		}
		phraseLast := end
		if d, ok := s.date(s.next(end + 1)); ok {
			phraseLast = d
		}
		post := s.postMention(phraseLast)
		if post >= 0 {
			phraseLast = s.mentions[post].last
		} else if mid >= 0 {
			post = mid
		} else {
			post = s.adoptingBody(i, phraseLast)
		}
		pre := -1
		if p := s.prev(i - 1); p >= 0 {
			if mi, ok := s.mEnd[p]; ok {
				pre = mi
			}
		}
		poss := s.possessive(i)
		if _, ok := s.t.possKinds[s.fold(t)]; ok {
			poss = i // قراره: the possessive is the word's own suffix
		}
		unknown := pre < 0 && post < 0 && (s.unknownBefore(i) || s.unknownAfter(phraseLast))
		// "in its resolution", "In resolution 5/1," open a clause whose
		// verb says what the instrument did; "contained in resolution"
		// does not.
		before := s.wordsBefore(i, 2)
		// "أنه في القرار 853 (1993)، أدان": "that in resolution …" opens
		// a clause too.
		inWord := (len(before) > 0 && s.t.inWords[before[0]] && (poss >= 0 || len(before) == 1 || s.t.thatWords[before[1]])) ||
			(len(before) == 0 && poss >= 0) // "Au paragraphe 6 de sa résolution"
		for n, it := range items {
			first := it.first
			if n == 0 {
				first = i
			}
			family := it.family
			if it.form == "sc" && kind != cite.KindResolution {
				family = "" // the Council's year form is for its resolutions only
			}
			for _, number := range it.numbers() {
				rc := rawCite{first: first, last: it.last, phraseFirst: i, phraseLast: phraseLast,
					poss: poss, pre: pre, post: post, family: family, inWord: inWord, unknown: unknown}
				rc.c = cite.Citation{Kind: kind, Number: number, Text: s.src[s.toks[first].pos:s.toks[it.last].end],
					Start: s.toks[first].pos, End: s.toks[it.last].end}
				s.cites = append(s.cites, rc)
			}
			for k := it.first; k <= it.last; k++ {
				s.used[k] = true
			}
		}
		s.used[i] = true
		si = s.skipStarts(si, end)
	}
}

// arabicSessions are the bodies whose canonical numbers give the session in
// Arabic digits though texts may write it in Roman ("decision X/2" of the
// CBD Conference is cbd-cop:dec:10/2). Bodies not listed keep the Roman
// numeral (the Montreal Protocol's decision XXVIII/1).
var arabicSessions = map[string]bool{"cbd-cop": true}

// normalizeNumber applies a body's own numbering convention.
func normalizeNumber(body, number string) string {
	if !arabicSessions[body] {
		return number
	}
	sess, rest, ok := strings.Cut(number, "/")
	if !ok || !isRoman(sess) {
		return number
	}
	if v := romanValue(sess); v > 0 {
		return strconv.Itoa(v) + "/" + rest
	}
	return number
}

// romanValue is the value of a Roman numeral, or 0 if it is not one.
func romanValue(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// bare finds instruments whose form names their body without a kind
// word: "1/CP.21", "2/CMA.1", "BC-14/12". They are decisions.
func (s *scanner) bare() {
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		t := &s.toks[i]
		if s.used[i] || !(t.kind == tokNum && s.is(i+1, "/")) && !(t.kind == tokWord && familyWord(s.text(t))) {
			continue
		}
		it, ok := s.item(i)
		if !ok || (it.form != "unfccc" && it.form != "dash" && it.form != "who" && it.form != "imo") {
			continue
		}
		kind := cite.KindDecision
		if it.kind != "" {
			kind = it.kind
		}
		rc := rawCite{first: i, last: it.last, phraseFirst: i, phraseLast: it.last, poss: -1, pre: -1, post: -1, family: it.family, bare: true}
		rc.c = cite.Citation{Kind: kind, Number: it.base, Text: s.src[s.toks[i].pos:s.toks[it.last].end],
			Start: s.toks[i].pos, End: s.toks[it.last].end}
		s.cites = append(s.cites, rc)
		for k := i; k <= it.last; k++ {
			s.used[k] = true
		}
		si = s.skipStarts(si, it.last)
	}
}

// postMention returns the body named right after a citation ("of the
// General Assembly", "de la Conférence", "del Consejo"), or -1.
func (s *scanner) postMention(end int) int {
	k := s.next(end + 1)
	if s.t.ofEmpty {
		// The Russian genitive: "резолюции 2118 (2013) Совета
		// Безопасности", "резолюцией 2179 (2014) Совета".
		if mi, ok := s.mStart[k]; ok {
			return mi
		}
	}
	for _, p := range s.t.ofWords {
		if mi, _ := s.mentionAfter(k, p); mi >= 0 {
			return mi
		}
	}
	return -1
}

// mentionAfter matches phrase p at token k ("of the", "de l'", "del") and
// reports whether it matched, with the body name that starts right after
// it (apostrophes passed over), or -1 when none does.
func (s *scanner) mentionAfter(k int, p phrase) (int, bool) {
	last, ok := s.matchWords(k, p)
	if !ok {
		return -1, false
	}
	m := s.next(last + 1)
	for m < len(s.toks) && s.isApostrophe(&s.toks[m]) {
		m = s.next(m + 1)
	}
	if mi, ok := s.mStart[m]; ok {
		return mi, true
	}
	return -1, true
}

// unknownBefore reports whether a capitalised name the registry does not
// know stands right before the kind word at i ("Caribbean resolution",
// "UNDP decision"): the citation names its body, just not one we know, so
// the citing document's body must not be assumed.
func (s *scanner) unknownBefore(i int) bool {
	p := s.prev(i - 1)
	if p < 0 || s.toks[p].kind != tokWord || !startsUpper(s.text(&s.toks[p])) || s.t.possessives[s.fold(&s.toks[p])] {
		return false
	}
	// The name goes on before it ("the Caribbean resolution"); a first
	// word ("Recalling resolution", "[^1]: See resolution") is not a name.
	a, _ := s.sentenceToks(s.sentence(i))
	if q := s.prev(p - 1); q < a || s.toks[q].kind != tokWord {
		return false
	}
	return len(s.t.openingsFirst[s.fold(&s.toks[p])]) == 0
}

// unknownAfter reports whether "of/de/del" and a capitalised name the
// registry does not know follow a citation ("de la Banque mondiale").
func (s *scanner) unknownAfter(end int) bool {
	k := s.next(end + 1)
	for _, p := range s.t.ofWords {
		last, ok := s.matchWords(k, p)
		if !ok {
			continue
		}
		m := s.next(last + 1)
		for m < len(s.toks) && s.isApostrophe(&s.toks[m]) {
			m = s.next(m + 1)
		}
		if m < len(s.toks) && s.toks[m].kind == tokWord && startsUpper(s.text(&s.toks[m])) && s.t.months[s.fold(&s.toks[m])] == 0 {
			_, known := s.mStart[m]
			return !known
		}
	}
	return false
}

// possessive returns the token of the possessive before the kind word at
// i ("its resolution", "sa décision", "su resolución", "its previous
// resolutions"), or -1.
func (s *scanner) possessive(i int) int {
	p := s.prev(i - 1)
	if w := s.word(p); s.t.possessives[w] {
		return p
	} else if w != "" && !startsUpper(s.text(&s.toks[p])) {
		q := s.prev(p - 1)
		if s.t.possessives[s.word(q)] {
			return q
		}
	}
	return -1
}

// wordsBefore returns up to limit folded words before token i in its
// clause, nearest first, without skip words and body names.
func (s *scanner) wordsBefore(i, limit int) []string {
	var out []string
	a, _ := s.sentenceToks(s.sentence(i))
	a = max(a, i-window)
	for j := i - 1; j >= a && len(out) < limit; j-- {
		t := &s.toks[j]
		switch t.kind {
		case tokSpace, tokNum:
			continue
		case tokBreak:
			return out
		case tokPunct:
			// "paragraphs 12, 13 and 16 of": a comma between numbers
			// does not end the clause.
			if s.isJoiner(t) || (s.text(t) == "," && s.num(s.prev(j-1)) != "" && s.num(s.next(j+1)) != "") {
				continue
			}
			// "in accordance with section II, paragraphs 1 to 3, of its
			// resolution": commas around a locator do not end the clause.
			if s.text(t) == "," && (s.t.locators[s.word(s.next(j+1))] || s.t.nominals[s.word(s.prev(j-1))]) {
				continue
			}
			// "paragraph 2 (e) of", "paragraphs 4 (a) to (d) of": a
			// subparagraph's mark is a locator.
			if o := s.subMark(j); o >= 0 {
				j = o
				continue
			}
			return out
		}
		if s.t.listWords[s.fold(t)] && s.num(s.prev(j-1)) != "" && s.num(s.next(j+1)) != "" {
			continue // "paragraphs 10 and 12 of"
		}
		if mi, ok := s.mEnd[j]; ok {
			j = s.mentions[mi].first
			continue
		}
		if isRoman(s.text(t)) || isPartLetter(s.text(t)) { // annex I, section B
			continue
		}
		if !s.t.skip[s.fold(t)] {
			if out == nil {
				out = make([]string, 0, limit) // once, and only when a word is found
			}
			out = append(out, s.fold(t))
		}
	}
	return out
}

// wordsAfter returns up to limit folded words after token i in its
// sentence, in order, without skip words and body names; a leading comma
// is passed over.
func (s *scanner) wordsAfter(i, limit int) []string {
	var out []string
	_, b := s.sentenceToks(s.sentence(i))
	b = min(b, i+window)
	for j := i + 1; j < b && len(out) < limit; j++ {
		t := &s.toks[j]
		switch t.kind {
		case tokSpace, tokNum:
			continue
		case tokBreak:
			return out
		case tokPunct:
			if s.isJoiner(t) || (s.text(t) == "," && len(out) == 0) {
				continue
			}
			return out
		}
		if mi, ok := s.mStart[j]; ok {
			j = s.mentions[mi].last
			continue
		}
		if !s.t.skip[s.fold(t)] {
			out = append(out, s.fold(t))
		}
	}
	return out
}

// ---- bodies ----

// resolve decides the issuing body of every citation (DESIGN §1).
func (s *scanner) resolve() {
	clear(s.symLast)
	for n := range s.cites {
		if rc := &s.cites[n]; rc.symbol {
			if s.symLast == nil {
				s.symLast = map[int]string{}
			}
			body := rc.c.Body
			if key, ok := s.reg.ReportBody(rc.c.Number); ok {
				body = key // "(E/2025/27), chap. I, sect. C, resolution 69/1": the reporting commission's
			}
			s.symLast[rc.last] = body
		}
	}
	for n := range s.cites {
		rc := &s.cites[n]
		if rc.symbol {
			continue
		}
		body, from := s.bodyOf(rc)
		rc.c.Body = body
		rc.c.BodyFrom = from
		rc.c.Number = normalizeNumber(body, rc.c.Number)
		id, err := cite.NewID(body, rc.c.Kind, rc.c.Number)
		if err != nil {
			id, _ = cite.NewID(cite.UnresolvedBody, rc.c.Kind, rc.c.Number)
			rc.c.Body, rc.c.BodyFrom = cite.UnresolvedBody, cite.FromUnresolved
		}
		rc.c.ID = id.String()
	}
}

func (s *scanner) bodyOf(rc *rawCite) (string, cite.BodyFrom) {
	var shortM mention
	short := false
	for _, mi := range []int{rc.pre, rc.post} {
		if mi < 0 {
			continue
		}
		m := s.mentions[mi]
		if !m.short() {
			return m.key, cite.FromExplicit
		}
		if !short {
			short, shortM = true, m
		}
	}
	if rc.family != "" {
		return rc.family, cite.FromFamily
	}
	if rc.unknown {
		return cite.UnresolvedBody, cite.FromUnresolved
	}
	if short {
		if key := s.shortBody(shortM, rc); key != "" {
			return key, cite.FromExplicit
		}
		return cite.UnresolvedBody, cite.FromUnresolved
	}
	// "document CBD/COP/15/17, decision 15/4": an instrument located in
	// a document cited just before it is that document's body's, if it
	// issues the kind with numbers of that shape; else no rule can place
	// it (it is not the citing document's).
	if key, ok := s.locatedIn(rc); ok {
		if s.issuesFit(key, rc) {
			return key, cite.FromExplicit
		}
		return cite.UnresolvedBody, cite.FromUnresolved
	}
	// "the resolutions of the General Assembly on Namibia, including
	// resolution 1514 (XV)": a member of a set of a named body's.
	if key := s.includedIn(rc); key != "" {
		return key, cite.FromExplicit
	}
	// The weak rules place a number only in a body whose numbering it
	// fits (registry "numbers"): "resolution 2000/22" in a General
	// Assembly text is not the Assembly's, whose sessions end near 100.
	if rc.poss >= 0 {
		key, found := s.possessiveSubject(rc)
		switch {
		case found && key == "":
			return cite.UnresolvedBody, cite.FromUnresolved
		case found && s.fits(key, rc):
			return key, cite.FromPossessive
		case !found && s.docBody != "" && s.fits(s.docBody, rc):
			return s.docBody, cite.FromPossessive
		}
	}
	if s.docBody != "" && s.fits(s.docBody, rc) {
		return s.docBody, cite.FromDocument
	}
	return cite.UnresolvedBody, cite.FromUnresolved
}

// locatedIn returns the body of the document whose symbol stands just
// before the citation's phrase with only locators between ("document
// CBD/COP/15/17, decision 15/4", "(E/2025/27), chap. I, sect. C,
// resolution 69/1"), the symbol's reference going on with a comma;
// false when there is none or its body is unknown.
func (s *scanner) locatedIn(rc *rawCite) (string, bool) {
	if rc.symbol || rc.bare || len(s.symLast) == 0 {
		return "", false
	}
	j := rc.phraseFirst - 1
	for steps := 0; j >= 0 && steps < 24; steps++ {
		if key, ok := s.symLast[j]; ok {
			// The symbol's reference goes on: "CBD/COP/15/17, decision",
			// "(E/2025/27), chap. I"; a page header does not.
			k := s.next(j + 1)
			goesOn := s.is(k, ",") || s.is(k, ")") && s.is(s.next(k+1), ",")
			return key, goesOn && key != ""
		}
		t := &s.toks[j]
		switch {
		case t.kind == tokSpace:
		case t.kind == tokBreak:
			return "", false
		case t.kind == tokPunct && strings.Contains(",()", s.text(t)):
		case s.text(t) == "." && j > 0 && locatorWords[s.fold(&s.toks[j-1])]: // "chap.", not a full stop
		case t.kind == tokNum && len(s.text(t)) <= 3:
		case t.kind == tokWord && (locatorWords[s.fold(t)] || partLabel(s.text(t))):
		default:
			return "", false
		}
		j--
	}
	return "", false
}

// partLabel reports whether w labels a part of a document: a capital
// letter or an upper-case Roman numeral ("sect. C", "chap. IV").
func partLabel(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	return len(w) <= 6 && isRoman(w)
}

// shortBody decides the body a short name ("the Council", "Governing
// Council", 理事会) next to a citation stands for. The body the context
// gives (the last named in full, else the citing document's chain) holds
// when it issues the citation's kind with a number of that shape;
// otherwise, of every body the short name can stand for, the one that
// does, if exactly one does: "Governing Council decision 267 (2009)" is
// the Compensation Commission's (number (year)), not the UNEP Governing
// Council's (session/number). "" when none or several fit.
func (s *scanner) shortBody(m mention, rc *rawCite) string {
	if m.key != "" && s.issuesFit(m.key, rc) {
		return m.key
	}
	found := ""
	for _, key := range s.n.headBodies[strings.Join(m.head, " ")] {
		if !s.issuesFit(key, rc) {
			continue
		}
		if found != "" {
			return ""
		}
		found = key
	}
	return found
}

// issuesFit reports whether body issues the citation's kind and its
// number can be one of body's.
func (s *scanner) issuesFit(body string, rc *rawCite) bool {
	return s.reg.Issues(body, rc.c.Kind) && s.fits(body, rc)
}

// fits reports whether the citation's number can be one of body's.
func (s *scanner) fits(body string, rc *rawCite) bool {
	return s.reg.NumberFits(body, normalizeNumber(body, rc.c.Number))
}

// possessiveSubject finds the body named as the subject of the clause of
// a possessive: the nearest body named before it in the sentence ("the
// Security Council, in its resolution"), or the one opening the main
// clause after the citation ("dans sa décision 3/2, la Conférence").
func (s *scanner) possessiveSubject(rc *rawCite) (string, bool) {
	a, b := s.sentenceToks(s.sentence(rc.poss))
	lo, hi := s.mentionsIn(a, rc.poss)
	for k := hi - 1; k >= lo; k-- {
		m := s.mentions[k]
		if m.last >= rc.poss {
			continue
		}
		// "the Council established the Committee by its resolution",
		// "أنشأ لجنة المخدرات بموجب قراره": the body right after an active
		// verb is its object, not the subject.
		if v := s.prev(m.first - 1); v >= 0 && s.t.verbs[s.word(v)] != "" && !s.t.agent[s.word(s.next(m.last+1))] && k > lo {
			continue // (with no body named before the verb, it is its subject: "وأهاب المجلس …")
		}
		return m.key, true
	}
	if !rc.inWord {
		return "", false
	}
	depth := 0
	for j := rc.phraseLast + 1; j < min(b, rc.phraseLast+window); j++ {
		t := &s.toks[j]
		if t.kind != tokPunct {
			continue
		}
		switch s.text(t) {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		case ";", ":":
			return "", false
		case ",":
			if depth > 0 {
				continue
			}
			m := s.next(j + 1)
			for s.t.skip[s.word(m)] || (m < len(s.toks) && s.isApostrophe(&s.toks[m])) {
				m = s.next(m + 1)
			}
			if mi, ok := s.mStart[m]; ok {
				return s.mentions[mi].key, true
			}
			return "", false
		}
	}
	return "", false
}

// ---- relations and subjects ----

func (s *scanner) relate() {
	slices.SortStableFunc(s.cites, func(a, b rawCite) int { return a.c.Start - b.c.Start })
	for n := range s.cites {
		rc := &s.cites[n]
		rel := s.relation(rc)
		// "resolution 2205 (XXI), as amended by … its resolution 3108
		// (XXVIII)": the amending instrument shares the relation of the
		// one it amended.
		if n > 0 && !rc.symbol && s.amendedBy(rc.phraseFirst) && s.sentence(s.cites[n-1].first) == s.sentence(rc.first) {
			rel = s.cites[n-1].c.Relation
			if rel == "" {
				rel = cite.Cites
			}
		}
		// "in accordance with Council resolution 2008 (LX) and Assembly
		// decision 42/450": a citation joined to the one before shares
		// its relation.
		// Items of one phrase ("resolutions 60/74 … and 61/72") share
		// the relation of the first.
		if rel == cite.Cites && n > 0 && !rc.symbol && s.cites[n-1].phraseFirst == rc.phraseFirst && s.cites[n-1].c.Relation != "" {
			rel = s.cites[n-1].c.Relation
		}
		if rel == cite.Cites && n > 0 && s.joined(s.pastLocator(s.cites[n-1].phraseLast), rc.phraseFirst) {
			rel = s.cites[n-1].c.Relation
			if rel == "" {
				rel = cite.Cites
			}
		}
		// "which was established by the Assembly by its resolution 65/66
		// and its decision 70/551": a list under one connector shares it,
		// to its last item, over the paragraph's opening.
		if (rel == cite.Recalls || rel == cite.Reaffirms) && n > 0 && s.joined(s.pastLocator(s.cites[n-1].phraseLast), rc.phraseFirst) {
			if prev := s.cites[n-1].c.Relation; prev != "" && prev != cite.Cites && prev != cite.Recalls && prev != cite.Reaffirms {
				if r, ok := s.connectorAt(s.cites[n-1].phraseFirst); ok && r == prev {
					rel = prev
				}
			}
		}
		// "… shall replace the biennial reports … referred to in decision
		// 2/CP.17", "in place of the guidelines contained in the annex to
		// decision 24/CP.19": the citing text ends what the instrument set
		// up (guidelines rule 1).
		if rel == cite.Cites || rel == cite.Recalls || rel == cite.Reaffirms || rel == cite.Establishes {
			if r, ok := s.replacedOver(n); ok && !rc.symbol {
				rel = r
			}
		}
		if rc.c.Kind == cite.KindDocument {
			if rel != cite.Cites {
				rc.c.Relation = rel
			}
			continue
		}
		rc.c.Relation = rel
		if rel.Traces() && rel != cite.Pursuant {
			rc.c.Subjects = s.subjects(n)
		}
	}
	// "decision 5/CMP.7, paragraph 4, and decision 1/CP.21, paragraph 33,
	// by which it was decided": a relative clause after citations joined
	// into a list speaks of each of them, as after one phrase's items.
	for n := len(s.cites) - 2; n >= 0; n-- {
		rc, nx := &s.cites[n], &s.cites[n+1]
		if !nx.relative || rc.symbol || nx.symbol || rc.relative {
			continue
		}
		if r := rc.c.Relation; r != cite.Recalls && r != cite.Reaffirms && r != cite.Cites {
			continue
		}
		if p := s.pastLocator(rc.phraseLast); !s.joined(p, nx.phraseFirst) || !s.listWordIn(p, nx.phraseFirst) {
			continue // ", its decision 75/552 …, its resolution 76/233, by which": only the last
		}
		rc.c.Relation, rc.relative = nx.c.Relation, true
		if rc.c.Relation.Traces() && rc.c.Relation != cite.Pursuant {
			rc.c.Subjects = s.subjects(n)
		}
	}
}

func (s *scanner) relation(rc *rawCite) cite.Relation {
	if rc.afterPhrase {
		// Chinese puts the participle after the citation and the
		// connector before: 根据…第2/6号决定设立的 ("established pursuant
		// to decision 2/6") establishes.
		after := s.wordsAfter(rc.phraseLast, 8)
		for _, p := range s.t.after {
			if (p.rel != cite.Mandates || s.t.inAfter[p.words[0]]) && len(after) >= len(p.words) && slices.Equal(after[:len(p.words)], p.words) {
				return p.rel
			}
		}
	}
	before := s.wordsBefore(rc.phraseFirst, 10)
	// "Recalling"/"reaffirms" before a citation say less than what the
	// words after it may say ("Recalling its resolution 60/251
	// establishing the Council"): they are kept for last.
	var weak cite.Relation
	if len(before) > 0 {
		var cands []relPhrase
		cands, s.candBuf = s.t.beforeCandidates(before, s.candBuf)
		for _, p := range cands { // longest first
			if s.t.matchBack(before, p) {
				if p.rel == cite.Recalls || p.rel == cite.Reaffirms || p.rel == cite.Cites {
					weak = p.rel // (a participle that cites, "المفروضة بموجب", leaves the clause to decide)
					break
				}
				if p.rel == cite.Pursuant {
					// "con arreglo a … la resolución 1874 (2009), se
					// estableció un grupo": the act done under it says more.
					if r, ok := s.afterAct(rc); ok {
						return r
					}
					// "En virtud de la resolución 2055 (2012), el Consejo
					// … me solicitó": a connector that opens the sentence
					// before "resolution X," reads like "by its resolution":
					// the clause's verb says what the instrument did.
					if !rc.afterPhrase && len(before) == len(p.words) && s.opensSentence(rc.phraseFirst) && s.is(s.next(rc.phraseLast+1), ",") {
						if r, ok := s.clauseVerbAfterComma(rc.phraseLast); ok && r != cite.Cites {
							return r
						}
					}
				}
				if p.rel == cite.Establishes && s.replaced(rc.phraseFirst) {
					// "… which would replace the two working groups
					// established by resolutions 78/20 and 78/238": the
					// text ends what those resolutions established.
					return cite.Ends
				}
				return p.rel
			}
		}
	}
	if weak == "" {
		// "in accordance with the arrangements contained in decision
		// 1/CP.21", "in conformity with the objectives of resolution
		// 1514 (XV)": the connector governs a short noun phrase that the
		// citation completes; "in accordance with article IV of the
		// Convention … (resolution 3235 (XXIX), annex)": a title whose
		// source the citation gives.
		r, ok := s.connectorOver(rc.phraseFirst)
		if !ok {
			r, ok = s.parenSource(rc)
		}
		if ok {
			if r == cite.Recalls || r == cite.Reaffirms {
				weak = r
			} else if a, ok := s.afterAct(rc); ok {
				return a
			} else {
				return r
			}
		}
	}
	afterFrom := rc.last
	if rc.afterPhrase {
		afterFrom = rc.phraseLast // 号决议所设: the kind word ends the phrase
	}
	if d, ok := s.date(s.next(afterFrom + 1)); ok {
		afterFrom = d
	}
	if rc.post >= 0 && s.mentions[rc.post].last > afterFrom {
		afterFrom = s.mentions[rc.post].last
		if d, ok := s.date(s.next(afterFrom + 1)); ok {
			afterFrom = d
		}
	}
	// "decision 1/CP.21, paragraph 98, in which it was decided": the
	// paragraph the citation points to does not end its phrase.
	afterFrom = s.pastLocator(afterFrom)
	after := s.wordsAfter(afterFrom, 8)
	for _, p := range s.t.after {
		if len(after) >= len(p.words) && slices.Equal(after[:len(p.words)], p.words) &&
			(p.rel == cite.Mandates || !s.t.agent[s.word(s.afterWord(afterFrom, len(p.words)))]) { // not "established by"
			return p.rel
		}
	}
	if rel, ok := s.relativeVerb(afterFrom); ok {
		rc.relative = rel != cite.Cites
		return rel
	}
	// "its resolutions 42/39 D of 30 November 1987 and 44/117 F of 15
	// December 1989, by which it established the Centre": a relative
	// clause after a list speaks of each of its items.
	if rc.phraseLast > afterFrom && !rc.afterPhrase {
		if rel, ok := s.relativeVerb(rc.phraseLast); ok && rel != cite.Cites {
			return rel
		}
		// "the adoption of decisions 11/CP.27 and 12/CMA.4, establishing
		// the institutional arrangements": so does a participle after it.
		end := s.pastLocator(rc.phraseLast)
		after := s.wordsAfter(end, 4)
		for _, p := range s.t.after {
			if p.rel != cite.Mandates && len(after) >= len(p.words) && slices.Equal(after[:len(p.words)], p.words) &&
				!s.t.agent[s.word(s.afterWord(end, len(p.words)))] {
				return p.rel
			}
		}
	}
	if rc.inWord {
		if rel, ok := s.clauseVerb(s.pastLocator(rc.phraseLast)); ok {
			return rel
		}
	}
	if weak != "" && weak != cite.Cites {
		return weak
	}
	if rel, ok := s.clauseOpening(rc.phraseFirst); ok {
		return rel
	}
	r := s.opening(rc.phraseFirst)
	if r != cite.Cites && s.inRelativeOfEarlier(rc) {
		// "Further recalls resolution 2118 (2013), in which the Council
		// requested … to report … on the implementation of resolution 2118
		// (2013)": the clause says what the earlier instrument did; the
		// opening does not reach into it.
		return cite.Cites
	}
	if r == cite.Cites {
		if r2, ok := s.reportVerb(rc.phraseFirst); ok {
			return r2
		}
	}
	return r
}

// inRelativeOfEarlier reports whether an earlier citation of the
// sentence had its relation from a relative clause after it, which then
// holds the citation rc.
func (s *scanner) inRelativeOfEarlier(rc *rawCite) bool {
	sent := s.sentence(rc.first)
	// The citations are sorted by start (relate): go back from rc's place
	// while in its sentence.
	n := sort.Search(len(s.cites), func(m int) bool { return s.cites[m].first >= rc.first })
	for m := n - 1; m >= 0 && s.sentence(s.cites[m].first) == sent; m-- {
		if s.cites[m].relative {
			return true
		}
	}
	return false
}

// reportVerb reads the past tense of a report's conclusions before the
// citation at token i: "The SBI and the SBSTA recalled decisions 1/CP.16,
// …", "took note of the information contained in document …", "…, and
// recalled the implications outlined in documents … and noted those
// outlined in document …" recall, like "Recalling" and "Takes note".
// Going back within the sentence (";" and ":" end the search), the first
// phrase of reportVerbs after a subject — a body's name, an acronym, a
// head word, "it" — or after a list word or comma gives its relation; a
// verb of the tables met first ends the search.
func (s *scanner) reportVerb(i int) (cite.Relation, bool) {
	a, _ := s.sentenceToks(s.sentence(i))
	if !s.relWordIn(max(a, i-4*window+1), i) {
		return "", false // no such verb to find
	}
	for j := s.prev(i - 1); j >= a && j > i-4*window; j = s.prev(j - 1) {
		t := &s.toks[j]
		if s.is(j, ";") || s.is(j, ":") {
			return "", false
		}
		if t.kind != tokWord {
			continue
		}
		if mi, ok := s.mEnd[j]; ok {
			j = s.mentions[mi].first
			continue
		}
		w := s.fold(t)
		for _, p := range s.t.reportVerbs {
			if len(p.words) == 0 || p.words[0] != w { // matchWords would say no
				continue
			}
			if _, ok := s.matchWords(j, p.words); ok && s.reportSubject(s.prev(j-1)) {
				return p.rel, p.rel != cite.Cites
			}
		}
		if s.t.verbs[s.fold(t)] != "" || s.t.decide[s.fold(t)] {
			return "", false
		}
	}
	return "", false
}

// relWordIn reports whether a word of lexed.relWords stands in tokens
// [lo, hi).
func (s *scanner) relWordIn(lo, hi int) bool {
	k, _ := slices.BinarySearch(s.relWords, int32(lo))
	return k < len(s.relWords) && int(s.relWords[k]) < hi
}

// reportSubject reports whether token k may end the subject of a report's
// verb, or join the verb to another: a body's name, an acronym ("SBI"), a
// head word ("the Council"), "it", a list word or a comma.
func (s *scanner) reportSubject(k int) bool {
	if k < 0 {
		return false
	}
	if _, ok := s.mEnd[k]; ok || s.is(k, ",") {
		return true
	}
	w := s.word(k)
	if w == "" {
		return false
	}
	if s.t.listWords[w] || w == "it" || w == "il" || w == "elle" {
		return true
	}
	for _, h := range s.t.heads {
		if len(h) == 1 && h[0] == w {
			return true
		}
	}
	txt := s.text(&s.toks[k])
	return len(txt) >= 2 && strings.ToUpper(txt) == txt && strings.ToLower(txt) != txt
}

// pastLocator passes over the part of the instrument named after a
// citation and set off by commas ("decision 1/CP.21, paragraph 98, in
// which", "decision 2/CP.23, in particular paragraph 8, in which",
// "decision 1/CP.16, paragraphs 40–47 and 60–64, and"): it returns the
// token before the comma that closes the locator, or end when none
// follows the token end.
func (s *scanner) pastLocator(end int) int {
	c := s.next(end + 1)
	if !s.is(c, ",") {
		return end
	}
	k := s.next(c + 1)
	for _, p := range s.t.asides {
		if last, ok := s.matchWords(k, p); ok {
			k = s.next(last + 1)
			break
		}
	}
	if !s.t.locators[s.word(k)] {
		return end
	}
	_, b := s.sentenceToks(s.sentence(k))
	for j := k + 1; j < min(b, k+window); j++ {
		t := &s.toks[j]
		switch t.kind {
		case tokSpace, tokNum:
			continue
		case tokPunct:
			if s.is(j, ",") {
				return s.prev(j - 1)
			}
			if s.isJoiner(t) || s.is(j, "–") || s.is(j, "(") || s.is(j, ")") {
				continue
			}
			return end
		case tokWord:
			w := s.fold(t)
			if s.t.locators[w] || s.t.listWords[w] || s.t.rangeWords[w] || isRoman(s.text(t)) || len(w) <= 2 {
				continue
			}
			return end
		default:
			return end
		}
	}
	return end
}

// afterWord returns the token after the n-th word after token i, as
// wordsAfter counts them.
func (s *scanner) afterWord(i, n int) int {
	_, b := s.sentenceToks(s.sentence(i))
	for j := i + 1; j < b; j++ {
		t := &s.toks[j]
		if t.kind != tokWord {
			continue
		}
		if mi, ok := s.mStart[j]; ok {
			j = s.mentions[mi].last
			continue
		}
		if s.t.skip[s.fold(t)] {
			continue
		}
		if n--; n == 0 {
			return s.next(j + 1)
		}
	}
	return b
}

// clauseWords is how many words the readers of a clause's verb read: a
// verb may follow others ("the Council emphasized … and requested me").
const clauseWords = 20

// clauseOpening reads the opening of the clause that holds the citation
// at token i when it is not the sentence's first: "the General Assembly,
// …, recalling its decision 59/515 … and its resolutions 64/51 …,
// acknowledging …". Going back from the citation, the first comma or
// semicolon followed by an opening phrase gives its relation; one followed
// by a decide verb ("decides", "décide") ends the search.
func (s *scanner) clauseOpening(i int) (cite.Relation, bool) {
	a, _ := s.sentenceToks(s.sentence(i))
	for j := i - 1; j > a && j > i-4*window; j-- {
		if !s.is(j, ",") && !s.is(j, ";") {
			continue
		}
		k := s.next(j + 1)
		if k >= i || s.toks[k].kind != tokWord {
			continue
		}
		for _, p := range s.t.clauseOpenings {
			if _, ok := s.matchWords(k, p.words); ok {
				return p.rel, true
			}
		}
		if s.t.decideOpen[s.fold(&s.toks[k])] || s.t.verbs[s.fold(&s.toks[k])] != "" {
			return "", false
		}
	}
	return "", false
}

// amendedBy reports whether "as amended by" (or its translations) stands
// before the citation phrase at token i, with only locators, possessives,
// articles and numbers between ("as amended by paragraph 8 of its").
func (s *scanner) amendedBy(i int) bool {
	for j := i - 1; j >= 0 && j > i-30; j-- {
		t := &s.toks[j]
		if t.kind == tokPunct && !s.is(j, "(") && !s.is(j, ")") {
			return false
		}
		if t.kind != tokWord {
			continue
		}
		for _, p := range s.t.amendedBy {
			if len(p) == 0 || s.fold(t) != p[len(p)-1] {
				continue
			}
			// Match the phrase backwards from j.
			k, ok := j, true
			for w := len(p) - 1; w >= 0; w-- {
				if s.word(k) != p[w] {
					ok = false
					break
				}
				if w > 0 {
					k = s.prev(k - 1)
					for k >= 0 && s.isJoiner(&s.toks[k]) {
						k = s.prev(k - 1)
					}
				}
			}
			if ok {
				return true
			}
		}
		if !s.t.skip[s.fold(t)] && !s.t.locators[s.fold(t)] && !isRoman(s.text(t)) && !isPartLetter(s.text(t)) {
			return false
		}
	}
	return false
}

// afterAct returns the relation of an establishing, extending, amending
// or ending phrase right after the citation (and its date and body).
func (s *scanner) afterAct(rc *rawCite) (cite.Relation, bool) {
	from := rc.last
	if d, ok := s.date(s.next(from + 1)); ok {
		from = d
	}
	if rc.post >= 0 && s.mentions[rc.post].last > from {
		from = s.mentions[rc.post].last
	}
	after := s.wordsAfter(from, 4)
	for _, p := range s.t.after {
		if p.rel != cite.Mandates && len(after) >= len(p.words) && slices.Equal(after[:len(p.words)], p.words) {
			return p.rel, true
		}
	}
	return "", false
}

// replaced reports whether a verb of replacing governs the words before
// the citation at token i, within its clause ("which would replace the
// groups established by …").
func (s *scanner) replaced(i int) bool {
	before := s.wordsBefore(i, 24)
	for _, p := range s.t.replace {
		for k := 0; k+len(p) <= len(before); k++ {
			if slices.Equal(before[k:k+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// replacedOver reports whether a verb of replacing (or "in place of")
// governs the noun phrase that citation n completes: going back from the
// citation within its clause — commas of a list pass, ";" and ":" end it,
// and so does a verb of the tables other than a participle before "by"
// ("established by") — the first phrase of replaceWords met. Not when a
// citation before that word in the sentence had its relation from a
// relative clause: "decision 1/CP.21, paragraph 98, in which it was
// decided that the modalities … shall supersede the system established by
// decision 1/CP.16" reports what decision 1/CP.21 decided, not what the
// citing text does.
func (s *scanner) replacedOver(n int) (cite.Relation, bool) {
	rc := &s.cites[n]
	a, _ := s.sentenceToks(s.sentence(rc.first))
	if !s.relWordIn(max(a, rc.phraseFirst-4*window+1), rc.phraseFirst) {
		return "", false // no verb of replacing to find
	}
	words, m := 0, n-1
	for j := s.prev(rc.phraseFirst - 1); j >= a && j > rc.phraseFirst-4*window && words < 40; j = s.prev(j - 1) {
		// An earlier citation of the list ("decision 24/CP.19 and the
		// review guidelines in the annex to decision 13/CP.20") is passed
		// over whole.
		for m >= 0 && s.cites[m].first > j {
			m--
		}
		if m >= 0 && s.cites[m].last >= j {
			j = s.cites[m].first
			continue
		}
		t := &s.toks[j]
		if t.kind == tokPunct && (s.is(j, ";") || s.is(j, ":") || s.is(j, ".")) {
			return "", false
		}
		if t.kind != tokWord {
			continue
		}
		if mi, ok := s.mEnd[j]; ok {
			j = s.mentions[mi].first
			continue
		}
		words++
		w := s.fold(t)
		for _, p := range s.t.replaceFwd {
			if p[0] != w {
				continue
			}
			if _, ok := s.matchWords(j, p); !ok {
				continue
			}
			for m := n - 1; m >= 0; m-- {
				if s.cites[m].first < a {
					break
				}
				if s.cites[m].first < j && s.cites[m].relative {
					return "", false
				}
			}
			// "Decides to replace paragraph 3 of resolution 2231 (2015)
			// with": the text of the instrument is replaced — it is
			// amended, not ended.
			last, _ := s.matchWords(j, p)
			k := s.next(last + 1)
			for s.t.skip[s.word(k)] && !s.t.locators[s.word(k)] {
				k = s.next(k + 1)
			}
			if s.t.locators[s.word(k)] {
				return cite.Amends, true
			}
			return cite.Ends, true
		}
		if (s.t.verbs[w] != "" && !s.t.agent[s.word(s.next(j+1))]) || s.t.decide[w] || s.t.thatWords[w] {
			return "", false
		}
	}
	return "", false
}

// joined reports whether only a list word or comma, and a body's name,
// stand between the end of one citation phrase and the start of the next;
// skip words and locators may stand after the list word ("and paragraph
// 10 (b) of its resolution 31/99", ", as well as its resolutions 57/20").
func (s *scanner) joined(prevLast, first int) bool {
	if prevLast >= first {
		return false
	}
	j := s.prev(first - 1)
	if mi, ok := s.mEnd[j]; ok {
		j = s.prev(s.mentions[mi].first - 1)
	}
	for j > prevLast {
		// "as well as", "ainsi que", "así como", "а также": its last word
		// may be a skip word ("as").
		if k, ok := s.alsoAt(j); ok {
			j = k
			if s.is(s.prev(j-1), ",") {
				j = s.prev(j - 1)
				break
			}
			j = s.prev(j - 1)
			return j == prevLast || s.is(j, ",") && s.prev(j-1) == prevLast
		}
		if w := s.word(j); w != "" && (s.t.skip[w] || s.t.locators[w]) {
			j = s.prev(j - 1)
			continue
		}
		if o := s.subMark(j); o >= 0 {
			j = s.prev(o - 1)
			continue
		}
		if s.num(j) != "" && s.t.locators[s.word(s.prev(j-1))] {
			j = s.prev(j - 1)
			continue
		}
		break
	}
	if !s.t.listWords[s.word(j)] && !s.is(j, ",") {
		return false
	}
	j = s.prev(j - 1)
	if s.is(j, ",") {
		j = s.prev(j - 1)
	}
	return j == prevLast
}

// alsoAt matches "as well as" (alsoWords) ending at token j and returns
// its first token.
func (s *scanner) alsoAt(j int) (int, bool) {
	for _, p := range s.t.alsoWords {
		k, ok := j, true
		for w := len(p) - 1; w >= 0 && ok; w-- {
			if s.word(k) != p[w] {
				ok = false
				break
			}
			if w > 0 {
				k = s.prev(k - 1)
			}
		}
		if ok {
			return k, true
		}
	}
	return 0, false
}

// beforeCandidates returns the phrases whose last word is one of the
// words matchBack may take as the phrase's end (the nearest, or one after
// up to two prepositions), longest first, and buf, the scratch array it
// merges them in when there are several such words (the phrases of one
// word come from the table itself, not to be changed).
func (t *tables) beforeCandidates(before []string, buf []relPhrase) (cands, _ []relPhrase) {
	if len(before) == 0 {
		return nil, buf
	}
	if !t.preps[before[0]] {
		return t.beforeLast[before[0]], buf // in table order: longest first
	}
	// Up to three lists, each in table order: merged, not sorted.
	var lists [3][]relPhrase
	n := 0
	for li := 0; li < 3 && li < len(before); li++ {
		if l := t.beforeLast[before[li]]; len(l) > 0 {
			lists[n] = l
			n++
		}
		if !t.preps[before[li]] {
			break
		}
	}
	out := buf[:0]
	for {
		first := -1
		for i := range n {
			if len(lists[i]) > 0 && (first < 0 || lists[i][0].ord < lists[first][0].ord) {
				first = i
			}
		}
		if first < 0 {
			return out, out
		}
		p := lists[first][0]
		if len(out) == 0 || out[len(out)-1].ord != p.ord {
			out = append(out, p)
		}
		lists[first] = lists[first][1:]
	}
}

// matchBack reports whether phrase p ends the words before a citation
// (nearest first): its last word is the nearest word, or comes after at
// most two prepositions ("solicitado por el Consejo en su resolución"),
// and its other words come before in order with at most p.gaps other
// words between.
func (t *tables) matchBack(before []string, p relPhrase) bool {
	w := p.words
	if len(w) == 0 {
		return false
	}
	li := 0
	for li < 2 && li < len(before) && before[li] != w[len(w)-1] && t.preps[before[li]] {
		li++
	}
	if li >= len(before) || before[li] != w[len(w)-1] {
		return false
	}
	pi, gaps := len(w)-2, 0
	for li++; pi >= 0 && li < len(before); li++ {
		if before[li] == w[pi] {
			pi--
			continue
		}
		if gaps++; gaps > p.gaps {
			return false
		}
	}
	return pi < 0
}

// relativeVerb reads a relative clause right after a citation: "by which
// the Council decided to extend", "par laquelle le Conseil a créé", "en la
// que el Consejo solicitó", "por la que se estableció".
func (s *scanner) relativeVerb(end int) (cite.Relation, bool) {
	k := s.next(end + 1)
	if s.is(k, ",") {
		k = s.next(k + 1)
	}
	// ", adopted by the Security Council on 9 December 2014, by which …"
	if s.t.adopted[s.word(k)] {
		for j := k + 1; j < min(len(s.toks), k+40); j++ {
			if s.is(j, ",") {
				k = s.next(j + 1)
				break
			}
			if s.toks[j].kind == tokPunct && s.text(&s.toks[j]) != "," {
				break
			}
		}
	}
	for _, p := range s.t.relatives {
		last, ok := s.matchWords(k, p)
		if !ok {
			continue
		}
		// "in which, inter alia, the Council requested": an adverb set
		// off by commas is passed over.
		if c := s.next(last + 1); s.is(c, ",") {
			for j := s.next(c + 1); j < min(len(s.toks), c+12); j = s.next(j + 1) {
				if s.is(j, ",") {
					last = j
					break
				}
				if w := s.word(j); w == "" || !s.t.skip[w] {
					break
				}
			}
		}
		if r, ok := s.verbAt(last+1, clauseWords); ok {
			return r, true
		}
		return s.passiveIn(last + 1)
	}
	return "", false
}

// listWordIn reports whether a list word ("and") stands between tokens a
// and b.
func (s *scanner) listWordIn(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if s.t.listWords[s.word(j)] {
			return true
		}
	}
	return false
}

// passiveIn reads a passive in the relative clause from token k, whose
// subject may be a list with commas: "in which developed country Parties,
// the operating entities of the Financial Mechanism, … were urged", "in
// which Articles 3 and 4 … were recalled and Parties were urged". The
// first auxiliary (passiveAux) followed by a participle of passives gives
// its relation; one followed by a decide verb ("it was decided") is read
// as decided reads it. The clause ends at ";", ":" or "." and at a comma
// before a paragraph's opening word ("…, and noting").
func (s *scanner) passiveIn(k int) (cite.Relation, bool) {
	if len(s.t.passiveAux) == 0 {
		return "", false
	}
	_, b := s.sentenceToks(s.sentence(k - 1))
	b = min(b, k+2*window)
	for j := k; j < b; j++ {
		t := &s.toks[j]
		if t.kind == tokPunct {
			if s.is(j, ";") || s.is(j, ":") || s.is(j, ".") {
				return "", false
			}
			if s.is(j, ",") {
				n := s.next(j + 1)
				if s.t.listWords[s.word(n)] {
					n = s.next(n + 1)
				}
				if _, ok := s.openingAt(n); ok || s.relativeStart(n) {
					return "", false // "…, which was mandated": another clause
				}
			}
			continue
		}
		if t.kind != tokWord {
			continue
		}
		for _, a := range s.t.passiveAux {
			last, ok := s.matchWords(j, a)
			if !ok {
				continue
			}
			m := s.next(last + 1)
			for s.word(m) != "" && s.t.skip[s.word(m)] && !s.t.passiveAuxWord(s.word(m)) {
				m = s.next(m + 1) // "was also requested"
			}
			for _, p := range s.t.passives {
				if _, ok := s.matchWords(m, p.words); ok {
					return p.rel, true
				}
			}
			if s.t.decide[s.word(m)] {
				return s.decided(m), true
			}
		}
	}
	return "", false
}

// verbAt reads the first relation verb in the next n words from token k,
// passing over body names and skip words.
func (s *scanner) verbAt(k, n int) (cite.Relation, bool) {
	_, b := s.sentenceToks(s.sentence(k - 1))
	b = min(b, k+window)
	seen := 0
	n *= 4 // in quarter words: a Chinese character is a quarter of one
	for j := k; j < b && seen < n; j++ {
		t := &s.toks[j]
		// Quotation marks do not end the clause: "condemned "the seizure
		// …" and demanded".
		// "the Glasgow–Sharm el-Sheikh work programme … was established":
		// a hyphen or dash inside a name does not end it either.
		if t.kind == tokPunct && (s.isJoiner(t) || s.is(j, "–")) && s.word(j-1) != "" && s.word(j+1) != "" {
			continue
		}
		if t.kind == tokPunct && !s.isApostrophe(t) && !strings.Contains("\"“”«»<>„/", s.text(t)) {
			if c, ok := s.commaGoesOn(j, b); ok {
				j = c
				continue
			}
			break
		}
		if t.kind != tokWord {
			continue
		}
		if mi, ok := s.mStart[j]; ok {
			j = s.mentions[mi].last
			continue
		}
		if s.t.skip[s.fold(t)] {
			continue
		}
		seen += s.weight(j)
		for _, p := range s.t.verbPhrases {
			if last, ok := s.matchWords(j, p.words); ok && !s.t.agent[s.word(s.next(last+1))] {
				return p.rel, true
			}
		}
		for _, p := range s.t.decidePhr {
			if _, ok := s.matchWords(j, p); ok {
				return s.decided(j), true
			}
		}
		if r, ok := s.t.verbs[s.fold(t)]; ok && !s.t.articles[s.word(s.prev(j-1))] {
			// "the Committee established by resolution 661": a participle
			// of a relative clause, not the clause's verb.
			if s.t.agent[s.word(s.next(j+1))] {
				continue
			}
			return r, true
		}
		if s.t.decide[s.fold(t)] {
			return s.decided(j), true
		}
	}
	return "", false
}

// clauseVerb reads the verb of "in its resolution X, the Conference
// requested …": the first words of the main clause, after the comma that
// closes the citation's phrase and the body named as subject.
func (s *scanner) clauseVerb(from int) (cite.Relation, bool) {
	// "В своей резолюции 1977 (2011) Совет Безопасности призвал",
	// "在第1977(2011)号决议中，安全理事会呼吁": no comma closes the
	// phrase, the subject and verb follow it.
	if k := s.next(from + 1); !s.is(k, ",") {
		if s.t.inAfter[s.word(k)] {
			k++
		}
		if rel, ok := s.verbAt(k, clauseWords); ok {
			return rel, true
		}
	}
	if rel, ok := s.clauseVerbAfterComma(from); ok {
		return rel, true
	}
	return s.verbBefore(from)
}

// verbBefore reads the verb before the subject of "in its resolution":
// Arabic puts it first ("وأهاب مجلس الأمن، في قراره 1977 (2011)، بجميع").
// It reads the first words of the sentence, passing over body names.
func (s *scanner) verbBefore(from int) (cite.Relation, bool) {
	a, _ := s.sentenceToks(s.sentence(from))
	a = s.markerEnd(s.next(a))
	for j := a; j < from && j < a+8; j++ {
		t := &s.toks[j]
		if t.kind != tokWord {
			continue
		}
		if s.t.inWords[s.fold(t)] {
			break
		}
		if r, ok := s.t.verbs[s.fold(t)]; ok && s.t.beforeVerbs[s.fold(t)] {
			return r, true
		}
	}
	return "", false
}

func (s *scanner) clauseVerbAfterComma(from int) (cite.Relation, bool) {
	_, b := s.sentenceToks(s.sentence(from))
	b = min(b, from+window)
	k := from + 1
	depth := 0
	for j := from + 1; j < b; j++ {
		t := &s.toks[j]
		if t.kind != tokPunct {
			continue
		}
		if s.text(t) == "(" || s.text(t) == "[" {
			depth++
		} else if s.text(t) == ")" || s.text(t) == "]" {
			depth--
		} else if s.text(t) == ";" || s.text(t) == ":" {
			break
		} else if s.text(t) == "," && depth <= 0 {
			k = j + 1
			break
		}
	}
	return s.verbAt(k, clauseWords)
}

// decided reads what was decided after the decide verb at token j: to
// extend, amend, end or create something, or that a new body ("a working
// group", "un groupe de travail") would exist, which establishes it.
func (s *scanner) decided(j int) cite.Relation {
	_, b := s.sentenceToks(s.sentence(j))
	b = min(b, j+window)
	seen := 0
	for k := j + 1; k < b && seen < 16*4; k++ {
		t := &s.toks[k]
		if t.kind == tokPunct && (s.text(t) == ";" || s.text(t) == ".") {
			break
		}
		if t.kind != tokWord {
			continue
		}
		seen += s.weight(k)
		if seen <= 5*4 {
			for _, p := range s.t.openVerbs {
				if _, ok := s.matchWords(k, p.words); ok {
					return p.rel
				}
			}
		}
		for _, p := range s.t.create {
			// "decided that the guidelines shall supersede the system
			// established by decision 1/CP.16": a participle before "by"
			// names what another instrument created.
			if last, ok := s.matchWords(k, p); ok && !s.t.agent[s.word(s.next(last+1))] {
				return cite.Establishes
			}
		}
		if s.t.indefinites[s.fold(t)] {
			if mi, ok := s.mStart[s.next(k+1)]; ok && !s.mentions[mi].short() {
				return cite.Establishes
			}
		}
	}
	return cite.Mandates
}

// opening reads the relation from the words a sentence opens with:
// "Recalling", "Réaffirmant", "Decides to extend".
func (s *scanner) opening(i int) cite.Relation {
	// Citations of one sentence share its opening: read it once.
	sent := s.sentence(i)
	r, ok := s.openMemo[sent]
	k := s.openMemoMax[sent]
	if !ok || k > i {
		r, k = s.readOpening(sent, i)
		if k <= i {
			if s.openMemo == nil {
				s.openMemo, s.openMemoMax = map[int]cite.Relation{}, map[int]int{}
			}
			s.openMemo[sent], s.openMemoMax[sent] = r, k
		}
	}
	if k <= i {
		if r2, ok := s.secondOpening(k, i); ok {
			return r2
		}
	}
	return r
}

// secondOpening reads a coordinated participle between a sentence's
// opening (token k0) and the citation at token i: "Recalling the listing
// … and stressing … the measures of resolution 2161 (2014)" cites,
// "Recalling and reaffirming" reaffirms. The nearest participle that
// follows a comma, a semicolon or a list word and opens a phrase of the
// openings giving recalls, reaffirms or cites ends the reach of the
// opening before it: its relation holds for the citation.
func (s *scanner) secondOpening(k0, i int) (cite.Relation, bool) {
	if _, ok := s.openingAt(k0); !ok {
		return "", false // no opening phrase: nothing to carry
	}
	for j := i - 1; j > k0 && j > i-4*window; j-- {
		if s.word(j) == "" {
			continue
		}
		p := s.prev(j - 1)
		if !s.is(p, ",") && !s.is(p, ";") && !s.t.listWords[s.word(p)] {
			continue
		}
		if r, ok := s.openingAt(j); ok && (r == cite.Recalls || r == cite.Reaffirms || r == cite.Cites) {
			return r, true
		}
	}
	return "", false
}

// openingAt returns the relation of the opening phrase that starts at
// token k, the longest first.
func (s *scanner) openingAt(k int) (cite.Relation, bool) {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tokWord {
		return "", false
	}
	for _, p := range s.t.openingsFirst[s.fold(&s.toks[k])] {
		if _, ok := s.matchWords(k, p.words); ok {
			return p.rel, true
		}
	}
	return "", false
}

// readOpening reads the opening of sentence sent for a citation at token
// i; it returns the relation and the first word it read (the result holds
// for every citation at or after that word).
func (s *scanner) readOpening(sent, i int) (cite.Relation, int) {
	a, b := s.sentenceToks(sent)
	k := a
	b = min(b, a+window)
	for k < b && (s.toks[k].kind != tokWord || (len(s.text(&s.toks[k])) == 1 && s.is(k+1, ")"))) {
		k++
	}
	if k >= b || k > i {
		return cite.Cites, len(s.toks)
	}
	k0 := k
	if r, ok := s.openingAt(k); ok {
		return r, k0
	}
	decideOpen := s.t.decideOpen[s.fold(&s.toks[k])]
	for _, p := range s.t.decideOpenP {
		if last, ok := s.matchWords(k, p); ok {
			decideOpen, k = true, last
		}
	}
	if decideOpen {
		seen := 0
		for j := k + 1; j < b && seen < 5*4; j++ {
			if s.toks[j].kind != tokWord {
				continue
			}
			seen += s.weight(j)
			for _, p := range s.t.openVerbs {
				if _, ok := s.matchWords(j, p.words); ok {
					return p.rel, k0
				}
			}
		}
	}
	return cite.Cites, k0
}

// subjects are the bodies the citation's sentence names, other than the
// one that issued the instrument: those it created or directed. When the
// sentence cites several instruments ("the Committee established by
// resolution 1533 (2004) and the Group of Experts established by
// resolution 1807 (2008)"), each gets the bodies named between the
// citation before it and itself, else those between itself and the next
// one; the whole sentence's only when neither names any.
func (s *scanner) subjects(n int) []string {
	rc := &s.cites[n]
	a, b := s.sentenceToks(s.sentence(rc.first))
	_, b2 := s.sentenceToks(s.sentence(rc.last))
	b = max(b, b2)
	a, b = max(a, rc.first-4*window), min(b, rc.last+4*window)
	// The neighbouring citation phrases in the sentence.
	prevEnd, nextStart := -1, -1
	for k := n - 1; k >= 0; k-- {
		if c := s.cites[k]; c.phraseFirst != rc.phraseFirst && c.c.Kind.IsInstrument() {
			if c.phraseLast >= a {
				prevEnd = c.phraseLast
			}
			break
		}
	}
	for k := n + 1; k < len(s.cites); k++ {
		if c := s.cites[k]; c.phraseFirst != rc.phraseFirst && c.c.Kind.IsInstrument() {
			if c.phraseFirst < b {
				nextStart = c.phraseFirst
			}
			break
		}
	}
	if prevEnd >= 0 || nextStart >= 0 {
		if out := s.bodiesIn(rc, max(a, prevEnd+1), rc.phraseFirst); len(out) > 0 {
			return out
		}
		end := b
		if nextStart >= 0 {
			end = nextStart
		}
		if out := s.bodiesIn(rc, rc.phraseLast+1, end); len(out) > 0 {
			return out
		}
	}
	return s.bodiesIn(rc, a, b)
}

// bodiesIn returns the registry keys of the bodies named in full in
// tokens [a, b), other than the citation's issuer and the names that
// attribute it.
func (s *scanner) bodiesIn(rc *rawCite, a, b int) []string {
	var out []string
	lo, hi := s.mentionsIn(a, b)
	for k := lo; k < hi; k++ {
		m := s.mentions[k]
		if m.short() || m.key == "" || m.key == rc.c.Body || k == rc.pre || k == rc.post {
			continue
		}
		if !slices.Contains(out, m.key) {
			out = append(out, m.key)
		}
	}
	return out
}

// window bounds, in tokens, how far the readers of relations and subjects
// look around a citation, so that text without sentence breaks costs
// linear time; maxSentence bounds a snippet, in bytes.
const (
	window      = 120
	maxSentence = 2000
)

// finish fills the sentence, snippet and paragraph of every citation.
func (s *scanner) finish(lang string) []cite.Citation {
	out := make([]cite.Citation, 0, len(s.cites))
	lastStart, lastEnd, lastSnippet := -1, -1, ""
	for _, rc := range s.cites {
		c := rc.c
		c.Lang = lang
		c.SentenceStart, c.SentenceEnd = s.sentenceSpan(rc.first, rc.last)
		// A "sentence" of pages (a table, a text without full stops) is
		// cut to the words around the citation.
		// The cut is on a grid, so that neighbouring citations share it.
		if sentStart, sentEnd := c.SentenceStart, c.SentenceEnd; sentEnd-sentStart > maxSentence {
			const step = maxSentence / 2
			from := sentStart + (c.Start-sentStart)/step*step - step/2
			a := s.tokAt(max(sentStart, from))
			b := s.tokAt(min(sentEnd, from+maxSentence)) - 1
			c.SentenceStart = min(s.toks[a].pos, c.Start)
			c.SentenceEnd = min(max(s.toks[max(b, 0)].end, c.End), sentEnd)
			c.SentenceEnd = max(c.SentenceEnd, c.End)
		}
		if c.SentenceStart != lastStart || c.SentenceEnd != lastEnd {
			lastStart, lastEnd = c.SentenceStart, c.SentenceEnd
			lastSnippet = foldSpace(s.src[c.SentenceStart:c.SentenceEnd])
		}
		c.Snippet = lastSnippet // citations of one sentence share its text
		c.Paragraph = s.paragraph(rc.first)
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(a, b cite.Citation) int { return a.Start - b.Start })
	return out
}

// weight is how much token j counts, in quarter words, against the
// windows of the relation readers: a Chinese character is a quarter of a
// word, so windows cover about as much text in every language.
func (s *scanner) weight(j int) int {
	if s.hanWord(&s.toks[j]) {
		return 1
	}
	return 4
}

// hanWord reports whether t is a Chinese character (a word of its own).
func (x *lexed) hanWord(t *token) bool {
	if t.kind != tokWord || t.end-t.pos < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.src[t.pos:t.end])
	return registry.IsHan(r)
}

// partLetter returns the part letter of token m ("B", or باء → "B"), or
// "" when it is none: a single capital, or a part letter word of the
// language tables, standing alone.
func (s *scanner) partLetter(m int) string {
	if m < 0 || m >= len(s.toks) || s.toks[m].kind != tokWord || s.touchesAlnum(m) {
		return ""
	}
	t := &s.toks[m]
	if isPartLetter(s.text(t)) {
		return s.text(t)
	}
	// After Z the General Assembly goes on with AA, BB …: "53/77 AA".
	if len(s.text(t)) == 2 && s.text(t)[0] == s.text(t)[1] && isPartLetter(s.text(t)[:1]) {
		return s.text(t)
	}
	return s.t.partLetters[s.fold(t)]
}

// cyrillicRoman maps the Cyrillic letters that look like Roman numerals
// to them: Russian texts often type "ХХХ" for XXX.
var cyrillicRoman = map[rune]byte{'Х': 'X', 'І': 'I', 'С': 'C', 'М': 'M', 'Ӏ': 'I', 'Ⅰ': 'I', 'Ⅴ': 'V', 'Ⅹ': 'X'}

// romanOf returns w as a Latin Roman numeral (Cyrillic look-alikes
// converted), or "".
func romanOf(w string) string {
	if isRoman(w) {
		return w
	}
	var b []byte
	for _, r := range w {
		c, ok := cyrillicRoman[r]
		if !ok {
			if r < utf8.RuneSelf && strings.ContainsRune("IVXLCDM", r) {
				c = byte(r)
			} else {
				return ""
			}
		}
		b = append(b, c)
	}
	if isRoman(string(b)) {
		return string(b)
	}
	return ""
}

// toRoman writes n (1–3999) as a Roman numeral.
func toRoman(n int) string {
	if n <= 0 || n >= 4000 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// sessionMark reads a session written with a mark and a number in
// parentheses at token m: "(د-30)" → XXX. It returns the session as a
// Roman numeral and the last token.
func (s *scanner) sessionMark(m int) (string, int, bool) {
	if !s.is(m, "(") {
		return "", 0, false
	}
	k := s.next(m + 1)
	if !s.t.sessionMarks[s.word(k)] {
		return "", 0, false
	}
	k = s.next(k + 1)
	if s.is(k, "-") {
		k = s.next(k + 1)
	}
	n := s.num(k)
	if n == "" || len(n) > 3 {
		return "", 0, false
	}
	k2 := s.next(k + 1)
	if !s.is(k2, ")") {
		return "", 0, false
	}
	return toRoman(atoi(n)), k2, true
}

// numberFirst finds the citations of languages that write the kind word
// after the numbers: Chinese 第2118(2013)号决议, 第2121(2013)、2127(2013)号决议,
// 第57/270 A和B号决议. 第 may stand before the first number only and 号决议
// after the last only; the first citation's span starts at 第, the last
// one's ends after 号决议.
func (s *scanner) numberFirst() {
	if len(s.t.kindAfter) == 0 {
		return
	}
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		if s.toks[i].kind != tokNum || s.used[i] {
			continue
		}
		items, end := s.markedList(i)
		if len(items) == 0 {
			continue
		}
		k := s.next(end + 1)
		var kind cite.Kind
		kindLast := -1
		for _, kp := range s.t.kindAfter {
			if last, ok := s.matchWords(k, kp.words); ok {
				kind, kindLast = kp.kind, last
				break
			}
		}
		if kindLast < 0 {
			// Every list starting inside this one ends where it ends:
			// none has a kind word either (linear time on long lists).
			si = s.skipStarts(si, end)
			continue
		}
		first := i
		if p := s.prev(i - 1); p >= 0 && s.t.numberMarks[s.word(p)] {
			first = p
		}
		// A date may stand before the number: 安全理事会2011年6月27日第1990(2011)号决议.
		lead := first
		if d := s.dateBack(s.prev(first - 1)); d >= 0 {
			lead = d
		}
		pre := -1
		if mi, ok := s.mEnd[s.prev(lead-1)]; ok {
			pre = mi
		} else {
			pre = s.aboutMention(lead)
		}
		poss := -1
		if s.t.possessives[s.word(s.prev(lead-1))] {
			poss = s.prev(lead - 1)
		}
		before := s.wordsBefore(lead, 6)
		inWord := len(before) > 0 && s.t.inWords[before[0]]
		if poss < 0 && s.t.inAfter[s.word(s.next(kindLast+1))] {
			// "经社理事会已在…号决议中": "in resolution … " with the body
			// as the clause's subject reads like a possessive.
			for j := lead - 1; j >= max(0, lead-window); j-- {
				if s.t.inWords[s.word(j)] {
					poss, inWord = j, true
					break
				}
				if s.toks[j].kind == tokPunct {
					break
				}
			}
		}
		for n, it := range items {
			from, to := it.first, it.last
			if n == 0 {
				from = first
			}
			if n == len(items)-1 {
				to = kindLast
			}
			family := it.family
			if it.form == "sc" && kind != cite.KindResolution {
				family = ""
			}
			for _, number := range it.numbers() {
				rc := rawCite{first: from, last: to, phraseFirst: lead, phraseLast: kindLast,
					poss: poss, pre: pre, post: -1, family: family, inWord: inWord, afterPhrase: true}
				rc.c = cite.Citation{Kind: kind, Number: number, Text: s.src[s.toks[from].pos:s.toks[to].end],
					Start: s.toks[from].pos, End: s.toks[to].end}
				s.cites = append(s.cites, rc)
			}
		}
		for k := first; k <= kindLast; k++ {
			s.used[k] = true
		}
		si = s.skipStarts(si, kindLast)
	}
}

// markedList is list for number-first phrases, where 第 may stand before
// each number and 号 after each ("第1591(2005)和第1556(2004)号决议",
// "第2057(2012)号、第2109(2013)号和第2187(2014)号决议").
func (s *scanner) markedList(j int) ([]item, int) {
	var items []item
	end := j
	for {
		it, ok := s.item(j)
		if !ok {
			break
		}
		items = append(items, it)
		end = it.last
		k := s.next(end + 1)
		// 号 then a separator: the kind word comes later.
		if s.t.itemMarks[s.word(k)] && s.t.numberMarks[s.word(s.next(s.next(k+1)+1))] {
			k = s.next(k + 1)
		}
		if !s.is(k, ",") && !s.t.listWords[s.word(k)] && !s.t.rangeWords[s.word(k)] {
			break
		}
		if rng, ok := s.rangeTo(it, k); ok {
			items = append(items, rng[:len(rng)-1]...) // the inner ones; the loop reads the last
		}
		k = s.next(k + 1)
		if s.t.numberMarks[s.word(k)] {
			k = s.next(k + 1)
		}
		j = k
	}
	return items, end
}

// aboutMention returns the body named before a number-first phrase at
// token lead with only "about …" between, in the same clause: 安全理事会
// 关于利比亚的第1970(2011)号决议 is the Security Council's. It returns -1
// when there is none.
func (s *scanner) aboutMention(lead int) int {
	about := false
	for j := lead - 1; j >= 0 && j > lead-window; j-- {
		t := &s.toks[j]
		if t.kind == tokPunct || t.kind == tokBreak {
			return -1
		}
		if mi, ok := s.mEnd[j]; ok {
			if about && !s.mentions[mi].short() {
				return mi
			}
			j = s.mentions[mi].first
			continue
		}
		if s.t.aboutWords[s.fold(t)] {
			about = true
		} else if t.kind == tokWord && !s.hanWord(t) {
			return -1
		}
		// Two-character words: "关于" is two tokens.
		if j > 0 && s.t.aboutWords[s.fold(&s.toks[j-1])+s.fold(t)] {
			about = true
		}
	}
	return -1
}

// dateBack returns the first token of a year–month–day date ending at
// token p (2011年6月27日), or -1.
func (s *scanner) dateBack(p int) int {
	for _, m := range s.t.ymd {
		if s.word(p) == m[2] && s.num(p-1) != "" && s.word(p-2) == m[1] && s.num(p-3) != "" && s.word(p-4) == m[0] && isYear(s.num(p-5)) {
			return p - 5
		}
	}
	return -1
}

// subMark returns the first token of a subparagraph's mark that ends at
// token j ("2 (e)", "4 (a) to (d)", "9 (b) (i-iii)", French and Spanish
// "2 e)"), or -1: one or two marks of up to four letters or two digits
// (joined by a hyphen), after a number, a range word, a list word or
// another mark.
func (s *scanner) subMark(j int) int { return s.subMarkDepth(j, 3) }

// subMarkDepth is subMark, looking back over at most depth chained marks.
func (s *scanner) subMarkDepth(j, depth int) int {
	if !s.is(j, ")") || j < 2 || depth == 0 {
		return -1
	}
	o := j - 1
	for n := 0; o > 0 && !s.is(o, "("); o-- {
		w, d := s.word(o), s.num(o)
		if (w != "" && len(w) <= 4) || (d != "" && len(d) <= 2) {
			n++
		} else if !s.is(o, "-") || n == 0 {
			n = 3
		}
		if n > 2 {
			o = -1
			break
		}
	}
	if !s.is(o, "(") || o == j-1 {
		// "2 e)": the letter alone before ")"
		if w := s.word(j - 1); w == "" || len(w) > 4 || s.num(s.prev(j-2)) == "" {
			return -1
		}
		return j - 1
	}
	p := s.prev(o - 1)
	if s.num(p) == "" && !s.t.rangeWords[s.word(p)] && !s.t.listWords[s.word(p)] && s.subMarkDepth(p, depth-1) < 0 {
		return -1
	}
	return o
}

// connectorOver reads a connector (pursuant, recalls, reaffirms) that
// governs a noun phrase of at most four words which the citation at
// token first completes through a preposition: "in accordance with the
// levels updated in its resolution 79/250", "recalls the obligations in
// operative paragraph 2 (e) of resolution 1373 (2001)".
func (s *scanner) connectorOver(first int) (cite.Relation, bool) {
	j := s.linkAt(first)
	// "the guidelines contained in, as applicable, decisions 4/CP.5": an
	// aside set off by commas stands between the link and the citation.
	if s.is(j, ",") {
		for _, p := range s.t.asides {
			if a, ok := s.matchBackWords(s.prev(j-1), p); ok && s.is(s.prev(a-1), ",") {
				j = s.prev(s.prev(a-1) - 1)
				break
			}
		}
	}
	if !s.t.links[s.word(j)] && !s.annexLink(j) {
		// Russian puts the instrument in the genitive after its locator,
		// with no link word: "в пункте 2(е) резолюции 1373 (2001)".
		if o := s.subMark(j); o >= 0 {
			j = s.prev(o - 1)
		}
		if s.num(j) == "" || !s.t.locators[s.word(s.prev(j-1))] || !s.t.ofEmpty {
			return "", false
		}
		j = s.prev(j - 1)
	}
	return s.governs(j, 4)
}

// annexLink reports whether a phrase of annexLinks ("annex to", "annexed
// to") ends at token j.
func (s *scanner) annexLink(j int) bool {
	for _, p := range s.t.annexLinks {
		if _, ok := s.matchBackWords(j, p); ok {
			return true
		}
	}
	return false
}

// matchBackWords matches phrase p ending at token j, word by word across
// spaces, and returns its first token.
func (s *scanner) matchBackWords(j int, p phrase) (int, bool) {
	for w := len(p) - 1; w >= 0; w-- {
		if s.word(j) != p[w] {
			return 0, false
		}
		if w > 0 {
			j = s.prev(j - 1)
		}
	}
	return j, true
}

// parenSource reads a citation that gives, in parentheses or brackets, the source of
// the title just before them: "in accordance with article IV of the
// Convention on Registration of Objects Launched into Outer Space
// (General Assembly resolution 3235 (XXIX), annex)" acts in accordance
// with the resolution that holds the Convention. Only locators, a body's
// name and the possessive may stand between "(" and the phrase, and at
// most three words (", annex", "，附件") between the phrase and ")"; the
// connector may stand twelve words before "(" ("依照《…》（…）" reads the
// title in 《》 as one word).
func (s *scanner) parenSource(rc *rawCite) (cite.Relation, bool) {
	o := s.prev(rc.phraseFirst - 1)
	for n := 0; n < 4 && o >= 0 && !s.is(o, "(") && !s.is(o, "["); n++ {
		if mi, ok := s.mEnd[o]; ok {
			o = s.prev(s.mentions[mi].first - 1)
			continue
		}
		w := s.word(o)
		if w == "" || !(s.t.skip[w] || s.t.locators[w] || s.t.possessives[w]) {
			return "", false
		}
		o = s.prev(o - 1)
	}
	closing := ")"
	if s.is(o, "[") {
		closing = "]"
	} else if !s.is(o, "(") {
		return "", false
	}
	n := 0
	c := s.next(rc.phraseLast + 1)
	for ; c < len(s.toks) && c < rc.phraseLast+window && !s.is(c, closing); c = s.next(c + 1) {
		if s.is(c, ",") {
			continue
		}
		if mi, ok := s.mStart[c]; ok {
			c = s.mentions[mi].last
			continue
		}
		if w := s.word(c); w == "" || s.t.verbs[w] != "" || s.t.kinds[w] != "" {
			return "", false
		}
		if n++; n > 3 {
			return "", false
		}
	}
	if !s.is(c, closing) {
		return "", false
	}
	return s.governs(o, 12)
}

// governs reads, going back from token j (the link before a citation, or
// the "(" of a parenthetical source), a pursuant, recalls or reaffirms
// connector that ends after at least one and at most limit other words
// (a Chinese character counts a quarter). Those words hold no verb, no
// "that" and no kind word; punctuation other than a subparagraph's mark
// or a title in 《》 ends the search. A one-word connector that is also a
// preposition ("under") is not read so.
func (s *scanner) governs(j, limit int) (cite.Relation, bool) {
	content := 0
	for k := s.prev(j - 1); k >= 0 && k > j-window; k = s.prev(k - 1) {
		switch s.toks[k].kind {
		case tokNum:
			continue
		case tokPunct:
			if o := s.subMark(k); o >= 0 {
				k = o
				continue
			}
			if s.isJoiner(&s.toks[k]) {
				continue
			}
			// "обязанностях, изложенных в пункте …", "Конвенции о
			// регистрации объектов, запускаемых в …": a participle set
			// off by a comma goes on with the noun phrase.
			if s.is(k, ",") && s.participleAfter(k) {
				continue
			}
			// "the corresponding modalities, procedures and guidelines
			// contained in": a comma between nouns of a list.
			if s.is(k, ",") && s.listAfter(k) {
				continue
			}
			if s.is(k, "》") {
				o := k - 1
				for o > k-window && o > 0 && !s.is(o, "《") {
					o--
				}
				if s.is(o, "《") {
					k, content = o, content+4
					continue
				}
			}
			// "in accordance with the “Guidelines for the preparation of
			// national communications …”, contained in the annex to
			// decision 17/CP.8": a quoted title counts as one word.
			if s.is(k, "”") {
				o := k - 1
				for o > k-2*window && o > 0 && !s.is(o, "“") {
					o--
				}
				if s.is(o, "“") {
					k, content = o, content+4
					continue
				}
			}
			return "", false
		case tokWord:
		default:
			return "", false
		}
		if mi, ok := s.mEnd[k]; ok {
			k = s.mentions[mi].first
			continue
		}
		w := s.word(k)
		// A kind word with no number ("the resolution of 4 April 1946
		// [resolution 3 (1946)]") may be the title itself.
		if s.t.thatWords[w] || s.t.verbs[w] != "" || s.t.decide[w] || s.t.possKinds[w] != "" || (s.t.kinds[w] != "" && s.num(s.next(k+1)) != "") {
			return "", false
		}
		if s.t.skip[w] || isRoman(s.textAt(k)) {
			continue
		}
		// "the criteria contained in the guidelines annexed to": the
		// words that say where the noun phrase is found do not count; the
		// noun phrase before them does.
		if s.t.contain[w] {
			content = 0
			continue
		}
		if s.t.listWords[w] && content > 0 && !s.t.links[s.word(s.next(k+1))] {
			// "modalities, procedures and guidelines": the nouns count; not
			// "the present resolution and with paragraphs 12 and 13 of".
			continue
		}
		if content > 0 {
			var bw []string
			for _, p := range s.t.beforeLast[w] {
				if p.gaps > 0 || (p.rel != cite.Pursuant && p.rel != cite.Recalls && p.rel != cite.Reaffirms) || (len(p.words) == 1 && s.t.preps[w]) {
					continue
				}
				if bw == nil {
					bw = s.wordsBefore(k+1, 6)
				}
				if s.t.matchBack(bw, p) {
					return p.rel, true
				}
			}
		}
		if content += s.weight(k); content > 4*limit {
			return "", false
		}
	}
	return "", false
}

// linkAt returns the token that links the citation phrase at token first
// to the words before it, passing over a body's name, possessives and
// articles ("of General Assembly resolution", "in its resolution").
func (s *scanner) linkAt(first int) int {
	j := s.prev(first - 1)
	for j >= 0 {
		if mi, ok := s.mEnd[j]; ok {
			j = s.prev(s.mentions[mi].first - 1)
			continue
		}
		if w := s.word(j); s.t.possessives[w] || s.t.articles[w] {
			j = s.prev(j - 1)
			continue
		}
		break
	}
	return j
}

// connectorAt returns the relation of the connector that ends right
// before the citation phrase at token first ("established by the Assembly
// by its resolution"), as relation reads it.
func (s *scanner) connectorAt(first int) (cite.Relation, bool) {
	before := s.wordsBefore(first, 10)
	cands, _ := s.t.beforeCandidates(before, nil)
	for _, p := range cands {
		if s.t.matchBack(before, p) {
			return p.rel, true
		}
	}
	return "", false
}

// commaGoesOn reports whether the clause a verb reader reads goes on
// after the comma at token j (before token b), and returns the token
// before the word to read next: a comma before a verb of the tables,
// alone or after a list word or one Chinese character ("…, and requested
// me", "، وطلب إلي", "，并决定"); a comma before a relative or "that"
// clause, which is passed over to the comma that ends it ("…, которую
// Комитет выполняет …, и просил меня").
func (s *scanner) commaGoesOn(j, b int) (int, bool) {
	for hops := 0; hops < 3 && s.is(j, ","); hops++ {
		k1 := s.next(j + 1)
		if k1 >= b || s.word(k1) == "" {
			return 0, false
		}
		if s.verbish(k1) {
			return k1 - 1, true
		}
		if w := s.word(k1); s.t.listWords[w] || s.hanWord(&s.toks[k1]) {
			if k2 := s.next(k1 + 1); k2 < b && s.verbish(k2) {
				return k2 - 1, true
			}
		}
		if !s.t.thatWords[s.word(k1)] && !s.relativeStart(k1) {
			return 0, false
		}
		// Pass over the relative or "that" clause to its comma.
		c := -1
		for m := k1 + 1; m < b; m++ {
			if s.toks[m].kind != tokPunct || s.isApostrophe(&s.toks[m]) || strings.Contains("\"“”«»<>„/", s.textAt(m)) {
				continue
			}
			if s.is(m, ",") {
				c = m
			}
			break
		}
		if c < 0 {
			return 0, false
		}
		j = c
	}
	return 0, false
}

// verbish reports whether a verb of the tables (a relation verb, a decide
// verb, or a phrase of either) starts at token k.
func (s *scanner) verbish(k int) bool {
	w := s.word(k)
	if w == "" {
		return false
	}
	if s.t.verbs[w] != "" || s.t.decide[w] {
		return true
	}
	for _, p := range s.t.verbPhrases {
		if _, ok := s.matchWords(k, p.words); ok {
			return true
		}
	}
	for _, p := range s.t.decidePhr {
		if _, ok := s.matchWords(k, p); ok {
			return true
		}
	}
	return false
}

// relativeStart reports whether a relative clause (relatives: "which",
// "которой", "qui") starts at token k.
func (s *scanner) relativeStart(k int) bool {
	for _, p := range s.t.relatives {
		if _, ok := s.matchWords(k, p); ok {
			return true
		}
	}
	return false
}

// opensSentence reports whether nothing but words (no punctuation) stands
// between the start of the sentence holding token i, after its paragraph
// number, and token i.
func (s *scanner) opensSentence(i int) bool {
	a, _ := s.sentenceToks(s.sentence(i))
	for j := s.markerEnd(s.next(a)); j < i; j++ {
		if s.toks[j].kind == tokPunct && !s.isJoiner(&s.toks[j]) {
			return false
		}
		if s.toks[j].kind == tokBreak {
			return false
		}
	}
	return true
}

// ocrSymbols reads Security Council document symbols whose S was read by
// OCR as the digit 5 or 8: "documents 8/25541, S/25542 and S/25543",
// "special report of 10 September 2002 (5/2002/1005)". The number must
// have a Security Council document's shape — five digits (S/25541) or a
// year 1946–2099 and a number (S/2002/1005) — and the symbol must stand
// where a document does: after a document word, alone in parentheses, or
// before ", S/…" in a list. A fraction or a date ("8/12", "5/2002") is not
// read.
func (s *scanner) ocrSymbols() {
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		if i+2 >= len(s.toks) {
			break
		}
		if d := s.num(i); (d != "5" && d != "8") || s.used[i] || !s.is(i+1, "/") {
			continue
		}
		if p := i - 1; p >= 0 && (s.word(p) != "" || s.num(p) != "" || s.is(p, "/") || s.is(p, ".")) {
			continue
		}
		n1, last, sym := s.num(i+2), i+2, ""
		switch {
		case len(n1) == 5 && !s.is(i+3, "/") && !s.is(i+3, "."):
			sym = "S/" + n1
		case len(n1) == 4 && atoi(n1) >= 1946 && atoi(n1) <= 2099 && s.is(i+3, "/") && s.num(i+4) != "" && !s.is(i+5, "/") && !s.is(i+5, "."):
			sym, last = "S/"+n1+"/"+s.num(i+4), i+4
		default:
			continue
		}
		p, n := s.prev(i-1), s.next(last+1)
		docAt := s.t.docWords[s.word(p)]
		inParens := s.is(p, "(") && s.is(n, ")")
		inList := s.is(n, ",") && s.textAt(s.next(n+1)) == "S" && s.is(s.next(n+1)+1, "/")
		if !docAt && !inParens && !inList {
			continue
		}
		body := ""
		if b, ok := s.reg.BySymbol(sym); ok {
			body = b.Key
		}
		rc := rawCite{first: i, last: last, phraseFirst: i, phraseLast: last, poss: -1, pre: -1, post: -1, symbol: true}
		rc.c = cite.Citation{ID: sym, Kind: cite.KindDocument, Body: body, Number: sym,
			Text: s.src[s.toks[i].pos:s.toks[last].end], Start: s.toks[i].pos, End: s.toks[last].end}
		s.cites = append(s.cites, rc)
		for k := i; k <= last; k++ {
			s.used[k] = true
		}
		si = s.skipStarts(si, last)
	}
}

// repeatedNumbers reads a kind word followed by a bare number that the text
// has cited before, with its year or session, under the same kind: "…
// резолюции 1591 (2005) … Комитета, учрежденного резолюцией 1591" cites
// sc:res:1591(2005) twice. Only a number alone is read so (not one
// followed by "/", ".", "(" or a digit), and only after its first citation.
func (s *scanner) repeatedNumbers() {
	var first map[string]int // kind + bare number → index of its first citation
	for n := range s.cites {
		rc := &s.cites[n]
		num, _, ok := strings.Cut(rc.c.Number, "(")
		if rc.symbol || !ok || num == "" || strings.Trim(num, "0123456789") != "" {
			continue
		}
		key := string(rc.c.Kind) + ":" + num
		if first == nil {
			first = map[string]int{}
		}
		if m, ok := first[key]; !ok || s.cites[m].c.Start > rc.c.Start {
			first[key] = n
		}
	}
	if first == nil {
		return
	}
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		if i+2 >= len(s.toks) {
			break
		}
		kind, ok := s.t.kinds[s.word(i)]
		if !ok || s.used[i] {
			continue
		}
		k := s.next(i + 1)
		num := s.num(k)
		if num == "" || s.used[k] {
			continue
		}
		if nx := k + 1; nx < len(s.toks) && (s.is(nx, "/") || s.is(nx, ".") || s.num(nx) != "") {
			continue
		}
		if s.is(s.next(k+1), "(") {
			continue
		}
		m, ok := first[string(kind)+":"+num]
		if !ok || s.cites[m].c.Start > s.toks[i].pos {
			continue
		}
		src := s.cites[m]
		rc := rawCite{first: i, last: k, phraseFirst: i, phraseLast: k, poss: s.possessive(i), pre: -1, post: -1, family: src.family}
		rc.c = cite.Citation{Kind: src.c.Kind, Number: src.c.Number, Text: s.src[s.toks[i].pos:s.toks[k].end],
			Start: s.toks[i].pos, End: s.toks[k].end}
		s.cites = append(s.cites, rc)
		s.used[i], s.used[k] = true, true
		si = s.skipStarts(si, k)
	}
}

// listAfter reports whether the comma at token k stands between nouns
// of a list: one plain word, then a list word ("modalities, procedures
// and guidelines").
func (s *scanner) listAfter(k int) bool {
	w1 := s.next(k + 1)
	w := s.word(w1)
	if w == "" || s.t.verbs[w] != "" || s.t.skip[w] || s.t.thatWords[w] || s.relativeStart(w1) {
		return false
	}
	return s.t.listWords[s.word(s.next(w1+1))]
}

// participleAfter reports whether the comma at token k opens a
// participial phrase of the noun before it: a lower-case word follows
// that is no verb of the tables, no list word, no "that" and no relative
// word ("обязанностях, изложенных в …").
func (s *scanner) participleAfter(k int) bool {
	n := s.next(k + 1)
	w := s.word(n)
	if w == "" || startsUpper(s.textAt(n)) || s.hanWord(&s.toks[n]) {
		return false
	}
	return !s.verbish(n) && !s.t.listWords[w] && !s.t.thatWords[w] && !s.relativeStart(n) && !s.t.skip[w] && s.t.kinds[w] == ""
}
