package extract

import (
	"slices"
	"sync"

	"strings"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// tables are the language data of every language merged and compiled into
// the sets and phrase lists the scanner looks up. UN texts quote each
// other across languages, so the scanner reads every language's words in
// every text; the words rarely collide.
type tables struct {
	kinds       map[string]cite.Kind
	possessives set
	listWords   set
	rangeWords  set
	titleWords  set
	adoptions   set
	includes    set
	byWords     set
	ofWords     []phrase
	dateWords   []phrase
	months      map[string]int
	skip        set
	inWords     set
	agent       set                    // by, par, por: after a participle, a passive
	before      []relPhrase            // connectors and participle+preposition, skip words removed
	beforeLast  map[string][]relPhrase // before, by last word, longest first
	after       []relPhrase
	relatives   []phrase
	annexLinks  []phrase    // annex to, annexed to: a locator linked to the instrument
	contain     set         // contained, figurant: a noun phrase found in the citation
	reportVerbs []relPhrase // recalled, took note: a report's past tense
	passiveAux  []phrase    // was, were, a été: a passive's auxiliary
	passives    []relPhrase // urged, priées: participles after passiveAux
	asides      []phrase    // in particular, notamment: words set off by commas before a locator or a list
	adopted     set
	bodyFirst   []phrase // ofWords of the languages that may name the body before the numbers
	preps       set      // prepositions that may stand between a phrase and the citation ("por el Consejo en su")
	links       set      // preps and one-word ofWords: what links a citation to the noun phrase it completes
	thatWords   set      // that, que, что: a clause, not a noun phrase, follows
	renames     []phrase // becomes, devient …, reversed (read against the words before a citation, nearest first)
	docWords    set      // document, documento: "<Organization>, document S/2338/2024"
	unNames     []phrase // United Nations, Nations Unies …: a name that holds one is the UN's own
	orgWords    set      // Organisation, Organization …: the head of another organization's name
	verbs       map[string]cite.Relation
	decide      set
	create      []phrase
	indefinites set
	openings    []relPhrase
	openVerbs   []relPhrase
	decideOpen  set
	heads       []phrase

	// Multi-word forms of verbs, decide verbs and decide openings
	// (Chinese writes each character as a word: 决定, 设立).
	verbPhrases    []relPhrase
	decidePhr      []phrase
	decideOpenP    []phrase
	possKinds      map[string]cite.Kind // kind words that carry a possessive (قراره, قرارها)
	bodyAfter      bool                 // some language names the body right after the kind word (قرار مجلس الأمن 1990)
	ofEmpty        bool                 // some language names the body right after the number, no preposition (резолюции 2118 Совета)
	kindAfter      []kindPhrase         // kind words after the numbers (号决议)
	numberMarks    set                  // words before the first number (第)
	itemMarks      set                  // words after each number of a number-first list (号)
	inAfter        set
	aboutWords     set         // words that close "in resolution …" after the kind word (中)
	ymd            [][3]string // marks of year–month–day dates (年 月 日)
	articles       set         // a verb form after one is a noun ("la demande")
	beforeVerbs    set         // verbs that may open the clause before "in its resolution" (Arabic)
	replace        []phrase    // verbs of replacing, reversed (read against the words before a citation, nearest first)
	replaceFwd     []phrase    // the same, in order (read on tokens)
	locators       set         // paragraph, section, annex …: commas around them do not end a clause
	alsoWords      []phrase
	amendedBy      []phrase
	nominals       set                    // the creation, the establishment
	yearWords      set                    // года after a year
	openingsFirst  map[string][]relPhrase // openings by first word, longest first          // "as well as": joins two citation phrases like a list word
	clauseOpenings []relPhrase            // "recalling", "reaffirming" opening a clause inside a sentence
	partLetters    map[string]string      // part letters written as words (باء → B)
	sessionMarks   set                    // a session written "(د-30)"
}

// kindPhrase is a kind word that follows the numbers it introduces.
type kindPhrase struct {
	words phrase
	kind  cite.Kind
}

type set map[string]bool

// phrase is a sequence of folded words.
type phrase []string

type relPhrase struct {
	words phrase
	rel   cite.Relation
	gaps  int // words allowed between the phrase's words
	ord   int // position in the longest-first order
}

// words folds a table entry the way the lexer folds the text
// (registry.FoldWords): written in its natural form, a Russian word is
// stemmed, an Arabic one loses its proclitics, a Chinese one is split
// into characters.
func words(s string) phrase { return registry.FoldWords(s) }

// foldOne folds a one-word table entry.
func foldOne(s string) string {
	if w := registry.FoldWords(s); len(w) == 1 {
		return w[0]
	}
	return registry.Fold(s)
}

var (
	tabOnce sync.Once
	tab     *tables
)

// symbolRoots are series roots of UN document symbols beyond those the
// registry's prefixes give (A, S, E, CTOC …): Secretariat, subsidiary
// bodies and treaty bodies. A symbol whose root is not here, such as the
// OAS's "AG/RES.1733", is not a UN document.
var symbolRoots = []string{"ST", "TD", "DP", "UNW", "ICCD", "CEDAW", "CERD", "CRC", "CCPR", "CAT", "HRI",
	"CMW", "CRPD", "CED", "DPI", "SG", "UNDP", "ECE", "ESCAP", "ECA", "ECLAC", "LC", "ESCWA", "UNCTAD",
	"UNEP", "UNHCR", "WFP", "IDB", "PBC", "ISBA", "SPLOS", "UNITAR", "ICSC", "JIU", "AC", "APLC", "CCW", "BWC",
	"NPT", "CD", "TRADE", "UNODC", "CTOC", "CAC", "FCCC", "KCI", "CBD", "UNEA", "ITU", "OEWG", "TPNW", "CTBT", "UNIDIR"}

func getTables() *tables {
	tabOnce.Do(func() {
		foldHeaderWords()
		tab = buildTables()
	})
	return tab
}

// foldHeaderWords folds, once, the keys of the header tables of every
// language the way header lines are folded (registry.FoldWords joined by
// spaces), so that they are written in their natural forms.
func foldHeaderWords() {
	fold := func(s string) string { return strings.Join(registry.FoldWords(s), " ") }
	foldMap := func(m map[string]string) map[string]string {
		out := make(map[string]string, len(m))
		for k, v := range m {
			out[fold(k)] = v
		}
		return out
	}
	for _, l := range languages {
		l.types = foldMap(l.types)
		l.langNames = foldMap(l.langNames)
		l.distr = foldMap(l.distr)
		for i, w := range l.originalWord {
			l.originalWord[i] = fold(w)
		}
		for i, w := range l.sessionWords {
			l.sessionWords[i] = fold(w)
		}
		for i, w := range l.adoptedBy {
			l.adoptedBy[i] = fold(w)
		}
	}
}

func buildTables() *tables {
	t := &tables{
		kinds: map[string]cite.Kind{}, possessives: set{}, listWords: set{}, rangeWords: set{}, titleWords: set{}, adoptions: set{}, includes: set{}, byWords: set{},
		months: map[string]int{}, skip: set{}, inWords: set{}, verbs: map[string]cite.Relation{},
		decide: set{}, indefinites: set{}, decideOpen: set{}, preps: set{}, links: set{}, contain: set{}, thatWords: set{}, docWords: set{}, orgWords: set{}, adopted: set{}, agent: set{"by": true, "par": true, "por": true, "pursuant": true, "under": true},
		possKinds: map[string]cite.Kind{}, numberMarks: set{}, itemMarks: set{}, inAfter: set{}, aboutWords: set{}, nominals: set{}, yearWords: set{}, articles: set{}, beforeVerbs: set{}, locators: set{}, partLetters: map[string]string{}, sessionMarks: set{},
	}
	for _, l := range languages {
		for w, k := range l.kinds {
			t.kinds[foldOne(w)] = k
		}
		for w, k := range l.possKinds {
			t.possKinds[foldOne(w)] = k
			t.kinds[foldOne(w)] = k
		}
		for w, k := range l.kindAfter {
			t.kindAfter = append(t.kindAfter, kindPhrase{words(w), k})
		}
		addAll(t.numberMarks, l.numberMarks)
		addAll(t.itemMarks, l.itemMarks)
		addAll(t.inAfter, l.inAfter)
		addAll(t.aboutWords, l.aboutWords)
		if l.ymd[0] != "" {
			t.ymd = append(t.ymd, [3]string{foldOne(l.ymd[0]), foldOne(l.ymd[1]), foldOne(l.ymd[2])})
		}
		addAll(t.articles, l.articles)
		addAll(t.locators, l.locators)
		for r, ps := range l.clauseOpenings {
			for _, p := range ps {
				t.clauseOpenings = append(t.clauseOpenings, relPhrase{words: words(p), rel: r})
			}
		}
		addAll(t.nominals, l.nominals)
		addAll(t.yearWords, l.yearWords)
		for _, w := range l.amendedBy {
			t.amendedBy = append(t.amendedBy, words(w))
		}
		for _, w := range l.alsoWords {
			t.alsoWords = append(t.alsoWords, words(w))
		}
		addAll(t.docWords, l.docWords)
		addAll(t.orgWords, l.orgWords)
		for _, w := range l.unNames {
			t.unNames = append(t.unNames, words(w))
		}
		for _, w := range l.renameWords {
			p := t.strip(words(w))
			slices.Reverse(p)
			t.renames = append(t.renames, p)
		}
		for _, w := range l.replaceWords {
			p := words(w)
			t.replaceFwd = append(t.replaceFwd, slices.Clone(p))
			slices.Reverse(p)
			t.replace = append(t.replace, p)
		}
		if l.verbFirst {
			for _, ws := range l.verbs {
				addAll(t.beforeVerbs, ws)
			}
		}
		addAll(t.sessionMarks, l.sessionMarks)
		addAll(t.agent, l.agents)
		for w, p := range l.partLetters {
			t.partLetters[foldOne(w)] = p
		}
		t.bodyAfter = t.bodyAfter || l.bodyAfter
		addAll(t.possessives, l.possessives)
		addAll(t.listWords, l.listWords)
		addAll(t.rangeWords, l.rangeWords)
		addAll(t.titleWords, l.titleWords)
		addAll(t.adoptions, l.adoptions)
		addAll(t.includes, l.includeWords)
		addAll(t.byWords, l.byWords)
		addAll(t.inWords, l.inWords)
		for _, w := range l.decideVerbs {
			if p := words(w); len(p) == 1 {
				t.decide[p[0]] = true
			} else {
				t.decidePhr = append(t.decidePhr, p)
			}
		}
		addAll(t.indefinites, l.indefinites)
		for _, w := range l.decideOpen {
			if p := words(w); len(p) == 1 {
				t.decideOpen[p[0]] = true
			} else {
				t.decideOpenP = append(t.decideOpenP, p)
			}
		}
		for _, s := range l.skip {
			for _, w := range words(s) {
				t.skip[w] = true
			}
		}
		for _, s := range l.ofWords {
			if s == "" {
				t.ofEmpty = true
				continue
			}
			t.ofWords = append(t.ofWords, words(s))
		}
		for _, s := range l.dateWords {
			t.dateWords = append(t.dateWords, words(s))
		}
		for i, ms := range l.months {
			for _, m := range ms {
				t.months[foldOne(m)] = i + 1
			}
		}
		addAll(t.adopted, l.adopted)
		if l.bodyFirst {
			for _, s := range l.ofWords {
				if s != "" {
					t.bodyFirst = append(t.bodyFirst, words(s))
				}
			}
		}
		for _, s := range l.relatives {
			t.relatives = append(t.relatives, words(s))
		}
		for _, s := range l.asides {
			t.asides = append(t.asides, words(s))
		}
		for _, s := range l.annexLinks {
			t.annexLinks = append(t.annexLinks, words(s))
		}
		addAll(t.contain, l.containWords)
		for r, ps := range l.reportVerbs {
			for _, p := range ps {
				t.reportVerbs = append(t.reportVerbs, relPhrase{words: words(p), rel: r})
			}
		}
		for _, s := range l.passiveAux {
			t.passiveAux = append(t.passiveAux, words(s))
		}
		for r, ps := range l.passives {
			for _, p := range ps {
				t.passives = append(t.passives, relPhrase{words: words(p), rel: r})
			}
		}
		addAll(t.preps, l.inWords)
		addAll(t.links, l.inWords)
		addAll(t.thatWords, l.thatWords)
		for _, w := range l.ofWords {
			if p := words(w); len(p) == 1 {
				t.links[p[0]] = true
			}
		}
		for _, s := range l.createWords {
			t.create = append(t.create, words(s))
		}
		for _, s := range l.heads {
			t.heads = append(t.heads, words(s))
		}
		for r, ws := range l.verbs {
			for _, w := range ws {
				if p := words(w); len(p) == 1 {
					t.verbs[p[0]] = r
				} else {
					t.verbPhrases = append(t.verbPhrases, relPhrase{words: p, rel: r})
				}
			}
		}
		for r, ps := range l.openings {
			for _, p := range ps {
				t.openings = append(t.openings, relPhrase{words: words(p), rel: r})
			}
		}
		for r, ps := range l.openVerbs {
			for _, p := range ps {
				t.openVerbs = append(t.openVerbs, relPhrase{words: words(p), rel: r})
			}
		}
	}
	// Phrases read around a citation are compared with the skip words
	// removed, so "conformément à la" and "conformément à" are one phrase
	// and "a été créé en application de la" reads "créé en application de".
	for _, l := range languages {
		for r, ps := range l.connectors {
			for _, p := range ps {
				gaps := 0
				if strings.Contains(p, "…") {
					p, gaps = strings.ReplaceAll(p, "…", " "), 2
				}
				t.before = append(t.before, relPhrase{words: t.strip(words(p)), rel: r, gaps: gaps})
			}
		}
		for r, parts := range l.participles {
			for _, p := range parts {
				for _, prep := range l.preps {
					t.before = append(t.before, relPhrase{words: t.strip(words(p + " " + prep)), rel: r, gaps: 1})
				}
			}
		}
		for _, nm := range l.nominals {
			for _, prep := range l.preps {
				t.before = append(t.before, relPhrase{words: t.strip(words(nm + " " + prep)), rel: cite.Establishes, gaps: 1})
			}
		}
		for r, ps := range l.after {
			for _, p := range ps {
				t.after = append(t.after, relPhrase{words: t.strip(words(p)), rel: r})
			}
		}
	}
	t.before = slices.DeleteFunc(t.before, func(p relPhrase) bool { return len(p.words) == 0 })
	byLen := func(p relPhrase) int { return len(p.words) }
	longestFirst(t.before, byLen)
	t.beforeLast = map[string][]relPhrase{}
	for i := range t.before {
		t.before[i].ord = i
		last := t.before[i].words[len(t.before[i].words)-1]
		t.beforeLast[last] = append(t.beforeLast[last], t.before[i])
	}
	longestFirst(t.after, byLen)
	longestFirst(t.openings, byLen)
	t.openingsFirst = map[string][]relPhrase{}
	for _, o := range t.openings {
		if len(o.words) > 0 {
			t.openingsFirst[o.words[0]] = append(t.openingsFirst[o.words[0]], o)
		}
	}
	longestFirst(t.verbPhrases, byLen)
	longestFirst(t.kindAfter, func(p kindPhrase) int { return len(p.words) })
	longestFirst(t.relatives, func(p phrase) int { return len(p) })
	longestFirst(t.heads, func(p phrase) int { return len(p) })
	return t
}

// longestFirst orders s by the length n gives, longest first, keeping the
// order of equal lengths: a stable sort that, since lengths are a few
// words, counts instead of comparing (the tables are built at every
// start of the program).
func longestFirst[T any](s []T, n func(T) int) {
	most := 0
	for _, x := range s {
		most = max(most, n(x))
	}
	out := make([]T, 0, len(s))
	for l := most; l >= 0; l-- {
		for _, x := range s {
			if n(x) == l {
				out = append(out, x)
			}
		}
	}
	copy(s, out)
}

func addAll(s set, ws []string) {
	for _, w := range ws {
		s[foldOne(w)] = true
	}
}

func (t *tables) strip(p phrase) phrase {
	out := p[:0:0]
	for _, w := range p {
		if !t.skip[w] {
			out = append(out, w)
		}
	}
	return out
}

// passiveAuxWord reports whether w is the one word of a passive's
// auxiliary ("was", "were").
func (t *tables) passiveAuxWord(w string) bool {
	for _, a := range t.passiveAux {
		if len(a) == 1 && a[0] == w {
			return true
		}
	}
	return false
}
