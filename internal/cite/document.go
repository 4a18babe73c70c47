package cite

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Document is a UN document as the graph keeps it: identified by its symbol,
// or by the hash of its content when it carries none.
type Document struct {
	ID           string    `json:"id"`     // symbol, or HashID of the content
	Symbol       string    `json:"symbol"` // "" when the text carries none
	Body         string    `json:"body"`   // issuing body's key, "" if unknown
	Title        string    `json:"title"`
	Date         string    `json:"date"` // ISO 8601 (2018-06-18), "" if unknown
	Session      string    `json:"session"`
	AgendaItem   string    `json:"agendaItem"`
	Lang         string    `json:"lang"`             // language of this text (en, fr, es, ru, ar, zh)
	OriginalLang string    `json:"originalLang"`     // language it was written in, "" if not stated
	Type         string    `json:"type"`             // resolution, decision, report, note, letter … ("" if unknown)
	Distribution string    `json:"distribution"`     // general, limited, restricted ("" if unknown)
	Source       string    `json:"source,omitempty"` // file it was read from, as given to ingest
	Versions     []Version `json:"versions,omitempty"`
}

// Version is one language version of a document: the text that citations'
// byte offsets point into.
type Version struct {
	Lang string `json:"lang"`
	Hash string `json:"hash"` // HashID of Text
	Text string `json:"-"`
}

// HashID is the id of a text that carries no symbol: "sha256:" and the
// first 16 hex digits of the SHA-256 of its bytes.
func HashID(text []byte) string {
	sum := sha256.Sum256(text)
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// IsHashID reports whether id was made by HashID.
func IsHashID(id string) bool { return strings.HasPrefix(id, "sha256:") }

// NormalizeSymbol folds the whitespace of a UN symbol: runs of spaces
// (including no-break spaces and line breaks) become one space, none is
// kept next to a slash, and the ends are trimmed. "S/RES/1373  (2001)"
// becomes "S/RES/1373 (2001)"; "CTOC/COP/ WG.2/2017/4" becomes
// "CTOC/COP/WG.2/2017/4".
func NormalizeSymbol(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && r != '/' && !strings.HasSuffix(b.String(), "/") {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Instrument is a resolution, decision or presidential statement, as a node
// of the graph. Only ID is always known; the rest comes from documents that
// are its text.
type Instrument struct {
	ID      ID     `json:"id"`
	Title   string `json:"title,omitempty"`
	Adopted string `json:"adopted,omitempty"` // ISO 8601
	Session string `json:"session,omitempty"`
	Year    int    `json:"year,omitempty"`
}

// Body is an organ of the UN system that issues instruments or documents,
// as the body registry describes it.
type Body struct {
	Key      string              `json:"key"`
	Names    map[string]string   `json:"names"`             // language → official name
	Aliases  map[string][]string `json:"aliases,omitempty"` // language → other names used in texts
	Acronyms []string            `json:"acronyms,omitempty"`
	Prefixes []string            `json:"prefixes,omitempty"` // symbol prefixes of its documents
	Parent   string              `json:"parent,omitempty"`
	Families []string            `json:"families,omitempty"` // citation families it issues
}

// Name returns the body's name in lang, falling back to English, then to the key.
func (b Body) Name(lang string) string {
	if n := b.Names[lang]; n != "" {
		return n
	}
	if n := b.Names["en"]; n != "" {
		return n
	}
	return b.Key
}

// Languages are the six official languages, in the UN's order.
var Languages = []string{"ar", "zh", "en", "fr", "ru", "es"}
