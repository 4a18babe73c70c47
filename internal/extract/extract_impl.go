package extract

import (
	"fmt"
	"slices"
	"strings"
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
	s.resolve()
	s.relate()
	s.markHeadings(&textOf)
	// A text does not cite itself: its own symbol in page headers, the
	// instruments it is the text of in its table of contents (where a
	// bare "1/CP.26" row may stand for its "Resolution 1/CP.26").
	self := map[string]bool{doc.Symbol: doc.Symbol != ""}
	selfNumber := map[string]bool{}
	for _, id := range textOf {
		self[id.String()] = true
		selfNumber[id.Body()+":"+id.Number()] = true
	}
	s.cites = slices.DeleteFunc(s.cites, func(rc rawCite) bool {
		return self[rc.c.ID] || (rc.bare && selfNumber[rc.c.Body+":"+rc.c.Number])
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
	for _, rc := range s.cites {
		if rc.symbol || rc.c.BodyFrom != cite.FromFamily || rc.first != rc.phraseFirst {
			continue
		}
		ls := strings.LastIndexByte(s.src[:rc.c.Start], '\n') + 1
		le := strings.IndexByte(s.src[rc.c.End:], '\n')
		if le < 0 {
			le = len(s.src)
		} else {
			le += rc.c.End
		}
		if strings.TrimSpace(s.src[ls:rc.c.Start]) != "" || strings.TrimSpace(s.src[rc.c.End:le]) != "" {
			continue
		}
		if !startsUpper(rc.c.Text) {
			continue
		}
		if id, err := cite.ParseID(rc.c.ID); err == nil {
			*textOf = append(*textOf, id)
		}
	}
}
