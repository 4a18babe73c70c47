package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenFiles are the texts of testdata/SOURCES.md with the symbol the
// text does not carry (from the corpus's MANIFEST.tsv).
var goldenFiles = []struct {
	path   string
	symbol string
}{
	{"seed/000_dd060da45a09bc4b.txt", ""},
	{"corpus/S_RES_0687_1991_EN.txt", ""},
	{"corpus/A_RES_80_10.txt", ""},
	{"corpus/GA_decision_73_410_A_and_B.txt", ""},
	{"corpus/CMA2016_1.1_Decisions_1_to_2.txt", ""},
	{"corpus/CMP2018_14_Decisions_1_to_5.txt", ""},
	{"corpus/2015_e_cn_15_2015_4.fr.txt", "E/CN.15/2015/4"},
	{"corpus/2015_e_cn_15_2015_4.es.txt", "E/CN.15/2015/4"},
	{"corpus/2015_s_2015_3.fr.txt", "S/2015/3"},
}

// golden renders a result as JSON Lines: the document, the instruments
// it is the text of, then one citation a line.
func golden(res extract.Result) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(res.Document)
	textOf := []string{}
	for _, id := range res.TextOf {
		textOf = append(textOf, id.String())
	}
	_ = enc.Encode(map[string]any{"textOf": textOf, "warnings": res.Warnings})
	for _, c := range res.Citations {
		_ = enc.Encode(c)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, g := range goldenFiles {
		t.Run(filepath.Base(g.path), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", g.path))
			if err != nil {
				t.Fatal(err)
			}
			got := golden(extract.Extract(src, extract.Options{Symbol: g.symbol}))
			file := filepath.Join("testdata", "golden", filepath.Base(g.path)+".jsonl")
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", file, diff)
			}
		})
	}
}
