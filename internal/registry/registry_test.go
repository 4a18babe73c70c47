package registry_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// designBodies are the bodies of DESIGN §1's table and §3's example.
var designBodies = []string{"ga", "sc", "ecosoc", "hrc", "untoc-cop", "untoc-cop-wg2", "untoc-cop-wg3",
	"uncac-cosp", "cnd", "ccpcj", "unfccc-cop", "unfccc-cma", "unfccc-cmp", "cbd-cop", "mp-mop",
	"basel-cop", "rotterdam-cop", "stockholm-cop", "unea", "uncc-gc"}

func TestDefaultHasDesignBodies(t *testing.T) {
	reg := registry.Default()
	for _, key := range designBodies {
		b, ok := reg.Body(key)
		if !ok {
			t.Errorf("Body(%q): missing", key)
			continue
		}
		for _, lang := range cite.Languages {
			if b.Names[lang] == "" {
				t.Errorf("Body(%q): no %s name", key, lang)
			}
		}
	}
}

func TestDefaultIsConsistent(t *testing.T) {
	reg := registry.Default()
	for _, b := range reg.All() {
		for _, p := range b.Prefixes {
			got, ok := reg.BySymbol(p + "1")
			if !ok || got.Key != b.Key {
				t.Errorf("BySymbol(%q) = %q, want %q", p+"1", got.Key, b.Key)
			}
		}
		if b.Parent == b.Key {
			t.Errorf("%s is its own parent", b.Key)
		}
	}
}

func TestBySymbol(t *testing.T) {
	tests := []struct {
		name, symbol, want string
	}{
		{"GA", "A/RES/55/25", "ga"},
		{"HRC before GA", "A/HRC/RES/5/1", "hrc"},
		{"working group before conference", "CTOC/COP/WG.2/2017/4", "untoc-cop-wg2"},
		{"conference", "CTOC/COP/2018/1", "untoc-cop"},
		{"CND before ECOSOC", "E/CN.7/2015/14", "cnd"},
		{"CCPCJ", "E/CN.15/2015/4", "ccpcj"},
		{"CMA", "FCCC/PA/CMA/2021/10", "unfccc-cma"},
		{"UNEA", "UNEP/EA.5/Res.14", "unea"},
		{"UNCC before SC", "S/AC.26/Dec.267 (2009)", "uncc-gc"},
		{"unknown", "XYZ/1", ""},
	}
	reg := registry.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := reg.BySymbol(tt.symbol)
			if got.Key != tt.want {
				t.Errorf("BySymbol(%q) = %q, want %q", tt.symbol, got.Key, tt.want)
			}
		})
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"bad key", `{"bodies":[{"key":"GA","names":{"en":"x"}}]}`, "invalid key"},
		{"duplicate", `{"bodies":[{"key":"a","names":{"en":"x"}},{"key":"a","names":{"en":"y"}}]}`, "twice"},
		{"no English", `{"bodies":[{"key":"a","names":{"fr":"x"}}]}`, "English"},
		{"unknown parent", `{"bodies":[{"key":"a","names":{"en":"x"},"parent":"b"}]}`, "parent"},
		{"shared prefix", `{"bodies":[{"key":"a","names":{"en":"x"},"prefixes":["A/"]},{"key":"b","names":{"en":"y"},"prefixes":["A/"]}]}`, "claimed"},
		{"unknown field", `{"bodies":[{"key":"a","names":{"en":"x"},"colour":"red"}]}`, "unknown field"},
		{"numbers of unknown body", `{"bodies":[{"key":"a","names":{"en":"x"}}],"numbers":{"b":[{"shape":"session/n","min":1,"max":9}]}}`, "not listed"},
		{"unknown shape", `{"bodies":[{"key":"a","names":{"en":"x"}}],"numbers":{"a":[{"shape":"n-n","min":1,"max":9}]}}`, "unknown shape"},
		{"bad range", `{"bodies":[{"key":"a","names":{"en":"x"}}],"numbers":{"a":[{"shape":"session/n","min":9,"max":1}]}}`, "bad range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := registry.Load(strings.NewReader(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: err = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestNumberFits(t *testing.T) {
	reg := registry.Default()
	tests := []struct {
		name, body, number string
		want               bool
	}{
		{"GA session", "ga", "55/25", true},
		{"GA parts", "ga", "57/270B", true},
		{"GA year is no session", "ga", "2000/22", false},
		{"GA Roman session", "ga", "3379(XXX)", true},
		{"GA Roman parts", "ga", "217A(III)", true},
		{"GA Roman special session", "ga", "1874(S-IV)", true},
		{"GA Roman emergency special session", "ga", "1001(ES-I)", true},
		{"GA Roman special session out of range", "ga", "1874(S-XL)", false},
		{"GA Roman session after 1975", "ga", "3379(XXXV)", false},
		{"GA special session", "ga", "S-26/2", true},
		{"GA emergency special session", "ga", "ES-10/2", true},
		{"GA year in parentheses", "ga", "1373(2001)", false},
		{"SC year", "sc", "1373(2001)", true},
		{"SC session", "sc", "1/2", false},
		{"SC Roman", "sc", "253(III)", false},
		{"ECOSOC year", "ecosoc", "2004/27", true},
		{"ECOSOC session", "ecosoc", "79/325", false},
		{"ECOSOC Roman", "ecosoc", "1576(L)", true},
		{"HRC session", "hrc", "5/1", true},
		{"HRC special session", "hrc", "S-1/1", true},
		{"HRC year", "hrc", "2006/1", false},
		{"UNCC Governing Council number (year)", "uncc-gc", "267(2009)", true},
		{"UNCC Governing Council session", "uncc-gc", "27/2", false},
		{"UNEP Governing Council session", "unep-gc", "27/2", true},
		{"UNEP Governing Council year", "unep-gc", "267(2009)", false},
		{"CSW session", "csw", "69/1", true},
		{"Sub-Commission year", "subcommission-pphr", "2000/22", true},
		{"Sub-Commission after its end", "subcommission-pphr", "2010/1", false},
		{"unchecked body", "untoc-cop", "2000/22", true},
		{"unknown body", "nobody", "1/1", true},
		{"garbage", "ga", "55/", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reg.NumberFits(tt.body, tt.number); got != tt.want {
				t.Errorf("NumberFits(%q, %q) = %v, want %v", tt.body, tt.number, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Conférence", "conference"},
		{"CONFÉRENCE", "conference"},
		{"d’experts", "d'experts"},
		{"Resolución", "resolucion"},
		{"Œuvre", "oeuvre"},
		{"plain", "plain"},
		{"Генеральная", "генеральная"},
	}
	for _, tt := range tests {
		if got := registry.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if diff := cmp.Diff([]string{"groupe", "de", "travail", "d", "experts"}, registry.FoldWords("Groupe de travail d’experts")); diff != "" {
		t.Errorf("FoldWords (-want +got):\n%s", diff)
	}
}

func TestByName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Security Council", "sc"},
		{"CONSEIL DE SÉCURITÉ", "sc"},
		{"Conseil des droits de l’homme", "hrc"},
		{"Consejo Económico y Social", "ecosoc"},
		{"Генеральная Ассамблея", "ga"},
		{"ECOSOC", "ecosoc"},
		{"groupe de travail à composition non limitée sur la coopération internationale", "untoc-cop-wg3"},
		{"Convention-cadre", ""},
		{"ecosoc", ""}, // acronyms are compared exactly
	}
	reg := registry.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := reg.ByName(tt.name)
			if got.Key != tt.want || ok != (tt.want != "") {
				t.Errorf("ByName(%q) = %q, %v; want %q", tt.name, got.Key, ok, tt.want)
			}
		})
	}
}

func TestFoldWord(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"latin", "Conférence", "conference"},
		{"russian nominative", "Резолюция", "резолюц"},
		{"russian instrumental", "резолюцией", "резолюц"},
		{"russian genitive plural", "резолюций", "резолюц"},
		{"russian short word kept", "его", "его"},
		{"latin look-alike in cyrillic", "cсылаясь", "ссылаяс"},
		{"arabic article", "القرار", "قرار"},
		{"arabic proclitics", "وبالقرار", "قرار"},
		{"arabic two proclitics fold like one", "ووفقاً", "فقا"},
		{"arabic short word kept", "باء", "باء"},
		{"arabic hamza forms", "أنشئت", "انشئت"},
		{"chinese traditional", "決議", "决议"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := registry.FoldWord(tc.in); got != tc.want {
				t.Errorf("FoldWord(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFoldWordsSplitsChinese(t *testing.T) {
	got := registry.FoldWords("安全理事會 Security Council")
	want := []string{"安", "全", "理", "事", "会", "security", "council"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FoldWords (-want +got):\n%s", diff)
	}
}

func TestIssues(t *testing.T) {
	reg := registry.Default()
	tests := []struct {
		name, body string
		kind       cite.Kind
		want       bool
	}{
		{"SC resolutions", "sc", cite.KindResolution, true},
		{"SC statements", "sc", cite.KindPresidentialStatement, true},
		{"SC issues no decisions", "sc", cite.KindDecision, false},
		{"UNCC Governing Council decisions", "uncc-gc", cite.KindDecision, true},
		{"UNCC Governing Council issues no resolutions", "uncc-gc", cite.KindResolution, false},
		{"UNFCCC families name no kind", "unfccc-cop", cite.KindDecision, true},
		{"unknown body", "nobody", cite.KindResolution, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reg.Issues(tt.body, tt.kind); got != tt.want {
				t.Errorf("Issues(%q, %q) = %v, want %v", tt.body, tt.kind, got, tt.want)
			}
		})
	}
}

func TestReportBody(t *testing.T) {
	reg := registry.Default()
	tests := []struct {
		name, symbol, want string
		ok                 bool
	}{
		{"CSW report", "E/2025/27", "csw", true},
		{"CND report addendum", "E/2024/28/Add.1", "cnd", true},
		{"CCPCJ report", "E/2023/30", "ccpcj", true},
		{"another ECOSOC document", "E/2025/12", "", false},
		{"not a year", "E/CN.6/27", "", false},
		{"too short", "E/2025", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := reg.ReportBody(tt.symbol)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ReportBody(%q) = %q, %v, want %q, %v", tt.symbol, got, ok, tt.want, tt.ok)
			}
		})
	}
}
