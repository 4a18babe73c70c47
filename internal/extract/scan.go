package extract

import (
	"sort"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// scanner reads citations from the tokens of one text. Its passes run in
// a fixed order: document symbols, body names, sentences, the header,
// keyword citations ("resolution 55/25"), bare family forms ("1/CP.21"),
// then bodies, relations and subjects for each citation.
type scanner struct {
	lexed             // the text, its tokens and their folded forms
	buf      *scanBuf // reused memory (scanBuf)
	t        *tables
	n        *names
	reg      *registry.Registry
	docBody  string
	symLast  map[int]string // last token of each symbol citation → its body (locatedIn)
	mentions []mention
	mStart   map[int]int       // first token → mention index
	mEnd     map[int]int       // last token → mention index
	lastFull map[string]string // short name → last body named in full it fits, while scanning
	used     []bool            // tokens inside a citation found by an earlier pass
	sentTok  []int             // first token of each sentence, ascending
	breaks   []int             // token index of each blank line
	cites    []rawCite
	// openMemo caches each sentence's opening relation (and the first
	// token it holds for): citations of one sentence share it.
	candBuf     []relPhrase // reused by relation
	rangeItems  int         // instruments read inside ranges so far (rangeTo)
	openMemo    map[int]cite.Relation
	openMemoMax map[int]int
}

// rawCite is a citation with the token positions the later passes need.
type rawCite struct {
	c           cite.Citation
	first, last int // tokens of the citation's span
	phraseFirst int // first token of the whole phrase (keyword or symbol)
	phraseLast  int // last token of the phrase (last item, date, body named after)
	inWord      bool
	poss        int // token of the possessive, -1 if none
	pre, post   int // mention named before / after, -1 if none
	family      string
	symbol      bool
	unknown     bool // names a body the registry does not know ("ECLAC resolution 689 (XXXV)")
	afterPhrase bool // the kind word follows the numbers (号决议): relations are read after the phrase
	bare        bool // a family form without a kind word: its kind is assumed
	own         bool // the text naming itself: a heading of its own, a renaming note (markHeadings, markRenamed)
	relative    bool // the relation was read in a relative clause after the citation
}

func newScanner(src string, reg *registry.Registry) *scanner {
	b := getScanBuf()
	n := namesFor(reg)
	s := &scanner{lexed: lex(src, b, n), buf: b, t: getTables(), n: n, reg: reg,
		mStart: b.mStart, mEnd: b.mEnd, lastFull: b.lastFull,
		cites: b.cites[:0], mentions: b.mentions[:0], candBuf: b.candBuf[:0]}
	if cap(b.used) < len(s.toks) {
		b.used = make([]bool, len(s.toks), cap(b.toks))
	}
	s.used = b.used[:len(s.toks)]
	clear(s.used)
	return s
}

// release gives the scanner's buffers to the next run; s must not be
// used afterwards.
func (s *scanner) release() {
	b := s.buf
	b.cites, b.mentions, b.candBuf = s.cites[:0], s.mentions[:0], s.candBuf[:0]
	putScanBuf(b) // b.toks is the array lex filled

	*s = scanner{}
}

// skipStarts returns the index of the last of s.starts at or before
// token last, from index si on: a pass that read tokens up to last goes on
// with the start after it.
func (s *scanner) skipStarts(si, last int) int {
	for si+1 < len(s.starts) && int(s.starts[si+1]) <= last {
		si++
	}
	return si
}

// next returns the first token at or after i that is not a space (a blank
// line is returned), or len(toks).
func (s *scanner) next(i int) int {
	for i < len(s.toks) && s.toks[i].kind == tokSpace {
		i++
	}
	return i
}

// prev returns the last token at or before i that is not a space, or -1.
func (s *scanner) prev(i int) int {
	for i >= 0 && s.toks[i].kind == tokSpace {
		i--
	}
	return i
}

func (s *scanner) is(i int, text string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokPunct && s.text(&s.toks[i]) == text
}

func (s *scanner) word(i int) string {
	if i >= 0 && i < len(s.toks) && s.toks[i].kind == tokWord {
		return s.fold(&s.toks[i])
	}
	return ""
}

func (s *scanner) num(i int) string {
	if i >= 0 && i < len(s.toks) && s.toks[i].kind == tokNum {
		return s.fold(&s.toks[i])
	}
	return ""
}

// matchWords matches a phrase of folded words from token i (across spaces
// and apostrophes) and returns its last token.
func (s *scanner) matchWords(i int, p phrase) (int, bool) {
	if i >= len(s.toks) {
		return 0, false
	}
	return matchPhrase(&s.lexed, i, p)
}

// ---- document symbols ----

// symbols finds UN document symbols: a known series root, then segments
// separated by slashes (CTOC/COP/WG.2/2017/4, A/C.3/80/L.11,
// S/RES/1373 (2001)). A hyphen followed by another symbol makes a joint
// symbol: each part is a reference of its own.
func (s *scanner) symbols() {
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		if s.used[i] || !s.symbolStart(i) {
			continue
		}
		last, segs, ok := s.symbolAt(i)
		if !ok {
			continue
		}
		s.addSymbol(i, last, segs)
		for k := i; k <= last; k++ {
			s.used[k] = true
		}
		si = s.skipStarts(si, last)
	}
}

func (s *scanner) symbolStart(i int) bool {
	t := &s.toks[i]
	if i+1 >= len(s.toks) || s.text(&s.toks[i+1]) != "/" {
		return false
	}
	// "$/20325": OCR reads the Security Council's S as a dollar sign.
	ocrS := s.text(t) == "$" && s.num(i+2) != ""
	if !ocrS && (t.kind != tokWord || !s.n.roots[s.text(t)]) {
		return false
	}
	if i > 0 {
		p := &s.toks[i-1]
		if p.kind == tokWord || p.kind == tokNum || s.text(p) == "/" || s.text(p) == "." {
			return false
		}
	}
	return true
}

// symbolAt scans the symbol whose root is token i and returns its last
// token and its segments (root first).
func (s *scanner) symbolAt(i int) (int, []string, bool) {
	segs := []string{s.text(&s.toks[i])}
	if segs[0] == "$" {
		segs[0] = "S"
	}
	last := i
	for last+2 < len(s.toks) && s.text(&s.toks[last+1]) == "/" {
		j := last + 2
		t := &s.toks[j]
		if t.kind != tokWord && t.kind != tokNum {
			break
		}
		end := s.segment(j)
		var b strings.Builder
		for k := j; k <= end; k++ {
			b.WriteString(s.text(&s.toks[k]))
		}
		segs = append(segs, b.String())
		last = end
	}
	if len(segs) < 2 {
		return 0, nil, false
	}
	digit := false
	for _, sg := range segs {
		if strings.ContainsAny(sg, "0123456789") {
			digit = true
		}
	}
	if !digit {
		return 0, nil, false
	}
	// Two segments: a one-letter series and a number (A/51), or a
	// series root and a number of three digits or more (CD/1839).
	if len(segs) == 2 && !(allDigits(segs[1]) && (len(segs[0]) == 1 || len(segs[1]) >= 3)) {
		return 0, nil, false
	}
	// S/RES/1373 (2001): the year in parentheses belongs to the symbol.
	if strings.EqualFold(segs[1], "RES") || strings.EqualFold(segs[1], "PRST") {
		k := last + 1
		if k < len(s.toks) && s.toks[k].kind == tokSpace && !strings.Contains(s.text(&s.toks[k]), "\n") {
			k++
		}
		if s.is(k, "(") && isYear(s.num(k+1)) && s.is(k+2, ")") {
			last = k + 2
			segs[len(segs)-1] += "(" + s.num(k+1) + ")"
		} else if k < len(s.toks) && k > last+1 && isPartLetter(s.text(&s.toks[k])) && !s.touchesAlnum(k) {
			// A/RES/57/270 B
			last = k
			segs[len(segs)-1] += s.text(&s.toks[k])
		}
	}
	return last, segs, true
}

// segment returns the last token of the symbol segment starting at j:
// words and numbers joined by "." (L.11, WG.2, Add.1) or "-" (ES-10).
func (s *scanner) segment(j int) int {
	end := j
	for {
		k := end + 1
		if k >= len(s.toks) {
			return end
		}
		t := &s.toks[k]
		switch {
		case (t.kind == tokWord || t.kind == tokNum) && s.toks[end].kind != t.kind:
			end = k // CP5, EA5
		case (s.text(t) == "." || s.text(t) == "-") && k+1 < len(s.toks) && (s.toks[k+1].kind == tokWord || s.toks[k+1].kind == tokNum):
			if s.text(t) == "-" && s.symbolStart(k+1) {
				return end // joint symbol
			}
			end = k + 1
		default:
			return end
		}
	}
}

func (s *scanner) touchesAlnum(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[k+1]
	return (n.kind == tokWord && !s.hanWord(n)) || n.kind == tokNum || s.text(n) == "/" || (s.text(n) == "." && k+2 < len(s.toks) && (s.toks[k+2].kind == tokWord || s.toks[k+2].kind == tokNum))
}

// addSymbol records a document reference, or an instrument when the
// symbol is the text of one (A/RES/55/25, S/PRST/2014/28, UNEP/EA.5/Res.14).
func (s *scanner) addSymbol(first, last int, segs []string) {
	text := s.src[s.toks[first].pos:s.toks[last].end]
	sym := cite.NormalizeSymbol(text)
	if strings.HasPrefix(sym, "$/") {
		sym = "S" + sym[1:]
	}
	rc := rawCite{first: first, last: last, phraseFirst: first, phraseLast: last, poss: -1, pre: -1, post: -1, symbol: true}
	if id, ok := s.symbolInstrument(segs); ok {
		rc.c = cite.Citation{ID: id.String(), Kind: id.Kind(), Body: id.Body(), Number: id.Number(), BodyFrom: cite.FromExplicit}
	} else {
		body := ""
		if b, ok := s.reg.BySymbol(sym); ok {
			body = b.Key
		}
		rc.c = cite.Citation{ID: sym, Kind: cite.KindDocument, Body: body, Number: sym}
	}
	rc.c.Text = text
	rc.c.Start = s.toks[first].pos
	rc.c.End = s.toks[last].end
	s.cites = append(s.cites, rc)
}

// instrumentSegments are the symbol segments that mark an instrument's text.
var instrumentSegments = map[string]cite.Kind{"RES": cite.KindResolution, "DEC": cite.KindDecision, "PRST": cite.KindPresidentialStatement}

func (s *scanner) symbolInstrument(segs []string) (cite.ID, bool) {
	for k := 1; k < len(segs); k++ {
		head, tail, dotted := strings.Cut(segs[k], ".")
		kind, ok := instrumentSegments[strings.ToUpper(head)]
		if !ok {
			continue
		}
		prefix := strings.Join(segs[:k], "/") + "/"
		b, ok := s.reg.BySymbol(prefix)
		if !ok {
			return cite.ID{}, false
		}
		var number string
		switch {
		case dotted && k+1 == len(segs) && tail != "":
			// UNEP/EA.5/Res.14: the session is in the segment before.
			sess := trailingDigits(segs[k-1])
			if sess == "" {
				return cite.ID{}, false
			}
			number = sess + "/" + tail
		case !dotted && k+1 < len(segs):
			number = strings.Join(segs[k+1:], "/")
		default:
			return cite.ID{}, false
		}
		id, err := cite.NewID(b.Key, kind, number)
		return id, err == nil
	}
	return cite.ID{}, false
}

func trailingDigits(s string) string {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	return s[i:]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isYear(s string) bool {
	if len(s) != 4 || !allDigits(s) {
		return false
	}
	return s >= "1945" && s <= "2100"
}

func isPartLetter(s string) bool { return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' }

func isRoman(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("IVXLCDM", rune(s[i])) {
			return false
		}
	}
	return true
}

// ---- body names ----

func (s *scanner) findMentions() {
	for si := 0; si < len(s.starts); si++ {
		i := int(s.starts[si])
		if s.used[i] || s.toks[i].kind != tokWord {
			continue
		}
		if i > 0 && s.toks[i-1].kind == tokWord && !s.hanWord(&s.toks[i]) { // inside a word broken by a mark
			continue
		}
		m, ok := s.n.match(&s.lexed, i)
		if !ok {
			continue
		}
		if m.short() {
			m.key = s.resolveHead(m.head, i)
		} else {
			// Remember, for every short name, the last body named in full
			// that it can stand for.
			for _, h := range s.n.fullHeads[m.key] {
				s.lastFull[h] = m.key
			}
		}
		s.mStart[m.first] = len(s.mentions)
		s.mEnd[m.last] = len(s.mentions)
		s.mentions = append(s.mentions, m)
		si = s.skipStarts(si, m.last)
	}
}

// mentionsIn returns the indexes [a, b) of the mentions whose first token
// is in [from, to).
func (s *scanner) mentionsIn(from, to int) (int, int) {
	a := sort.Search(len(s.mentions), func(k int) bool { return s.mentions[k].first >= from })
	b := sort.Search(len(s.mentions), func(k int) bool { return s.mentions[k].first >= to })
	return a, b
}

// resolveHead decides which body a short name before token i stands for:
// the last body named in full before it whose name has the short name's
// words, else the citing document's body or one of its parents whose name
// has them, else none.
func (s *scanner) resolveHead(head phrase, i int) string {
	if key := s.lastFull[strings.Join(head, " ")]; key != "" {
		return key
	}
	return s.docChain(head)
}

// docChain returns the citing document's body, or the nearest of its
// parents, whose name has the short name's words.
func (s *scanner) docChain(head phrase) string {
	for key, depth := s.docBody, 0; key != "" && depth < 8; depth++ {
		if s.n.bodyHas(key, head) {
			return key
		}
		b, ok := s.reg.Body(key)
		if !ok {
			break
		}
		key = b.Parent
	}
	return ""
}

// ---- sentences ----

var abbreviations = set{"no": true, "nos": true, "para": true, "paras": true, "art": true, "arts": true, "p": true,
	"pp": true, "vol": true, "mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "cf": true, "etc": true,
	"corr": true, "rev": true, "add": true, "op": true, "cit": true, "sr": true, "sra": true, "m": true,
	"mme": true, "mm": true, "distr": true, "ref": true, "chap": true, "sect": true, "ch": true, "n": true,
	"num": true, "e": true, "i": true, "g": true, "al": true, "prof": true, "amb": true, "supl": true, "suppl": true}

func (s *scanner) sentences() {
	s.sentTok = append(s.sentTok[:0], 0)
	add := func(i int) {
		if i < len(s.toks) && i > s.sentTok[len(s.sentTok)-1] {
			s.sentTok = append(s.sentTok, i)
		}
	}
	for i := range s.toks {
		t := &s.toks[i]
		switch {
		case t.kind == tokBreak:
			s.breaks = append(s.breaks, i)
			add(i + 1)
		case t.kind == tokSpace && t.nl:
			p := s.prev(i - 1)
			if p > 0 && s.footnoteMark(p) {
				// "…in October 2021, 6\nRecalling": the footnote mark
				// after the clause's last punctuation does not join the
				// next paragraph to it.
				p = s.prev(p - 1)
			}
			if s.lineOpens(i + 1) {
				// A numbered paragraph, list item or table row on its
				// own line is a paragraph of its own.
				s.breaks = append(s.breaks, i)
			}
			if s.lineOpens(i+1) || (p >= 0 && s.toks[p].kind == tokPunct && strings.Contains(".;:,!?", s.text(&s.toks[p])) && (s.opens(i+1) || s.opensParagraph(i+1))) {
				add(i + 1)
			}
		case t.kind == tokPunct && (s.text(t) == "。" || s.text(t) == "！" || s.text(t) == "？"):
			add(s.next(i + 1)) // Chinese: no space after a full stop
		case t.kind == tokPunct && (s.text(t) == "." || s.text(t) == "!" || s.text(t) == "?" || s.text(t) == "؟"):
			if i+2 < len(s.toks) && s.toks[i+1].kind == tokSpace && !s.toks[i+1].nl && !s.abbrev(i) && s.opens(i+2) {
				add(i + 2)
			}
		}
	}
}

// opensParagraph reports whether an opening phrase starts at token i:
// Russian preambles write their paragraphs in lower case ("ссылаясь на
// …,\nосуждая …"), so a line that starts with one opens a sentence.
func (s *scanner) opensParagraph(i int) bool {
	_, ok := s.openingAt(i)
	return ok
}

// opens reports whether token i can open a sentence.
func (s *scanner) opens(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	switch t.kind {
	case tokWord:
		return capital(s.text(t))
	case tokNum:
		return s.lineOpens(i)
	case tokPunct:
		return strings.Contains("[*\"“«|#•-–¿¡", s.text(t)) || s.lineOpens(i)
	}
	return false
}

// lineOpens reports whether a line starting at token i starts a new
// sentence whatever came before: a table row, a list item, a heading, a
// numbered paragraph.
func (s *scanner) lineOpens(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind == tokPunct && strings.Contains("|#•*-–", s.text(t)) {
		return true
	}
	if t.kind == tokNum && s.is(i+1, ".") && i+2 < len(s.toks) && s.toks[i+2].kind == tokSpace {
		return true
	}
	return s.parenMarker(i)
}

// parenMarker reports whether tokens i… are a list marker in parentheses:
// "(a)", "(iv)", "(12)"; not a year such as "(1990)" carried over a line
// break inside a citation, nor a General Assembly session in capital
// Roman numerals that completes the number ending the line before
// ("resolution 3395\n(XXX) of 20 November 1975"; list markers are in
// small letters).
func (s *scanner) parenMarker(i int) bool {
	if !s.is(i, "(") || i+2 >= len(s.toks) || !s.is(i+2, ")") {
		return false
	}
	t := &s.toks[i+1]
	switch t.kind {
	case tokNum:
		return len(s.text(t)) <= 2
	case tokWord:
		return len(s.text(t)) <= 4 && !(isRoman(s.text(t)) && s.num(s.prev(i-1)) != "")
	}
	return false
}

// abbrev reports whether the full stop at i ends an abbreviation, an
// initial or a paragraph number rather than a sentence.
func (s *scanner) abbrev(i int) bool {
	p := i - 1
	if p < 0 {
		return true
	}
	t := &s.toks[p]
	switch t.kind {
	case tokWord:
		return abbreviations[s.fold(t)] || (len(s.text(t)) == 1 && startsUpper(s.text(t)))
	case tokNum:
		q := p - 1
		return q < 0 || s.toks[q].kind == tokBreak || (s.toks[q].kind == tokSpace && s.toks[q].nl)
	}
	return false
}

// sentence returns the index of the sentence holding token i.
func (s *scanner) sentence(i int) int {
	return sort.SearchInts(s.sentTok, i+1) - 1
}

// sentenceToks returns the tokens [a, b) of sentence k.
func (s *scanner) sentenceToks(k int) (int, int) {
	a := s.sentTok[k]
	b := len(s.toks)
	if k+1 < len(s.sentTok) {
		b = s.sentTok[k+1]
	}
	return a, b
}

// sentenceSpan returns the byte span of the sentences from the one that
// holds token i to the one that holds token j, spaces trimmed.
func (s *scanner) sentenceSpan(i, j int) (int, int) {
	a, _ := s.sentenceToks(s.sentence(i))
	_, b := s.sentenceToks(s.sentence(j))
	for a < b && (s.toks[a].kind == tokSpace || s.toks[a].kind == tokBreak) {
		a++
	}
	for b > a && (s.toks[b-1].kind == tokSpace || s.toks[b-1].kind == tokBreak) {
		b--
	}
	// The evidence is the sentence, not its paragraph number or list
	// marker ("1. Le Groupe …", "(a) Resolution 78/20").
	if m := s.markerEnd(a); m > a && m <= i {
		a = m
	}
	if a >= b {
		return s.toks[i].pos, s.toks[j].end
	}
	return s.toks[a].pos, s.toks[b-1].end
}

// markerEnd returns the first token after the paragraph number or list
// marker ("1.", "(a)", "•") that opens a line at token a and the space that
// follows it, or a when there is none.
func (s *scanner) markerEnd(a int) int {
	n := a
	switch {
	case a+1 < len(s.toks) && s.toks[a].kind == tokNum && s.is(a+1, "."):
		n = a + 2
	case s.parenMarker(a):
		n = a + 3
	case s.is(a, "•") || s.is(a, "-") || s.is(a, "–"):
		n = a + 1
	default:
		return a
	}
	if n >= len(s.toks) || s.toks[n].kind != tokSpace {
		return a
	}
	for n < len(s.toks) && s.toks[n].kind == tokSpace {
		n++
	}
	return n
}

func (s *scanner) paragraph(i int) int { return sort.SearchInts(s.breaks, i) + 1 }

// footnoteMark reports whether token i is a footnote mark: a number of
// one to three digits right after punctuation that ends a clause, with
// at most a space between ("…2016, 6", "…session; 12").
func (s *scanner) footnoteMark(i int) bool {
	t := &s.toks[i]
	if t.kind != tokNum || len(s.text(t)) > 3 {
		return false
	}
	p := s.prev(i - 1)
	return p >= 0 && s.toks[p].kind == tokPunct && strings.Contains(".;:,", s.text(&s.toks[p]))
}
