package registry

import (
	"fmt"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
)

// NumberShape is one shape a body's instrument numbers take, as data in
// bodies.json's "numbers": the General Assembly numbers its resolutions
// session/number ("55/25", session 1 to ~100) and, before 1976, number
// (Roman session) ("3379 (XXX)"); the Security Council number (year); the
// Economic and Social Council year/number. The extractor checks a
// citation's number against its body's shapes when the body comes only
// from a weak rule (possessive, document), so that "resolution 2000/22"
// in a General Assembly text is never read as the Assembly's.
//
// Shape is one of:
//
//	session/n     "55/25", "57/270 B": session in [Min, Max], then a number and part letters
//	year/n        "2004/27": the same with a year in [Min, Max]
//	S-session/n   "S-26/2": special session in [Min, Max]
//	ES-session/n  "ES-10/2": emergency special session in [Min, Max]
//	n(roman)      "3379(XXX)", "217A(III)", "1874(S-IV)", "1001(ES-I)": number, part letters,
//	              Roman (special, emergency special) session in [Min, Max]
//	n(year)       "1373(2001)": number, part letters, year in [Min, Max]
type NumberShape struct {
	Shape string `json:"shape"`
	Min   int    `json:"min"`
	Max   int    `json:"max"`
}

var numberShapes = map[string]bool{
	"session/n": true, "year/n": true, "S-session/n": true, "ES-session/n": true,
	"n(roman)": true, "n(year)": true,
}

func (s NumberShape) check() error {
	if !numberShapes[s.Shape] {
		return fmt.Errorf("unknown shape %q", s.Shape)
	}
	if s.Min < 1 || s.Max < s.Min {
		return fmt.Errorf("shape %q: bad range [%d, %d]", s.Shape, s.Min, s.Max)
	}
	return nil
}

// fits reports whether number (as the extractor writes it: no spaces,
// parts glued, Roman numerals ASCII) has this shape.
func (s NumberShape) fits(number string) bool {
	switch s.Shape {
	case "S-session/n", "ES-session/n":
		p := strings.TrimSuffix(s.Shape, "session/n")
		if !strings.HasPrefix(number, p) {
			return false
		}
		number = number[len(p):]
		fallthrough
	case "session/n", "year/n":
		sess, rest, ok := strings.Cut(number, "/")
		return ok && s.in(digitsValue(sess)) && numberParts(rest)
	case "n(roman)", "n(year)":
		n, rest, ok := strings.Cut(number, "(")
		if !ok || !numberParts(n) || !strings.HasSuffix(rest, ")") {
			return false
		}
		in := rest[:len(rest)-1]
		if s.Shape == "n(roman)" {
			// Special and emergency special sessions: 1874(S-IV), 1001(ES-I).
			if r, ok := strings.CutPrefix(in, "S-"); ok {
				in = r
			} else if r, ok := strings.CutPrefix(in, "ES-"); ok {
				in = r
			}
			return s.in(romanValue(in))
		}
		return s.in(digitsValue(in))
	}
	return false
}

func (s NumberShape) in(v int) bool { return v >= s.Min && v <= s.Max }

// digitsValue is the value of an ASCII decimal number of at most 6
// digits, or 0.
func digitsValue(s string) int {
	if s == "" || len(s) > 6 {
		return 0
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// numberParts reports whether s is digits followed by part letters
// ("270", "270B", "77AA").
func numberParts(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// romanValue is the value of an upper-case Roman numeral written in the
// usual subtractive way, or 0 if s is not one.
func romanValue(s string) int {
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		}
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && val(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return max(total, 0)
}

// NumberFits reports whether number can be one of the body's: true when
// the registry lists no shapes for the body (its numbering is not
// checked), else whether one of its shapes fits.
func (r *Registry) NumberFits(key, number string) bool {
	shapes, ok := r.numbers[key]
	if !ok {
		return true
	}
	for _, s := range shapes {
		if s.fits(number) {
			return true
		}
	}
	return false
}

// NumberShapes returns the shapes of the body's numbers, nil when they
// are not checked.
func (r *Registry) NumberShapes(key string) []NumberShape { return r.numbers[key] }

// Issues reports whether the body issues instruments of the kind: whether
// one of its families (bodies.json "families", named BODY-res, BODY-dec,
// BODY-prst) ends in the kind. A body whose families name no kind (the
// UNFCCC's "unfccc-cp") or that lists none is taken to issue any kind.
func (r *Registry) Issues(key string, kind cite.Kind) bool {
	b, ok := r.Body(key)
	if !ok {
		return false
	}
	named := false
	for _, f := range b.Families {
		for _, k := range []cite.Kind{cite.KindResolution, cite.KindDecision, cite.KindPresidentialStatement} {
			if strings.HasSuffix(f, "-"+string(k)) {
				named = true
				if k == kind {
					return true
				}
			}
		}
	}
	return !named
}
