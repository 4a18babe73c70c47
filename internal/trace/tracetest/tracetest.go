// Package tracetest builds the graphs that the tests of mandate tracing and
// of the GraphQL API run against: the seed document as the extractor reads
// it, made-up texts of instruments that chain, loop and change each other,
// and a fresh embedded store holding them and the body registry. Records
// are built by hand so these tests do not depend on the extractor.
package tracetest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/embedded"
	"github.com/citegraph/citegraph/seeds"
)

// The seed's French sentences that cite decisions 2/6 and 3/2 and
// resolution 7/1, as the extractor keeps them.
const (
	Sentence26 = "Le Groupe de travail d'experts gouvernementaux sur l'assistance technique a été créé en application de la décision 2/6 de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée."
	Sentence32 = "Par ailleurs, dans sa décision 3/2, la Conférence a décidé qu'un groupe de travail à composition non limitée sur la coopération internationale constituerait un de ses éléments permanents."
	Sentence71 = "Dans sa résolution 7/1 sur le renforcement de l'application de la Convention des Nations Unies contre la criminalité transnationale organisée et des Protocoles s'y rapportant, la Conférence a notamment encouragé le Groupe de travail sur la coopération internationale et le Groupe de travail d'experts gouvernementaux sur l'assistance technique à envisager de se réunir chaque année, s'il y avait lieu, et à faire en sorte que leurs réunions s'enchaînent, afin d'assurer une utilisation efficace des ressources."
)

// SeedRecord is the seed document as the extractor reads it (DESIGN §5 and
// ../shared/seeds/expected.jsonl), built by hand so these tests do not
// depend on the extractor.
func SeedRecord(t testing.TB) store.Record {
	t.Helper()
	b, err := seeds.FS.ReadFile("000_dd060da45a09bc4b.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	doc := cite.Document{
		ID: cite.HashID(b), Body: "untoc-cop", Date: "2018-06-18", Session: "Neuvième session",
		Lang: "fr", OriginalLang: "en", Type: "note", Distribution: "general", AgendaItem: "4",
		Title: "Rapports sur les travaux des réunions du Groupe de travail sur la coopération internationale et du Groupe de travail d'experts gouvernementaux sur l'assistance technique",
	}
	inst := func(id, written string, start int, rel cite.Relation, from cite.BodyFrom, sentence string, para int, subjects ...string) cite.Citation {
		iid := cite.MustID(id)
		return citation(t, text, cite.Citation{
			ID: id, Kind: iid.Kind(), Body: iid.Body(), Number: iid.Number(), Text: written, Start: start,
			End: start + len(written), Lang: "fr", BodyFrom: from, Relation: rel, Subjects: subjects, Paragraph: para,
		}, sentence)
	}
	docRef := func(sym, body string, start, para int) cite.Citation {
		return citation(t, text, cite.Citation{
			ID: sym, Kind: cite.KindDocument, Body: body, Number: sym, Text: sym, Start: start,
			End: start + len(sym), Lang: "fr", Paragraph: para,
		}, "")
	}
	return store.Record{Document: doc, Text: text, Citations: []cite.Citation{
		inst("untoc-cop:dec:2/6", "décision 2/6", 828, cite.Establishes, cite.FromExplicit, Sentence26, 9, "untoc-cop-wg2"),
		inst("untoc-cop:dec:3/2", "décision 3/2", 979, cite.Establishes, cite.FromPossessive, Sentence32, 9, "untoc-cop-wg3"),
		inst("untoc-cop:res:7/1", "résolution 7/1", 1165, cite.Mandates, cite.FromPossessive, Sentence71, 9, "untoc-cop-wg3", "untoc-cop-wg2"),
		docRef("CTOC/COP/WG.2/2017/4", "untoc-cop-wg2", 1975, 9),
		docRef("CTOC/COP/WG.3/2017/4", "untoc-cop-wg3", 1996, 9),
		docRef("CTOC/COP/WG.2/2018/3", "untoc-cop-wg2", 2025, 9),
		docRef("CTOC/COP/WG.3/2018/3", "untoc-cop-wg3", 2046, 9),
		docRef("CTOC/COP/2018/1", "untoc-cop", 2138, 10),
	}}
}

// citation checks c's span against text and fills its sentence: the given
// one, or for an empty one the text from the citation to the line's end.
func citation(t testing.TB, text string, c cite.Citation, sentence string) cite.Citation {
	t.Helper()
	if got := text[c.Start:c.End]; got != c.Text {
		t.Fatalf("fixture: text[%d:%d] = %q, want %q", c.Start, c.End, got, c.Text)
	}
	if sentence == "" {
		end := strings.IndexByte(text[c.Start:], '\n')
		if end < 0 {
			end = len(text) - c.Start
		}
		sentence = text[c.Start : c.Start+end]
	}
	i := strings.Index(text, sentence)
	if i < 0 || i > c.Start || i+len(sentence) < c.End {
		t.Fatalf("fixture: sentence %.40q… does not hold %s at %d", sentence, c.ID, c.Start)
	}
	c.SentenceStart, c.SentenceEnd, c.Snippet = i, i+len(sentence), sentence
	return c
}

// TextRecord is a made-up English document that is the text of
// instrument textOf and cites, in pairs, each instrument id (or document
// symbol) with its cite.Relation: one sentence per citation, so offsets
// and sentences are exact.
func TextRecord(t testing.TB, symbol, textOf string, cites ...any) store.Record {
	t.Helper()
	iid := cite.MustID(textOf)
	var b strings.Builder
	var cs []cite.Citation
	kinds := map[cite.Kind]string{cite.KindResolution: "resolution", cite.KindDecision: "decision", cite.KindPresidentialStatement: "statement"}
	for i := 0; i < len(cites); i += 2 {
		id, rel := cites[i].(string), cites[i+1].(cite.Relation)
		c := cite.Citation{ID: id, Kind: cite.KindDocument, Number: id, Text: "document " + id, Lang: "en", Relation: rel, Paragraph: i/2 + 1}
		if cid, err := cite.ParseID(id); err == nil {
			c.Kind, c.Body, c.Number, c.BodyFrom = cid.Kind(), cid.Body(), cid.Number(), cite.FromExplicit
			c.Text = kinds[cid.Kind()] + " " + cid.Number()
		}
		c.Snippet = fmt.Sprintf("Test passage %d, which %s %s.", i/2+1, rel, c.Text)
		c.SentenceStart = b.Len()
		c.SentenceEnd = c.SentenceStart + len(c.Snippet)
		c.Start = c.SentenceStart + strings.Index(c.Snippet, c.Text)
		c.End = c.Start + len(c.Text)
		b.WriteString(c.Snippet + "\n\n")
		cs = append(cs, c)
	}
	doc := cite.Document{ID: symbol, Symbol: symbol, Body: iid.Body(), Lang: "en", Type: "resolution", Title: "Test text of " + textOf}
	return store.Record{Document: doc, Text: b.String(), Citations: cs, TextOf: []cite.ID{iid}}
}

// Open opens a fresh embedded store holding the registry and recs.
func Open(t testing.TB, recs ...store.Record) store.Store {
	t.Helper()
	st, err := embedded.Open(context.Background(), filepath.Join(t.TempDir(), "citegraph.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	Fill(t, st, recs...)
	return st
}

// Fill writes the registry and recs into st (an empty store of any backend).
func Fill(t testing.TB, st store.Writer, recs ...store.Record) {
	t.Helper()
	ctx := context.Background()
	if err := st.PutBodies(ctx, registry.Default().All()); err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := st.PutDocument(ctx, r); err != nil {
			t.Fatalf("put %s: %v", r.Document.ID, err)
		}
	}
}

// Records are the seed plus made-up texts of instruments:
//   - untoc-cop:res:7/1 acts pursuant to decision 2/6 and recalls 5/1;
//   - untoc-cop:res:9/1 extends resolution 7/1 and ends decision 3/2;
//   - ga:res:1/1 and ga:res:1/2 each act pursuant to the other (a cycle);
//   - ga:res:3/1 acts pursuant to a document only, TEST/DOC/1;
//   - ga:res:2/1 … ga:res:2/11 each act pursuant to the next (a chain of
//     eleven steps, to ga:res:2/12, whose text is not in the graph).
func Records(t testing.TB) []store.Record {
	recs := []store.Record{
		SeedRecord(t),
		TextRecord(t, "TEST/UNTOC/RES/7/1", "untoc-cop:res:7/1", "untoc-cop:dec:2/6", cite.Pursuant, "untoc-cop:res:5/1", cite.Recalls),
		TextRecord(t, "TEST/UNTOC/RES/9/1", "untoc-cop:res:9/1", "untoc-cop:res:7/1", cite.Extends, "untoc-cop:dec:3/2", cite.Ends),
		TextRecord(t, "TEST/GA/RES/1/1", "ga:res:1/1", "ga:res:1/2", cite.Pursuant),
		TextRecord(t, "TEST/GA/RES/1/2", "ga:res:1/2", "ga:res:1/1", cite.Pursuant),
		TextRecord(t, "TEST/GA/RES/3/1", "ga:res:3/1", "TEST/DOC/1", cite.Pursuant),
	}
	for k := 1; k <= 11; k++ {
		recs = append(recs, TextRecord(t, fmt.Sprintf("TEST/GA/RES/2/%d", k), fmt.Sprintf("ga:res:2/%d", k), fmt.Sprintf("ga:res:2/%d", k+1), cite.Pursuant))
	}
	return recs
}
