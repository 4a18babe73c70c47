// Package registry is the body registry: every UN-system body citegraph
// knows, with its names in the six languages, acronyms, symbol prefixes,
// parent and citation families. The facts are data (bodies.json, embedded
// in the binary), not code branches: a new body is a new entry, and the
// extractor and the store read it from here.
package registry

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/citegraph/citegraph/internal/cite"
)

//go:embed bodies.json
var bodiesJSON []byte

// Registry is a loaded, checked body registry. It is read-only and safe for
// concurrent use.
type Registry struct {
	bodies   []cite.Body
	byKey    map[string]int
	prefixes []prefix // longest first

	external map[string]bool          // bodies of organizations outside the UN system
	numbers  map[string][]NumberShape // body key → the shapes of its numbers
	reports  []Report

	namesOnce sync.Once
	byName    map[string]string // folded name → key
	byAcronym map[string]string // acronym → key, "" when shared
}

type prefix struct {
	p   string
	key string
}

var (
	defaultOnce sync.Once
	defaultReg  *Registry
)

// Default returns the registry embedded in the binary. Its data is checked
// by the package's tests, so a failure here is a build defect: it panics.
func Default() *Registry {
	defaultOnce.Do(func() {
		r, err := Load(strings.NewReader(string(bodiesJSON)))
		if err != nil {
			panic(fmt.Sprintf("registry: embedded bodies.json: %v", err))
		}
		defaultReg = r
	})
	return defaultReg
}

// file is bodies.json's shape. External lists the bodies of
// organizations outside the UN system (the OAS General Assembly, the IAEA
// General Conference) whose instruments UN texts cite: the extractor
// recognises them so that they are never read as UN instruments.
// Numbers gives, for the bodies whose numbering is known, the shapes of
// their instruments' numbers (NumberShape).
//
// Reports names the bodies whose annual reports carry a fixed symbol under
// another body's series: the functional commissions report to the
// Economic and Social Council as E/YEAR/27 (the Commission on the Status
// of Women, Supplement No. 7), E/YEAR/28, E/YEAR/30. An instrument cited
// from such a report ("(E/2025/27), chap. I, sect. C, resolution 69/1")
// is the reporting body's.
type file struct {
	Bodies   []cite.Body              `json:"bodies"`
	External []string                 `json:"external"`
	Numbers  map[string][]NumberShape `json:"numbers"`
	Reports  []Report                 `json:"reports"`
}

// Report is a series of annual reports: Symbol is a symbol whose "*"
// segment stands for any year or session ("E/*/27"), Body the body that
// reports.
type Report struct {
	Symbol string `json:"symbol"`
	Body   string `json:"body"`
}

// Load reads and checks a registry in bodies.json's format: keys valid and
// unique, parents known, every body named in English, no prefix claimed by
// two bodies.
func Load(r io.Reader) (*Registry, error) {
	var f file
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	reg := &Registry{byKey: map[string]int{}}
	owner := map[string]string{}
	for i, b := range f.Bodies {
		if !cite.ValidBodyKey(b.Key) {
			return nil, fmt.Errorf("registry: body %d: invalid key %q", i, b.Key)
		}
		if _, dup := reg.byKey[b.Key]; dup {
			return nil, fmt.Errorf("registry: body %q: listed twice", b.Key)
		}
		if b.Names["en"] == "" {
			return nil, fmt.Errorf("registry: body %q: no English name", b.Key)
		}
		for _, p := range b.Prefixes {
			if o, dup := owner[p]; dup {
				return nil, fmt.Errorf("registry: prefix %q: claimed by %q and %q", p, o, b.Key)
			}
			owner[p] = b.Key
			reg.prefixes = append(reg.prefixes, prefix{p: p, key: b.Key})
		}
		reg.byKey[b.Key] = i
		reg.bodies = append(reg.bodies, b)
	}
	for _, b := range reg.bodies {
		if b.Parent != "" {
			if _, ok := reg.byKey[b.Parent]; !ok {
				return nil, fmt.Errorf("registry: body %q: unknown parent %q", b.Key, b.Parent)
			}
		}
	}
	reg.external = map[string]bool{}
	for _, k := range f.External {
		if _, ok := reg.byKey[k]; !ok {
			return nil, fmt.Errorf("registry: external body %q: not listed", k)
		}
		reg.external[k] = true
	}
	for k, shapes := range f.Numbers {
		if _, ok := reg.byKey[k]; !ok {
			return nil, fmt.Errorf("registry: numbers of %q: body not listed", k)
		}
		for _, sh := range shapes {
			if err := sh.check(); err != nil {
				return nil, fmt.Errorf("registry: numbers of %q: %w", k, err)
			}
		}
	}
	reg.numbers = f.Numbers
	for _, rp := range f.Reports {
		if _, ok := reg.byKey[rp.Body]; !ok {
			return nil, fmt.Errorf("registry: report %q: body %q not listed", rp.Symbol, rp.Body)
		}
		if strings.Count(rp.Symbol, "*") != 1 {
			return nil, fmt.Errorf("registry: report %q: want one * segment", rp.Symbol)
		}
	}
	reg.reports = f.Reports
	slices.SortStableFunc(reg.prefixes, func(a, b prefix) int { return len(b.p) - len(a.p) })
	return reg, nil
}

// External reports whether the body belongs to an organization outside
// the UN system (its instruments are cited, never issued, by UN bodies).
func (r *Registry) External(key string) bool { return r.external[key] }

// Body returns the body with the given key.
func (r *Registry) Body(key string) (cite.Body, bool) {
	i, ok := r.byKey[key]
	if !ok {
		return cite.Body{}, false
	}
	return r.bodies[i], true
}

// All returns every body, in the file's order.
func (r *Registry) All() []cite.Body { return slices.Clone(r.bodies) }

// BySymbol returns the body whose symbol prefix is the longest one that
// starts symbol (A/HRC/ before A/, CTOC/COP/WG.2/ before CTOC/COP/).
func (r *Registry) BySymbol(symbol string) (cite.Body, bool) {
	for _, p := range r.prefixes {
		if strings.HasPrefix(symbol, p.p) {
			return r.Body(p.key)
		}
	}
	return cite.Body{}, false
}

// ReportBody returns the body whose annual report symbol is: "E/2025/27"
// is the Commission on the Status of Women's (bodies.json "reports"). The
// "*" segment matches one segment of digits; a symbol with more segments
// after the pattern ("E/2025/27/Add.1") matches too.
func (r *Registry) ReportBody(symbol string) (string, bool) {
	got := strings.Split(symbol, "/")
	for _, rp := range r.reports {
		want := strings.Split(rp.Symbol, "/")
		if len(got) < len(want) {
			continue
		}
		ok := true
		for i, w := range want {
			if w == "*" {
				ok = ok && got[i] != "" && strings.Trim(got[i], "0123456789") == ""
			} else {
				ok = ok && got[i] == w
			}
		}
		if ok {
			return rp.Body, true
		}
	}
	return "", false
}
