package store

import (
	"fmt"
	"slices"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
)

// Batch is everything one Record puts in the graph. Both backends write
// exactly a Batch, so they cannot disagree on what a document means.
type Batch struct {
	Document    cite.Document
	Lang        string
	Hash        string
	Text        string
	TextOf      []cite.ID       // sorted, unique
	Instruments []cite.ID       // every instrument cited or TextOf, sorted, unique
	DocRefs     []DocRef        // every document cited, sorted by id, unique
	Occurrences []Occurrence    // one per citation, in text order
	BodyLinks   []BodyLinkOccur // one per (subject, citation)
}

// DocRef is a cited document: a node that may have no text in the graph.
type DocRef struct {
	ID   string
	Body string
}

// Occurrence is one citation as a CITES relationship's evidence.
type Occurrence struct {
	To       string
	ToKind   cite.Kind
	Relation cite.Relation
	Evidence Evidence
}

// BodyLinkOccur is one passage tying a body to an instrument.
type BodyLinkOccur struct {
	Body       string
	Instrument cite.ID
	Relation   cite.Relation
	Evidence   Evidence
}

// Plan checks rec and turns it into the Batch every backend writes.
func Plan(rec Record) (Batch, error) {
	d := rec.Document
	if d.ID == "" {
		return Batch{}, fmt.Errorf("%w: document has no id", ErrInvalid)
	}
	if d.Lang == "" {
		return Batch{}, fmt.Errorf("%w: document %s has no language", ErrInvalid, d.ID)
	}
	b := Batch{
		Document: d,
		Lang:     d.Lang,
		Hash:     cite.HashID([]byte(rec.Text)),
		Text:     rec.Text,
	}
	b.Document.Versions = nil
	ins := map[cite.ID]bool{}
	for _, id := range rec.TextOf {
		if id.IsZero() {
			return Batch{}, fmt.Errorf("%w: document %s: zero TextOf id", ErrInvalid, d.ID)
		}
		ins[id] = true
		b.TextOf = append(b.TextOf, id)
	}
	docs := map[string]string{}
	for i, c := range rec.Citations {
		if c.Start < 0 || c.End > len(rec.Text) || c.Start > c.End {
			return Batch{}, fmt.Errorf("%w: document %s: citation %d (%s): span %d:%d outside text of %d bytes",
				ErrInvalid, d.ID, i, c.ID, c.Start, c.End, len(rec.Text))
		}
		ev := Evidence{
			Document:  d.ID,
			Lang:      d.Lang,
			Text:      c.Text,
			Sentence:  c.Snippet,
			Start:     c.Start,
			End:       c.End,
			Paragraph: c.Paragraph,
		}
		if ev.Lang == "" {
			ev.Lang = d.Lang
		}
		rel := c.Relation
		if rel == "" {
			rel = cite.Cites
		}
		if c.Kind == cite.KindDocument {
			if c.ID == "" {
				return Batch{}, fmt.Errorf("%w: document %s: citation %d has no id", ErrInvalid, d.ID, i)
			}
			if _, ok := docs[c.ID]; !ok || docs[c.ID] == "" {
				docs[c.ID] = c.Body
			}
			b.Occurrences = append(b.Occurrences, Occurrence{To: c.ID, ToKind: cite.KindDocument, Relation: rel, Evidence: ev})
			continue
		}
		id, err := cite.ParseID(c.ID)
		if err != nil {
			return Batch{}, fmt.Errorf("document %s: citation %d: %w", d.ID, i, err)
		}
		ins[id] = true
		b.Occurrences = append(b.Occurrences, Occurrence{To: id.String(), ToKind: id.Kind(), Relation: rel, Evidence: ev})
		if !rel.Traces() {
			continue
		}
		for _, s := range c.Subjects {
			if !cite.ValidBodyKey(s) {
				return Batch{}, fmt.Errorf("%w: document %s: citation %d: subject %q", ErrInvalid, d.ID, i, s)
			}
			b.BodyLinks = append(b.BodyLinks, BodyLinkOccur{Body: s, Instrument: id, Relation: rel, Evidence: ev})
		}
	}
	for id := range ins {
		b.Instruments = append(b.Instruments, id)
	}
	byID := func(a, b cite.ID) int { return strings.Compare(a.String(), b.String()) }
	slices.SortFunc(b.Instruments, byID)
	slices.SortFunc(b.TextOf, byID)
	b.TextOf = slices.Compact(b.TextOf)
	for id, body := range docs {
		b.DocRefs = append(b.DocRefs, DocRef{ID: id, Body: body})
	}
	slices.SortFunc(b.DocRefs, func(a, b DocRef) int { return strings.Compare(a.ID, b.ID) })
	return b, nil
}
