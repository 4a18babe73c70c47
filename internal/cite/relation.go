package cite

import "fmt"

// Relation is what a citation says about the cited instrument (DESIGN §2).
type Relation string

// The relations, from the strongest tie to a mandate to plain citing.
const (
	Establishes Relation = "establishes"
	Mandates    Relation = "mandates"
	Pursuant    Relation = "pursuant"
	Extends     Relation = "extends"
	Amends      Relation = "amends"
	Ends        Relation = "ends"
	Reaffirms   Relation = "reaffirms"
	Recalls     Relation = "recalls"
	Cites       Relation = "cites"
)

// Relations lists every relation in DESIGN's order.
var Relations = []Relation{Establishes, Mandates, Pursuant, Extends, Amends, Ends, Reaffirms, Recalls, Cites}

// ParseRelation returns the relation spelled s (lowercase, as in JSON).
func ParseRelation(s string) (Relation, error) {
	for _, r := range Relations {
		if string(r) == s {
			return r, nil
		}
	}
	return "", fmt.Errorf("%w: unknown relation %q", ErrInvalid, s)
}

// Traces reports whether mandate tracing follows r: the relations through
// which a mandate is created, directed, renewed, changed or ended.
func (r Relation) Traces() bool {
	switch r {
	case Establishes, Mandates, Pursuant, Extends, Amends, Ends:
		return true
	}
	return false
}

// Changes reports whether r says the citing text changed the cited
// instrument's mandate after it was given (extends, amends, ends).
func (r Relation) Changes() bool {
	return r == Extends || r == Amends || r == Ends
}

// BodyFrom says which rule of DESIGN §1 decided a citation's issuing body.
type BodyFrom string

// The rules, in the order they are tried.
const (
	FromExplicit   BodyFrom = "explicit"
	FromFamily     BodyFrom = "family"
	FromPossessive BodyFrom = "possessive"
	FromDocument   BodyFrom = "document"
	FromUnresolved BodyFrom = "unresolved"
)
