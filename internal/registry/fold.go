package registry

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns s in the form names are compared in: lower case, Latin
// diacritics removed (é → e, ñ → n, ç → c, œ → oe), typographic apostrophes
// made ASCII. Texts and registry names are folded alike, so "Conférence",
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
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// FoldWords splits s into folded words: runs of letters and digits. It is
// how registry names become the word sequences the extractor matches.
func FoldWords(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

var foldTable = func() map[rune]string {
	m := map[rune]string{
		'’': "'", 'ʼ': "'", '‘': "'", '`': "'",
		'œ': "oe", 'Œ': "oe", 'æ': "ae", 'Æ': "ae", 'ß': "ss",
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
