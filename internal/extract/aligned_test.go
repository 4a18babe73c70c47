package extract_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/extract"
)

// alignedLangs are the languages of testdata/aligned, English first: it
// is the one the others are compared with.
var alignedLangs = []string{"en", "fr", "es", "ru", "ar", "zh"}

// alignedIDExceptions are the rows of testdata/aligned whose translations
// do not cite the same instruments, each with why.
var alignedIDExceptions = map[int]string{
	29: "ar writes 2122 (2014) where the others write 2122 (2013): a translation error",
	77: "es says 'la resolución' without its number",
	78: "fr says 'la résolution' without its number",
}

// alignedRelExceptions are the rows whose English, French and Spanish
// translations cite the same instruments but say what they do in words
// the extractor reads differently, each with why. Relations in all six
// languages are counted, not pinned row by row (see minSixRelations).
var alignedRelExceptions = map[int]string{
	10: "fr cites 'ladite résolution' without its number",
	39: "es cites the resolution a second time",
	47: "en/es 'expanded the mandate'; fr 'a confié … des tâches' (mandates)",
	24: "en 'in which the Commission welcomed … and decided' reads the decision (mandates); fr and es say it after a parenthesis or past the clause window",
	61: "fr cites 'ladite résolution' without its number",
	77: "es says 'la resolución' without its number",
	78: "fr and es say 'la résolution' without its number",
	79: "fr 'prorogé … en application de' reads pursuant, en 'extended'",
}

// alignedRows extracts every row of testdata/aligned in every language
// and returns, per row, each language's instrument ids and id+relation
// signatures, sorted and without duplicates.
func alignedRows(t *testing.T) (ids, rels []map[string][]string, symbols []string) {
	t.Helper()
	read := func(name string) []string {
		b, err := os.ReadFile("testdata/aligned/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	}
	tsv := read("unpc_citation_lines.tsv")[1:]
	lines := map[string][]string{}
	for _, lg := range alignedLangs {
		lines[lg] = read("unpc_citation_lines." + lg + ".txt")
		if len(lines[lg]) != len(tsv) {
			t.Fatalf("%s: %d lines, want %d", lg, len(lines[lg]), len(tsv))
		}
	}
	for i, row := range tsv {
		symbol := strings.Split(row, "\t")[4]
		symbols = append(symbols, symbol)
		id, rel := map[string][]string{}, map[string][]string{}
		for _, lg := range alignedLangs {
			// No --lang: the language is detected.
			res := extract.Extract([]byte(lines[lg][i]), extract.Options{Symbol: symbol})
			for _, c := range res.Citations {
				if c.Kind.IsInstrument() {
					id[lg] = append(id[lg], c.ID)
					rel[lg] = append(rel[lg], c.ID+" "+string(c.Relation))
				}
				if c.Lang != lg {
					t.Errorf("row %d %s: language detected as %q", i+1, lg, c.Lang)
				}
			}
			slices.Sort(id[lg])
			id[lg] = slices.Compact(id[lg])
			slices.Sort(rel[lg])
			rel[lg] = slices.Compact(rel[lg])
		}
		ids = append(ids, id)
		rels = append(rels, rel)
	}
	return ids, rels, symbols
}

func agreeAll(m map[string][]string) bool {
	for _, lg := range alignedLangs[1:] {
		if !cmp.Equal(m["en"], m[lg]) {
			return false
		}
	}
	return true
}

func describe(m map[string][]string) string {
	var b strings.Builder
	for _, lg := range alignedLangs {
		fmt.Fprintf(&b, "\n %s %q", lg, m[lg])
	}
	return b.String()
}

// TestAlignedLanguagesAgree extracts the same UNPC sentences in the six
// languages (testdata/aligned, row i is one sentence) and checks that
// each row gives the same instrument ids in all six, and the same
// relations too, except for the rows listed with why. At least 95% of
// the rows must agree on ids.
func TestAlignedLanguagesAgree(t *testing.T) {
	ids, rels, symbols := alignedRows(t)
	idAgree, relAgree := 0, 0
	for i := range ids {
		n := i + 1
		sameID := agreeAll(ids[i])
		if _, ex := alignedIDExceptions[n]; ex == sameID {
			if sameID {
				t.Errorf("row %d (%s) now agrees on ids: remove it from alignedIDExceptions", n, symbols[i])
			} else {
				t.Errorf("row %d (%s): ids disagree:%s", n, symbols[i], describe(ids[i]))
			}
		}
		if sameID {
			idAgree++
		}
		if !sameID {
			continue
		}
		if agreeAll(rels[i]) {
			relAgree++
		}
		sameRel := agreeLatin(rels[i])
		_, ex := alignedRelExceptions[n]
		switch {
		case sameRel && ex:
			t.Errorf("row %d (%s) now agrees on relations: remove it from alignedRelExceptions", n, symbols[i])
		case !sameRel && !ex:
			t.Errorf("row %d (%s): relations disagree in en/fr/es:%s", n, symbols[i], describe(rels[i]))
		}
		if !agreeAll(rels[i]) && testing.Verbose() {
			t.Logf("row %d (%s): relations differ:%s", n, symbols[i], describe(rels[i]))
		}
	}
	t.Logf("%d of %d rows agree on ids in six languages, %d on ids and relations", idAgree, len(ids), relAgree)
	if idAgree*100 < 95*len(ids) {
		t.Errorf("%d of %d rows agree on ids, want at least 95%%", idAgree, len(ids))
	}
	if relAgree < minSixRelations {
		t.Errorf("%d rows agree on ids and relations in six languages, want at least %d", relAgree, minSixRelations)
	}
}

// minSixRelations is the floor of rows whose six languages agree on ids
// and relations: raise it as the relation words of the languages grow.
const minSixRelations = 66

func agreeLatin(m map[string][]string) bool {
	return cmp.Equal(m["en"], m["fr"]) && cmp.Equal(m["en"], m["es"])
}
