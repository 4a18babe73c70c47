package ingest

import (
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/citegraph/citegraph/internal/registry"
)

// named is what a file's name, and the folder it is in, say of it: the
// symbol of the document it is a version of and its language.
type named struct {
	symbol, lang string
}

// langCodes are the language codes file names use: ISO 639-1, and the
// one-letter codes of the Official Document System (A Arabic, C Chinese,
// E English, F French, R Russian, S Spanish), which only count after a
// hyphen ("A_RES_80_10-E.pdf").
var (
	langCodes   = map[string]string{"ar": "ar", "zh": "zh", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
	odsLetters  = map[string]string{"A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es"}
	langSuffix  = regexp.MustCompile(`^(.*?)[-_.]([A-Za-z]{2})$`)
	odsSuffix   = regexp.MustCompile(`^(.*)-([ACEFRS])$`)
	symbolName  = regexp.MustCompile(`^[A-Z][A-Za-z]*(\.\d+)?(_[A-Za-z0-9.()\-]+){2,}$`)
	scSymbol    = regexp.MustCompile(`^S/RES/0*(\d+)/(\d{4})$`)
	leadingZero = regexp.MustCompile(`/0+(\d)`)
)

// nameOf reads the symbol and language of the file at name from its name,
// as the UN's systems name files: "A_RES_80_10-EN.pdf",
// "A_RES_80_10-E.pdf", "E_CN.15_2015_4_FR.txt", "report.fr.txt"; or, in a
// folder per symbol, "A_RES_80_10/FR.pdf". A symbol is taken only when
// one of reg's bodies issues documents under its prefix ("GA_DEC_79_512"
// is no symbol: the General Assembly's documents start with "A/").
// Security Council resolutions named "S_RES_0687_1991" are
// "S/RES/687 (1991)".
func nameOf(name string, reg *registry.Registry) named {
	name = filepath.ToSlash(name)
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	var n named
	rest := base
	if l, ok := langCodes[strings.ToLower(base)]; ok {
		n.lang, rest = l, ""
	} else if m := langSuffix.FindStringSubmatch(base); m != nil && langCodes[strings.ToLower(m[2])] != "" {
		n.lang, rest = langCodes[strings.ToLower(m[2])], m[1]
	} else if m := odsSuffix.FindStringSubmatch(base); m != nil {
		n.lang, rest = odsLetters[m[2]], m[1]
	}
	if rest == "" && n.lang != "" {
		// A file named by its language alone: the folder is the symbol.
		rest = path.Base(path.Dir(name))
	}
	n.symbol = symbolOf(rest, reg)
	return n
}

// symbolOf turns a file name part such as "A_C.1_80_L.1" into the symbol
// "A/C.1/80/L.1", or "" when it is not one.
func symbolOf(s string, reg *registry.Registry) string {
	if !symbolName.MatchString(s) {
		return ""
	}
	sym := strings.ReplaceAll(s, "_", "/")
	if m := scSymbol.FindStringSubmatch(sym); m != nil {
		num, _ := strconv.Atoi(m[1])
		sym = "S/RES/" + strconv.Itoa(num) + " (" + m[2] + ")"
	} else {
		sym = leadingZero.ReplaceAllString(sym, "/$1")
	}
	if _, ok := reg.BySymbol(sym); !ok {
		return ""
	}
	return sym
}
