package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/citegraph/citegraph/internal/registry"
)

// tokKind is the class of a token. The scanner keeps every byte of the
// input in some token, so positions and spans need no second pass.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters and combining marks
	tokNum                      // decimal digits (any script)
	tokPunct                    // one rune of anything else
	tokSpace                    // white space without a blank line
	tokBreak                    // white space holding a blank line: a paragraph break
)

// token is one lexeme with its byte span [pos, end) in the input. It
// holds no pointer: its strings are read through the lexed text it belongs
// to (lexed.text, lexed.fold), so an array of them costs the collector
// nothing to scan and its writes need no barriers.
type token struct {
	pos int
	end int
	// fi indexes the run's fold table (lexed.folds) when the token's
	// folded form is not its own bytes: words: registry.Fold of the
	// text; numbers: ASCII digits; punctuation of other scripts: the
	// ASCII it stands for (which is then also its text). 0: the bytes.
	fi   uint32
	kind tokKind
	nl   bool // space: holds a line break
	// words: what the passes look the word up for (names.flags)
	flags wordFlags
}

// lexed is a text and its tokens, with the table their folded forms are
// read from.
type lexed struct {
	src   string
	toks  []token
	folds []string // index 0 is unused: fi 0 means the token's own bytes
	// starts are the tokens, ascending, where a citation, a body name or
	// a symbol can start: numbers; words that start a name, are a kind
	// word, start with a capital A–Z or with an acronym's first byte;
	// and any token right before a "/". The passes that look for such
	// starts (scanner.eachStart) visit them instead of every token.
	starts []int32
	// relWords are the words, ascending, that are the longest word of a
	// report's verb ("recalled", "took note") or of a verb of replacing
	// ("replace", "in place of"): the readers that look back for those
	// phrases (reportVerb, replacedOver) first ask whether there is one
	// to find before the citation.
	relWords []int32
}

// text returns a token's text: its bytes in the source, except for the
// punctuation of other scripts, which reads as its ASCII counterpart
// ("（" is "("). Its span is still the source's.
func (x *lexed) text(t *token) string {
	if t.fi != 0 && t.kind == tokPunct {
		return x.folds[t.fi]
	}
	return x.src[t.pos:t.end]
}

// fold returns a token's folded form: words registry.Fold of their
// text, numbers their ASCII digits, anything else its text.
func (x *lexed) fold(t *token) string {
	if t.fi != 0 {
		return x.folds[t.fi]
	}
	return x.src[t.pos:t.end]
}

// wordFlags say which of the passes' tables hold a folded word.
type wordFlags uint8

const (
	startsName  wordFlags = 1 << iota // the first word of a body name (names.byFirst)
	kindWord                          // a kind word (tables.kinds)
	sessionWord                       // may open a session phrase (headerSession)
	relWord                           // the longest word of a report verb or a verb of replacing (lexed.relWords)

	// startFlags mark the words where a citation or a name can start
	// (lexed.starts).
	startFlags = startsName | kindWord
)

// wordFlags returns the flags of a folded word.
func (l *lexer) wordFlags(fold string) wordFlags {
	if fold == "" || l.names.flagLens[fold[0]]&(1<<min(len(fold), 63)) == 0 {
		return 0
	}
	return l.names.flags[fold]
}

// lexer holds what lexing one text needs besides its loop's variables
// (run): the fold table and caches, and the names for the word flags.
type lexer struct {
	src    string
	folds  []string          // the fold table the tokens index (lexed.folds)
	starts []int32           // lexed.starts
	rel    []int32           // lexed.relWords
	lowers map[string]string // ASCII capitalised word → lower case (scanBuf.lowers)
	names  *names            // for wordFlags
	other  map[string]string // other word → registry.FoldWord (scanBuf.folds)
}

// scanBuf is the memory of one run that the next run can reuse: the
// token array (a token per two or three bytes of text), the scanner's
// per-token flags, the lexer's fold caches and the scanner's mention
// indexes. Allocating, clearing and collecting them cost a third of the
// time; reused, they cost a clear.
type scanBuf struct {
	toks          []token
	foldTab       []string
	starts, rel   []int32
	used          []bool
	lowers, folds map[string]string // the lexer's fold caches, kept across runs
	mStart, mEnd  map[int]int
	lastFull      map[string]string
	// the scanner's growing arrays
	cites    []rawCite
	mentions []mention
	candBuf  []relPhrase
	// headerLines' arrays
	hLines  []line
	hWords  []string
	hJoined []byte
	hEnd    []int
}

// spareBufs keeps a few scanBufs between runs (one per concurrent run,
// up to maxSpare). Unlike a sync.Pool, a collection does not empty it, so
// the largest array survives the collections its own text causes.
var spareBufs struct {
	sync.Mutex
	bufs []*scanBuf
}

const maxSpare = 4

// maxKeptTokens bounds the token array kept between runs (64 MB).
var maxKeptTokens = 64 << 20 / int(unsafe.Sizeof(token{}))

// getScanBuf returns a spare scanBuf, the largest one free, or a new one.
func getScanBuf() *scanBuf {
	spareBufs.Lock()
	defer spareBufs.Unlock()
	if n := len(spareBufs.bufs); n > 0 {
		b := spareBufs.bufs[n-1]
		spareBufs.bufs = spareBufs.bufs[:n-1]
		return b
	}
	return &scanBuf{lowers: map[string]string{}, folds: map[string]string{},
		mStart: map[int]int{}, mEnd: map[int]int{}, lastFull: map[string]string{}}
}

// putScanBuf clears b and keeps it for the next run. The caller must not
// use it, nor the slices it gave, afterwards.
func putScanBuf(b *scanBuf) {
	if cap(b.toks) > maxKeptTokens {
		b.toks, b.used = nil, nil
	}
	b.toks = b.toks[:0] // its tokens hold no pointers: nothing to clear
	clear(b.foldTab)    // the words of the last text: not kept alive
	b.foldTab = b.foldTab[:0]
	// The fold caches are kept: their keys are copies, not the text's.
	clear(b.mStart)
	clear(b.mEnd)
	clear(b.lastFull)
	clear(b.hLines)
	clear(b.hWords[:cap(b.hWords)])
	spareBufs.Lock()
	defer spareBufs.Unlock()
	if len(spareBufs.bufs) < maxSpare {
		spareBufs.bufs = append(spareBufs.bufs, b)
		// The largest last: getScanBuf takes it first.
		slices.SortFunc(spareBufs.bufs, func(x, y *scanBuf) int { return cap(x.toks) - cap(y.toks) })
	}
}

// lex scans src into tokens, in b's array when it is large enough.
func lex(src string, b *scanBuf, n *names) lexed {
	// About a token per two bytes of text; append grows the rest.
	if need := len(src)/2 + 64; cap(b.toks) < need {
		b.toks = make([]token, 0, need)
	}
	l := &lexer{src: src, folds: append(b.foldTab[:0], ""), starts: b.starts[:0], rel: b.rel[:0], lowers: b.lowers, other: b.folds, names: n}
	toks := l.run(b.toks[:0])
	b.toks, b.foldTab, b.starts, b.rel = toks, l.folds, l.starts, l.rel
	return lexed{src: src, toks: toks, folds: l.folds, starts: l.starts, relWords: l.rel}
}

// run appends the tokens of l.src to toks and returns them. It is one
// loop over the bytes, with ASCII fast paths (most of every UN text): a
// word, a number, a run of space or one rune of punctuation per turn.
func (l *lexer) run(toks []token) []token {
	src := l.src
	for i := 0; i < len(src); {
		start := i
		c := src[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			upper := false
			for i < len(src) {
				if c := src[i]; c >= 'a' && c <= 'z' {
					i++
				} else if c >= 'A' && c <= 'Z' {
					upper = true
					i++
				} else {
					break
				}
			}
			if i < len(src) && src[i] >= utf8.RuneSelf {
				// A word of other letters too ("Décide").
				if j := wordEnd(src, i); j > i {
					i = j
					toks = l.word(toks, start, i)
					continue
				}
			}
			t := token{kind: tokWord, pos: start, end: i}
			if upper {
				t.fi = l.lower(src[start:i])
				t.flags = l.wordFlags(l.folds[t.fi])
			} else {
				t.flags = l.wordFlags(src[start:i]) // already folded
			}
			if t.flags&startFlags != 0 || c <= 'Z' || l.names.acrByte[c] {
				l.starts = append(l.starts, int32(len(toks)))
			}
			if t.flags&relWord != 0 {
				l.rel = append(l.rel, int32(len(toks)))
			}
			toks = append(toks, t)
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if c == ' ' && i+1 < len(src) && src[i+1] > ' ' && src[i+1] < utf8.RuneSelf {
				// One space between words: most space.
				toks = append(toks, token{kind: tokSpace, pos: i, end: i + 1})
				i++
				continue
			}
			i, toks = l.space(i, toks)
			continue
		case c >= '0' && c <= '9':
			i++
			for i < len(src) && src[i] >= '0' && src[i] <= '9' {
				i++
			}
			if i < len(src) && src[i] >= utf8.RuneSelf {
				i = digitsEnd(src, i)
			}
			toks = l.number(toks, start, i)
			continue
		case c < utf8.RuneSelf && c > ' ':
			if c == '/' {
				l.startBefore(len(toks))
			}
			toks = append(toks, token{kind: tokPunct, pos: start, end: i + 1})
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		switch {
		case unicode.IsSpace(r):
			i, toks = l.space(i, toks)
		case unicode.IsDigit(r):
			i = digitsEnd(src, i)
			toks = l.number(toks, start, i)
		case registry.IsHan(r):
			// Chinese writes no spaces: each character is a word.
			i += w
			toks = l.word(toks, start, i)
		case isLetter(r):
			i = wordEnd(src, i)
			toks = l.word(toks, start, i)
		default:
			i += w
			t := token{kind: tokPunct, pos: start, end: i}
			// Full-width and Arabic punctuation reads as its ASCII
			// counterpart: "（2014）", "、" and "،" in lists, "؛".
			if c >= utf8.RuneSelf {
				if n, ok := asciiPunct[src[start:i]]; ok {
					t.fi = l.addFold(n)
					if n == "/" {
						l.startBefore(len(toks))
					}
				}
			}
			toks = append(toks, t)
		}
	}
	return toks
}

// wordEnd returns the end of the word whose letters go on at i: letters
// and marks of any script but Chinese characters (each a word).
func wordEnd(src string, i int) int {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		if !isLetter(r) || registry.IsHan(r) {
			return i
		}
		i += w
	}
	return i
}

// digitsEnd returns the end of the number whose digits (of any script)
// go on at i.
func digitsEnd(src string, i int) int {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if c >= '0' && c <= '9' {
				i++
				continue
			}
			return i
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		if !unicode.IsDigit(r) {
			return i
		}
		i += w
	}
	return i
}

// space returns the end of the white space at i and toks with its token:
// a break when it holds a blank line.
func (l *lexer) space(i int, toks []token) (int, []token) {
	src := l.src
	start, lines := i, 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			if c == '\n' {
				lines++
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	k := tokSpace
	if lines >= 2 {
		k = tokBreak
	}
	return i, append(toks, token{kind: k, pos: start, end: i, nl: lines > 0})
}

// word appends the token of the word src[start:end] that is not all
// ASCII letters.
func (l *lexer) word(toks []token, start, end int) []token {
	t := token{kind: tokWord, pos: start, end: end}
	text := l.src[start:end]
	t.fi = l.foldOther(text)
	f := text
	if t.fi != 0 {
		f = l.folds[t.fi]
	}
	t.flags = l.wordFlags(f)
	if c := text[0]; t.flags&startFlags != 0 || c >= 'A' && c <= 'Z' || l.names.acrByte[c] {
		l.starts = append(l.starts, int32(len(toks)))
	}
	if t.flags&relWord != 0 {
		l.rel = append(l.rel, int32(len(toks)))
	}
	return append(toks, t)
}

// number appends the token of the number src[start:end]; its fold is its
// digits in ASCII.
func (l *lexer) number(toks []token, start, end int) []token {
	t := token{kind: tokNum, pos: start, end: end}
	if f := asciiDigits(l.src[start:end]); len(f) != end-start {
		t.fi = l.addFold(f)
	}
	l.starts = append(l.starts, int32(len(toks)))
	return append(toks, t)
}

// startBefore adds to the starts the token before a slash at index i.
func (l *lexer) startBefore(i int) {
	if i > 0 && (len(l.starts) == 0 || l.starts[len(l.starts)-1] != int32(i-1)) {
		l.starts = append(l.starts, int32(i-1))
	}
}

// addFold adds a folded form to the table and returns its index.
func (l *lexer) addFold(f string) uint32 {
	l.folds = append(l.folds, f)
	return uint32(len(l.folds) - 1)
}

// lower returns the index in the fold table of the ASCII word w in lower
// case. The lower case comes from a cache of the words seen, kept across
// runs: capitalised words repeat ("The", "Council", "Recalling").
func (l *lexer) lower(w string) uint32 {
	f, ok := l.lowers[w]
	if !ok {
		f = registry.Fold(w)
		if len(l.lowers) < foldCacheSize {
			l.lowers[strings.Clone(w)] = f
		}
	}
	return l.addFold(f)
}

// foldOther returns the index in the fold table of registry.FoldWord(w),
// 0 when it is w itself. The fold comes from a cache of the words seen,
// kept across runs: Chinese characters, Russian and Arabic words repeat
// as much as Latin ones.
func (l *lexer) foldOther(w string) uint32 {
	f, ok := l.other[w]
	if !ok {
		f = strings.Clone(registry.FoldWord(w)) // not a piece of the text
		if len(l.other) < foldCacheSize {
			l.other[strings.Clone(w)] = f
		}
	}
	if f == w {
		return 0
	}
	return l.addFold(f)
}

// foldCacheSize bounds each of the lexer's fold caches.
const foldCacheSize = 16384

// asciiPunct maps punctuation of other scripts to the ASCII the scanner
// compares with. A token's text is then not its source bytes; its span
// still is.
var asciiPunct = map[string]string{
	"（": "(", "）": ")", "，": ",", "、": ",", "،": ",", "；": ";", "؛": ";", "：": ":", "／": "/",
	"－": "-",
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// asciiDigits converts the digits of any script (Arabic-Indic, Eastern
// Arabic, full-width …) to ASCII.
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if d := digitValue(r); d >= 0 {
			b = append(b, byte('0'+d))
		}
	}
	return string(b)
}

// digitValue is the value of a decimal digit rune of any script, or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.IsDigit(r) {
		return -1
	}
	// Unicode decimal digits come in runs of ten starting at a zero.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r-z) % 10
		}
	}
	return -1
}
