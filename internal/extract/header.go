package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// resolutionSeries are the symbol series under which bodies issue their
// resolutions: a text headed "Resolution adopted by the General Assembly"
// and "80/10." is A/RES/80/10.
var resolutionSeries = map[string]string{"ga": "A/RES/", "sc": "S/RES/", "ecosoc": "E/RES/", "hrc": "A/HRC/RES/"}

// headerLines is how many lines from the top the header reader looks at.
const headerLines = 40

// line is one line of the header with its byte span.
type line struct {
	pos, end int
	text     string
	words    []string // folded
	joined   string   // words joined by spaces, with a space at both ends
}

// header reads the citing document's metadata from the first lines of
// the text and sets s.docBody. It returns the document, the instruments
// the text is the text of, and the byte offset where the header ends.
func (s *scanner) header(opt Options, lang string) (cite.Document, []cite.ID) {
	d := cite.Document{Lang: lang}
	lines := s.headerLines()

	// Symbol: alone on a line near the top, or after "United Nations".
	symIdx := -1
	if opt.Symbol == "" {
		nonEmpty := 0
		for _, l := range lines {
			if len(l.words) == 0 && strings.TrimSpace(l.text) == "" {
				continue
			}
			if nonEmpty++; nonEmpty > 12 {
				break
			}
			// The first symbol on the line (only symbols are found yet).
			n := sort.Search(len(s.cites), func(n int) bool { return s.cites[n].c.Start >= l.pos })
			if n < len(s.cites) && s.cites[n].symbol && s.cites[n].c.Start < l.end {
				lead := s.src[l.pos:s.cites[n].c.Start]
				if onlyWords(registry.FoldWords(lead), "united", "nations", "unies", "naciones", "unidas") && onlyChars(lead) {
					symIdx = n
				}
			}
			if symIdx >= 0 {
				break
			}
		}
		if symIdx >= 0 {
			d.Symbol = cite.NormalizeSymbol(s.cites[symIdx].c.Text)
		}
	} else {
		d.Symbol = cite.NormalizeSymbol(opt.Symbol)
	}

	var textOf []cite.ID
	// "Resolution 687 (1991)" heading a Security Council resolution;
	// "Resolution adopted by the General Assembly" then "80/10. Title".
	for li, l := range lines {
		if len(l.words) == 0 {
			continue
		}
		if id, ok := s.scHeading(l); ok && li < 5 {
			textOf = append(textOf, id)
			d.Type = "resolution"
			if d.Symbol == "" {
				d.Symbol = "S/RES/" + strings.Replace(id.Number(), "(", " (", 1)
			}
		}
		break
	}
	for li, l := range lines {
		body, kind := s.adoptedBy(l)
		if body == "" {
			continue
		}
		for _, l2 := range lines[li:] {
			num, title, ok := numberedTitle(l2.text)
			if !ok {
				continue
			}
			if id, err := cite.NewID(body, kind, num); err == nil {
				textOf = append(textOf, id)
				if d.Symbol == "" && kind == cite.KindResolution && resolutionSeries[body] != "" {
					d.Symbol = resolutionSeries[body] + num
				}
				d.Title = title
			}
			break
		}
		break
	}
	if d.Symbol != "" {
		d.ID = d.Symbol
		if b, ok := s.reg.BySymbol(d.Symbol); ok {
			s.docBody = b.Key
		}
		if id, ok := s.symbolInstrument(strings.Split(strings.Replace(d.Symbol, " (", "(", 1), "/")); ok {
			textOf = append(textOf, id)
		}
	}
	if s.docBody == "" {
		nonEmpty := 0
		for _, l := range lines {
			if strings.TrimSpace(l.text) == "" {
				continue
			}
			if nonEmpty++; nonEmpty > 12 {
				break
			}
			for _, m := range s.lineMentions(l) {
				if !m.short() && m.key != "" {
					s.docBody = m.key
					break
				}
			}
			if s.docBody != "" {
				break
			}
		}
	}
	d.Body = s.docBody

	for _, l := range lines {
		joined := l.joined
		for _, lg := range languages {
			if d.Type == "" {
				d.Type = lookupPrefix(lg.types, l.joined)
			}
			if d.OriginalLang == "" {
				d.OriginalLang = originalLang(lg, joined)
			}
			if d.Distribution == "" && strings.Contains(joined, " distr ") {
				for i, w := range l.words {
					if w == "distr" && i+1 < len(l.words) {
						d.Distribution = lg.distr[l.words[i+1]]
					}
				}
			}
		}
		if d.AgendaItem == "" {
			d.AgendaItem = s.agendaItem(l)
		}
	}
	top := s.headerTop(lines)
	d.Date = s.headerDate(top)
	d.Session = s.headerSession(top)
	if d.Title == "" {
		d.Title = s.headerTitle(lines)
	}
	if d.ID == "" {
		d.ID = cite.HashID([]byte(s.src))
	}
	return d, textOf
}

// originalLang reads "Original: English", "Original : anglais",
// "Язык оригинала: английский", "الأصل: بالإنكليزية", "原件：英文" from a
// header line's folded words.
func originalLang(lg *language, joined string) string {
	for _, ow := range lg.originalWord {
		// A cheap test first: most lines hold no such word.
		if !strings.Contains(joined, ow) {
			continue
		}
		_, rest, ok := strings.Cut(joined, " "+ow+" ")
		if !ok {
			continue
		}
		for _, l2 := range languages {
			if v := lookupPrefix(l2.langNames, " "+rest); v != "" {
				return v
			}
		}
	}
	return ""
}

func slices_contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func onlyWords(ws []string, allowed ...string) bool {
	for _, w := range ws {
		if !slices_contains(allowed, w) {
			return false
		}
	}
	return true
}

// onlyChars reports whether s holds nothing but letters, spaces and the
// table and emphasis marks that frame a symbol in a title block.
func onlyChars(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsSpace(r) && !strings.ContainsRune("|*#", r) {
			return false
		}
	}
	return true
}

// lookupPrefix returns the value of the longest key of m that starts the
// words of a line.
//
// m is one of the languages' types or langNames maps, whose keys'
// lengths and first words bound the prefixes to try (prefixKeys).
func lookupPrefix(m map[string]string, joined string) string {
	// A key that starts the words ends before one of joined's spaces:
	// look up each such prefix, the longest found wins.
	if len(joined) < 2 {
		return ""
	}
	first, _, _ := strings.Cut(joined[1:], " ")
	if !prefixKeys().first[first] {
		return "" // no key starts with the line's first word
	}
	val := ""
	for p := 2; p < len(joined) && p <= prefixKeys().max+1; p++ {
		if joined[p] != ' ' {
			continue
		}
		if v, ok := m[joined[1:p]]; ok {
			val = v
		}
	}
	return val
}

// prefixKeys describes the keys of the maps lookupPrefix reads: the
// longest key's length and the keys' first words.
var prefixKeys = sync.OnceValue(func() (pk struct {
	max   int
	first map[string]bool
}) {
	getTables() // the maps are folded by then
	pk.first = map[string]bool{}
	for _, lg := range languages {
		for _, m := range []map[string]string{lg.types, lg.langNames} {
			for k := range m {
				pk.max = max(pk.max, len(k))
				w, _, _ := strings.Cut(k, " ")
				pk.first[w] = true
			}
		}
	}
	return pk
})

func (s *scanner) headerLines() []line {
	// The lines' words share one array and their joined forms one
	// string, made once; the arrays are the scanBuf's, reused: the header
	// is read for every text, however small.
	b := s.buf
	out, arena, jb, jEnd := b.hLines[:0], b.hWords[:0], b.hJoined[:0], b.hEnd[:0]
	defer func() { b.hLines, b.hWords, b.hJoined, b.hEnd = out, arena, jb, jEnd }()
	pos := 0
	for len(out) < headerLines && pos < len(s.src) {
		end := strings.IndexByte(s.src[pos:], '\n')
		if end < 0 {
			end = len(s.src)
		} else {
			end += pos
		}
		text := s.src[pos:end]
		t := strings.TrimSpace(text)
		// The body of the text begins at its first numbered paragraph.
		if len(t) > 2 && t[0] >= '0' && t[0] <= '9' && strings.Contains(t[:min(4, len(t))], ". ") && len(out) > 3 {
			break
		}
		// Title-block lines are short; a long line is text, and only its
		// start can matter to the header.
		// The words are the line's word tokens, already folded.
		first := len(arena)
		for k := s.tokAt(pos); k < len(s.toks) && s.toks[k].pos < min(end, pos+300); k++ {
			if t := &s.toks[k]; t.kind == tokWord || t.kind == tokNum {
				if t.kind == tokNum && k > 0 && s.toks[k-1].kind == tokWord && len(arena) > first {
					arena[len(arena)-1] += s.fold(t) // "CP21" is one word, as registry.FoldWords has it
					continue
				}
				arena = append(arena, s.fold(t))
			}
		}
		jb = append(jb, ' ')
		for _, w := range arena[first:] {
			jb = append(jb, w...)
			jb = append(jb, ' ')
		}
		if len(arena) == first {
			jb = append(jb, ' ')
		}
		jEnd = append(jEnd, len(jb))
		out = append(out, line{pos: pos, end: end, text: text, words: arena[first:len(arena):len(arena)]})
		pos = end + 1
	}
	joined := string(jb)
	from := 0
	for i := range out {
		out[i].joined = joined[from:jEnd[i]]
		from = jEnd[i]
		if len(out[i].words) == 0 {
			out[i].words = nil
		}
	}
	return out
}

// lineMentions returns the bodies named on a line.
func (s *scanner) lineMentions(l line) []mention {
	a, b := s.mentionsIn(s.tokAt(l.pos), s.tokAt(l.end))
	return s.mentions[a:b]
}

// tokAt returns the first token that starts at or after byte offset pos.
func (s *scanner) tokAt(pos int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].pos >= pos })
}

func (s *scanner) scHeading(l line) (cite.ID, bool) {
	i := s.next(s.tokAt(l.pos))
	if s.word(i) != "resolution" {
		return cite.ID{}, false
	}
	it, ok := s.item(s.next(i + 1))
	if !ok || it.form != "sc" {
		return cite.ID{}, false
	}
	id, err := cite.NewID("sc", cite.KindResolution, it.base+it.session)
	return id, err == nil
}

// adoptedBy reads "Resolution adopted by the General Assembly" and gives
// the body and kind.
func (s *scanner) adoptedBy(l line) (string, cite.Kind) {
	for _, lg := range languages {
		for _, p := range lg.adoptedBy {
			pw := fields(p)
			if len(l.words) <= len(pw) || !slices.Equal(l.words[:len(pw)], pw) {
				continue
			}
			kind := lg.kinds[pw[0]]
			for _, m := range s.lineMentions(l) {
				if !m.short() {
					return m.key, kind
				}
			}
		}
	}
	return "", ""
}

// numberedTitle reads "80/10. International Day of …".
func numberedTitle(text string) (num, title string, ok bool) {
	t := strings.TrimSpace(text)
	n, rest, found := strings.Cut(t, ". ")
	if !found {
		return "", "", false
	}
	a, b, slash := strings.Cut(n, "/")
	if !slash || !allDigits(a) || b == "" {
		return "", "", false
	}
	part := ""
	if i := strings.IndexByte(b, ' '); i > 0 {
		b, part = b[:i], strings.TrimSpace(b[i:])
	}
	if !allDigits(b) || (part != "" && !isPartLetter(part)) {
		return "", "", false
	}
	return a + "/" + b + part, strings.TrimSpace(rest), true
}

func (s *scanner) agendaItem(l line) string {
	joined := l.joined
	if !strings.Contains(joined, " agenda ") && !strings.Contains(joined, " ordre du jour ") && !strings.Contains(joined, " programa ") {
		return ""
	}
	for _, lg := range languages {
		for _, aw := range lg.agendaWords {
			p := fields(aw)
			for i := s.tokAt(l.pos); i < len(s.toks) && s.toks[i].pos < l.end; i++ {
				last, ok := s.matchWords(i, p)
				if !ok {
					continue
				}
				if s.is(s.prev(i-1), "(") { // "(Agenda item 1)" in a table of contents
					continue
				}
				k := s.next(last + 1)
				if n := s.num(k); n != "" {
					if s.is(k+1, "(") && s.is(k+3, ")") && s.toks[k+2].kind == tokWord {
						return n + "(" + s.text(&s.toks[k+2]) + ")"
					}
					return n
				}
			}
		}
	}
	return ""
}

// headerTop returns where the title block ends: after 12 non-empty lines,
// or where the text proper begins (a preamble's "The Security Council,",
// a paragraph opening "Recalling").
func (s *scanner) headerTop(lines []line) int {
	nonEmpty := 0
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if nonEmpty++; nonEmpty > 12 {
			return l.pos
		}
		if _, ok := s.openingAt(s.next(s.tokAt(l.pos))); ok {
			return l.pos
		}
		if strings.HasSuffix(t, ",") && len(l.words) <= 4 {
			if len(s.lineMentions(l)) > 0 {
				return l.pos
			}
		}
	}
	if len(lines) == 0 {
		return 0
	}
	return lines[len(lines)-1].end
}

func (s *scanner) headerDate(end int) string {
	for i := 0; i < len(s.toks) && s.toks[i].pos < end; i++ {
		if s.toks[i].kind != tokNum {
			continue
		}
		// 2018年6月18日
		for _, mk := range s.t.ymd {
			if isYear(s.num(i)) && s.word(i+1) == mk[0] && s.num(i+2) != "" && s.word(i+3) == mk[1] && s.num(i+4) != "" && s.word(i+5) == mk[2] {
				if m, d := atoi(s.num(i+2)), atoi(s.num(i+4)); m >= 1 && m <= 12 && d >= 1 && d <= 31 {
					return fmt.Sprintf("%s-%02d-%02d", s.num(i), m, d)
				}
			}
		}
		if p := s.prev(i - 1); s.is(p, "-") || s.is(p, "–") {
			continue
		}
		day, month, year, _, ok := s.dmy(i)
		if ok {
			return fmt.Sprintf("%s-%02d-%02d", year, month, day)
		}
	}
	return ""
}

func (s *scanner) headerSession(end int) string {
	for i := 0; i < len(s.toks) && s.toks[i].pos < end; i++ {
		if s.toks[i].flags&sessionWord == 0 {
			continue // neither sessionAfter nor the words below
		}
		if v := s.sessionAfter(i); v != "" {
			return v
		}
		w := s.word(i)
		if w != "session" && w != "sesion" && !(w == "periodo" && s.word(s.next(i+1)) == "de" && s.word(s.next(s.next(i+1)+1)) == "sesiones") && !s.sessionWord(i) {
			continue
		}
		// In a title block the session opens its line: "Ninth session",
		// "Trigésimo quinto período de sesiones".
		var before []string
		lineStart := false
		for j := i - 1; ; j-- {
			if j < 0 {
				lineStart = true
				break
			}
			t := &s.toks[j]
			if (t.kind == tokSpace || t.kind == tokBreak) && t.nl {
				lineStart = true
				break
			}
			if t.kind == tokSpace || s.isJoiner(t) || (t.kind == tokPunct && strings.Contains("*#|", s.text(t))) {
				continue
			}
			if (t.kind != tokWord && t.kind != tokNum) || len(before) >= 6 {
				break
			}
			before = append([]string{s.fold(t)}, before...)
		}
		if len(before) == 0 || !lineStart {
			continue
		}
		// "9th session", "9e session"
		if len(before) >= 2 && allDigits(before[len(before)-2]) && ordinalSuffix(before[len(before)-1]) {
			return before[len(before)-2]
		}
		for n := len(before); n >= 1; n-- {
			for _, lg := range languages {
				if lg.ordinals == nil || lg.sessionFirst {
					continue
				}
				if v, used := lg.ordinals(before[len(before)-n:]); v > 0 && used == n {
					return strconv.Itoa(v)
				}
			}
		}
	}
	return ""
}

var sessionStartsOnce sync.Once
var sessionStartsSet set

// sessionStarts are the first words of the session phrases read by
// sessionAfter: the session words of the languages that put the ordinal
// after them, and the number marks (第).
func sessionStarts() set {
	sessionStartsOnce.Do(func() {
		sessionStartsSet = set{}
		for _, lg := range languages {
			if lg.sessionFirst {
				for _, sw := range lg.sessionWords {
					if f := fields(sw); len(f) > 0 {
						sessionStartsSet[f[0]] = true
					}
				}
			}
		}
		for w := range getTables().numberMarks {
			sessionStartsSet[w] = true
		}
	})
	return sessionStartsSet
}

// sessionFlagWords are the words headerSession reads on: the first words
// of sessionAfter's phrases and the session words it looks for itself.
func sessionFlagWords() set {
	ws := set{"session": true, "sesion": true, "periodo": true}
	for w := range sessionStarts() {
		ws[w] = true
	}
	for _, lg := range languages {
		if !lg.sessionFirst {
			for _, w := range lg.sessionWords {
				ws[w] = true
			}
		}
	}
	return ws
}

// sessionWord reports whether a session word of the language tables
// ("сессия") starts at token i.
func (s *scanner) sessionWord(i int) bool {
	w := s.word(i)
	if w == "" {
		return false
	}
	for _, lg := range languages {
		if !lg.sessionFirst && slices_contains(lg.sessionWords, w) {
			return true
		}
	}
	return false
}

// sessionAfter reads a session whose number follows the session word or
// the ordinal mark: "الدورة التاسعة" (Arabic), "第九届会议", "第73届会议"
// (Chinese). It returns "" when token i starts none.
func (s *scanner) sessionAfter(i int) string {
	if s.toks[i].kind != tokWord || !sessionStarts()[s.fold(&s.toks[i])] {
		return ""
	}
	for _, lg := range languages {
		if !lg.sessionFirst || lg.ordinals == nil {
			continue
		}
		for _, sw := range lg.sessionWords {
			last, ok := s.matchWords(i, fields(sw))
			if !ok {
				continue
			}
			var ws []string
			for j := s.next(last + 1); j < len(s.toks) && len(ws) < 3 && s.toks[j].kind == tokWord; j = s.next(j + 1) {
				ws = append(ws, s.fold(&s.toks[j]))
			}
			if v, _ := lg.ordinals(ws); v > 0 {
				return strconv.Itoa(v)
			}
		}
	}
	if !s.t.numberMarks[s.word(i)] {
		return ""
	}
	// 第 + number + 届会议
	k := i + 1
	v := 0
	if n := s.num(k); n != "" {
		v, k = atoi(n), k+1
	} else {
		var ws []string
		for j := k; j < len(s.toks) && j < k+6 && s.hanWord(&s.toks[j]); j++ {
			ws = append(ws, s.fold(&s.toks[j]))
		}
		n, used := chineseNumber(ws)
		v, k = n, k+used
	}
	if v <= 0 {
		return ""
	}
	for _, lg := range languages {
		for _, sw := range lg.sessionWords {
			if p := fields(sw); len(p) > 1 || s.hanWord(&s.toks[min(k, len(s.toks)-1)]) {
				if _, ok := s.matchWords(k, p); ok {
					return strconv.Itoa(v)
				}
			}
		}
	}
	return ""
}

func ordinalSuffix(w string) bool {
	switch w {
	case "st", "nd", "rd", "th", "e", "eme", "er", "re", "o", "a":
		return true
	}
	return false
}

func (s *scanner) headerTitle(lines []line) string {
	var b strings.Builder
	in := false
	top := s.headerTop(lines)
	for _, l := range lines {
		if l.pos >= top && !in {
			break
		}
		t := strings.TrimSpace(l.text)
		switch {
		case !in && strings.HasPrefix(t, "**") && len(t) > 4 && !strings.ContainsAny(t[2:3], "* \t"):
			in = true
			t = strings.TrimPrefix(t, "**")
			if strings.HasSuffix(t, "**") {
				return foldSpace(strings.TrimSuffix(t, "**"))
			}
			b.WriteString(t)
		case in && strings.HasSuffix(t, "**"):
			b.WriteString(" " + strings.TrimSuffix(t, "**"))
			return foldSpace(b.String())
		case in:
			b.WriteString(" " + t)
		}
	}
	// Else the line that says what the document is, when it says more
	// than its type: "Report of the Subsidiary Body for Implementation on
	// its fiftieth session".
	for _, l := range lines {
		if l.pos >= top {
			break
		}
		for _, lg := range languages {
			if typ := lookupPrefix(lg.types, l.joined); typ == "report" && len(l.words) > 4 {
				return foldSpace(strings.Trim(strings.TrimSpace(l.text), "*#|"))
			}
		}
	}
	// Else the line after the agenda item.
	for i, l := range lines {
		if s.agendaItem(l) == "" {
			continue
		}
		for _, l2 := range lines[i+1:] {
			if t := strings.TrimSpace(l2.text); t != "" {
				return foldSpace(strings.Trim(t, "*#"))
			}
		}
	}
	return ""
}

// foldSpace trims s and makes each run of white space one space.
// fieldsCache holds the words of the header tables' phrases, split once.
var fieldsCache sync.Map // string → phrase

// fields returns strings.Fields(s), split once per phrase.
func fields(s string) phrase {
	if p, ok := fieldsCache.Load(s); ok {
		return p.(phrase)
	}
	p := phrase(strings.Fields(s))
	fieldsCache.Store(s, p)
	return p
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

func foldSpace(s string) string {
	s = strings.TrimSpace(s)
	if spaceFolded(s) {
		return s // most sentences: no allocation
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				space = true
				i++
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			// Copy the run of ASCII non-space bytes at once.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
			b = append(b, s[i:j]...)
			i = j
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
			i += w
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if r == utf8.RuneError && w == 1 {
			b = utf8.AppendRune(b, r) // an invalid byte reads as U+FFFD
		} else {
			b = append(b, s[i:i+w]...)
		}
		i += w
	}
	return string(b)
}

// spaceFolded reports whether foldSpace would return s (trimmed) as it
// is: single ASCII spaces only, valid UTF-8.
func spaceFolded(s string) bool {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c != ' ' || space {
					return false
				}
				space = true
			} else {
				space = false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && w == 1) || unicode.IsSpace(r) {
			return false
		}
		space = false
		i += w
	}
	return true
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

var stopOnce sync.Once
var stopMap map[string][]int

// stopLens: for each first byte, the lengths (bit min(len, 63)) of the
// stop words that start with it: most words need no lookup.
var stopLens [256]uint64

// stopWords maps each frequent word of the Latin-script languages to the
// languages it belongs to.
func stopWords() map[string][]int {
	stopOnce.Do(func() {
		if len(languages) > 8 {
			panic("extract: detectLang counts at most 8 languages")
		}
		stopMap = map[string][]int{}
		for li, l := range languages {
			for _, w := range l.stop {
				stopMap[w] = append(stopMap[w], li)
				stopLens[w[0]] |= 1 << min(len(w), 63)
			}
		}
	})
	return stopMap
}

// langIndex is the index of the language code in languages.
func langIndex(code string) int {
	for li, l := range languages {
		if l.code == code {
			return li
		}
	}
	panic("extract: unknown language " + code)
}

// detectLang guesses the language of a text from its script and, for
// Latin script, from its most frequent short words. It reports false
// when the text gives too little to go on.
func detectLang(x *lexed) (string, bool) {
	// The script first: Russian, Arabic and Chinese texts need no word
	// counts.
	toks := x.toks
	var cyr, arab, han, latin int
	words := 0
	for ti := range toks {
		t := &toks[ti]
		if t.kind != tokWord {
			continue
		}
		if words++; words > 3000 {
			break
		}
		if c := x.text(t)[0]; c < utf8.RuneSelf {
			latin++
			continue
		}
		r, _ := utf8.DecodeRuneInString(x.text(t))
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Arabic, r):
			arab++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	total := cyr + arab + han + latin
	switch {
	case total == 0:
		return "", false
	case cyr*2 > total:
		return "ru", true
	case arab*2 > total:
		return "ar", true
	case han*2 > total:
		return "zh", true
	}
	var counts [8]int // by index in languages
	stop := stopWords()
	words = 0
	for ti := range toks {
		t := &toks[ti]
		if t.kind != tokWord {
			continue
		}
		if words++; words > 3000 {
			break
		}
		if f := x.fold(t); f != "" && stopLens[f[0]]&(1<<min(len(f), 63)) != 0 {
			for _, li := range stop[f] {
				counts[li]++
			}
		}
		// Letters only one language uses count as a frequent word.
		// (é is both French and Spanish.)
		if len(x.fold(t)) != len(x.text(t)) || x.text(t) != x.fold(t) && hasNonASCII(x.text(t)) {
			switch {
			case strings.ContainsAny(x.text(t), "ñáíóúÁÍÓÚÑ"):
				counts[langIndex("es")]++
			case strings.ContainsAny(x.text(t), "èêàçœùûÈÊÀÇ"):
				counts[langIndex("fr")]++
			}
		}
	}
	best, n := "", 0
	for li, l := range languages {
		if counts[li] > n {
			best, n = l.code, counts[li]
		}
	}
	if n == 0 {
		// Too few words: letters only one language uses decide.
		for ti := range toks {
			t := &toks[ti]
			if t.kind != tokWord {
				continue
			}
			switch {
			case strings.ContainsAny(x.text(t), "ñ¿¡áíóúÁÍÓÚÑ"):
				return "es", false
			case strings.ContainsAny(x.text(t), "éèêàçœùûÉÈÊÀÇ"):
				return "fr", false
			}
		}
	}
	return best, n >= 3
}
