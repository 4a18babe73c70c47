package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
)

// Sidecar is what a file NAME.json beside NAME.txt (or NAME.md) says of the
// text that the text does not say of itself: a symbol it does not carry, its
// language, date and title, the instruments it is the text of. Every field
// is optional; what it gives wins over what the extractor reads from the
// header.
type Sidecar struct {
	Symbol       string   `json:"symbol,omitempty"`
	Lang         string   `json:"lang,omitempty"`
	OriginalLang string   `json:"originalLang,omitempty"`
	Body         string   `json:"body,omitempty"`
	Date         string   `json:"date,omitempty"` // ISO 8601, 2018-06-18
	Title        string   `json:"title,omitempty"`
	Type         string   `json:"type,omitempty"`
	Session      string   `json:"session,omitempty"`
	TextOf       []string `json:"textOf,omitempty"` // canonical instrument ids

	textOf []cite.ID
}

// SidecarName is the name of the sidecar of the text file name.
func SidecarName(name string) string {
	return strings.TrimSuffix(name, filepath.Ext(name)) + ".json"
}

// ParseSidecar reads and checks a sidecar: known fields only, a language of
// the six, a valid date, body key and instrument ids.
func ParseSidecar(data []byte) (Sidecar, error) {
	var s Sidecar
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return Sidecar{}, fmt.Errorf("%w: %v", cite.ErrInvalid, err)
	}
	s.Symbol = cite.NormalizeSymbol(s.Symbol)
	for _, l := range []string{s.Lang, s.OriginalLang} {
		if l != "" && !slices.Contains(cite.Languages, l) {
			return Sidecar{}, fmt.Errorf("%w: language %q: want one of %s", cite.ErrInvalid, l, strings.Join(cite.Languages, ", "))
		}
	}
	if s.Body != "" && !cite.ValidBodyKey(s.Body) {
		return Sidecar{}, fmt.Errorf("%w: body %q is not a registry key", cite.ErrInvalid, s.Body)
	}
	if s.Date != "" {
		if _, err := time.Parse(time.DateOnly, s.Date); err != nil {
			return Sidecar{}, fmt.Errorf("%w: date %q: want YYYY-MM-DD", cite.ErrInvalid, s.Date)
		}
	}
	for _, t := range s.TextOf {
		id, err := cite.ParseID(t)
		if err != nil {
			return Sidecar{}, fmt.Errorf("textOf: %w", err)
		}
		s.textOf = append(s.textOf, id)
	}
	return s, nil
}

// ReadSidecar reads and checks the sidecar of the text file name with read
// (os.ReadFile, or an fs.FS's); a missing sidecar is the zero Sidecar.
func ReadSidecar(read func(name string) ([]byte, error), name string) (Sidecar, error) {
	side := SidecarName(name)
	data, err := read(side)
	if errors.Is(err, fs.ErrNotExist) {
		return Sidecar{}, nil
	}
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	if err != nil {
		return Sidecar{}, fmt.Errorf("sidecar %s: %w", side, err)
	}
	s, err := ParseSidecar(data)
	if err != nil {
		return Sidecar{}, fmt.Errorf("sidecar %s: %w", side, err)
	}
	return s, nil
}

// ExtractOptions are the extractor options the sidecar gives, over base.
func (s Sidecar) ExtractOptions(base extract.Options) extract.Options {
	if s.Symbol != "" {
		base.Symbol = s.Symbol
	}
	if s.Lang != "" {
		base.Lang = s.Lang
	}
	return base
}

// apply puts what the sidecar says into doc and textOf.
func (s Sidecar) apply(doc *cite.Document, textOf []cite.ID) []cite.ID {
	if s.Symbol != "" {
		doc.Symbol, doc.ID = s.Symbol, s.Symbol
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&doc.Lang, s.Lang)
	set(&doc.OriginalLang, s.OriginalLang)
	set(&doc.Body, s.Body)
	set(&doc.Date, s.Date)
	set(&doc.Title, s.Title)
	set(&doc.Type, s.Type)
	set(&doc.Session, s.Session)
	for _, id := range s.textOf {
		if !slices.Contains(textOf, id) {
			textOf = append(textOf, id)
		}
	}
	return textOf
}
