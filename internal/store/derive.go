package store

import (
	"slices"
	"strconv"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
)

// This file decides the facts a backend derives rather than stores, so
// that they do not depend on the order documents were written in.

// PreferredVersion returns the index of the language version whose
// metadata (title, date …) stands for the whole document: the version in
// the document's original language, else English, else the first in the
// UN's order of languages, else the first by language code. versions holds
// each version's metadata as its Record gave it; -1 when it is empty.
func PreferredVersion(versions []cite.Document) int {
	if len(versions) == 0 {
		return -1
	}
	idx := func(lang string) int {
		return slices.IndexFunc(versions, func(d cite.Document) bool { return d.Lang == lang })
	}
	order := make([]int, len(versions))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(versions[a].Lang, versions[b].Lang) })
	for _, i := range order {
		if o := versions[i].OriginalLang; o != "" {
			if j := idx(o); j >= 0 {
				return j
			}
		}
	}
	for _, l := range append([]string{"en"}, cite.Languages...) {
		if j := idx(l); j >= 0 {
			return j
		}
	}
	return order[0]
}

// InstrumentFromTexts fills an instrument node from what is known of it:
// the year a Security Council-style number carries ("1373(2001)"), and the
// title and session of the documents that are its text (texts, sorted by
// id, each with the list of instruments it is the text of). A document
// that holds the text of several instruments (a report with many
// decisions) does not lend them its title.
func InstrumentFromTexts(id cite.ID, texts []cite.Document, textOf [][]cite.ID) cite.Instrument {
	in := cite.Instrument{ID: id}
	n := id.Number()
	if len(n) >= 6 && n[len(n)-1] == ')' && n[len(n)-6] == '(' {
		if y, err := strconv.Atoi(n[len(n)-5 : len(n)-1]); err == nil {
			in.Year = y
		}
	}
	for i, d := range texts {
		if len(textOf[i]) != 1 {
			continue
		}
		if in.Title == "" {
			in.Title = d.Title
		}
		if in.Session == "" {
			in.Session = d.Session
		}
	}
	return in
}

// MergeVersions returns the metadata of a document from its language
// versions' metadata: the preferred version's (see PreferredVersion), its
// empty fields filled from the other versions in order of language code.
// Versions are left out; Source is the preferred version's.
func MergeVersions(versions []cite.Document) cite.Document {
	p := PreferredVersion(versions)
	if p < 0 {
		return cite.Document{}
	}
	d := versions[p]
	d.Versions = nil
	others := slices.Clone(versions)
	slices.SortFunc(others, func(a, b cite.Document) int { return strings.Compare(a.Lang, b.Lang) })
	for _, o := range others {
		for _, f := range []struct {
			dst *string
			src string
		}{
			{&d.Symbol, o.Symbol}, {&d.Body, o.Body}, {&d.Title, o.Title}, {&d.Date, o.Date},
			{&d.Session, o.Session}, {&d.AgendaItem, o.AgendaItem}, {&d.OriginalLang, o.OriginalLang},
			{&d.Type, o.Type}, {&d.Distribution, o.Distribution},
		} {
			if *f.dst == "" {
				*f.dst = f.src
			}
		}
	}
	return d
}
