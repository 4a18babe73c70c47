package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
)

// FuzzExtract checks the properties every result must have, whatever the
// input: no panic, spans inside the input, Text == src[Start:End],
// instrument ids that round-trip through cite.ParseID, and a sentence
// that holds its citation.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Recalling its resolutions 5/1 and 5/2,",
		"décisions 2/6, 3/2 et 4/3 de la Conférence",
		"S/RES/1373 (2001) and [CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4](#)",
		"resolutions 47/20 A and B; 3419 A à D (XXX); 1/CP. 17; -/CP.21; BC-14/12",
		"resolución 1990 (2011) del Consejo de Seguridad, de 27 de junio de 2011",
		"В своей резолюции 2055 (2012) Совет Безопасности просил; резолюцию 3379 (ХХХ) Генеральной Ассамблеи",
		"وأدان مجلس الأمن، في قراره 2133 (2014)، والقرارين 57/270 ألف و باء و 3379 (د-30) ٥٥/٢٥",
		"安全理事会2011年6月27日第1990(2011)号决议所设；第2121(2013)、第2127(2013)号和2134 (2014)号決議",
	} {
		f.Add([]byte(s))
	}
	if files, err := filepath.Glob("testdata/corpus/*.txt"); err == nil {
		for _, p := range files[:min(2, len(files))] {
			if b, err := os.ReadFile(p); err == nil && len(b) < 20000 {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		res := extract.Extract(src, extract.Options{})
		if res.Document.ID == "" || res.Document.Lang == "" {
			t.Fatalf("document without id or language: %+v", res.Document)
		}
		for i, c := range res.Citations {
			if c.Start < 0 || c.End > len(src) || c.Start >= c.End {
				t.Fatalf("citation %d: span [%d,%d) outside input of %d bytes", i, c.Start, c.End, len(src))
			}
			if string(src[c.Start:c.End]) != c.Text {
				t.Fatalf("citation %d: src[%d:%d] = %q, Text %q", i, c.Start, c.End, src[c.Start:c.End], c.Text)
			}
			if c.SentenceStart > c.Start || c.SentenceEnd < c.End || c.SentenceEnd > len(src) {
				t.Fatalf("citation %d: sentence [%d,%d) does not hold [%d,%d)", i, c.SentenceStart, c.SentenceEnd, c.Start, c.End)
			}
			if c.Kind.IsInstrument() {
				id, err := cite.ParseID(c.ID)
				if err != nil {
					t.Fatalf("citation %d: %v", i, err)
				}
				if id.String() != c.ID || id.Body() != c.Body || id.Number() != c.Number || id.Kind() != c.Kind {
					t.Fatalf("citation %d: id %q does not match body %q kind %q number %q", i, c.ID, c.Body, c.Kind, c.Number)
				}
				if c.BodyFrom == "" || c.Relation == "" {
					t.Fatalf("citation %d: instrument without bodyFrom or relation: %+v", i, c)
				}
			} else if c.ID == "" || c.ID != c.Number {
				t.Fatalf("citation %d: document reference id %q number %q", i, c.ID, c.Number)
			}
			if i > 0 && res.Citations[i-1].Start > c.Start {
				t.Fatalf("citations out of order at %d", i)
			}
		}
		for _, id := range res.TextOf {
			if _, err := cite.ParseID(id.String()); err != nil {
				t.Fatalf("TextOf %v: %v", id, err)
			}
		}
	})
}
