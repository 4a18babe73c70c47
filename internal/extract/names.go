package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// names finds the bodies of a registry named in a text: by official name
// or alias in any language (case, accents and apostrophes folded), by
// acronym (exact case), or by a capitalised short name ("the Council",
// "la Conférence") that stands for a body named before.
type names struct {
	reg     *registry.Registry
	byFirst map[string][]namePhrase // first folded word → phrases, longest first
	acr     map[string]string       // acronym → key ("" when two bodies share it)
	acrByte [256]bool               // first bytes of the acronyms: most words need no lookup
	// flags gives, for each folded word that starts a name, is a kind
	// word or a frequent word, its wordFlags: the lexer looks each word
	// up once, and the passes test a bit instead of a map.
	flags map[string]wordFlags
	// fullHeads gives, for each body, the short names (tables.heads,
	// joined by spaces) it can stand for: bodyHas, worked out once.
	fullHeads map[string][]string
	// headBodies is fullHeads inverted: for each short name, the bodies
	// (in the registry's order) it can stand for.
	headBodies map[string][]string
	// flagLens: for each first byte, the lengths (bit min(len, 63)) of
	// the words in flags that start with it: most words need no lookup.
	flagLens [256]uint64
	words    map[string]set // body key → every folded word of its names
	roots    set            // symbol roots: symbolRoots and the registry's prefixes
}

type namePhrase struct {
	words phrase
	key   string // "" for a short name (head)
	head  phrase
}

var namesCache sync.Map // *registry.Registry → *names

func namesFor(reg *registry.Registry) *names {
	if n, ok := namesCache.Load(reg); ok {
		return n.(*names)
	}
	n := buildNames(reg)
	namesCache.Store(reg, n)
	return n
}

func buildNames(reg *registry.Registry) *names {
	t := getTables()
	n := &names{reg: reg, byFirst: map[string][]namePhrase{}, acr: map[string]string{}, words: map[string]set{}, roots: set{}}
	for _, r := range symbolRoots {
		n.roots[r] = true // exact case, not folded
	}
	add := func(p namePhrase) {
		if len(p.words) == 0 {
			return
		}
		n.byFirst[p.words[0]] = append(n.byFirst[p.words[0]], p)
	}
	for _, b := range reg.All() {
		ws := set{}
		var all []string
		for _, lang := range cite.Languages {
			if s := b.Names[lang]; s != "" {
				all = append(all, s)
			}
			all = append(all, b.Aliases[lang]...)
		}
		for _, s := range all {
			p := phrase(registry.FoldWords(s))
			for _, w := range p {
				ws[w] = true
			}
			add(namePhrase{words: p, key: b.Key})
		}
		n.words[b.Key] = ws
		for _, a := range b.Acronyms {
			if strings.Contains(a, " ") {
				add(namePhrase{words: registry.FoldWords(a), key: b.Key})
				continue
			}
			if old, dup := n.acr[a]; dup && old != b.Key {
				n.acr[a] = ""
				continue
			}
			n.acr[a] = b.Key
			if a != "" {
				n.acrByte[a[0]] = true
			}
		}
		for _, p := range b.Prefixes {
			root, _, _ := strings.Cut(p, "/")
			n.roots[root] = true
		}
	}
	for _, h := range t.heads {
		add(namePhrase{words: h, head: h})
	}
	n.fullHeads = map[string][]string{}
	n.headBodies = map[string][]string{}
	for _, b := range reg.All() {
		for _, h := range t.heads {
			if n.bodyHas(b.Key, h) {
				hs := strings.Join(h, " ")
				n.fullHeads[b.Key] = append(n.fullHeads[b.Key], hs)
				n.headBodies[hs] = append(n.headBodies[hs], b.Key)
			}
		}
	}
	n.flags = map[string]wordFlags{}
	for k := range n.byFirst {
		n.flags[k] |= startsName
	}
	for k := range t.kinds {
		n.flags[k] |= kindWord
	}
	for k := range sessionFlagWords() {
		n.flags[k] |= sessionWord
	}
	// Each phrase is flagged by its longest word (the last of the
	// longest), not its first: "in place of", "a rappelé", "also noted"
	// start with words every text is full of.
	for _, p := range t.reportVerbs {
		if w := longestWord(p.words); w != "" {
			n.flags[w] |= relWord
		}
	}
	for _, p := range t.replaceFwd {
		if w := longestWord(p); w != "" {
			n.flags[w] |= relWord
		}
	}
	for k := range n.flags {
		n.flagLens[k[0]] |= 1 << min(len(k), 63)
	}
	for k, ps := range n.byFirst {
		slices.SortStableFunc(ps, func(a, b namePhrase) int { return len(b.words) - len(a.words) })
		n.byFirst[k] = ps
	}
	return n
}

// mention is a body named in the text: tokens [first, last] and bytes
// [pos, end). key is the body; for a short name, head is set and key is
// what it was resolved to ("" when nothing decided).
type mention struct {
	first, last int
	pos, end    int
	key         string
	head        phrase
}

func (m mention) short() bool { return m.head != nil }

// match returns the longest body name starting at token i.
func (n *names) match(x *lexed, i int) (mention, bool) {
	t := &x.toks[i]
	if t.kind != tokWord {
		return mention{}, false
	}
	if n.acrByte[x.src[t.pos]] { // most words start as no acronym does
		if key, ok := n.acr[x.text(t)]; ok && key != "" && !x.adjacentAlnum(i) {
			return mention{first: i, last: i, pos: t.pos, end: t.end, key: key}, true
		}
	}
	if t.flags&startsName == 0 {
		return mention{}, false
	}
	for _, p := range n.byFirst[x.fold(t)] {
		if p.head != nil && !capital(x.text(t)) {
			continue
		}
		last, ok := matchPhrase(x, i, p.words)
		if !ok {
			continue
		}
		return mention{first: i, last: last, pos: t.pos, end: x.toks[last].end, key: p.key, head: p.head}, true
	}
	return mention{}, false
}

// matchPhrase matches words from token i on, across spaces and line
// breaks (not blank lines), apostrophes and hyphens. It returns the index
// of the last token matched.
func matchPhrase(x *lexed, i int, words phrase) (int, bool) {
	toks := x.toks
	j := i
	last := -1
	for wi, w := range words {
		if wi > 0 {
			j = last + 1
			for j < len(toks) && (toks[j].kind == tokSpace || x.isJoiner(&toks[j])) {
				j++
			}
		}
		if j >= len(toks) || toks[j].kind != tokWord || x.fold(&toks[j]) != w {
			return 0, false
		}
		last = j
	}
	// A name ends at a word boundary: "Council" does not match "Councils".
	return last, true
}

func (x *lexed) isJoiner(t *token) bool {
	if t.kind != tokPunct {
		return false
	}
	switch x.text(t) {
	case "'", "’", "ʼ", "‘", "-", "‐", "‑":
		return true
	}
	return false
}

func (x *lexed) isApostrophe(t *token) bool {
	if t.kind != tokPunct {
		return false
	}
	switch x.text(t) {
	case "'", "’", "ʼ", "‘":
		return true
	}
	return false
}

// adjacentAlnum reports whether token i touches a word, number or slash:
// then it is part of a symbol or a longer word, not an acronym.
func (x *lexed) adjacentAlnum(i int) bool {
	toks := x.toks
	touch := func(t *token) bool {
		return t.kind == tokWord || t.kind == tokNum || x.text(t) == "/"
	}
	return (i > 0 && touch(&toks[i-1])) || (i+1 < len(toks) && (touch(&toks[i+1]) || x.text(&toks[i+1]) == "-"))
}

// capital reports whether s starts with a capital letter, or with a
// letter of a script that has no case (Arabic, Chinese), where any word
// may be a name or open a sentence.
func capital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || (unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.IsUpper(r) && !unicode.IsTitle(r))
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// bodyHas reports whether every word of head occurs in one of key's names.
func (n *names) bodyHas(key string, head phrase) bool {
	ws := n.words[key]
	for _, w := range head {
		if !ws[w] {
			return false
		}
	}
	return len(head) > 0
}

// longestWord returns the longest word of a phrase, the last of those as
// long, or "" for no word.
func longestWord(p phrase) string {
	w := ""
	for _, x := range p {
		if len(x) >= len(w) {
			w = x
		}
	}
	return w
}
