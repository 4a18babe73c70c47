package extract_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
	"github.com/citegraph/citegraph/internal/registry"
)

func TestMoreFamilies(t *testing.T) {
	runCases(t, []extractCase{
		{name: "GA special session", symbol: "A/70/1", text: "Recalling its resolution S-26/2,",
			want: []c{{"ga:res:S-26/2", "resolution S-26/2", pos, cite.Recalls, nil}}},
		{name: "GA emergency special session", symbol: "A/ES-10/L.22", text: "Recalling its resolutions ES-10/2 and ES-10/3,",
			want: []c{
				{"ga:res:ES-10/2", "resolutions ES-10/2", pos, cite.Recalls, nil},
				{"ga:res:ES-10/3", "ES-10/3", pos, cite.Recalls, nil}}},
		{name: "GA emergency special session symbol", symbol: "A/70/1", text: "See A/RES/ES-10/2.",
			want: []c{{"ga:res:ES-10/2", "A/RES/ES-10/2", ex, cite.Cites, nil}}},
		{name: "HRC special session", symbol: "A/HRC/S-1/3", text: "Recalling Human Rights Council resolution S-1/1,",
			want: []c{{"hrc:res:S-1/1", "resolution S-1/1", ex, cite.Recalls, nil}}},
		{name: "ECOSOC Roman era", symbol: "E/2015/9", text: "in accordance with Council resolution 1147 (XLI)",
			want: []c{{"ecosoc:res:1147(XLI)", "resolution 1147 (XLI)", ex, cite.Pursuant, nil}}},
		{name: "CITES resolution with revision", text: "in accordance with Resolution Conf. 11.3 (Rev. CoP18)",
			want: []c{{"cites-cop:res:Conf.11.3(Rev.CoP18)", "Resolution Conf. 11.3 (Rev. CoP18)", fam, cite.Pursuant, nil}}},
		{name: "CITES decision", text: "Decision 18.23 directs the Secretariat",
			want: []c{{"cites-cop:dec:18.23", "Decision 18.23", fam, cite.Cites, nil}}},
		{name: "Ramsar", text: "Recalling Resolution XIII.7 on wetlands,",
			want: []c{{"ramsar-cop:res:XIII.7", "Resolution XIII.7", fam, cite.Recalls, nil}}},
		{name: "WHO Assembly, bare and with kind word", text: "Recalling resolution WHA73.1 and WHA72.2,",
			want: []c{
				{"who-wha:res:WHA73.1", "resolution WHA73.1", fam, cite.Recalls, nil},
				{"who-wha:res:WHA72.2", "WHA72.2", fam, cite.Recalls, nil}}},
		{name: "WHO Executive Board resolution and decision", text: "See EB146.R1 and decision EB146(1).",
			want: []c{
				{"who-eb:res:EB146.R1", "EB146.R1", fam, cite.Cites, nil},
				{"who-eb:dec:EB146(1)", "decision EB146(1)", fam, cite.Cites, nil}}},
		{name: "IMO Assembly and committees", text: "Recalling resolutions A.744(18) and MSC.428(98),",
			want: []c{
				{"imo-a:res:A.744(18)", "resolutions A.744(18)", fam, cite.Recalls, nil},
				{"imo-msc:res:MSC.428(98)", "MSC.428(98)", fam, cite.Recalls, nil}}},
		{name: "UNESCO", text: "pursuant to resolution 40 C/37 and decision 210 EX/5",
			want: []c{
				{"unesco-gc:res:40C/37", "resolution 40 C/37", fam, cite.Pursuant, nil},
				{"unesco-eb:dec:210EX/5", "decision 210 EX/5", fam, cite.Pursuant, nil}}},
		{name: "Montreal Protocol", symbol: "UNEP/OzL.Pro.28/12", text: "Recalling decision XXVIII/1 of the Meeting of the Parties to the Montreal Protocol,",
			want: []c{{"mp-mop:dec:XXVIII/1", "decision XXVIII/1", ex, cite.Recalls, nil}}},
		{name: "CBD Roman session", symbol: "CBD/COP/14/1", text: "Recalling decision X/2,",
			want: []c{{"cbd-cop:dec:10/2", "decision X/2", doc, cite.Recalls, nil}}},
		{name: "OAS, never a UN instrument", text: "Recalling AG/RES. 1733 (XXX-O/00),",
			want: []c{{"oas-ga:res:1733(XXX-O/00)", "AG/RES. 1733 (XXX-O/00)", fam, cite.Recalls, nil}}},
		{name: "IAEA, never a UN instrument", text: "Recalling GC(69)/RES/7,",
			want: []c{{"iaea-gc:res:GC(69)/RES/7", "GC(69)/RES/7", fam, cite.Recalls, nil}}},
	})
}

// TestExternalBodies checks that the instruments of organizations outside
// the UN system are the registry's external bodies', never a UN body's.
func TestExternalBodies(t *testing.T) {
	res := extract.Extract([]byte("Recalling AG/RES.1733 (XXX-O/00) and GC(69)/RES/7,"), extract.Options{Lang: "en", Symbol: "A/70/1"})
	if len(res.Citations) != 2 {
		t.Fatalf("got %d citations, want 2", len(res.Citations))
	}
	for _, c := range res.Citations {
		if !registry.Default().External(c.Body) {
			t.Errorf("%s: body %q is not external", c.ID, c.Body)
		}
	}
}

func TestSymbolGrammar(t *testing.T) {
	runCases(t, []extractCase{
		{name: "series, addendum, revision, corrigendum", text: "See A/C.3/80/L.11/Rev.1, E/CN.15/2015/4/Add.1 and S/2015/2/Corr.1.",
			want: []c{
				{"A/C.3/80/L.11/Rev.1", "A/C.3/80/L.11/Rev.1", "", "", nil},
				{"E/CN.15/2015/4/Add.1", "E/CN.15/2015/4/Add.1", "", "", nil},
				{"S/2015/2/Corr.1", "S/2015/2/Corr.1", "", "", nil}}},
		{name: "records and conference room papers", text: "(A/80/PV.51; UNEP/EA.5/CRP.1)",
			want: []c{
				{"A/80/PV.51", "A/80/PV.51", "", "", nil},
				{"UNEP/EA.5/CRP.1", "UNEP/EA.5/CRP.1", "", "", nil}}},
		{name: "a UNFCCC constituted body's series", text: "Katowice Committee on Impacts document KCI/2021/4/8.",
			want: []c{{"KCI/2021/4/8", "KCI/2021/4/8", "", "", nil}}},
	})
}

// TestReplacingEnds: a text that replaces bodies established by earlier
// instruments ends the mandate those instruments gave.
func TestReplacingEnds(t *testing.T) {
	runCases(t, []extractCase{
		{name: "en", symbol: "A/RES/79/237",
			text: "Decides to convene a new open-ended working group on security of and in the use of information and communications technologies, which would replace the two open-ended working groups established by resolutions 78/20 and 78/238;",
			want: []c{
				{"ga:res:78/20", "resolutions 78/20", doc, cite.Ends, nil},
				{"ga:res:78/238", "78/238", doc, cite.Ends, nil}}},
		{name: "fr", lang: "fr", symbol: "A/RES/79/237",
			text: "Décide de convoquer un nouveau groupe de travail à composition non limitée, qui remplacera les deux groupes de travail créés par les résolutions 78/20 et 78/238 ;",
			want: []c{
				{"ga:res:78/20", "résolutions 78/20", doc, cite.Ends, nil},
				{"ga:res:78/238", "78/238", doc, cite.Ends, nil}}},
		{name: "es", lang: "es", symbol: "A/RES/79/237",
			text: "Decide convocar un nuevo grupo de trabajo de composición abierta, que sustituirá a los dos grupos de trabajo establecidos en virtud de las resoluciones 78/20 y 78/238;",
			want: []c{
				{"ga:res:78/20", "resoluciones 78/20", doc, cite.Ends, nil},
				{"ga:res:78/238", "78/238", doc, cite.Ends, nil}}},
		{name: "established, no replacing", symbol: "A/RES/79/237",
			text: "Welcomes the work of the two open-ended working groups established by resolutions 78/20 and 78/238;",
			want: []c{
				{"ga:res:78/20", "resolutions 78/20", doc, cite.Establishes, nil},
				{"ga:res:78/238", "78/238", doc, cite.Establishes, nil}}},
	})
}

func TestNoiseInsideCitations(t *testing.T) {
	runCases(t, []extractCase{
		{name: "footnote mark glued to the number", symbol: "A/RES/80/17", text: "the report on the implementation of resolution 79/16,2 and",
			want: []c{{"ga:res:79/16", "resolution 79/16", doc, cite.Cites, nil}}},
		{name: "comma lost across a line break", symbol: "S/RES/587 (1986)", text: "Recalling its resolutions 444 (1979), 450 (1979)\n489 (1979), 474 (1980) and 488 (1981),",
			want: []c{
				{"sc:res:444(1979)", "resolutions 444 (1979)", fam, cite.Recalls, nil},
				{"sc:res:450(1979)", "450 (1979)", fam, cite.Recalls, nil},
				{"sc:res:489(1979)", "489 (1979)", fam, cite.Recalls, nil},
				{"sc:res:474(1980)", "474 (1980)", fam, cite.Recalls, nil},
				{"sc:res:488(1981)", "488 (1981)", fam, cite.Recalls, nil}}},
		{name: "date without its year", symbol: "S/RES/218 (1965)", text: "Recalling its resolutions 180 (1963) of 31 July and\n183 (1963) of 11 December 1963,",
			want: []c{
				{"sc:res:180(1963)", "resolutions 180 (1963)", fam, cite.Recalls, nil},
				{"sc:res:183(1963)", "183 (1963)", fam, cite.Recalls, nil}}},
		{name: "double part letters", symbol: "A/RES/80/30", text: "Recalling its resolutions 53/77 AA of 4 December 1998, 54/54 U of 1 December 1999",
			want: []c{
				{"ga:res:53/77AA", "resolutions 53/77 AA", pos, cite.Recalls, nil},
				{"ga:res:54/54U", "54/54 U", pos, cite.Recalls, nil}}},
		{name: "OCR dollar for S", symbol: "S/RES/629 (1989)", text: "the report of the Secretary-General ($/20325) of",
			want: []c{{"S/20325", "$/20325", "", "", nil}}},
		{name: "two-segment series symbol", symbol: "A/RES/80/20", text: "(CD/1839, CD/1985)",
			want: []c{{"CD/1839", "CD/1839", "", "", nil}, {"CD/1985", "CD/1985", "", "", nil}}},
		{name: "NBSP inside a citation", symbol: "A/70/1", text: "resolution\u00a055/25",
			want: []c{{"ga:res:55/25", "resolution\u00a055/25", doc, cite.Cites, nil}}},
	})
}

func TestAmendedByInherits(t *testing.T) {
	runCases(t, []extractCase{
		{name: "en", symbol: "A/76/416",
			text: "the General Assembly, in accordance with section II, paragraphs 1 to 3, of its resolution 2205 (XXI) of 17 December 1966, as amended by paragraph 8 of its resolution 3108 (XXVIII) of 12 December 1973, elected",
			want: []c{
				{"ga:res:2205(XXI)", "resolution 2205 (XXI)", pos, cite.Pursuant, nil},
				{"ga:res:3108(XXVIII)", "resolution 3108 (XXVIII)", pos, cite.Pursuant, nil}}},
		{name: "amended by, alone, amends", symbol: "A/76/416", text: "The rules were amended by resolution 3108 (XXVIII).",
			want: []c{{"ga:res:3108(XXVIII)", "resolution 3108 (XXVIII)", doc, cite.Amends, nil}}},
	})
}

// TestConcurrentExtract runs Extract on several texts at once (the token
// arrays are pooled between calls) and checks each result against a run
// alone.
func TestConcurrentExtract(t *testing.T) {
	texts := []string{
		"Recalling its resolutions 5/1 and 5/2, the Council",
		"安全理事会2011年6月27日第1990(2011)号决议所设",
		"وأدان مجلس الأمن، في قراره 2133 (2014)، الحوادث",
		"В своей резолюции 2055 (2012) Совет Безопасности просил",
		strings.Repeat("resolution 55/25 of the General Assembly, ", 200),
	}
	want := make([]string, len(texts))
	for i, tx := range texts {
		want[i] = fmt.Sprint(extract.Extract([]byte(tx), extract.Options{}).Citations)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for range 8 {
		for i, tx := range texts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := fmt.Sprint(extract.Extract([]byte(tx), extract.Options{}).Citations); got != want[i] {
					errs <- fmt.Sprintf("text %d: concurrent run differs from a run alone", i)
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
