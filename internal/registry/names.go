package registry

import (
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
)

// ByName returns the body whose official name, alias (in any language) or
// acronym is name. Names are compared folded (case, accents, apostrophes,
// spacing and hyphens do not matter); acronyms exactly. An acronym two
// bodies share names neither.
func (r *Registry) ByName(name string) (cite.Body, bool) {
	r.namesOnce.Do(r.indexNames)
	if key, ok := r.byAcronym[strings.TrimSpace(name)]; ok && key != "" {
		return r.Body(key)
	}
	key, ok := r.byName[strings.Join(FoldWords(name), " ")]
	if !ok {
		return cite.Body{}, false
	}
	return r.Body(key)
}

func (r *Registry) indexNames() {
	r.byName = map[string]string{}
	r.byAcronym = map[string]string{}
	for _, b := range r.bodies {
		for _, lang := range cite.Languages {
			names := append([]string{b.Names[lang]}, b.Aliases[lang]...)
			for _, n := range names {
				if n != "" {
					r.byName[strings.Join(FoldWords(n), " ")] = b.Key
				}
			}
		}
		for _, a := range b.Acronyms {
			if old, dup := r.byAcronym[a]; dup && old != b.Key {
				r.byAcronym[a] = ""
				continue
			}
			r.byAcronym[a] = b.Key
		}
	}
}
