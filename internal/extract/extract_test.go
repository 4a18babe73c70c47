package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
)

// c is the part of a citation the table tests look at.
type c struct {
	ID       string
	Text     string
	From     cite.BodyFrom
	Rel      cite.Relation
	Subjects []string
}

func project(cs []cite.Citation) []c {
	out := []c{}
	for _, x := range cs {
		out = append(out, c{ID: x.ID, Text: x.Text, From: x.BodyFrom, Rel: x.Relation, Subjects: x.Subjects})
	}
	return out
}

type extractCase struct {
	name   string
	symbol string
	lang   string
	text   string
	want   []c
}

func runCases(t *testing.T, tests []extractCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := tt.lang
			if lang == "" {
				lang = "en"
			}
			res := extract.Extract([]byte(tt.text), extract.Options{Symbol: tt.symbol, Lang: lang})
			want := tt.want
			if want == nil {
				want = []c{}
			}
			if diff := cmp.Diff(want, project(res.Citations)); diff != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.text, diff)
			}
			for _, x := range res.Citations {
				if tt.text[x.Start:x.End] != x.Text {
					t.Errorf("span [%d,%d) = %q, Text %q", x.Start, x.End, tt.text[x.Start:x.End], x.Text)
				}
			}
		})
	}
}

const (
	ex  = cite.FromExplicit
	fam = cite.FromFamily
	pos = cite.FromPossessive
	doc = cite.FromDocument
	unr = cite.FromUnresolved
)

func TestGeneralAssembly(t *testing.T) {
	runCases(t, []extractCase{
		{name: "modern explicit before", text: "Recalling General Assembly resolution 55/25 of 15 November 2000,",
			want: []c{{"ga:res:55/25", "resolution 55/25", ex, cite.Recalls, nil}}},
		{name: "modern explicit after, French", lang: "fr", text: "Rappelant la résolution 55/25 de l'Assemblée générale,",
			want: []c{{"ga:res:55/25", "résolution 55/25", ex, cite.Recalls, nil}}},
		{name: "modern explicit after, Spanish", lang: "es", text: "Recordando la resolución 55/25 de la Asamblea General,",
			want: []c{{"ga:res:55/25", "resolución 55/25", ex, cite.Recalls, nil}}},
		{name: "Roman era", symbol: "A/RES/30/3379", text: "Recalling its resolution 3379 (XXX) of 10 November 1975,",
			want: []c{{"ga:res:3379(XXX)", "resolution 3379 (XXX)", pos, cite.Recalls, nil}}},
		{name: "Roman era with part", symbol: "A/70/1", text: "See resolution 3211 B (XXIX).",
			want: []c{{"ga:res:3211B(XXIX)", "resolution 3211 B (XXIX)", doc, cite.Cites, nil}}},
		{name: "part letter", text: "Reaffirming General Assembly resolution 57/270 B of 23 June 2003,",
			want: []c{{"ga:res:57/270B", "resolution 57/270 B", ex, cite.Reaffirms, nil}}},
		{name: "parts A and B", symbol: "A/48/1", text: "Recalling resolutions 47/20 A and B,",
			want: []c{{"ga:res:47/20A", "resolutions 47/20 A and B", doc, cite.Recalls, nil}, {"ga:res:47/20B", "resolutions 47/20 A and B", doc, cite.Recalls, nil}}},
		{name: "range of parts, French", lang: "fr", symbol: "A/31/1", text: "Rappelant ses résolutions 3419 A à C (XXX),",
			want: []c{{"ga:res:3419A(XXX)", "résolutions 3419 A à C (XXX)", pos, cite.Recalls, nil}, {"ga:res:3419B(XXX)", "résolutions 3419 A à C (XXX)", pos, cite.Recalls, nil}, {"ga:res:3419C(XXX)", "résolutions 3419 A à C (XXX)", pos, cite.Recalls, nil}}},
		{name: "decision", text: "in accordance with General Assembly decision 55/443,",
			want: []c{{"ga:dec:55/443", "decision 55/443", ex, cite.Pursuant, nil}}},
		{name: "symbol", text: "Recalling A/RES/55/25,",
			want: []c{{"ga:res:55/25", "A/RES/55/25", ex, cite.Recalls, nil}}},
		{name: "symbol with part", text: "as set out in A/RES/57/270 B.",
			want: []c{{"ga:res:57/270B", "A/RES/57/270 B", ex, cite.Pursuant, nil}}},
		{name: "short name resolved to a body named before", text: "At its 51st meeting, the General Assembly, on the basis of nominations by the Economic and Social Council and in accordance with Council resolution 2008 (LX) and Assembly decision 42/450, elected Angola.",
			want: []c{{"ecosoc:res:2008(LX)", "resolution 2008 (LX)", ex, cite.Pursuant, nil}, {"ga:dec:42/450", "decision 42/450", ex, cite.Pursuant, nil}}},
		{name: "list with dates", symbol: "A/RES/80/10", text: "Reaffirming also its resolutions 53/199 of 15 December 1998 and 61/185 of 20 December 2006 on the proclamation of international years,",
			want: []c{{"ga:res:53/199", "resolutions 53/199", pos, cite.Reaffirms, nil}, {"ga:res:61/185", "61/185", pos, cite.Reaffirms, nil}}},
	})
}

func TestSecurityCouncil(t *testing.T) {
	runCases(t, []extractCase{
		{name: "family form", text: "Recalling resolution 1373 (2001),",
			want: []c{{"sc:res:1373(2001)", "resolution 1373 (2001)", fam, cite.Recalls, nil}}},
		{name: "symbol", text: "pursuant to S/RES/1373 (2001).",
			want: []c{{"sc:res:1373(2001)", "S/RES/1373 (2001)", ex, cite.Pursuant, nil}}},
		{name: "presidential statement", text: "Recalling S/PRST/2014/28,",
			want: []c{{"sc:prst:2014/28", "S/PRST/2014/28", ex, cite.Recalls, nil}}},
		{name: "list across lines", symbol: "S/RES/687 (1991)", text: "Recalling its resolutions 660 (1990) of 2 August 1990, 661\n(1990) of 6 August 1990 and 686 (1991) of\n2 March 1991,",
			want: []c{{"sc:res:660(1990)", "resolutions 660 (1990)", fam, cite.Recalls, nil}, {"sc:res:661(1990)", "661\n(1990)", fam, cite.Recalls, nil}, {"sc:res:686(1991)", "686 (1991)", fam, cite.Recalls, nil}}},
		{name: "established by, French", lang: "fr", text: "le Comité du Conseil de sécurité créé par la résolution 2127 (2013) concernant la République centrafricaine",
			want: []c{{"sc:res:2127(2013)", "résolution 2127 (2013)", fam, cite.Establishes, nil}}},
		{name: "established then extended, French", lang: "fr", text: "la Force que le Conseil de sécurité a créée par sa résolution 1990 (2011) en date du 27 juin 2011 et dont il a le plus récemment prorogé le mandat par sa résolution 2179 (2014) du 14 octobre 2014.",
			want: []c{{"sc:res:1990(2011)", "résolution 1990 (2011)", fam, cite.Establishes, nil}, {"sc:res:2179(2014)", "résolution 2179 (2014)", fam, cite.Extends, nil}}},
		{name: "established and extended, Spanish", lang: "es", text: "el Equipo establecido en virtud de la resolución 1526 (2004), cuyo mandato se prorrogó por la resolución 2161 (2014);",
			want: []c{{"sc:res:1526(2004)", "resolución 1526 (2004)", fam, cite.Establishes, nil}, {"sc:res:2161(2014)", "resolución 2161 (2014)", fam, cite.Extends, nil}}},
		{name: "in its resolution the Council requested", text: "The Security Council, in its resolution 2167 (2014), requested the Secretary-General to report.",
			want: []c{{"sc:res:2167(2014)", "resolution 2167 (2014)", fam, cite.Mandates, nil}}},
		{name: "explicit after, Spanish", lang: "es", text: "fue establecida en la resolución 1990 (2011) del Consejo de Seguridad, de 27 de junio de 2011,",
			want: []c{{"sc:res:1990(2011)", "resolución 1990 (2011)", ex, cite.Establishes, nil}}},
	})
}

func TestOtherFamilies(t *testing.T) {
	runCases(t, []extractCase{
		{name: "ECOSOC explicit", text: "Recalling Economic and Social Council resolution 2004/27,",
			want: []c{{"ecosoc:res:2004/27", "resolution 2004/27", ex, cite.Recalls, nil}}},
		{name: "ECOSOC symbol", text: "See E/RES/2004/27.",
			want: []c{{"ecosoc:res:2004/27", "E/RES/2004/27", ex, cite.Cites, nil}}},
		{name: "HRC symbol", text: "Recalling A/HRC/RES/5/1,",
			want: []c{{"hrc:res:5/1", "A/HRC/RES/5/1", ex, cite.Recalls, nil}}},
		{name: "HRC by document", symbol: "A/HRC/35/1", text: "Recalling its resolutions 5/1 and 5/2 of 18 June 2007,",
			want: []c{{"hrc:res:5/1", "resolutions 5/1", pos, cite.Recalls, nil}, {"hrc:res:5/2", "5/2", pos, cite.Recalls, nil}}},
		{name: "HRC decision, Spanish list", lang: "es", symbol: "A/HRC/35/1", text: "Recordando sus resoluciones 5/1 y 5/2, y su decisión 1/105,",
			want: []c{{"hrc:res:5/1", "resoluciones 5/1", pos, cite.Recalls, nil}, {"hrc:res:5/2", "5/2", pos, cite.Recalls, nil}, {"hrc:dec:1/105", "decisión 1/105", pos, cite.Recalls, nil}}},
		{name: "UNTOC list, French", lang: "fr", symbol: "CTOC/COP/2020/1", text: "Rappelant ses décisions 2/6, 3/2 et 4/3,",
			want: []c{{"untoc-cop:dec:2/6", "décisions 2/6", pos, cite.Recalls, nil}, {"untoc-cop:dec:3/2", "3/2", pos, cite.Recalls, nil}, {"untoc-cop:dec:4/3", "4/3", pos, cite.Recalls, nil}}},
		{name: "UNCAC", symbol: "CAC/COSP/2019/17", text: "Recalling its resolution 3/1 and decision 3/1,",
			want: []c{{"uncac-cosp:res:3/1", "resolution 3/1", pos, cite.Recalls, nil}, {"uncac-cosp:dec:3/1", "decision 3/1", doc, cite.Recalls, nil}}},
		{name: "CND short name", symbol: "E/CN.7/2019/1", text: "Recalling Commission resolution 62/1,",
			want: []c{{"cnd:res:62/1", "resolution 62/1", ex, cite.Recalls, nil}}},
		{name: "CCPCJ short name", symbol: "E/CN.15/2017/1", text: "Recalling Commission resolution 26/3,",
			want: []c{{"ccpcj:res:26/3", "resolution 26/3", ex, cite.Recalls, nil}}},
		{name: "UNFCCC list", text: "Recalling decisions 1/CP.16, 2/CP.18 and 1/CP.19,",
			want: []c{{"unfccc-cop:dec:1/CP.16", "decisions 1/CP.16", fam, cite.Recalls, nil}, {"unfccc-cop:dec:2/CP.18", "2/CP.18", fam, cite.Recalls, nil}, {"unfccc-cop:dec:1/CP.19", "1/CP.19", fam, cite.Recalls, nil}}},
		{name: "UNFCCC bare forms", text: "Noting 2/CMA.1 and 1/CMP.1 and 8/CP5 and 1/CP. 17.",
			want: []c{{"unfccc-cma:dec:2/CMA.1", "2/CMA.1", fam, cite.Recalls, nil}, {"unfccc-cmp:dec:1/CMP.1", "1/CMP.1", fam, cite.Recalls, nil}, {"unfccc-cop:dec:8/CP.5", "8/CP5", fam, cite.Recalls, nil}, {"unfccc-cop:dec:1/CP.17", "1/CP. 17", fam, cite.Recalls, nil}}},
		{name: "UNFCCC established in", text: "the aim of the Committee established in decision 1/CP.21.",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Establishes, nil}}},
		{name: "chemicals conventions", text: "Recalling decisions BC-14/12, RC-9/5 and SC-9/4,",
			want: []c{{"basel-cop:dec:BC-14/12", "decisions BC-14/12", fam, cite.Recalls, nil}, {"rotterdam-cop:dec:RC-9/5", "RC-9/5", fam, cite.Recalls, nil}, {"stockholm-cop:dec:SC-9/4", "SC-9/4", fam, cite.Recalls, nil}}},
		{name: "UNEA symbol and acronym", text: "Recalling UNEA resolution 5/14 and UNEP/EA.5/Res.14,",
			want: []c{{"unea:res:5/14", "resolution 5/14", ex, cite.Recalls, nil}, {"unea:res:5/14", "UNEP/EA.5/Res.14", ex, cite.Recalls, nil}}},
		{name: "CBD Roman session to Arabic", symbol: "CBD/COP/14/1", text: "Recalling decision X/2 and CBD/COP/DEC/14/8,",
			want: []c{{"cbd-cop:dec:10/2", "decision X/2", doc, cite.Recalls, nil}, {"cbd-cop:dec:14/8", "CBD/COP/DEC/14/8", ex, cite.Recalls, nil}}},
		{name: "Montreal Protocol keeps Roman", symbol: "UNEP/OzL.Pro.28/12", text: "Recalling decision XXVIII/1,",
			want: []c{{"mp-mop:dec:XXVIII/1", "decision XXVIII/1", doc, cite.Recalls, nil}}},
		{name: "UNCC Governing Council", symbol: "S/AC.26/2009/1", text: "Recalling Governing Council decision 267 (2009),",
			want: []c{{"uncc-gc:dec:267(2009)", "decision 267 (2009)", ex, cite.Recalls, nil}}},
		{name: "Governing Council: the one body whose numbers fit", text: "Recalling Governing Council decision 267 (2009),",
			want: []c{{"uncc-gc:dec:267(2009)", "decision 267 (2009)", ex, cite.Recalls, nil}}},
		{name: "Governing Council: UNEP's session/number", text: "Recalling Governing Council decision 27/2,",
			want: []c{{"unep-gc:dec:27/2", "decision 27/2", ex, cite.Recalls, nil}}},
		{name: "Governing Council: no body's numbers fit", text: "Recalling Governing Council decision 2000/22,",
			want: []c{{"?:dec:2000/22", "decision 2000/22", unr, cite.Recalls, nil}}},
		{name: "zh Council in a Security Council text, a decision the Council never issues", lang: "zh", symbol: "S/2014/961", text: "因此，将在2016年恢复按照理事会第267(2009)号决定的规定，按季度支付未清偿的裁定赔偿款。",
			want: []c{{"uncc-gc:dec:267(2009)", "第267(2009)号决定", ex, cite.Pursuant, nil}}},
		{name: "Council in a Human Rights Council text stays that Council", symbol: "A/HRC/RES/6/1", text: "Recalling Council resolution 5/1,",
			want: []c{{"hrc:res:5/1", "resolution 5/1", ex, cite.Recalls, nil}}},
		{name: "UNCC named in full", text: "Recalling decision 267 (2009) of the Governing Council of the United Nations Compensation Commission,",
			want: []c{{"uncc-gc:dec:267(2009)", "decision 267 (2009)", ex, cite.Recalls, nil}}},
		{name: "named body after wins over a short name before", lang: "fr", text: "ONU-Habitat - Conseil d'administration Résolutions 1267 (1999) et 1989 (2011) du Conseil de sécurité",
			want: []c{{"sc:res:1267(1999)", "Résolutions 1267 (1999)", ex, cite.Cites, nil}, {"sc:res:1989(2011)", "1989 (2011)", ex, cite.Cites, nil}}},
	})
}

func TestDocuments(t *testing.T) {
	runCases(t, []extractCase{
		{name: "joint symbol in markdown link", lang: "fr", text: "([CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4](#))",
			want: []c{{"CTOC/COP/WG.2/2017/4", "CTOC/COP/WG.2/2017/4", "", "", nil}, {"CTOC/COP/WG.3/2017/4", "CTOC/COP/WG.3/2017/4", "", "", nil}}},
		{name: "series, Add., Rev., Corr., L., PV., CRP.", text: "See A/73/608/Add.1, S/2015/2/Rev.1, A/CONF.189/12/Corr.1, A/C.3/80/L.11, A/73/PV.51 and E/CN.15/2015/CRP.1.",
			want: []c{{"A/73/608/Add.1", "A/73/608/Add.1", "", "", nil}, {"S/2015/2/Rev.1", "S/2015/2/Rev.1", "", "", nil}, {"A/CONF.189/12/Corr.1", "A/CONF.189/12/Corr.1", "", "", nil}, {"A/C.3/80/L.11", "A/C.3/80/L.11", "", "", nil}, {"A/73/PV.51", "A/73/PV.51", "", "", nil}, {"E/CN.15/2015/CRP.1", "E/CN.15/2015/CRP.1", "", "", nil}}},
		{name: "recalled report", text: "Taking note of the report of the Secretary-General (A/70/123),",
			want: []c{{"A/70/123", "A/70/123", "", cite.Recalls, nil}}},
	})
}

func TestNegatives(t *testing.T) {
	runCases(t, []extractCase{
		{name: "page number", text: "Page 2/5 of the annex"},
		{name: "date", text: "Adopted on 15/12/2018 in Vienna."},
		{name: "fraction after a keyword", text: "the resolution 15/12/2018 dated"},
		{name: "placeholder", text: "Recalling decision -/CP.21 and -/CMA.1,"},
		{name: "African Commission resolution", text: "Recalling ACHPR/Res.227,"},
		{name: "bare number", text: "The resolution 55 was adopted by 120 votes."},
		{name: "bare SC-like number", text: "There were 1373 (2001) participants."},
		{name: "and/or", text: "States and/or organizations A/B testing"},
		{name: "series prefix alone", text: "documents of the E/CN.7 series"},
		{name: "fraction", text: "a majority of 2/3 of the members present; decision taken by 3/4"},
		{name: "decimal after a slash", text: "see decision 2/5.3 of the table"},
		{name: "number too long", text: "resolution 1234567 (2001)"},
	})
}

func TestPossessives(t *testing.T) {
	runCases(t, []extractCase{
		{name: "subject before", symbol: "A/70/1", text: "The Human Rights Council, in its resolution 2/3, requested a report.",
			want: []c{{"hrc:res:2/3", "resolution 2/3", pos, cite.Mandates, nil}}},
		{name: "subject after, French", lang: "fr", symbol: "A/70/1", text: "Dans sa décision 3/2, le Conseil des droits de l'homme a prié le Groupe de travail sur la coopération internationale de se réunir.",
			want: []c{{"hrc:dec:3/2", "décision 3/2", pos, cite.Mandates, []string{"untoc-cop-wg3"}}}},
		{name: "subject after, Spanish", lang: "es", symbol: "A/70/1", text: "En su resolución 5/1, el Consejo de Derechos Humanos pidió un informe.",
			want: []c{{"hrc:res:5/1", "resolución 5/1", pos, cite.Mandates, nil}}},
		{name: "no subject: document's body", symbol: "CTOC/COP/2020/1", text: "Recalling its resolution 7/1,",
			want: []c{{"untoc-cop:res:7/1", "resolution 7/1", pos, cite.Recalls, nil}}},
		{name: "short name nothing resolves", symbol: "A/70/1", text: "The Council, in its resolution 5/1, decided to meet.",
			want: []c{{"?:res:5/1", "resolution 5/1", unr, cite.Mandates, nil}}},
		{name: "a body the registry does not know, before", symbol: "E/RES/2014/34", text: "1. Takes note of Caribbean Community resolution 689 (XXXV) of 9 May 2014,",
			want: []c{{"?:res:689(XXXV)", "resolution 689 (XXXV)", unr, cite.Recalls, nil}}},
		{name: "a regional commission the registry knows", symbol: "E/RES/2014/34", text: "1. Takes note of Economic Commission for Latin America and the Caribbean resolution 689 (XXXV) of 9 May 2014,",
			want: []c{{"eclac:res:689(XXXV)", "resolution 689 (XXXV)", ex, cite.Recalls, nil}}},
		{name: "a body the registry does not know, after", lang: "fr", symbol: "A/70/1", text: "Rappelant la résolution 5/1 de la Banque mondiale,",
			want: []c{{"?:res:5/1", "résolution 5/1", unr, cite.Recalls, nil}}},
		{name: "body between kind word and numbers, Spanish", lang: "es", symbol: "A/69/772", text: "en violación de las resoluciones del Consejo de Seguridad 822 (1993) y 853 (1993).",
			want: []c{{"sc:res:822(1993)", "resoluciones del Consejo de Seguridad 822 (1993)", ex, cite.Cites, nil}, {"sc:res:853(1993)", "853 (1993)", ex, cite.Cites, nil}}},
		{name: "no body at all", text: "Recalling resolution 5/1,",
			want: []c{{"?:res:5/1", "resolution 5/1", unr, cite.Recalls, nil}}},
		{name: "family wins over possessive", symbol: "A/70/1", text: "Recalling its resolution 1325 (2000),",
			want: []c{{"sc:res:1325(2000)", "resolution 1325 (2000)", fam, cite.Recalls, nil}}},
	})
}

func TestNameMatching(t *testing.T) {
	runCases(t, []extractCase{
		{name: "case, accents and curly apostrophes folded", lang: "fr", symbol: "CTOC/COP/2018/1",
			text: "Le GROUPE DE TRAVAIL D’EXPERTS GOUVERNEMENTAUX SUR L’ASSISTANCE TECHNIQUE a été créé en application de la décision 2/6 de la CONFERENCE des Parties à la Convention des Nations Unies contre la criminalite transnationale organisee.",
			want: []c{{"untoc-cop:dec:2/6", "décision 2/6", ex, cite.Establishes, []string{"untoc-cop-wg2"}}}},
		{name: "name across a line break", symbol: "A/70/1",
			text: "Recalling resolution 60/251 of the Human Rights\nCouncil,",
			want: []c{{"hrc:res:60/251", "resolution 60/251", ex, cite.Recalls, nil}}},
		{name: "acronym inside a word is not the body", symbol: "A/70/1",
			text: "Recalling the UNEAS resolution 5/1,",
			want: []c{{"?:res:5/1", "resolution 5/1", unr, cite.Recalls, nil}}},
	})
}

func TestTextOf(t *testing.T) {
	tests := []struct{ symbol, want string }{
		{"A/RES/55/25", "ga:res:55/25"},
		{"S/RES/1373 (2001)", "sc:res:1373(2001)"},
		{"E/RES/2004/27", "ecosoc:res:2004/27"},
		{"A/HRC/RES/5/1", "hrc:res:5/1"},
		{"S/PRST/2014/28", "sc:prst:2014/28"},
		{"A/HRC/DEC/1/105", "hrc:dec:1/105"},
		{"UNEP/EA.5/Res.14", "unea:res:5/14"},
	}
	for _, tt := range tests {
		t.Run(tt.symbol, func(t *testing.T) {
			res := extract.Extract([]byte("The General Assembly,\n\nRecalling resolution 1/2,\n"), extract.Options{Symbol: tt.symbol})
			var got []string
			for _, id := range res.TextOf {
				got = append(got, id.String())
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("TextOf (-want +got):\n%s", diff)
			}
			if res.Document.ID != tt.symbol {
				t.Errorf("Document.ID = %q, want %q", res.Document.ID, tt.symbol)
			}
		})
	}
}

// TestNumberShapes: the weak rules (possessive, document) place a number
// only in a body whose numbering (registry "numbers") it fits; else the
// next rule is tried, and a number no rule can place is "?".
func TestNumberShapes(t *testing.T) {
	runCases(t, []extractCase{
		{name: "year as a GA session", symbol: "A/C.3/80/L.35", text: "Recalling the adoption of resolution 2000/22 of 18 August 2000, on the promotion of dialogue,",
			want: []c{{"?:res:2000/22", "resolution 2000/22", unr, cite.Recalls, nil}}},
		{name: "GA session fits", symbol: "A/C.3/80/L.35", text: "Recalling resolution 79/22 of 18 August 2024,",
			want: []c{{"ga:res:79/22", "resolution 79/22", doc, cite.Recalls, nil}}},
		{name: "GA Roman session after 1975", symbol: "A/70/1", text: "Recalling resolution 3379 (XXXV),",
			want: []c{{"?:res:3379(XXXV)", "resolution 3379 (XXXV)", unr, cite.Recalls, nil}}},
		{name: "GA Roman session fits", symbol: "A/70/1", text: "Recalling resolution 217 A (III),",
			want: []c{{"ga:res:217A(III)", "resolution 217 A (III)", doc, cite.Recalls, nil}}},
		{name: "GA special session fits", symbol: "A/70/1", text: "Recalling resolution S-26/2,",
			want: []c{{"ga:res:S-26/2", "resolution S-26/2", doc, cite.Recalls, nil}}},
		{name: "session as an ECOSOC year", symbol: "E/RES/2025/1", text: "Recalling resolution 79/325,",
			want: []c{{"?:res:79/325", "resolution 79/325", unr, cite.Recalls, nil}}},
		{name: "ECOSOC year fits", symbol: "E/RES/2025/1", text: "Recalling resolution 2024/6,",
			want: []c{{"ecosoc:res:2024/6", "resolution 2024/6", doc, cite.Recalls, nil}}},
		{name: "ECOSOC Roman session fits", symbol: "E/RES/2025/1", text: "Recalling its resolution 1576 (L),",
			want: []c{{"ecosoc:res:1576(L)", "resolution 1576 (L)", pos, cite.Recalls, nil}}},
		{name: "Roman session in a Council text", symbol: "S/RES/2200 (2015)", text: "Recalling General Assembly resolution 1514 (XV) and resolution 253 (III),",
			want: []c{{"ga:res:1514(XV)", "resolution 1514 (XV)", ex, cite.Recalls, nil}, {"?:res:253(III)", "resolution 253 (III)", unr, cite.Recalls, nil}}},
		{name: "possessive subject misfits, document fits", symbol: "A/70/1", text: "The Security Council, in its resolution 2/3, requested a report.",
			want: []c{{"ga:res:2/3", "resolution 2/3", doc, cite.Mandates, []string{"sc"}}}},
		{name: "possessive subject and document misfit", symbol: "S/RES/2200 (2015)", text: "Recalling its resolution 973 (X),",
			want: []c{{"?:res:973(X)", "resolution 973 (X)", unr, cite.Recalls, nil}}},
		{name: "unchecked body", symbol: "CTOC/COP/2018/1", text: "Recalling its decision 2/6,",
			want: []c{{"untoc-cop:dec:2/6", "decision 2/6", pos, cite.Recalls, nil}}},
	})
}

func TestRelations(t *testing.T) {
	runCases(t, []extractCase{
		{name: "establishing after", symbol: "A/70/1", text: "Recalling its resolution 60/251 establishing the Human Rights Council,",
			want: []c{{"ga:res:60/251", "resolution 60/251", pos, cite.Establishes, []string{"hrc"}}}},
		{name: "decides to extend", symbol: "S/RES/2200 (2015)", text: "1. Decides to extend the mandate of the Panel as set out in resolution 1/2;",
			want: []c{{"?:res:1/2", "resolution 1/2", unr, cite.Pursuant, nil}}}, // 1/2 is no Council number
		{name: "decides to extend, no connector", symbol: "S/RES/2200 (2015)", text: "1. Decides to extend until 2016 the mandate given by resolution 1/2;",
			want: []c{{"?:res:1/2", "resolution 1/2", unr, cite.Extends, nil}}},
		{name: "amends", symbol: "A/70/1", text: "2. Amends resolution 60/1 as follows:",
			want: []c{{"ga:res:60/1", "resolution 60/1", doc, cite.Amends, nil}}},
		{name: "terminated by", symbol: "A/70/1", text: "the Committee, whose mandate was terminated by resolution 60/2,",
			want: []c{{"ga:res:60/2", "resolution 60/2", doc, cite.Ends, nil}}},
		{name: "decided that a body would exist", lang: "fr", symbol: "CTOC/COP/2020/1", text: "Dans sa décision 3/2, la Conférence a décidé qu’un groupe de travail à composition non limitée sur la coopération internationale constituerait un de ses éléments permanents.",
			want: []c{{"untoc-cop:dec:3/2", "décision 3/2", pos, cite.Establishes, []string{"untoc-cop-wg3"}}}},
		{name: "conformément à", lang: "fr", symbol: "A/70/1", text: "conformément à sa résolution 70/1,",
			want: []c{{"ga:res:70/1", "résolution 70/1", pos, cite.Pursuant, nil}}},
		{name: "de conformidad con", lang: "es", symbol: "A/70/1", text: "de conformidad con su resolución 70/1,",
			want: []c{{"ga:res:70/1", "resolución 70/1", pos, cite.Pursuant, nil}}},
		{name: "reaffirming, Spanish", lang: "es", symbol: "A/70/1", text: "Reafirmando su resolución 70/1,",
			want: []c{{"ga:res:70/1", "resolución 70/1", pos, cite.Reaffirms, nil}}},
		{name: "expanded, Spanish", lang: "es", text: "En su resolución 2024 (2011), el Consejo de Seguridad amplió el mandato de la UNISFA.",
			want: []c{{"sc:res:2024(2011)", "resolución 2024 (2011)", fam, cite.Extends, nil}}},
		{name: "a clause verb after another is read", lang: "es", text: "En su resolución 853 (1993), el Consejo de Seguridad condenó enérgicamente la toma del distrito de Agdam y pidió la retirada.",
			want: []c{{"sc:res:853(1993)", "resolución 853 (1993)", fam, cite.Mandates, nil}}},
		{name: "a clause verb after a quotation is read", text: "In its resolution 853 (1993), the Security Council condemned \"the seizure of the district\" and demanded the withdrawal.",
			want: []c{{"sc:res:853(1993)", "resolution 853 (1993)", fam, cite.Mandates, nil}}},
		{name: "a clause verb past the clause window is not read", lang: "es", text: "En su resolución 853 (1993), el Consejo de Seguridad condenó enérgicamente la toma del distrito de Agdam y de todas las demás zonas recientemente ocupadas de la República de Azerbaiyán por las fuerzas armadas de la región en los meses pasados, según los informes recibidos de numerosas fuentes independientes sobre el terreno durante todo aquel período tan difícil, y pidió la retirada.",
			want: []c{{"sc:res:853(1993)", "resolución 853 (1993)", fam, cite.Cites, nil}}},
		{name: "through a locator", text: "in accordance with annex I to decision 1/CP.23.",
			want: []c{{"unfccc-cop:dec:1/CP.23", "decision 1/CP.23", fam, cite.Pursuant, nil}}},
		{name: "by which the Commission is not establishing", text: "Takes note of resolution 689 (XXXV) of 9 May 2014, by which the Commission adopted its programme,",
			want: []c{{"?:res:689(XXXV)", "resolution 689 (XXXV)", unr, cite.Recalls, nil}}},
		{name: "relative clause after an adopted clause", text: "I refer to Security Council resolution 2188 (2014), adopted by the Security Council on 9 December 2014, by which the Council decided to extend the mandate of the Panel.",
			want: []c{{"sc:res:2188(2014)", "resolution 2188 (2014)", ex, cite.Extends, nil}}},
		{name: "relative clause, French, after a date", lang: "fr", text: "la résolution 2182 (2014) du Conseil de sécurité, en date du 24 octobre 2014, dans laquelle le Conseil a décidé de proroger de 13 mois le mandat du Groupe.",
			want: []c{{"sc:res:2182(2014)", "résolution 2182 (2014)", ex, cite.Extends, nil}}},
		{name: "relative clause, Spanish", lang: "es", text: "la resolución 2196 (2015) del Consejo de Seguridad, en virtud de la cual el Consejo decidió prorrogar el mandato del Grupo.",
			want: []c{{"sc:res:2196(2015)", "resolución 2196 (2015)", ex, cite.Extends, nil}}},
		{name: "the resolution requires", text: "Security Council resolution 2178 (2014) requires Member States to act.",
			want: []c{{"sc:res:2178(2014)", "resolution 2178 (2014)", ex, cite.Mandates, nil}}},
		{name: "reaffirms mid-sentence through a locator list", symbol: "S/RES/2198 (2015)", text: "3. Decides to renew the measures imposed by paragraphs 9 and 11 of resolution 1807 (2008) and reaffirms the provisions of paragraphs 10, 11 and 12 of resolution 1807 (2008);",
			want: []c{{"sc:res:1807(2008)", "resolution 1807 (2008)", fam, cite.Extends, nil}, {"sc:res:1807(2008)", "resolution 1807 (2008)", fam, cite.Reaffirms, nil}}},
		{name: "prepositions between the connector and the citation", lang: "es", text: "conforme a lo solicitado por el Consejo en su resolución 2167 (2014).",
			want: []c{{"sc:res:2167(2014)", "resolución 2167 (2014)", fam, cite.Mandates, nil}}},
		{name: "connector over a participle", lang: "es", text: "de conformidad con lo establecido en la resolución 2174 (2014);",
			want: []c{{"sc:res:2174(2014)", "resolución 2174 (2014)", fam, cite.Pursuant, nil}}},
		{name: "the provisions of its resolution", symbol: "A/69/693", text: "6. Decides that, in accordance with the provisions of its resolution 973 (X) of 15 December 1955, there shall be set off",
			want: []c{{"ga:res:973(X)", "resolution 973 (X)", pos, cite.Pursuant, nil}}},
		{name: "in the implementation of is not pursuant", text: "Participants acknowledged the lead taken in the implementation of resolution 1325 (2000).",
			want: []c{{"sc:res:1325(2000)", "resolution 1325 (2000)", fam, cite.Cites, nil}}},
		{name: "paragraph of its resolution opens the clause", lang: "fr", text: "Au paragraphe 6 de sa résolution 2169 (2014), le Conseil m'a prié de faire rapport.",
			want: []c{{"sc:res:2169(2014)", "résolution 2169 (2014)", fam, cite.Mandates, nil}}},
		{name: "plain", symbol: "A/70/1", text: "The report on resolution 70/1 is late.",
			want: []c{{"ga:res:70/1", "resolution 70/1", doc, cite.Cites, nil}}},
	})
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		opt    extract.Options
		want   cite.Document
		textOf []string
	}{
		{name: "Security Council resolution heading",
			text:   "Resolution 687 (1991)\nof 3 April 1991\n\nThe Security Council,\n\nRecalling its resolution 660 (1990) of 2 August 1990,\n",
			want:   cite.Document{ID: "S/RES/687 (1991)", Symbol: "S/RES/687 (1991)", Body: "sc", Date: "1991-04-03", Lang: "en", Type: "resolution"},
			textOf: []string{"sc:res:687(1991)"}},
		{name: "symbol in the first line",
			text:   "United Nations S/RES/1445 (2002)\n\nSecurity Council Distr.: General\n4 December 2002\n\nThe Security Council,\n",
			want:   cite.Document{ID: "S/RES/1445 (2002)", Symbol: "S/RES/1445 (2002)", Body: "sc", Date: "2002-12-04", Lang: "en", Distribution: "general"},
			textOf: []string{"sc:res:1445(2002)"}},
		{name: "General Assembly resolution",
			text:   "United Nations\n\nGeneral Assembly Distr.: General\n\nEightieth session Agenda item 13 Follow-up\n\nResolution adopted by the General Assembly on 26 November 2025\n\n80/10. International Day of Women\n\nThe General Assembly,\n",
			want:   cite.Document{ID: "A/RES/80/10", Symbol: "A/RES/80/10", Body: "ga", Title: "International Day of Women", Date: "2025-11-26", Session: "80", AgendaItem: "13", Lang: "en", Type: "resolution", Distribution: "general"},
			textOf: []string{"ga:res:80/10"}},
		{name: "Spanish header",
			text: "Naciones Unidas A/HRC/35/1\n\nAsamblea General Distr. general\n14 de octubre de 2016\nEspañol\nOriginal: inglés\n\nConsejo de Derechos Humanos\nTrigésimo quinto período de sesiones\nTema 3 del programa\nPromoción de los derechos humanos\n",
			want: cite.Document{ID: "A/HRC/35/1", Symbol: "A/HRC/35/1", Body: "hrc", Title: "Promoción de los derechos humanos", Date: "2016-10-14", Session: "35", AgendaItem: "3", Lang: "es", OriginalLang: "en", Distribution: "general"}},
		{name: "options override",
			text: "Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée\n",
			opt:  extract.Options{Symbol: "CTOC/COP/WG.2/2018/3", Lang: "fr"},
			want: cite.Document{ID: "CTOC/COP/WG.2/2018/3", Symbol: "CTOC/COP/WG.2/2018/3", Body: "untoc-cop-wg2", Lang: "fr"}},
		{name: "French ordinal compound",
			text: "Assemblée générale\nSoixante-dixième session\n1er mars 2016\n",
			want: cite.Document{Body: "ga", Session: "70", Date: "2016-03-01", Lang: "fr"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extract.Extract([]byte(tt.text), tt.opt)
			want := tt.want
			if want.ID == "" {
				want.ID = cite.HashID([]byte(tt.text))
			}
			if diff := cmp.Diff(want, res.Document); diff != "" {
				t.Errorf("Document (-want +got):\n%s", diff)
			}
			var got []string
			for _, id := range res.TextOf {
				got = append(got, id.String())
			}
			if diff := cmp.Diff(tt.textOf, got); diff != "" {
				t.Errorf("TextOf (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLanguageDetection(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"English", "The General Assembly, recalling its resolution on the rights of the child and the report of the Secretary-General,", "en"},
		{"French", "L'Assemblée générale, rappelant sa résolution sur les droits de l'enfant et le rapport du Secrétaire général,", "fr"},
		{"Spanish", "La Asamblea General, recordando su resolución sobre los derechos del niño y el informe del Secretario General,", "es"},
		{"Russian", "Генеральная Ассамблея, ссылаясь на свою резолюцию", "ru"},
		{"Arabic", "إن الجمعية العامة، إذ تشير إلى قرارها", "ar"},
		{"Chinese", "大会回顾其关于儿童权利的决议", "zh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extract.Extract([]byte(tt.text), extract.Options{}).Document.Lang; got != tt.want {
				t.Errorf("Lang = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSelfCitationsDropped(t *testing.T) {
	text := "United Nations S/RES/1445 (2002)\n\nSecurity Council\n\nThe Security Council,\n\nRecalling resolution 1444 (2002),\n\nS/RES/1445 (2002)\n"
	res := extract.Extract([]byte(text), extract.Options{})
	if diff := cmp.Diff([]c{{"sc:res:1444(2002)", "resolution 1444 (2002)", fam, cite.Recalls, nil}}, project(res.Citations)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestHeadingsAreTextOf(t *testing.T) {
	text := "| United Nations | FCCC/CP/2021/12/Add.2 |\n\n| 12/CP.26 | Annual reports |\n| 1/CP.26 | Expression of gratitude |\n\nDecision 12/CP.26\n\nRecalling decision 1/CP.21,\n\nResolution 1/CP.26\n\nExpresses its gratitude.\n"
	res := extract.Extract([]byte(text), extract.Options{Lang: "en"})
	var textOf []string
	for _, id := range res.TextOf {
		textOf = append(textOf, id.String())
	}
	if diff := cmp.Diff([]string{"unfccc-cop:dec:12/CP.26", "unfccc-cop:res:1/CP.26"}, textOf); diff != "" {
		t.Errorf("TextOf (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Recalls, nil}}, project(res.Citations)); diff != "" {
		t.Errorf("Citations (-want +got):\n%s", diff)
	}
}

func TestWarnings(t *testing.T) {
	res := extract.Extract([]byte("The resolution\n\xff 55/25"), extract.Options{Lang: "en"})
	if len(res.Warnings) != 1 || res.Warnings[0] != "line 2: invalid UTF-8" {
		t.Errorf("Warnings = %q, want one about line 2", res.Warnings)
	}
}

func TestLocatedInDocument(t *testing.T) {
	runCases(t, []extractCase{
		{name: "decision inside a CBD document", symbol: "A/RES/79/1", text: "United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.",
			want: []c{{"CBD/COP/15/17", "CBD/COP/15/17", "", "", nil}, {"cbd-cop:dec:15/4", "decision 15/4", ex, cite.Cites, nil}}},
		{name: "resolution inside the Commission on the Status of Women's report", symbol: "A/C.2/80/L.18", text: "Official Records of the Economic and Social Council, 2025, Supplement No. 7 (E/2025/27),\nchap. I, sect. C, resolution 69/1, annex.",
			want: []c{{"E/2025/27", "E/2025/27", "", "", nil}, {"csw:res:69/1", "resolution 69/1", ex, cite.Cites, nil}}},
		{name: "resolution inside an ECOSOC document, not ECOSOC's numbering", symbol: "A/C.2/80/L.18", text: "See E/2025/12, chap. I, resolution 69/1.",
			want: []c{{"E/2025/12", "E/2025/12", "", "", nil}, {"?:res:69/1", "resolution 69/1", unr, cite.Cites, nil}}},
		{name: "resolution inside a General Assembly report", symbol: "A/RES/79/1", text: "Official Records of the General Assembly, Fifty-fifth Session, Supplement No. 49 (A/55/49), vol. I, resolution 55/2.",
			want: []c{{"A/55/49", "A/55/49", "", "", nil}, {"ga:res:55/2", "resolution 55/2", ex, cite.Cites, nil}}},
		{name: "a sentence ended after the symbol", symbol: "A/RES/79/290", text: "See A/79/302-S/2024/600, sect. II.\nResolution 70/1.",
			want: []c{{"A/79/302", "A/79/302", "", "", nil}, {"S/2024/600", "S/2024/600", "", "", nil}, {"ga:res:70/1", "Resolution 70/1", doc, cite.Cites, nil}}},
	})
}

func TestFootnoteMarkEndsParagraph(t *testing.T) {
	runCases(t, []extractCase{
		{name: "possessive after a footnote mark", symbol: "A/RES/79/222", text: "Taking note of the outcome documents of the United Nations Conference on Trade and Development, held in Bridgetown in October 2021, 6\nRecalling its resolution 70/293 of 25 July 2016,",
			want: []c{{"ga:res:70/293", "resolution 70/293", pos, cite.Recalls, nil}}},
	})
}

func TestDatedListsWithTitles(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a title after each item's date", symbol: "A/RES/79/1", text: "use of Assembly resolutions 377 A (V) of 3 November 1950 on uniting for peace and\n76/262 of 26 April 2022 on the veto initiative;",
			want: []c{{"ga:res:377A(V)", "resolutions 377 A (V)", ex, cite.Cites, nil}, {"ga:res:76/262", "76/262", ex, cite.Cites, nil}}},
		{name: "titles with commas and a colon", symbol: "A/RES/79/268", text: "Noting its resolutions 78/9 of 20 November 2023 on the commemoration, 78/147 of 19 December 2023\non Central Asia facing environmental challenges: fostering regional solidarity, and 79/5 of 24 October 2024 on the zone of peace,",
			want: []c{{"ga:res:78/9", "resolutions 78/9", pos, cite.Recalls, nil}, {"ga:res:78/147", "78/147", pos, cite.Recalls, nil}, {"ga:res:79/5", "79/5", pos, cite.Recalls, nil}}},
		{name: "a title then a phrase of its own", symbol: "A/RES/80/24", text: "Recalling its resolution 49/75 E of 15 December 1994 on a step-by-step reduction of the nuclear threat, and its resolutions 50/70 P of 12 December 1995,",
			want: []c{{"ga:res:49/75E", "resolution 49/75 E", pos, cite.Recalls, nil}, {"ga:res:50/70P", "resolutions 50/70 P", pos, cite.Recalls, nil}}},
		{name: "an undated number after a title is no item", symbol: "A/RES/79/1", text: "Recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda, 17 goals and 169 targets,",
			want: []c{{"ga:res:70/1", "resolution 70/1", pos, cite.Recalls, nil}}},
		{name: "special session in Roman numerals", symbol: "A/RES/79/312", text: "as stated in its resolutions 1874 (S-IV) of 27 June 1963,\n3101 (XXVIII) of 11 December 1973 and 55/235 of 23 December 2000,",
			want: []c{{"ga:res:1874(S-IV)", "resolutions 1874 (S-IV)", pos, cite.Cites, nil}, {"ga:res:3101(XXVIII)", "3101 (XXVIII)", pos, cite.Cites, nil}, {"ga:res:55/235", "55/235", pos, cite.Cites, nil}}},
	})
}

func TestAdoptedByBodyNamedLater(t *testing.T) {
	runCases(t, []extractCase{
		{name: "the adoption of a resolution by a body named after its title", symbol: "A/C.3/80/L.35", text: "Recalling the adoption of resolution 2000/22 of 18 August 2000, on the\npromotion of dialogue on human rights issues, by the Subcommission on the\nPromotion and Protection of Human Rights at its fifty-second session,",
			want: []c{{"subcommission-pphr:res:2000/22", "resolution 2000/22", ex, cite.Recalls, nil}}},
		{name: "French: l'adoption de la résolution … par", lang: "fr", symbol: "A/C.3/80/L.35", text: "Rappelant l'adoption de la résolution 2000/22 du 18 août 2000 par la Sous-Commission de la promotion et de la protection des droits de l'homme,",
			want: []c{{"subcommission-pphr:res:2000/22", "résolution 2000/22", ex, cite.Recalls, nil}}},
		{name: "adopted by consensus names no body", symbol: "A/RES/79/1", text: "Welcoming the adoption of resolution 78/1 by consensus,",
			want: []c{{"ga:res:78/1", "resolution 78/1", doc, cite.Cites, nil}}}, // "Welcoming" cites (guidelines rule 5)
	})
}

func TestIncludedInASet(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a member of the resolutions of a named body", symbol: "S/RES/566(1985)", text: "other decisions of the Security Council and the resolutions of the General Assembly on Namibia, including resolution 1514 (XV);",
			want: []c{{"ga:res:1514(XV)", "resolution 1514 (XV)", ex, cite.Cites, nil}}},
		{name: "French notamment", lang: "fr", symbol: "S/RES/566(1985)", text: "les résolutions de l'Assemblée générale sur la Namibie, notamment la résolution 1514 (XV);",
			want: []c{{"ga:res:1514(XV)", "résolution 1514 (XV)", ex, cite.Cites, nil}}},
		{name: "a body named without a set of its instruments", symbol: "S/RES/566(1985)", text: "the efforts of the General Assembly, including resolution 1514 (XV);",
			want: []c{{"?:res:1514(XV)", "resolution 1514 (XV)", unr, cite.Cites, nil}}},
	})
}

// TestRelationReach pins how far a relation reaches (doc/extractor.md,
// "What the citation says"): openings that give no more than cites, a
// second participle that ends an opening's reach, connectors that govern
// a noun phrase or a title whose source the citation gives, and lists
// joined across locators.
func TestRelationReach(t *testing.T) {
	runCases(t, []extractCase{
		// Guidelines rule 5: "Welcoming", "Having considered" cite.
		{name: "welcoming cites", symbol: "A/RES/79/222", text: "Welcoming the convening of the Summit of the Future, at which resolution 79/1 entitled “The Pact for the Future” was adopted,",
			want: []c{{"ga:res:79/1", "resolution 79/1", doc, cite.Cites, nil}}},
		{name: "welcoming cites, French", lang: "fr", symbol: "A/RES/79/222", text: "Se félicitant de l'adoption de la résolution 79/1,",
			want: []c{{"ga:res:79/1", "résolution 79/1", doc, cite.Cites, nil}}},
		{name: "having considered cites", symbol: "S/RES/865 (1993)", text: "Having considered the report of the Secretary-General (S/26317) of 17 August 1993,",
			want: []c{{"S/26317", "S/26317", "", "", nil}}},
		// A second participle ends the reach of the opening.
		{name: "and stressing", text: "Recalling the listing of Al-Qaida established by the Committee pursuant to resolution 1267 (1999) and stressing in this regard the need for robust implementation of the measures in paragraph 1 of resolution 2161 (2014),",
			want: []c{
				{"sc:res:1267(1999)", "resolution 1267 (1999)", fam, cite.Pursuant, nil},
				{"sc:res:2161(2014)", "resolution 2161 (2014)", fam, cite.Cites, nil}}},
		{name: "et soulignant", lang: "fr", text: "Rappelant l'inscription d'Al-Qaida sur la Liste et soulignant, à cet égard, la nécessité d'une vigoureuse application des mesures édictées au paragraphe 1 de la résolution 2161 (2014),",
			want: []c{{"sc:res:2161(2014)", "résolution 2161 (2014)", fam, cite.Cites, nil}}},
		{name: "y destacando", lang: "es", text: "Recordando la inclusión de Al-Qaida en la lista, y destacando a ese respecto la necesidad de que se apliquen las medidas impuestas en el párrafo 1 de la resolución 2161 (2014),",
			want: []c{{"sc:res:2161(2014)", "resolución 2161 (2014)", fam, cite.Cites, nil}}},
		{name: "为此强调", lang: "zh", text: "回顾阿拉伯半岛基地组织已被列入制裁名单，为此强调需要大力执行第2161(2014)号决议第1段中的措施，",
			want: []c{{"sc:res:2161(2014)", "第2161(2014)号决议", fam, cite.Cites, nil}}},
		{name: "recalling and reaffirming", text: "Recalling and reaffirming resolution 2161 (2014),",
			want: []c{{"sc:res:2161(2014)", "resolution 2161 (2014)", fam, cite.Reaffirms, nil}}},
		{name: "referring, mid-sentence", symbol: "A/71/556", text: "the General Assembly, recalling its resolution 67/109, in which it took note of the transformation, referring to its resolutions 69/271 and 71/15, decided that",
			want: []c{
				{"ga:res:67/109", "resolution 67/109", pos, cite.Recalls, nil},
				{"ga:res:69/271", "resolutions 69/271", pos, cite.Cites, nil},
				{"ga:res:71/15", "71/15", pos, cite.Cites, nil}}},
		// A connector governs the short noun phrase the citation completes.
		{name: "levels updated in", symbol: "A/RES/79/312", text: "7. Decides to apportion the amount in accordance with the levels updated in its resolution 79/250 of 24 December 2024;",
			want: []c{{"ga:res:79/250", "resolution 79/250", pos, cite.Pursuant, nil}}},
		{name: "arrangements contained in", text: "4. Invites the Conference to oversee the work programme in accordance with the arrangements contained in decision 1/CP.21;",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Pursuant, nil}}},
		{name: "recalls the obligations in", text: "The Security Council recalls the obligations in operative paragraph 2 (e) of resolution 1373 (2001).",
			want: []c{{"sc:res:1373(2001)", "resolution 1373 (2001)", fam, cite.Recalls, nil}}},
		{name: "rappelle les obligations énoncées", lang: "fr", text: "Il rappelle les obligations énoncées au paragraphe 2 e) du dispositif de la résolution 1373 (2001).",
			want: []c{{"sc:res:1373(2001)", "résolution 1373 (2001)", fam, cite.Recalls, nil}}},
		{name: "recuerda las obligaciones enunciadas", lang: "es", text: "El Consejo recuerda las obligaciones enunciadas en el párrafo 2 e) de su resolución 1373 (2001).",
			want: []c{{"sc:res:1373(2001)", "resolución 1373 (2001)", fam, cite.Recalls, nil}}},
		{name: "напоминает об обязанностях, изложенных в пункте 2(е) резолюции", lang: "ru", text: "Совет Безопасности напоминает об обязанностях, изложенных в пункте 2(е) резолюции 1373 (2001).",
			want: []c{{"sc:res:1373(2001)", "резолюции 1373 (2001)", fam, cite.Recalls, nil}}},
		{name: "a comma before a relative clause ends the noun phrase", text: "The Council recalls the report, which the Committee discussed in paragraph 2 of resolution 1373 (2001).",
			want: []c{{"sc:res:1373(2001)", "resolution 1373 (2001)", fam, cite.Cites, nil}}},
		{name: "recalls that: a clause, not a noun phrase", lang: "fr", text: "En outre, le Conseil rappelle qu'aucune des obligations énoncées dans la résolution 1540 (2004) ne doit être interprétée ainsi.",
			want: []c{{"sc:res:1540(2004)", "résolution 1540 (2004)", fam, cite.Cites, nil}}},
		{name: "under, a preposition, governs no noun phrase", text: "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.",
			want: []c{
				{"FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1", "", "", nil},
				{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Cites, nil}}},
		{name: "request … contained in", symbol: "A/75/552", text: "the General Assembly, recalling the request to the Secretary-General contained in resolution 74/65 to report to the General Assembly, decided",
			want: []c{{"ga:res:74/65", "resolution 74/65", doc, cite.Mandates, nil}}},
		{name: "subparagraph marks", symbol: "A/71/415", text: "Pursuant to paragraphs 4 (a) to (d) of resolution 60/180, 23 States have been elected.",
			want: []c{{"ga:res:60/180", "resolution 60/180", doc, cite.Pursuant, nil}}},
		// A title whose source the citation gives in parentheses.
		{name: "parenthetical source", text: "The Mission, in accordance with article IV of the Convention on Registration of Objects Launched into Outer Space (General Assembly resolution 3235 (XXIX), annex), has the honour",
			want: []c{{"ga:res:3235(XXIX)", "resolution 3235 (XXIX)", ex, cite.Pursuant, nil}}},
		{name: "parenthetical source, French", lang: "fr", text: "La Mission, conformément à l'article IV de la Convention sur l'immatriculation des objets lancés dans l'espace extra-atmosphérique (résolution 3235 (XXIX) de l'Assemblée générale, annexe), a l'honneur",
			want: []c{{"ga:res:3235(XXIX)", "résolution 3235 (XXIX)", ex, cite.Pursuant, nil}}},
		{name: "parenthetical source, Arabic", lang: "ar", text: "تتشرف البعثة بأن تحيل، وفقاً للمادة الرابعة من اتفاقية تسجيل الأجسام المطلقة في الفضاء الخارجي (مرفق قرار الجمعية العامة 3235 (د-29))، معلومات",
			want: []c{{"ga:res:3235(XXIX)", "قرار الجمعية العامة 3235 (د-29)", ex, cite.Pursuant, nil}}},
		{name: "parenthetical source, Chinese", lang: "zh", text: "阿根廷常驻联合国代表团谨依照《关于登记射入外层空间物体的公约》（大会第3235 (XXIX)号决议，附件）第四条的规定，转交资料。",
			want: []c{{"ga:res:3235(XXIX)", "第3235 (XXIX)号决议", ex, cite.Pursuant, nil}}},
		{name: "parenthetical source, Russian, a participle after a comma", lang: "ru", text: "Постоянное представительство в соответствии со статьей IV Конвенции о регистрации объектов, запускаемых в космическое пространство (резолюция 3235 (XXIX) Генеральной Ассамблеи, приложение), имеет честь препроводить информацию.",
			want: []c{{"ga:res:3235(XXIX)", "резолюция 3235 (XXIX)", ex, cite.Pursuant, nil}}},
		{name: "parenthetical source needs a connector", text: "The Convention on Registration of Objects Launched into Outer Space (General Assembly resolution 3235 (XXIX), annex) entered into force in 1976.",
			want: []c{{"ga:res:3235(XXIX)", "resolution 3235 (XXIX)", ex, cite.Cites, nil}}},
		// Lists joined across locators and "as well as".
		{name: "list across locators", symbol: "A/76/416", text: "the General Assembly, in accordance with section II of its resolution 2205 (XXI) of 17 December 1966, as amended by paragraph 8 of its resolution 3108 (XXVIII) of 12 December 1973 and paragraph 10 (b) of its resolution 31/99 of 15 December 1976, as well as its resolutions 57/20 of 19 November 2002 and 76/109 of 9 December 2021, elected",
			want: []c{
				{"ga:res:2205(XXI)", "resolution 2205 (XXI)", pos, cite.Pursuant, nil},
				{"ga:res:3108(XXVIII)", "resolution 3108 (XXVIII)", pos, cite.Pursuant, nil},
				{"ga:res:31/99", "resolution 31/99", pos, cite.Pursuant, nil},
				{"ga:res:57/20", "resolutions 57/20", pos, cite.Pursuant, nil},
				{"ga:res:76/109", "76/109", pos, cite.Pursuant, nil}}},
		// "emanating from": the Arabic and Spanish words.
		{name: "المنبثقة عن", lang: "ar", text: "في قائمة الجزاءات التي وضعتها اللجنة المنبثقة عن القرارين 1267 (1999) و 1989 (2011)، وإذ يشدد",
			want: []c{
				{"sc:res:1267(1999)", "القرارين 1267 (1999)", fam, cite.Pursuant, nil},
				{"sc:res:1989(2011)", "1989 (2011)", fam, cite.Pursuant, nil}}},
		{name: "dimanante de", lang: "es", text: "en la lista establecida por el Comité dimanante de las resoluciones 1267 (1999) y 1989 (2011), y destacando",
			want: []c{
				{"sc:res:1267(1999)", "resoluciones 1267 (1999)", fam, cite.Pursuant, nil},
				{"sc:res:1989(2011)", "1989 (2011)", fam, cite.Pursuant, nil}}},
	})
}

// TestRelationWords pins connector, participle, nominal and opening words
// of the relation tables and the grammar around relative clauses and
// parenthetical sources (doc/extractor.md, "What the citation says").
func TestRelationWords(t *testing.T) {
	runCases(t, []extractCase{
		// "as" is read: "as set out in" acts under, "the objectives set
		// out in" only cites.
		{name: "as set out in", symbol: "A/RES/79/312", text: "Decides to apportion the amount, taking into account the scale of assessments for 2025, as set out in its resolution 79/249;",
			want: []c{{"ga:res:79/249", "resolution 79/249", pos, cite.Pursuant, nil}}},
		{name: "consistently with the modalities set out in", text: "18. Notes that the annual reports will be made available consistently with the modalities set out in decision 19/CMA.1;",
			want: []c{{"unfccc-cma:dec:19/CMA.1", "decision 19/CMA.1", fam, cite.Pursuant, nil}}},
		{name: "in full respect of", symbol: "A/RES/79/1", text: "(d) Enable humanitarian access, in accordance with international humanitarian law and in full respect of General Assembly resolution 46/182 of 19 December 1991;",
			want: []c{{"ga:res:46/182", "resolution 46/182", ex, cite.Pursuant, nil}}},
		{name: "amended in cites", symbol: "A/80/408", text: "the General Assembly, pursuant to article 4 of the statute of the Tribunal, contained in annex I to resolution 63/253 of 24 December 2008 and amended in resolution 73/276 of 22 December 2018, appointed",
			want: []c{{"ga:res:63/253", "resolution 63/253", doc, cite.Cites, nil}, {"ga:res:73/276", "resolution 73/276", doc, cite.Cites, nil}}},
		{name: "号决议鼓励", lang: "zh", text: "7. 安全理事会第1977(2011)号决议鼓励会员国自愿提供补充资料。",
			want: []c{{"sc:res:1977(2011)", "第1977(2011)号决议", ex, cite.Mandates, nil}}},
		{name: "号决议第23段敦促", lang: "zh", text: "26. 安全理事会第2140(2014)号决议第23段敦促所有会员国确保同专家小组合作。",
			want: []c{{"sc:res:2140(2014)", "第2140(2014)号决议", ex, cite.Mandates, nil}}},
		{name: "resolution encourages", text: "We note that resolution 1977 (2011) encourages States to provide additional information.",
			want: []c{{"sc:res:1977(2011)", "resolution 1977 (2011)", fam, cite.Mandates, nil}}},
		{name: "objectives set out in", text: "1. Welcomes the reports on the progress achieved in accomplishing the objectives set out in resolution 814 (1993);",
			want: []c{{"sc:res:814(1993)", "resolution 814 (1993)", fam, cite.Cites, nil}}},
		// The mandate a resolution sets out or specifies.
		{name: "mandate set out in", symbol: "A/RES/80/5", text: "Fully and effectively implementing the mandate set out in General Assembly resolution 78/322 of 13 August 2024;",
			want: []c{{"ga:res:78/322", "resolution 78/322", ex, cite.Mandates, nil}}},
		{name: "as specified in", text: "Emphasizing the importance of credible assessments, in accordance with the mandate of the Panel of Experts, as specified in paragraph 26 of resolution 1874 (2009),",
			want: []c{{"sc:res:1874(2009)", "resolution 1874 (2009)", fam, cite.Mandates, nil}}},
		{name: "comme il est précisé au", lang: "fr", text: "Soulignant qu'il importe que le Groupe d'experts établisse des évaluations crédibles, conformément à son mandat, comme il est précisé au paragraphe 26 de la résolution 1874 (2009),",
			want: []c{{"sc:res:1874(2009)", "résolution 1874 (2009)", fam, cite.Mandates, nil}}},
		{name: "mandato … enunciado en", lang: "es", text: "Poniendo de relieve la importancia de contar con evaluaciones, de conformidad con el mandato del Grupo de Expertos enunciado en el párrafo 26 de la resolución 1874 (2009),",
			want: []c{{"sc:res:1874(2009)", "resolución 1874 (2009)", fam, cite.Mandates, nil}}},
		{name: "بصيغتها المحددة في", lang: "ar", text: "وإذ يؤكد في هذا الصدد أهمية إعداد تقييمات مستقلة، وفقا لولاية فريق الخبراء، بصيغتها المحددة في الفقرة 26 من القرار 1874 (2009)،",
			want: []c{{"sc:res:1874(2009)", "القرار 1874 (2009)", fam, cite.Mandates, nil}}},
		{name: "as stipulated by", symbol: "A/C.2/80/L.58", text: "39. Also notes that the Working Group held five meetings at which it discussed inputs from Member States, as stipulated by the General Assembly in its resolution 70/125;",
			want: []c{{"ga:res:70/125", "resolution 70/125", pos, cite.Mandates, nil}}},
		{name: "mandated under, mandate under", text: "the inspection teams mandated under resolution 687 (1991), and in order for the Special Commission to carry out its mandate under paragraphs 9 (b) (i-iii) of resolution 687 (1991) to inspect",
			want: []c{
				{"sc:res:687(1991)", "resolution 687 (1991)", fam, cite.Mandates, nil},
				{"sc:res:687(1991)", "resolution 687 (1991)", fam, cite.Mandates, nil}}},
		// Participles and nominals.
		{name: "established in pursuance of", text: "3. Takes note of the special report of the Committee established in pursuance of Security Council resolution 253 (1968);",
			want: []c{{"sc:res:253(1968)", "resolution 253 (1968)", ex, cite.Establishes, nil}}},
		{name: "maintained in", text: "12. Welcomes the intention to maintain the fund established pursuant to resolution 794 (1992) and maintained in resolution 814 (1993) for the additional purpose",
			want: []c{
				{"sc:res:794(1992)", "resolution 794 (1992)", fam, cite.Establishes, nil},
				{"sc:res:814(1993)", "resolution 814 (1993)", fam, cite.Extends, nil}}},
		{name: "maintenu par", lang: "fr", text: "12. Se félicite de l'intention de maintenir le fonds maintenu par la résolution 814 (1993) à d'autres fins",
			want: []c{{"sc:res:814(1993)", "résolution 814 (1993)", fam, cite.Extends, nil}}},
		{name: "the launch, by its resolution", symbol: "A/RES/79/222", text: "Recalling the establishment, by its resolution 69/313, of the Technology Facilitation Mechanism, and the launch, by its resolution 70/1, of the Mechanism,",
			want: []c{
				{"ga:res:69/313", "resolution 69/313", pos, cite.Establishes, nil},
				{"ga:res:70/1", "resolution 70/1", pos, cite.Establishes, nil}}},
		{name: "le lancement, par sa résolution", lang: "fr", symbol: "A/RES/79/222", text: "Rappelant le lancement, par sa résolution 70/1, du Mécanisme,",
			want: []c{{"ga:res:70/1", "résolution 70/1", pos, cite.Establishes, nil}}},
		{name: "which introduced", symbol: "A/RES/80/12", text: "Recalling also its resolution 35/142 B of 12 December 1980, which introduced the United Nations system for the standardized reporting of military expenditures,",
			want: []c{{"ga:res:35/142B", "resolution 35/142 B", pos, cite.Establishes, nil}}},
		// "Considering" names no relation (guidelines rule 5).
		{name: "considering cites", text: "Considering that, in spite of the measures laid down by the Security Council in paragraph 5 of resolution 180 (1963), the Government of Portugal is intensifying its measures,",
			want: []c{{"sc:res:180(1963)", "resolution 180 (1963)", fam, cite.Cites, nil}}},
		{name: "considérant cites", lang: "fr", text: "Considérant que, malgré les mesures prévues au paragraphe 5 de la résolution 180 (1963), le Gouvernement portugais intensifie ses mesures,",
			want: []c{{"sc:res:180(1963)", "résolution 180 (1963)", fam, cite.Cites, nil}}},
		// A relative clause after a list speaks of each item.
		{name: "by which, after a list", symbol: "A/RES/79/67", text: "Recalling its resolutions 42/39 D of 30 November 1987 and 44/117 F of 15 December 1989, by which it established the United Nations Regional Centre,",
			want: []c{
				{"ga:res:42/39D", "resolutions 42/39 D", pos, cite.Establishes, nil},
				{"ga:res:44/117F", "44/117 F", pos, cite.Establishes, nil}}},
		{name: "par lesquelles, after a list", lang: "fr", symbol: "A/RES/79/67", text: "Rappelant ses résolutions 42/39 D du 30 novembre 1987 et 44/117 F du 15 décembre 1989, par lesquelles elle a créé le Centre régional,",
			want: []c{
				{"ga:res:42/39D", "résolutions 42/39 D", pos, cite.Establishes, nil},
				{"ga:res:44/117F", "44/117 F", pos, cite.Establishes, nil}}},
		// An adverb set off by commas after the relative word.
		{name: "in which, inter alia,", symbol: "A/RES/79/134", text: "11. Further recalls Security Council resolution 2118 (2013) of 27 September 2013, in which, inter alia, the Council requested the Director General to report,",
			want: []c{{"sc:res:2118(2013)", "resolution 2118 (2013)", ex, cite.Mandates, nil}}},
		{name: "dans laquelle, notamment,", lang: "fr", symbol: "A/RES/79/134", text: "11. Rappelle en outre la résolution 2118 (2013) du Conseil de sécurité, dans laquelle, notamment, le Conseil a prié le Directeur général de faire rapport,",
			want: []c{{"sc:res:2118(2013)", "résolution 2118 (2013)", ex, cite.Mandates, nil}}},
		// A source in brackets; a list under one connector over the opening.
		{name: "source in brackets", text: "Having considered the statement made in its report, submitted in compliance with the resolution of 4 April 1946 [resolution 3 (1946)], that it was not able",
			want: []c{{"sc:res:3(1946)", "resolution 3 (1946)", fam, cite.Pursuant, nil}}},
		{name: "a list under one connector, over the opening", symbol: "A/RES/80/30", text: "1. Recalls the recommendations of the Open-ended Working Group, which was established by the Assembly by its resolution 65/66 and its decision 70/551 and which met in New York;",
			want: []c{
				{"ga:res:65/66", "resolution 65/66", pos, cite.Establishes, nil},
				{"ga:dec:70/551", "decision 70/551", pos, cite.Establishes, nil}}},
	})
}

// TestRenamingNoteIsTextOf: an editorial note that renames the text itself
// ("Decision 72/412, …, becomes decision 72/412 A") names the decision the
// text is: its instruments are TextOf, not citations.
func TestRenamingNoteIsTextOf(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		want       []c
	}{
		{"en", "At its 74th plenary meeting, the General Assembly, in accordance with paragraph 2 of its resolution 43/222 B, took note of the appointment.\n\nDecision 72/412, in section A of the Official Records of the General Assembly, Seventy-second Session, Supplement No. 49 (A/72/49), vol. II, becomes decision 72/412 A.\n",
			[]c{{"ga:res:43/222B", "resolution 43/222 B", pos, cite.Pursuant, nil}, {"A/72/49", "A/72/49", "", "", nil}}},
		{"fr", "À sa 74e séance plénière, l'Assemblée générale, conformément au paragraphe 2 de sa résolution 43/222 B, a pris acte de la nomination.\n\nLa décision 72/412, qui figure à la section A des Documents officiels de l'Assemblée générale, soixante-douzième session, Supplément no 49 (A/72/49), vol. II, devient la décision 72/412 A.\n",
			[]c{{"ga:res:43/222B", "résolution 43/222 B", pos, cite.Pursuant, nil}, {"A/72/49", "A/72/49", "", "", nil}}},
	} {
		res := extract.Extract([]byte(tt.text), extract.Options{Lang: tt.lang, Symbol: "A/72/PV.74"})
		var textOf []string
		for _, id := range res.TextOf {
			textOf = append(textOf, id.String())
		}
		if diff := cmp.Diff([]string{"ga:dec:72/412", "ga:dec:72/412A"}, textOf); diff != "" {
			t.Errorf("%s: TextOf (-want +got):\n%s", tt.lang, diff)
		}
		if diff := cmp.Diff(tt.want, project(res.Citations)); diff != "" {
			t.Errorf("%s: Citations (-want +got):\n%s", tt.lang, diff)
		}
	}
}

// TestForeignDocuments: a symbol given as another organization's
// document is not a UN document, however UN-like its series.
func TestForeignDocuments(t *testing.T) {
	runCases(t, []extractCase{
		{name: "OPCW document", symbol: "A/RES/79/134", text: "See Organisation for the Prohibition of Chemical Weapons, document S/2338/2024.",
			want: nil},
		{name: "OPCW document, French", lang: "fr", symbol: "A/RES/79/134", text: "Voir Organisation pour l'interdiction des armes chimiques, document S/2338/2024.",
			want: nil},
		{name: "a United Nations programme's document stays", symbol: "A/RES/79/1", text: "United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.",
			want: []c{{"CBD/COP/15/17", "CBD/COP/15/17", "", "", nil}, {"cbd-cop:dec:15/4", "decision 15/4", ex, cite.Cites, nil}}},
		{name: "ibid stays", symbol: "S/RES/318 (1972)", text: "37 Ibid., document S/10632.",
			want: []c{{"S/10632", "S/10632", "", "", nil}}},
		{name: "the Security Council's document stays", symbol: "S/RES/566 (1985)", text: "See Official Records of the Security Council, document S/17242.",
			want: []c{{"S/17242", "S/17242", "", "", nil}}},
	})
}

// TestClauseVerbsGoOn pins the verb readers past commas, the present
// verbs after a citation in more languages, and the connector that opens
// a sentence like "by its resolution".
func TestClauseVerbsGoOn(t *testing.T) {
	runCases(t, []extractCase{
		// A comma before a verb of the tables, alone or after a list word.
		{name: "، وطلب إلي", lang: "ar", text: "وأكد مجلس الأمن، بقراره 2055 (2012)، الزيادة الكبيرة في عبء عمل اللجنة خلال فترة ولايتها، وطلب إلي أن أزيد عدد أعضاء فريق الخبراء.",
			want: []c{{"sc:res:2055(2012)", "بقراره 2055 (2012)", fam, cite.Mandates, nil}}},
		{name: ", and requested", text: "In its resolution 2055 (2012), the Security Council emphasized the increased workload of the Committee, and requested me to increase the size of the group.",
			want: []c{{"sc:res:2055(2012)", "resolution 2055 (2012)", fam, cite.Mandates, nil}}},
		// A relative or "that" clause between commas is passed over.
		{name: ", которую …, и просил", lang: "ru", text: "В своей резолюции 2055 (2012) Совет Безопасности особо отметил значительный рост объема работы, которую Комитет выполняет на протяжении срока действия его мандата, и просил меня увеличить численность группы экспертов.",
			want: []c{{"sc:res:2055(2012)", "резолюции 2055 (2012)", ex, cite.Mandates, nil}}},
		{name: ", что …, и постановили", lang: "ru", text: "в том числе резолюции 2118 (2013) Совета Безопасности, в которой члены Совета единогласно определили, что применение химического оружия представляет собой угрозу, и постановили, что Сирийская Арабская Республика не должна применять химическое оружие.",
			want: []c{{"sc:res:2118(2013)", "резолюции 2118 (2013)", ex, cite.Mandates, nil}}},
		{name: "，并决定", lang: "zh", text: "包括联合国安理会第2118(2013)号决议，其中安全理事会成员一致认定\"使用化学武器对国际和平与安全构成威胁\"，并决定\"阿拉伯叙利亚共和国不得使用化学武器\"。",
			want: []c{{"sc:res:2118(2013)", "第2118(2013)号决议", ex, cite.Mandates, nil}}},
		{name: "a comma before a noun ends the clause", text: "In its resolution 2055 (2012), the Security Council emphasized the workload, the requested budget being insufficient.",
			want: []c{{"sc:res:2055(2012)", "resolution 2055 (2012)", fam, cite.Cites, nil}}},
		// "that in resolution X," opens a clause like "in its resolution".
		{name: "أنه في القرار", lang: "ar", text: "وتجدر الإشارة إلى أنه في القرار 853 (1993)، أدان مجلس الأمن \"الاستيلاء على منطقة أغدام\" وطالب \"بانسحاب قوات الاحتلال\".",
			want: []c{{"sc:res:853(1993)", "القرار 853 (1993)", fam, cite.Mandates, nil}}},
		{name: "وفي القرار", lang: "ar", text: "6 - وفي القرار 2024 (2011)، وسّع مجلس الأمن نطاق الولاية الموكلة إلى البعثة.",
			want: []c{{"sc:res:2024(2011)", "القرار 2024 (2011)", fam, cite.Extends, nil}}},
		{name: "وحث مجلس الأمن، في الفقرة 23 من القرار", lang: "ar", text: "26 - وحث مجلس الأمن، في الفقرة 23 من القرار 2140 (2014)، جميع الدول الأعضاء على أن تكفل التعاون مع الفريق.",
			want: []c{{"sc:res:2140(2014)", "القرار 2140 (2014)", fam, cite.Mandates, nil}}},
		// A resolution that imposes obligations mandates.
		{name: "impone", lang: "es", text: "Reconocemos que la resolución 1540 (2004) impone a todos los Estados la obligación de promulgar legislación.",
			want: []c{{"sc:res:1540(2004)", "resolución 1540 (2004)", fam, cite.Mandates, nil}}},
		{name: "возлагает", lang: "ru", text: "Мы признаем, что резолюция 1540 (2004) возлагает на государства обязательства принять законодательство.",
			want: []c{{"sc:res:1540(2004)", "резолюция 1540 (2004)", fam, cite.Mandates, nil}}},
		{name: "يلزم", lang: "ar", text: "فنحن ندرك أن القرار 1540 (2004) يلزم الدول بسن قوانين لمنع انتشار الأسلحة النووية.",
			want: []c{{"sc:res:1540(2004)", "القرار 1540 (2004)", fam, cite.Mandates, nil}}},
		{name: "号决议扩大了", lang: "zh", text: "6. 安全理事会第2024(2011)号决议扩大了联阿安全部队支持联合边界核查和监测机制的任务范围。",
			want: []c{{"sc:res:2024(2011)", "第2024(2011)号决议", ex, cite.Extends, nil}}},
		{name: "الذي اتخذه مجلس الأمن في … وقرر فيه تمديد", lang: "ar", text: "أتشرف بالإشارة إلى القرار 2182 (2014) الذي اتخذه مجلس الأمن في 24 تشرين الأول/أكتوبر 2014 وقرر فيه تمديد ولاية فريق الرصد المعني بالصومال وإريتريا لمدة 13 شهرا.",
			want: []c{{"sc:res:2182(2014)", "القرار 2182 (2014)", ex, cite.Extends, nil}}},
		{name: "adopted on …, by which the Council decided to extend", text: "I have the honour to refer to Security Council resolution 2182 (2014), adopted on 24 October 2014, by which the Council decided to extend the mandate of the Monitoring Group.",
			want: []c{{"sc:res:2182(2014)", "resolution 2182 (2014)", ex, cite.Extends, nil}}},
		// A connector opening the sentence reads like "by its resolution".
		{name: "En virtud de la resolución …, el Consejo solicitó", lang: "es", text: "En virtud de la resolución 2055 (2012), el Consejo de Seguridad puso de relieve que el volumen de trabajo había aumentado y me solicitó que aumentase el número de expertos.",
			want: []c{{"sc:res:2055(2012)", "resolución 2055 (2012)", fam, cite.Mandates, nil}}},
		{name: "En vertu de la résolution …, le Conseil a prié", lang: "fr", text: "En vertu de la résolution 2055 (2012), le Conseil de sécurité a prié le Secrétaire général de porter à neuf le nombre des experts.",
			want: []c{{"sc:res:2055(2012)", "résolution 2055 (2012)", fam, cite.Mandates, nil}}},
		{name: "a connector opening the sentence, no past verb", lang: "es", text: "De conformidad con la resolución 1894 (LVII) del Consejo Económico y Social, el programa provisional se ha preparado.",
			want: []c{{"ecosoc:res:1894(LVII)", "resolución 1894 (LVII)", ex, cite.Pursuant, nil}}},
	})
}

// TestOCRAndRepeatedNumbers pins two forms the grammar reads beyond its
// items: a Security Council symbol whose S was read by OCR as 5 or 8, and
// a number repeated without the year or session it was first cited with.
func TestOCRAndRepeatedNumbers(t *testing.T) {
	runCases(t, []extractCase{
		{name: "8/ for S/ in a list of documents", symbol: "S/RES/817 (1993)", text: "Taking note of the contents of the letters contained in documents 8/25541, S/25542 and S/25543 received from the parties,",
			want: []c{{"S/25541", "8/25541", "", cite.Recalls, nil}, {"S/25542", "S/25542", "", cite.Recalls, nil}, {"S/25543", "S/25543", "", cite.Recalls, nil}}},
		{name: "5/ for S/ in parentheses", symbol: "S/RES/1445 (2002)", text: "Taking note of the Secretary-General's special report of 10 September 2002 (5/2002/1005) and its recommendations,",
			want: []c{{"S/2002/1005", "5/2002/1005", "", cite.Recalls, nil}}},
		{name: "fractions and dates are not symbols", symbol: "S/RES/1445 (2002)", text: "The vote was 8/12 on 5/12/2002, and 5/2002 of the budget (8/25541 dollars was spent) went to 8/25541 items.",
			want: nil},
		{name: "a number repeated without its year", lang: "ru", text: "выражая сожаление в связи с нарушениями резолюции 1591 (2005) без санкции Комитета, учрежденного резолюцией 1591,",
			want: []c{{"sc:res:1591(2005)", "резолюции 1591 (2005)", fam, cite.Cites, nil}, {"sc:res:1591(2005)", "резолюцией 1591", fam, cite.Establishes, nil}}},
		{name: "a number repeated without its session", symbol: "A/RES/79/1", text: "Recalling its resolution 3379 (XXX), and noting that resolution 3379 was revoked,",
			want: []c{{"ga:res:3379(XXX)", "resolution 3379 (XXX)", pos, cite.Recalls, nil}, {"ga:res:3379(XXX)", "resolution 3379", doc, cite.Recalls, nil}}},
		{name: "a bare number never cited with a year is not read", text: "the Committee established by resolution 1591,",
			want: nil},
	})
}

// TestSessionAcrossLineBreak: a session in capital Roman numerals that
// opens a line completes the number ending the line before; it is not a
// list marker that would start a sentence (and cut the opening off). A
// list marker in small letters still starts one.
func TestSessionAcrossLineBreak(t *testing.T) {
	runCases(t, []extractCase{
		{name: "session carried over", symbol: "S/RES/383 (1975)",
			text: "Noting that General Assembly resolution 3395\n(XXX) of 20 November 1975 reaffirmed the need for the implementation of General Assembly resolution 3212 (XXIX) of 1 November 1974,",
			want: []c{
				{"ga:res:3395(XXX)", "resolution 3395\n(XXX)", cite.FromExplicit, cite.Recalls, nil},
				{"ga:res:3212(XXIX)", "resolution 3212 (XXIX)", cite.FromExplicit, cite.Recalls, nil}}},
		{name: "list marker after a number",
			text: "Recalling decision 1/CP.21\n(a) Welcomes decision 2/CP.22;",
			want: []c{
				{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:2/CP.22", "decision 2/CP.22", fam, cite.Cites, nil}}},
	})
}

// TestOwnInstruments: a compilation names the decisions it holds in its
// table of contents and headings (the text naming itself: no citation),
// and one of its decisions may cite another in running text (a citation).
func TestOwnInstruments(t *testing.T) {
	text := "Contents\n" +
		"\t1/CMA.4\tSharm el-Sheikh Implementation Plan\t\t2\n" +
		"| Decision 4/CMA.4 | Mitigation work programme | 22 |\n" +
		"\n" +
		"Decision 1/CMA.4\n" +
		"Sharm el-Sheikh Implementation Plan\n" +
		"\t\t19.\tWelcomes the adoption of decision 4/CMA.4 on the mitigation work programme;\n" +
		"\n" +
		"Decision 4/CMA.4\n" +
		"Mitigation work programme\n" +
		"\t\t1.\tRecalls decision 1/CMA.4;\n"
	res := extract.Extract([]byte(text), extract.Options{Symbol: "FCCC/PA/CMA/2022/10/Add.1", Lang: "en"})
	want := []c{
		{"unfccc-cma:dec:4/CMA.4", "decision 4/CMA.4", fam, cite.Cites, nil},
		{"unfccc-cma:dec:1/CMA.4", "decision 1/CMA.4", fam, cite.Recalls, nil},
	}
	if diff := cmp.Diff(want, project(res.Citations)); diff != "" {
		t.Errorf("citations (-want +got):\n%s", diff)
	}
	var textOf []string
	for _, id := range res.TextOf {
		textOf = append(textOf, id.String())
	}
	if diff := cmp.Diff([]string{"unfccc-cma:dec:1/CMA.4", "unfccc-cma:dec:4/CMA.4"}, textOf); diff != "" {
		t.Errorf("TextOf (-want +got):\n%s", diff)
	}
}

// TestRanges: a range of whole instruments is each instrument in it, the
// inner ones spanning the range ("decisions 9/CP.19 to 15/CP.19", a
// range word of each language); a range whose inner numbers cannot be
// counted (the Security Council's years) gives its two ends only.
func TestRanges(t *testing.T) {
	runCases(t, []extractCase{
		{name: "en", text: "Recalling decisions 9/CP.19 to 11/CP.19 and 3/CP.20,",
			want: []c{
				{"unfccc-cop:dec:9/CP.19", "decisions 9/CP.19", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:10/CP.19", "9/CP.19 to 11/CP.19", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:11/CP.19", "11/CP.19", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:3/CP.20", "3/CP.20", fam, cite.Recalls, nil}}},
		{name: "fr", lang: "fr", text: "Rappelant les décisions 9/CP.19 à 11/CP.19,",
			want: []c{
				{"unfccc-cop:dec:9/CP.19", "décisions 9/CP.19", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:10/CP.19", "9/CP.19 à 11/CP.19", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:11/CP.19", "11/CP.19", fam, cite.Recalls, nil}}},
		{name: "es", lang: "es", symbol: "A/RES/67/10", text: "Recordando sus resoluciones 66/1 a 66/3,",
			want: []c{
				{"ga:res:66/1", "resoluciones 66/1", pos, cite.Recalls, nil},
				{"ga:res:66/2", "66/1 a 66/3", pos, cite.Recalls, nil},
				{"ga:res:66/3", "66/3", pos, cite.Recalls, nil}}},
		{name: "ru", lang: "ru", text: "ссылаясь на решения 9/CP.19 по 11/CP.19,",
			want: []c{
				{"unfccc-cop:dec:9/CP.19", "решения 9/CP.19", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:10/CP.19", "9/CP.19 по 11/CP.19", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:11/CP.19", "11/CP.19", fam, cite.Recalls, nil}}},
		{name: "ar", lang: "ar", symbol: "A/RES/67/10", text: "وإذ تشير إلى قراريها 66/1 إلى 66/3،",
			want: []c{
				{"ga:res:66/1", "قراريها 66/1", pos, cite.Recalls, nil},
				{"ga:res:66/2", "66/1 إلى 66/3", pos, cite.Recalls, nil},
				{"ga:res:66/3", "66/3", pos, cite.Recalls, nil}}},
		{name: "zh", lang: "zh", symbol: "A/RES/67/10", text: "回顾其第66/1至66/3号决议，",
			want: []c{
				{"ga:res:66/1", "第66/1", pos, cite.Recalls, nil},
				{"ga:res:66/2", "66/1至66/3", pos, cite.Recalls, nil},
				{"ga:res:66/3", "66/3号决议", pos, cite.Recalls, nil}}},
		{name: "years between unknown", text: "Recalling resolutions 1267 (1999) to 1333 (2000),",
			want: []c{
				{"sc:res:1267(1999)", "resolutions 1267 (1999)", fam, cite.Recalls, nil},
				{"sc:res:1333(2000)", "1333 (2000)", fam, cite.Recalls, nil}}},
	})
}

// TestRelativeClausesAfterLocators: what a relative clause says the cited
// instrument did holds over the paragraph named after the citation, over a
// passive whose subject is a list, and for each citation of a list it
// follows (guidelines rule 3).
func TestRelativeClausesAfterLocators(t *testing.T) {
	runCases(t, []extractCase{
		{name: "paragraph, in which it was decided that", text: "Also recalling decision 1/CP.21, paragraph 98, in which it was decided that the modalities shall build upon the system,",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "in particular paragraph, in which it recommended", text: "Also recalling decision 2/CP.23, in particular paragraph 8, in which it recommended that the processes continue,",
			want: []c{{"unfccc-cop:dec:2/CP.23", "decision 2/CP.23", fam, cite.Mandates, nil}}},
		{name: "paragraph, in which it was decided to establish", text: "Also recalling decision 1/CMA.3, paragraph 27, in which it was decided to establish a work programme,",
			want: []c{{"unfccc-cma:dec:1/CMA.3", "decision 1/CMA.3", fam, cite.Establishes, nil}}},
		{name: "paragraph, requesting", text: "Recalling decision 1/CP.21, paragraph 76, requesting the Subsidiary Body for Implementation to develop terms of reference,",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "in decision, paragraph, the Conference encouraged", text: "In decision 1/CP.16, paragraph 70, the Conference of the Parties encouraged developing country Parties to contribute.",
			want: []c{{"unfccc-cop:dec:1/CP.16", "decision 1/CP.16", fam, cite.Mandates, nil}}},
		{name: "paragraphe, dans laquelle il a été décidé", lang: "fr", text: "Rappelant également la décision 1/CMA.3, paragraphe 27, dans laquelle il a été décidé de créer un programme de travail,",
			want: []c{{"unfccc-cma:dec:1/CMA.3", "décision 1/CMA.3", fam, cite.Establishes, nil}}},
		// A passive whose subject is a list with commas.
		{name: "in which X, Y and Z were urged", text: "13. Reiterate decision 1/CMA.3, paragraph 64, in which developed country Parties, the operating entities of the Financial Mechanism, United Nations entities and other institutions were urged to scale up support;",
			want: []c{{"unfccc-cma:dec:1/CMA.3", "decision 1/CMA.3", fam, cite.Mandates, nil}}},
		{name: "were recalled and were urged", text: "Recalling decision 1/CMA.3, paragraph 29, in which Articles 3 and 4, paragraphs 3, 4, 5 and 11, of the Paris Agreement were recalled and Parties were urged to revisit their targets,",
			want: []c{{"unfccc-cma:dec:1/CMA.3", "decision 1/CMA.3", fam, cite.Mandates, nil}}},
		{name: "dans laquelle X, Y et Z ont été priés", lang: "fr", text: "Rappelant la décision 1/CMA.3, dans laquelle les pays développés Parties, les entités fonctionnelles et d'autres institutions ont été priés d'intensifier leur appui,",
			want: []c{{"unfccc-cma:dec:1/CMA.3", "décision 1/CMA.3", fam, cite.Mandates, nil}}},
		{name: "en la que X, Y y Z fueron instados", lang: "es", text: "Recordando la decisión 1/CMA.3, en la que los países desarrollados, las entidades y otras instituciones fueron instados a aumentar su apoyo,",
			want: []c{{"unfccc-cma:dec:1/CMA.3", "decisión 1/CMA.3", fam, cite.Mandates, nil}}},
		{name: "whereby … was established, a dash in the name", text: "36. Recognizes the importance of the goal and recalls decision 7/CMA.3, whereby the Glasgow–Sharm el-Sheikh work programme on the global goal on adaptation was established and launched;",
			want: []c{{"unfccc-cma:dec:7/CMA.3", "decision 7/CMA.3", fam, cite.Establishes, nil}}},
		{name: "a nested relative clause is another clause", symbol: "A/RES/79/134", text: "11. Also recalls paragraph 5 of Security Council resolution 2209 (2015), in which the Council welcomed the intention of the Director General to include the reports of the mission, which was mandated to establish the facts, as part of his reports;",
			want: []c{{"sc:res:2209(2015)", "resolution 2209 (2015)", ex, cite.Recalls, nil}}},
		{name: "in which X, Y are urged (present)", text: "13. Reiterate decision 1/CMA.3, paragraph 64, in which developed country Parties, the operating entities of the Financial Mechanism and other institutions, including private sources, are urged to provide support;",
			want: []c{{"unfccc-cma:dec:1/CMA.3", "decision 1/CMA.3", fam, cite.Mandates, nil}}},
		{name: "a participle after a list", text: "47. Further welcomes the adoption of decisions 11/CP.27 and 12/CMA.4, establishing the institutional arrangements of the Santiago network;",
			want: []c{
				{"unfccc-cop:dec:11/CP.27", "decisions 11/CP.27", fam, cite.Establishes, nil},
				{"unfccc-cma:dec:12/CMA.4", "12/CMA.4", fam, cite.Establishes, nil}}},
		{name: "Decides to change", text: "13. Decides to change the submission deadline referred to in decision 4/CP.21, paragraph 12(a), to 4 October 2017.",
			want: []c{{"unfccc-cop:dec:4/CP.21", "decision 4/CP.21", fam, cite.Amends, nil}}},
		{name: "Décide de modifier", lang: "fr", text: "13. Décide de modifier la date limite visée dans la décision 4/CP.21, paragraphe 12 a), pour la fixer au 4 octobre 2017.",
			want: []c{{"unfccc-cop:dec:4/CP.21", "décision 4/CP.21", fam, cite.Amends, nil}}},
		// The instrument as subject.
		{name: "decision X established", text: "Recalling that decision 2/CP.19 established the Warsaw International Mechanism,",
			want: []c{{"unfccc-cop:dec:2/CP.19", "decision 2/CP.19", fam, cite.Establishes, nil}}},
		{name: "la décision X a créé", lang: "fr", text: "Rappelant que la décision 2/CP.19 a créé le Mécanisme international de Varsovie,",
			want: []c{{"unfccc-cop:dec:2/CP.19", "décision 2/CP.19", fam, cite.Establishes, nil}}},
		// Each citation of the list the clause follows.
		{name: "list of phrases, by which it was decided", text: "1. Recalls decision 5/CMP.7, paragraph 4, and decision 1/CP.21, paragraph 33, by which it was decided, inter alia, that the forum shall continue;",
			want: []c{
				{"unfccc-cmp:dec:5/CMP.7", "decision 5/CMP.7", fam, cite.Mandates, nil},
				{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "recalling paragraph of X and paragraph of Y, in which … was requested", text: "25. Also requests, recalling paragraph 22 of decision 22/CP.21 and paragraph 20 of decision 21/CP.23, in which the Executive Secretary was requested to include a budget,",
			want: []c{
				{"unfccc-cop:dec:22/CP.21", "decision 22/CP.21", fam, cite.Mandates, nil},
				{"unfccc-cop:dec:21/CP.23", "decision 21/CP.23", fam, cite.Mandates, nil}}},
	})
}

// TestConnectorOverContainedIn: a pursuant connector reaches through a
// short noun phrase, "contained in" and a locator linked by "to" (the
// annex to decision X) — guidelines rule 2.
func TestConnectorOverContainedIn(t *testing.T) {
	runCases(t, []extractCase{
		{name: "contained in the annex to", text: "Parties shall include chapters, in accordance with the guidelines contained in the annex to decision 4/CP.5;",
			want: []c{{"unfccc-cop:dec:4/CP.5", "decision 4/CP.5", fam, cite.Pursuant, nil}}},
		{name: "criteria contained in the guidelines annexed to", text: "8. Also decides to initiate the review, in accordance with the criteria contained in the guidelines annexed to decision 8/CP.19;",
			want: []c{{"unfccc-cop:dec:8/CP.19", "decision 8/CP.19", fam, cite.Pursuant, nil}}},
		{name: "a list of nouns contained in chapter VII of the annex to", text: "with the review to be conducted in accordance with the corresponding modalities, procedures and guidelines contained in chapter VII of the annex to decision 18/CMA.1;",
			want: []c{{"unfccc-cma:dec:18/CMA.1", "decision 18/CMA.1", fam, cite.Pursuant, nil}}},
		{name: "contained in, as applicable, decisions", text: "Parties shall include chapters, in accordance with the guidelines contained in, as applicable, decisions 4/CP.5 and 17/CP.8;",
			want: []c{
				{"unfccc-cop:dec:4/CP.5", "decisions 4/CP.5", fam, cite.Pursuant, nil},
				{"unfccc-cop:dec:17/CP.8", "17/CP.8", fam, cite.Pursuant, nil}}},
		{name: "a quoted title, contained in", text: "(a) Provide support in accordance with the “Guidelines for the preparation of national communications from Parties not included in Annex I to the Convention”, contained in the annex to decision 17/CP.8;",
			want: []c{{"unfccc-cop:dec:17/CP.8", "decision 17/CP.8", fam, cite.Pursuant, nil}}},
		{name: "figurant dans l'annexe de", lang: "fr", text: "Les Parties présentent leurs rapports conformément aux lignes directrices figurant dans l'annexe de la décision 18/CMA.1;",
			want: []c{{"unfccc-cma:dec:18/CMA.1", "décision 18/CMA.1", fam, cite.Pursuant, nil}}},
		{name: "contenidas en el anexo de", lang: "es", text: "Las Partes presentarán sus informes de conformidad con las directrices contenidas en el anexo de la decisión 18/CMA.1;",
			want: []c{{"unfccc-cma:dec:18/CMA.1", "decisión 18/CMA.1", fam, cite.Pursuant, nil}}},
		// Not a list of nouns: another prepositional phrase.
		{name: "and with paragraphs of", text: "until the Council determines that Iraq is in full compliance with the present resolution and with paragraphs 12 and 13 of resolution 687 (1991) and the Agency determines",
			want: []c{{"sc:res:687(1991)", "resolution 687 (1991)", fam, cite.Cites, nil}}},
		// No connector: the objectives set out in still cites.
		{name: "no connector, contained in", text: "1. Welcomes the progress on the objectives contained in the annex to resolution 814 (1993);",
			want: []c{{"sc:res:814(1993)", "resolution 814 (1993)", fam, cite.Cites, nil}}},
	})
}

// TestReplacedByTheCitingText: the citing text replacing what the cited
// instrument set up ends it (guidelines rule 1); not when the sentence
// reports what another instrument decided.
func TestReplacedByTheCitingText(t *testing.T) {
	runCases(t, []extractCase{
		{name: "shall replace … referred to in", text: "41. Decides that the biennial transparency reports shall replace the biennial reports, biennial update reports, international assessment and review, and international consultation and analysis referred to in decision 2/CP.17;",
			want: []c{{"unfccc-cop:dec:2/CP.17", "decision 2/CP.17", fam, cite.Ends, nil}}},
		{name: "in place of … contained in the annex to, a list", text: "The review shall be conducted in place of the guidelines contained in the annex to decision 24/CP.19 and the review guidelines in the annex to decision 13/CP.20;",
			want: []c{
				{"unfccc-cop:dec:24/CP.19", "decision 24/CP.19", fam, cite.Ends, nil},
				{"unfccc-cop:dec:13/CP.20", "decision 13/CP.20", fam, cite.Ends, nil}}},
		{name: "will supersede the system established by, past a locator", text: "39. Reaffirms that the guidelines will supersede the measurement, reporting and verification system established by decision 1/CP.16, paragraphs 40–47 and 60–64, and decision 2/CP.17, paragraphs 12–62;",
			want: []c{
				{"unfccc-cop:dec:1/CP.16", "decision 1/CP.16", fam, cite.Ends, nil},
				{"unfccc-cop:dec:2/CP.17", "decision 2/CP.17", fam, cite.Ends, nil}}},
		{name: "en lieu et place des", lang: "fr", text: "L'examen sera effectué en lieu et place des lignes directrices figurant dans l'annexe de la décision 24/CP.19;",
			want: []c{{"unfccc-cop:dec:24/CP.19", "décision 24/CP.19", fam, cite.Ends, nil}}},
		{name: "en lugar de", lang: "es", text: "El examen se realizará en lugar de las directrices contenidas en el anexo de la decisión 24/CP.19;",
			want: []c{{"unfccc-cop:dec:24/CP.19", "decisión 24/CP.19", fam, cite.Ends, nil}}},
		// Replacing a part of the instrument's text amends it.
		{name: "shall replace paragraph 3 of", text: "3. Notes that the new text shall replace paragraph 3 of resolution 2231 (2015).",
			want: []c{{"sc:res:2231(2015)", "resolution 2231 (2015)", fam, cite.Amends, nil}}},
		// What another instrument decided: rule 1 does not apply.
		{name: "in which it was decided that … shall supersede", text: "Also recalling, in particular, decision 1/CP.21, paragraph 98, in which it was decided that the guidelines shall build upon and eventually supersede the measurement, reporting and verification system established by decision 1/CP.16, paragraphs 40–47 and 60–64, and decision 2/CP.17, paragraphs 12–62,",
			want: []c{
				{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil},
				{"unfccc-cop:dec:1/CP.16", "decision 1/CP.16", fam, cite.Establishes, nil},
				{"unfccc-cop:dec:2/CP.17", "decision 2/CP.17", fam, cite.Establishes, nil}}},
	})
}

// TestReportsPastTense: a report's conclusions in the past tense ("The SBI
// recalled", "took note of") recall like "Recalling" and "Takes note"
// (the held-out set's judgement call); "Also takes note" and the CMA's
// plural "Recall" are openings.
func TestReportsPastTense(t *testing.T) {
	runCases(t, []extractCase{
		{name: "The SBI and the SBSTA recalled decisions", text: "38. The SBI and the SBSTA recalled decisions 1/CP.16 and 18/CP.23, and continued their consideration.",
			want: []c{
				{"unfccc-cop:dec:1/CP.16", "decisions 1/CP.16", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:18/CP.23", "18/CP.23", fam, cite.Recalls, nil}}},
		{name: "considered and took note of document", text: "13. The SBI considered this agenda sub-item at its 1st meeting and took note of the information contained in document FCCC/SBI/2019/INF.7.",
			want: []c{{"FCCC/SBI/2019/INF.7", "FCCC/SBI/2019/INF.7", "", cite.Recalls, nil}}},
		{name: "welcomed, and recalled …, and noted", text: "132. The SBI welcomed the exchange of views, and recalled the implications outlined in document FCCC/SBI/2015/2 and noted those outlined in document FCCC/SBI/2019/INF.1.",
			want: []c{
				{"FCCC/SBI/2015/2", "FCCC/SBI/2015/2", "", cite.Recalls, nil},
				{"FCCC/SBI/2019/INF.1", "FCCC/SBI/2019/INF.1", "", cite.Recalls, nil}}},
		{name: "welcomed … taking into account cites", text: "59. The SBI welcomed the work programme of the LEG, taking into account decision 11/CMA.1.",
			want: []c{{"unfccc-cma:dec:11/CMA.1", "decision 11/CMA.1", fam, cite.Cites, nil}}},
		{name: "as noted in is no report verb", text: "The programme, as noted in decision 11/CMA.1, goes on.",
			want: []c{{"unfccc-cma:dec:11/CMA.1", "decision 11/CMA.1", fam, cite.Cites, nil}}},
		{name: "a rappelé", lang: "fr", text: "38. Le SBI a rappelé les décisions 1/CP.16 et 2/CP.17.",
			want: []c{
				{"unfccc-cop:dec:1/CP.16", "décisions 1/CP.16", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:2/CP.17", "2/CP.17", fam, cite.Recalls, nil}}},
		{name: "recordó", lang: "es", text: "38. El OSE recordó las decisiones 1/CP.16 y 2/CP.17.",
			want: []c{
				{"unfccc-cop:dec:1/CP.16", "decisiones 1/CP.16", fam, cite.Recalls, nil},
				{"unfccc-cop:dec:2/CP.17", "2/CP.17", fam, cite.Recalls, nil}}},
		{name: "Also takes note", text: "7. Also takes note of the invitation to continue the work programme described in decision 1/CMA.1;",
			want: []c{{"unfccc-cma:dec:1/CMA.1", "decision 1/CMA.1", fam, cite.Recalls, nil}}},
		{name: "Recall (CMA plural)", text: "7. Recall decision 7/CMA.1 and the functions of the forum;",
			want: []c{{"unfccc-cma:dec:7/CMA.1", "decision 7/CMA.1", fam, cite.Recalls, nil}}},
		{name: "prend également note", lang: "fr", text: "7. Prend également note de l'invitation à poursuivre le programme de travail décrit dans la décision 1/CMA.1;",
			want: []c{{"unfccc-cma:dec:1/CMA.1", "décision 1/CMA.1", fam, cite.Recalls, nil}}},
		// The opening does not reach into what an earlier instrument did.
		{name: "the opening stops at an earlier citation's relative clause", symbol: "A/RES/79/134", text: "11. Further recalls Security Council resolution 2118 (2013), in which the Council requested the Director General to report on the implementation of resolution 2118 (2013);",
			want: []c{
				{"sc:res:2118(2013)", "resolution 2118 (2013)", ex, cite.Mandates, nil},
				{"sc:res:2118(2013)", "resolution 2118 (2013)", fam, cite.Cites, nil}}},
	})
}

// TestMandatesNamedAsNouns: what the instrument asked for, named as a noun
// before it ("the mandates ensuing from", "the guidance contained in", "the
// request in", "the functions as set out in") mandates; a neutral object
// ("the objectives set out in", "the workplan contained in") cites.
func TestMandatesNamedAsNouns(t *testing.T) {
	runCases(t, []extractCase{
		{name: "the mandates ensuing from", text: "Noting with appreciation the progress of the Executive Committee, and the mandates ensuing from decision 1/CP.21, paragraphs 48 and 49,",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "the relevant mandates contained in", text: "4. Requests the Adaptation Committee to make use of additional modalities for responding to the relevant mandates contained in decision 1/CP.21;",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "the guidance contained in, a list", text: "25. Requests the Board to report on the elements and provisions of the guidance contained in decisions 3/CP.17 and 6/CP.18;",
			want: []c{
				{"unfccc-cop:dec:3/CP.17", "decisions 3/CP.17", fam, cite.Mandates, nil},
				{"unfccc-cop:dec:6/CP.18", "6/CP.18", fam, cite.Mandates, nil}}},
		{name: "guidance from the Conference of the Parties as contained in", text: "2. Also welcomes the actions taken by the Board in response to previous guidance from the Conference of the Parties as contained in decision 7/CP.21:",
			want: []c{{"unfccc-cop:dec:7/CP.21", "decision 7/CP.21", fam, cite.Mandates, nil}}},
		{name: "the request in", text: "12. Decides that the next review will be held in 2024, including consideration of the request in decision 2/CP.24, paragraph 4;",
			want: []c{{"unfccc-cop:dec:2/CP.24", "decision 2/CP.24", fam, cite.Mandates, nil}}},
		{name: "the invitation from Parties in", text: "26. Welcomes the timely completion of the Special Report in response to the invitation from Parties in decision 1/CP.21, paragraph 21;",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "its functions as set out in", text: "(a) The performance of the WIM and its functions as set out in decision 2/CP.19;",
			want: []c{{"unfccc-cop:dec:2/CP.19", "decision 2/CP.19", fam, cite.Mandates, nil}}},
		{name: "the overall aim set out in", text: "5. The objective of the review is to assess the progress of the PCCB towards achieving its overall aim set out in decision 1/CP.21, paragraph 71;",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "in accordance with the mandate contained in", text: "10. SBI 51 will prepare a draft decision in accordance with the mandate contained in decision 1/CP.21;",
			want: []c{{"unfccc-cop:dec:1/CP.21", "decision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "les mandats découlant de", lang: "fr", text: "6. Prie le Comité exécutif d'inclure dans son plan de travail les travaux relatifs aux mandats découlant de la décision 1/CP.21;",
			want: []c{{"unfccc-cop:dec:1/CP.21", "décision 1/CP.21", fam, cite.Mandates, nil}}},
		{name: "las orientaciones contenidas en", lang: "es", text: "25. Pide a la Junta que informe sobre las orientaciones impartidas contenidas en la decisión 3/CP.17;",
			want: []c{{"unfccc-cop:dec:3/CP.17", "decisión 3/CP.17", fam, cite.Mandates, nil}}},
		// Neutral objects cite.
		{name: "the workplan contained in cites", text: "3. Welcomes the workplan contained in decision 9/CP.25;",
			want: []c{{"unfccc-cop:dec:9/CP.25", "decision 9/CP.25", fam, cite.Cites, nil}}},
	})
}
