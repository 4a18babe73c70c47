package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// Extract reads the citations and the header metadata of one text. It
// never fails: what it cannot read it leaves out or flags (body "?",
// warnings). Offsets in the result are bytes into src.
func Extract(src []byte, opt Options) Result {
	reg := opt.Registry
	if reg == nil {
		reg = registry.Default()
	}
	text := string(src)
	var warnings []string
	if !utf8.ValidString(text) {
		for i := 0; i < len(text); {
			r, w := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && w == 1 {
				warnings = append(warnings, fmt.Sprintf("line %d: invalid UTF-8", strings.Count(text[:i], "\n")+1))
				break
			}
			i += w
		}
	}
	s := newScanner(text, reg)
	lang := opt.Lang
	if lang == "" {
		l, sure := detectLang(&s.lexed)
		if l == "" {
			l = "en"
		}
		if !sure {
			warnings = append(warnings, fmt.Sprintf("line 1: language guessed as %q from little text", l))
		}
		lang = l
	}
	s.externals()
	s.symbols()
	s.ocrSymbols()
	s.findMentions()
	s.sentences()
	doc, textOf := s.header(opt, lang)
	// Short names were resolved before the document's body was known.
	for i := range s.mentions {
		if s.mentions[i].short() && s.mentions[i].key == "" {
			s.mentions[i].key = s.docChain(s.mentions[i].head)
		}
	}
	s.keywords()
	s.numberFirst()
	s.bare()
	s.repeatedNumbers()
	s.resolve()
	s.relate()
	s.markHeadings(&textOf)
	s.markRenamed(&textOf)
	// A text does not cite itself: its own symbol in page headers, the
	// instruments it is the text of in its table of contents (where a
	// bare "1/CP.26" row may stand for its "Resolution 1/CP.26"), their
	// headings and renaming notes. One of its instruments naming another
	// in running text ("Welcomes the adoption of decision 4/CMA.4" inside
	// decision 1/CMA.4 of the same compilation) does cite it.
	self := map[string]bool{doc.Symbol: doc.Symbol != ""}
	selfNumber := map[string]bool{}
	for _, id := range textOf {
		self[id.String()] = true
		selfNumber[id.Body()+":"+id.Number()] = true
	}
	s.cites = slices.DeleteFunc(s.cites, func(rc rawCite) bool {
		if rc.bare && selfNumber[rc.c.Body+":"+rc.c.Number] || s.foreignDocument(&rc) {
			return true
		}
		return self[rc.c.ID] && (rc.symbol || rc.bare || rc.own || rc.c.ID == doc.Symbol ||
			capital(rc.c.Text) && lineOpensWith(s.src, rc.c.Start, "|*#"))
	})
	cites := s.finish(lang)
	s.release() // nothing below reads the scanner
	slices.SortFunc(textOf, func(a, b cite.ID) int { return strings.Compare(a.String(), b.String()) })
	textOf = slices.Compact(textOf)
	return Result{Document: doc, Citations: cites, TextOf: textOf, Warnings: warnings}
}

// markHeadings adds to textOf the instruments whose heading is a line of
// its own ("Decision 12/CP.26" in a compilation of decisions), when the
// form names the body.
func (s *scanner) markHeadings(textOf *[]cite.ID) {
	for n := range s.cites {
		rc := &s.cites[n]
		if rc.symbol || rc.c.BodyFrom != cite.FromFamily || rc.first != rc.phraseFirst {
			continue
		}
		if !blankToLineStart(s.src, rc.c.Start) || !blankToLineEnd(s.src, rc.c.End) {
			continue
		}
		if !startsUpper(rc.c.Text) {
			continue
		}
		if id, err := cite.ParseID(rc.c.ID); err == nil {
			*textOf = append(*textOf, id)
			rc.own = true
		}
	}
}

// markRenamed adds to textOf the instruments of an editorial note that
// renames the text itself: "Decision 72/412, in section A of the Official
// Records …, becomes decision 72/412 A." names the decision this text is
// (a later part B made it 72/412 A), not one it cites. The note is a
// sentence in which a citation is followed by a rename word (becomes,
// devient, pasa a ser …) and a citation of the same body, kind and number
// with a part letter added.
func (s *scanner) markRenamed(textOf *[]cite.ID) {
	for n := 1; n < len(s.cites); n++ {
		r := &s.cites[n]
		num := r.c.Number
		if r.symbol || len(num) < 2 || num[len(num)-1] < 'A' || num[len(num)-1] > 'Z' || !s.renamedTo(r.phraseFirst) {
			continue
		}
		for m := n - 1; m >= 0 && s.sentence(s.cites[m].first) == s.sentence(r.first); m-- {
			q := &s.cites[m]
			if q.symbol || q.c.Body != r.c.Body || q.c.Kind != r.c.Kind || q.c.Number != num[:len(num)-1] {
				continue
			}
			for _, x := range []string{q.c.ID, r.c.ID} {
				if id, err := cite.ParseID(x); err == nil {
					*textOf = append(*textOf, id)
				}
			}
			q.own, r.own = true, true
			break
		}
	}
}

// renamedTo reports whether a rename word ("becomes", "devient", "pasa a
// ser", "становится", "يصبح", "成为") stands right before the citation
// phrase at token first.
func (s *scanner) renamedTo(first int) bool {
	before := s.wordsBefore(first, 4)
	for _, p := range s.t.renames {
		if len(before) >= len(p) && slices.Equal(before[:len(p)], p) {
			return true
		}
	}
	return false
}

// foreignDocument reports whether a document symbol is given as another
// organization's: "See Organisation for the Prohibition of Chemical
// Weapons, document S/2338/2024." — a name holding an organization word
// (Organisation, Organization, Organización, Организация) but neither a
// body the registry knows nor the United Nations' own name, then a comma
// and a document word (document, documento, документ), right before the
// symbol. Its series only looks like a UN one (S/ is the Security
// Council's). "United Nations Environment Programme, document
// CBD/COP/15/17" and "Ibid., document S/10632" stay documents.
func (s *scanner) foreignDocument(rc *rawCite) bool {
	if !rc.symbol || rc.c.Kind != cite.KindDocument {
		return false
	}
	k := s.prev(rc.first - 1)
	if !s.t.docWords[s.word(k)] {
		return false
	}
	c := s.prev(k - 1)
	if !s.is(c, ",") {
		return false
	}
	var name []string
	org := false
	for j := s.prev(c - 1); j >= 0 && j > c-window && len(name) < 16; j = s.prev(j - 1) {
		w := s.word(j)
		if w == "" {
			if s.isJoiner(&s.toks[j]) {
				continue
			}
			break
		}
		if _, known := s.mEnd[j]; known {
			return false
		}
		org = org || (s.t.orgWords[w] && startsUpper(s.textAt(j)))
		name = append(name, w)
	}
	if !org {
		return false
	}
	slices.Reverse(name)
	for _, un := range s.t.unNames {
		for i := 0; i+len(un) <= len(name); i++ {
			if slices.Equal(name[i:i+len(un)], un) {
				return false
			}
		}
	}
	return true
}

// blankToLineStart reports whether only white space stands between the
// start of src[i]'s line and i. It reads back only over that space, so
// that a citation on a long line costs no more than one on a short one.
func blankToLineStart(src string, i int) bool { return lineOpensWith(src, i, "") }

// lineOpensWith reports whether the text at i opens its line: only white
// space and the runes of marks stand before it. An instrument the text
// holds, named so ("Decision 12/CP.26" heading its decision, "| Decision
// 12/CP.26 | title | page |" in a table of contents: marks "|*#"), is the
// text naming itself.
func lineOpensWith(src string, i int, marks string) bool {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(src[:i])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) && !strings.ContainsRune(marks, r) {
			return false
		}
		i -= w
	}
	return true
}

// blankToLineEnd reports whether only white space stands between i and
// the end of its line.
func blankToLineEnd(src string, i int) bool {
	for i < len(src) {
		r, w := utf8.DecodeRuneInString(src[i:])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		i += w
	}
	return true
}
