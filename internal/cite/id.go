package cite

import (
	"errors"
	"fmt"
	"strings"
)

// Kind is what a citation points at: one of the three instrument kinds, or
// a document cited by its UN symbol.
type Kind string

// The kinds of DESIGN §1.
const (
	KindResolution            Kind = "res"
	KindDecision              Kind = "dec"
	KindPresidentialStatement Kind = "prst"
	KindDocument              Kind = "doc"
)

// IsInstrument reports whether k names an instrument kind (not a document).
func (k Kind) IsInstrument() bool {
	return k == KindResolution || k == KindDecision || k == KindPresidentialStatement
}

// ParseKind returns the kind spelled s.
func ParseKind(s string) (Kind, error) {
	k := Kind(s)
	if k.IsInstrument() || k == KindDocument {
		return k, nil
	}
	return "", fmt.Errorf("%w: unknown kind %q", ErrInvalid, s)
}

// ErrInvalid marks a value that does not follow citegraph's grammar: an id,
// a kind, a relation. Callers test for it with errors.Is.
var ErrInvalid = errors.New("invalid")

// UnresolvedBody is the body of an instrument whose issuing body no rule
// could decide. Such citations are kept and flagged, never guessed.
const UnresolvedBody = "?"

// ID is the canonical identifier of an instrument: body, kind and number,
// written "<body>:<kind>:<number>" (untoc-cop:dec:2/6, ga:res:55/25,
// sc:res:1373(2001)). The zero ID is not valid; every other ID was checked
// by NewID or ParseID, so an invalid one cannot be built.
type ID struct {
	body   string
	kind   Kind
	number string
}

// NewID checks its parts and returns the ID they make.
func NewID(body string, kind Kind, number string) (ID, error) {
	if err := validBody(body); err != nil {
		return ID{}, err
	}
	if !kind.IsInstrument() {
		return ID{}, fmt.Errorf("%w: kind %q is not an instrument kind", ErrInvalid, kind)
	}
	if err := validNumber(number); err != nil {
		return ID{}, err
	}
	return ID{body: body, kind: kind, number: number}, nil
}

// MustID is NewID for ids written in code and tests; it panics on error.
func MustID(s string) ID {
	id, err := ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// ParseID parses the canonical form; ParseID(s).String() == s for every
// valid s.
func ParseID(s string) (ID, error) {
	body, rest, ok := strings.Cut(s, ":")
	if !ok {
		return ID{}, fmt.Errorf("%w: id %q: want <body>:<kind>:<number>", ErrInvalid, s)
	}
	kind, number, ok := strings.Cut(rest, ":")
	if !ok {
		return ID{}, fmt.Errorf("%w: id %q: want <body>:<kind>:<number>", ErrInvalid, s)
	}
	id, err := NewID(body, Kind(kind), number)
	if err != nil {
		return ID{}, fmt.Errorf("id %q: %w", s, err)
	}
	return id, nil
}

// Body is the key of the issuing body, or UnresolvedBody.
func (id ID) Body() string { return id.body }

// Kind is the instrument kind.
func (id ID) Kind() Kind { return id.kind }

// Number is the body's own numbering, normalised.
func (id ID) Number() string { return id.number }

// IsZero reports whether id is the zero ID.
func (id ID) IsZero() bool { return id.kind == "" }

// Resolved reports whether the issuing body is known.
func (id ID) Resolved() bool { return id.body != UnresolvedBody }

// String is the canonical form.
func (id ID) String() string {
	if id.IsZero() {
		return ""
	}
	return id.body + ":" + string(id.kind) + ":" + id.number
}

// MarshalText writes the canonical form.
func (id ID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText parses the canonical form.
func (id *ID) UnmarshalText(b []byte) error {
	v, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// validBody accepts a registry key (lowercase letters, digits and inner
// hyphens) or UnresolvedBody.
func validBody(s string) error {
	if s == UnresolvedBody {
		return nil
	}
	if s == "" {
		return fmt.Errorf("%w: empty body", ErrInvalid)
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case r == '-' && i > 0 && i < len(s)-1:
		default:
			return fmt.Errorf("%w: body %q: want lowercase letters, digits and hyphens", ErrInvalid, s)
		}
	}
	return nil
}

// ValidBodyKey reports whether s can be a body's registry key.
func ValidBodyKey(s string) bool { return s != UnresolvedBody && validBody(s) == nil }

// validNumber accepts the normalised numbering of DESIGN §1: ASCII letters
// and digits with the punctuation the families use (/ . - ( )), no spaces.
func validNumber(s string) error {
	if s == "" {
		return fmt.Errorf("%w: empty number", ErrInvalid)
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case strings.ContainsRune("/.-()", r):
		default:
			return fmt.Errorf("%w: number %q: character %q is not allowed", ErrInvalid, s, r)
		}
	}
	return nil
}
