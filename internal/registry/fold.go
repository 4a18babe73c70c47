package registry

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns s in the form names are compared in: lower case, Latin
// diacritics removed (é → e, ñ → n, ç → c, œ → oe), typographic apostrophes
// made ASCII, ё → е; Arabic vowel marks and tatweel removed and the letters
// that spelling varies on made one (أ إ آ → ا, ى → ي, ة → ه); traditional
// Chinese characters of UN vocabulary made simplified (決議 → 决议).
// Texts and registry names are folded alike, so "Conférence",
// "CONFERENCE" and "conference" match, and "d’experts" matches "d'experts".
func Fold(s string) string {
	lower, ascii := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
	}
	if ascii {
		if lower {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 {
			continue // Arabic harakat, superscript alef, tatweel
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// FoldWord is the form one word is compared in: Fold, then, for Russian,
// the case ending removed (резолюции, резолюцией → резолюц; Совета,
// Советом → совет) and, for Arabic, the article and the one-letter
// proclitics removed (بالقرار, والقرار → قرار; الجمعية → جمعيه), so that
// the inflected forms of a word, and a name in any case, compare equal.
// Texts, the extractor's word tables and registry names are folded alike.
func FoldWord(w string) string {
	f := Fold(w)
	if len(f) < 4 {
		return f
	}
	ascii := true
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return f
	}
	r, _ := utf8.DecodeRuneInString(f)
	if r < 0x0400 || r > 0x04FF {
		// "cсылаясь": a Latin look-alike typed (or read by OCR) into a
		// Cyrillic word.
		if _, w := utf8.DecodeRuneInString(f); w < len(f) {
			if r2, _ := utf8.DecodeRuneInString(f[w:]); r2 >= 0x0400 && r2 <= 0x04FF {
				r = r2
			}
		}
	}
	switch {
	case r >= 0x0400 && r <= 0x04FF:
		return stemRussian(cyrillicLookalikes(f))
	case r >= 0x0600 && r <= 0x06FF:
		return stripArabic(f)
	}
	return f
}

// russianEndings are the case and number endings of Russian nouns,
// adjectives and participles, longest first.
var russianEndings = []string{
	"иями", "ями", "ами", "иях", "иям", "ией", "ием", "ого", "его", "ому", "ему", "ыми", "ими",
	"ях", "ах", "ям", "ам", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их",
	"ым", "им", "ую", "юю", "ом", "ем", "ов", "ев", "ия", "ию", "ии", "ья", "ью",
	"а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
}

// latinCyrillic maps the lower-case Latin letters that look like Cyrillic
// ones to them.
var latinCyrillic = map[rune]rune{'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'k': 'к', 'm': 'м', 't': 'т', 'h': 'н', 'b': 'в'}

// cyrillicLookalikes replaces Latin look-alikes in a Cyrillic word.
func cyrillicLookalikes(w string) string {
	if !strings.ContainsAny(w, "acexopykmthb") {
		return w
	}
	return strings.Map(func(r rune) rune {
		if c, ok := latinCyrillic[r]; ok {
			return c
		}
		return r
	}, w)
}

func stemRussian(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range russianEndings {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// arabicProclitics are the article and the one-letter proclitics (and,
// so, by, for, as) that Arabic writes joined to a word, longest first.
var arabicProclitics = []string{"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "فب", "و", "ف", "ب", "ل", "ك"}

// stripArabic removes proclitics while three letters remain, so that a
// word and the same word with one more proclitic fold alike (وفقا and
// ووفقا both give فقا).
func stripArabic(w string) string {
	for range 3 {
		n := utf8.RuneCountInString(w)
		stripped := false
		for _, p := range arabicProclitics {
			if strings.HasPrefix(w, p) && n-utf8.RuneCountInString(p) >= 3 {
				w, stripped = w[len(p):], true
				break
			}
		}
		if !stripped {
			break
		}
	}
	return w
}

// FoldWords splits s into folded words (FoldWord): runs of letters and
// digits, and each Chinese character on its own, since Chinese writes no
// spaces. It is how registry names become the word sequences the
// extractor matches.
func FoldWords(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, FoldWord(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case IsHan(r):
			flush(i)
			out = append(out, Fold(string(r)))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// IsHan reports whether r is a Chinese character: the extractor reads
// each as a word of its own.
func IsHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

var foldTable = func() map[rune]string {
	m := map[rune]string{
		'’': "'", 'ʼ': "'", '‘': "'", '`': "'",
		'œ': "oe", 'Œ': "oe", 'æ': "ae", 'Æ': "ae", 'ß': "ss",
		'ё': "е", 'Ё': "е",
		'أ': "ا", 'إ': "ا", 'آ': "ا", 'ٱ': "ا", 'ى': "ي", 'ة': "ه",
	}
	// Traditional Chinese characters of UN vocabulary (bodies, kind
	// words, relation words) and their simplified forms.
	trad := []rune("決議號會聯國關於設經長權屆條約員組織問題專際環衛資發濟託審認確執過後應報務處書區預締氣變規劃實現負責顧據請為與對這項視確禮類錄條規約準備協調歐亞劑臨時選舉產統計總體參與開門戶續訂構機")
	simp := []rune("决议号会联国关于设经长权届条约员组织问题专际环卫资发济托审认确执过后应报务处书区预缔气变规划实现负责顾据请为与对这项视确礼类录条规约准备协调欧亚剂临时选举产统计总体参与开门户续订构机")
	for i, r := range trad {
		if i < len(simp) && r != simp[i] {
			m[r] = string(simp[i])
		}
	}
	groups := map[string]string{
		"a": "àáâãäåāăąÀÁÂÃÄÅĀĂĄ",
		"c": "çćĉċčÇĆĈĊČ",
		"d": "ďđĎĐ",
		"e": "èéêëēĕėęěÈÉÊËĒĔĖĘĚ",
		"g": "ĝğġģĜĞĠĢ",
		"i": "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ",
		"n": "ñńņňÑŃŅŇ",
		"o": "òóôõöøōŏőÒÓÔÕÖØŌŎŐ",
		"r": "ŕŗřŔŖŘ",
		"s": "śŝşšŚŜŞŠ",
		"t": "ţťŢŤ",
		"u": "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ",
		"y": "ýÿŷÝŸŶ",
		"z": "źżžŹŻŽ",
	}
	for base, rs := range groups {
		for _, r := range rs {
			m[r] = base
		}
	}
	return m
}()
