package storetest

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// seedText is ../shared/seeds/000_dd060da45a09bc4b.txt, the French note
// the project started from.
//
//go:embed testdata/000_dd060da45a09bc4b.txt
var seedText string

// SeedID is the seed's document id: it carries no symbol, so the hash of
// its text.
var SeedID = cite.HashID([]byte(seedText))

// Seed is the seed document as the extractor reads it (its expected.jsonl,
// with the bodies the passages name as subjects), built by hand so that
// the stores are tested without the extractor.
func Seed() store.Record {
	cs := []cite.Citation{
		instrumentCitation("untoc-cop:dec:2/6", 828, 841, cite.FromExplicit, cite.Establishes, "untoc-cop-wg2"),
		instrumentCitation("untoc-cop:dec:3/2", 979, 992, cite.FromPossessive, cite.Establishes, "untoc-cop-wg3"),
		instrumentCitation("untoc-cop:res:7/1", 1165, 1180, cite.FromPossessive, cite.Mandates, "untoc-cop-wg3", "untoc-cop-wg2"),
		docCitation("CTOC/COP/WG.2/2017/4", "untoc-cop-wg2", 1975),
		docCitation("CTOC/COP/WG.3/2017/4", "untoc-cop-wg3", 1996),
		docCitation("CTOC/COP/WG.2/2018/3", "untoc-cop-wg2", 2025),
		docCitation("CTOC/COP/WG.3/2018/3", "untoc-cop-wg3", 2046),
		docCitation("CTOC/COP/2018/1", "untoc-cop", 2138),
	}
	return Finish(store.Record{
		Document: cite.Document{
			ID:   SeedID,
			Body: "untoc-cop",
			Title: "Rapports sur les travaux des réunions du Groupe de travail sur la coopération internationale " +
				"et du Groupe de travail d'experts gouvernementaux sur l'assistance technique, tenues à Vienne " +
				"du 9 au 13 octobre 2017 et du 28 au 31 mai 2018",
			Date:         "2018-06-18",
			Session:      "9",
			AgendaItem:   "4",
			Lang:         "fr",
			OriginalLang: "en",
			Type:         "note",
			Distribution: "general",
		},
		Text:      seedText,
		Citations: cs,
	})
}

func instrumentCitation(id string, start, end int, from cite.BodyFrom, rel cite.Relation, subjects ...string) cite.Citation {
	i := cite.MustID(id)
	return cite.Citation{
		ID: id, Kind: i.Kind(), Body: i.Body(), Number: i.Number(), Start: start, End: end,
		Lang: "fr", BodyFrom: from, Relation: rel, Subjects: subjects,
	}
}

func docCitation(symbol, body string, start int) cite.Citation {
	return cite.Citation{
		ID: symbol, Kind: cite.KindDocument, Body: body, Number: symbol, Start: start, End: start + len(symbol), Lang: "fr",
	}
}

// Finish fills what the extractor would derive from the text: each
// citation's Text, Lang, Paragraph, sentence span and Snippet.
func Finish(rec store.Record) store.Record {
	t := rec.Text
	for i := range rec.Citations {
		c := &rec.Citations[i]
		c.Text = t[c.Start:c.End]
		if c.Lang == "" {
			c.Lang = rec.Document.Lang
		}
		c.Paragraph = 1 + len(blankLines.FindAllStringIndex(strings.TrimLeftFunc(t[:c.Start], unicode.IsSpace), -1))
		c.SentenceStart, c.SentenceEnd = sentence(t, c.Start, c.End)
		c.Snippet = strings.Join(strings.Fields(t[c.SentenceStart:c.SentenceEnd]), " ")
	}
	return rec
}

// blankLines separate paragraphs.
var blankLines = regexp.MustCompile(`\n[ \t]*\n\s*`)

// sentence is the span of the sentence around [start, end): from after the
// last full stop or line break before it to the next full stop (or 。) or
// line break after it.
func sentence(t string, start, end int) (int, int) {
	s := max(strings.LastIndex(t[:start], ". "), strings.LastIndex(t[:start], "。"), strings.LastIndex(t[:start], "\n"))
	switch {
	case s < 0:
		s = 0
	case t[s] == '\n':
		s++
	case t[s] == '.':
		s += 2
	default:
		s += len("。")
	}
	e := len(t)
	for _, sep := range []string{". ", ".\n", "。", "\n"} {
		if i := strings.Index(t[end:], sep); i >= 0 && end+i+1 < e {
			e = end + i + 1
			if sep == "。" {
				e = end + i + len(sep)
			}
		}
	}
	return s, e
}

// The General Assembly's resolution 55/25, in three of its six languages:
// a document that is the text of an instrument, cites instruments and a
// document, and holds the same citations in each language.
const (
	ResolutionID = "A/RES/55/25"
	resEN        = `Resolution adopted by the General Assembly

55/25. United Nations Convention against Transnational Organized Crime

The General Assembly,

Recalling its resolution 53/111 of 9 December 1998, in which it decided to establish an open-ended intergovernmental ad hoc committee for the purpose of elaborating a comprehensive international convention against transnational organized crime.

Recalling also its resolution 54/126 of 17 December 1999 and its resolution 53/111.

Taking note of the report of the Ad Hoc Committee (A/AC.254/34).

1. Adopts the United Nations Convention against Transnational Organized Crime, annexed to the present resolution.
`
	resFR = `Résolution adoptée par l'Assemblée générale

55/25. Convention des Nations Unies contre la criminalité transnationale organisée

L'Assemblée générale,

Rappelant sa résolution 53/111 du 9 décembre 1998, dans laquelle elle a décidé de créer un comité intergouvernemental spécial à composition non limitée chargé d'élaborer une convention internationale générale contre la criminalité transnationale organisée.

Rappelant également sa résolution 54/126 du 17 décembre 1999 et sa résolution 53/111.

Prenant acte du rapport du Comité spécial (A/AC.254/34).

1. Adopte la Convention des Nations Unies contre la criminalité transnationale organisée, annexée à la présente résolution.
`
	resZH = `大会决议

55/25. 联合国打击跨国有组织犯罪公约

大会，

回顾其1998年12月9日第53/111号决议，其中大会决定设立一个不限成员名额的政府间特设委员会，负责拟订一项全面的打击跨国有组织犯罪国际公约。

又回顾其1999年12月17日第54/126号决议和第53/111号决议。

注意到特设委员会的报告（A/AC.254/34）。

1. 通过本决议所附的《联合国打击跨国有组织犯罪公约》。
`
)

// Resolution returns the language version lang (en, fr or zh) of A/RES/55/25.
func Resolution(lang string) store.Record {
	v, ok := map[string]struct{ text, title string }{
		"en": {resEN, "United Nations Convention against Transnational Organized Crime"},
		"fr": {resFR, "Convention des Nations Unies contre la criminalité transnationale organisée"},
		"zh": {resZH, "联合国打击跨国有组织犯罪公约"},
	}[lang]
	text, title := v.text, v.title
	if !ok {
		panic(fmt.Sprintf("storetest: no %q version of %s", lang, ResolutionID))
	}
	words := map[string][3]string{
		"en": {"resolution 53/111", "resolution 54/126", "A/AC.254/34"},
		"fr": {"résolution 53/111", "résolution 54/126", "A/AC.254/34"},
		"zh": {"第53/111号决议", "第54/126号决议", "A/AC.254/34"},
	}[lang]
	var cs []cite.Citation
	find := func(s string, from int) int {
		i := strings.Index(text[from:], s)
		if i < 0 {
			panic(fmt.Sprintf("storetest: %q not in the %s text", s, lang))
		}
		return from + i
	}
	i1 := find(words[0], 0)
	i2 := find(words[1], 0)
	i3 := find(words[0], i2)
	i4 := find(words[2], 0)
	for _, c := range []struct {
		id    string
		start int
		w     string
	}{{"ga:res:53/111", i1, words[0]}, {"ga:res:54/126", i2, words[1]}, {"ga:res:53/111", i3, words[0]}} {
		id := cite.MustID(c.id)
		cs = append(cs, cite.Citation{ID: c.id, Kind: id.Kind(), Body: "ga", Number: id.Number(),
			Start: c.start, End: c.start + len(c.w), BodyFrom: cite.FromPossessive, Relation: cite.Recalls})
	}
	cs = append(cs, cite.Citation{ID: words[2], Kind: cite.KindDocument, Body: "ga", Number: words[2],
		Start: i4, End: i4 + len(words[2])})
	return Finish(store.Record{
		Document: cite.Document{
			ID: ResolutionID, Symbol: ResolutionID, Body: "ga", Title: title, Date: "2001-01-08",
			Session: "55", AgendaItem: "105", Lang: lang, OriginalLang: "en", Type: "resolution", Distribution: "general",
		},
		Text:      text,
		Citations: cs,
		TextOf:    []cite.ID{cite.MustID("ga:res:55/25")},
	})
}

// Citing returns a made-up English document id that cites each of
// targets (instrument ids or, with a slash and no colon, document symbols)
// once with each relation of rels.
func Citing(id string, rels []cite.Relation, targets ...string) store.Record {
	var b strings.Builder
	var cs []cite.Citation
	fmt.Fprintf(&b, "Note by the Secretariat on the pagination of the citegraph test corpus (%s).\n\n", id)
	for _, t := range targets {
		for _, r := range rels {
			fmt.Fprintf(&b, "The Secretariat %s ", r)
			start := b.Len()
			b.WriteString(t)
			c := cite.Citation{ID: t, Start: start, End: b.Len(), Relation: r}
			if iid, err := cite.ParseID(t); err == nil {
				c.Kind, c.Body, c.Number, c.BodyFrom = iid.Kind(), iid.Body(), iid.Number(), cite.FromExplicit
			} else {
				c.Kind, c.Number = cite.KindDocument, t
			}
			cs = append(cs, c)
			b.WriteString(" in this paragraph.\n\n")
		}
	}
	return Finish(store.Record{
		Document:  cite.Document{ID: id, Symbol: id, Body: "ga", Title: "Pagination note " + id, Lang: "en", Type: "note"},
		Text:      b.String(),
		Citations: cs,
	})
}
