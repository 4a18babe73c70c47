package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/extract"
)

func TestRussian(t *testing.T) {
	runCases(t, []extractCase{
		{name: "instrumental, participle", lang: "ru", symbol: "S/2015/1",
			text: "Комитет Совета Безопасности, учрежденный резолюцией 2048 (2012) по Гвинее-Бисау",
			want: []c{{"sc:res:2048(2012)", "резолюцией 2048 (2012)", fam, cite.Establishes, nil}}},
		{name: "body in the genitive after the number", lang: "ru", symbol: "A/70/1",
			text: "ссылаясь на резолюцию 61/106 Генеральной Ассамблеи,",
			want: []c{{"ga:res:61/106", "резолюцию 61/106", ex, cite.Recalls, nil}}},
		{name: "possessive, verb after the subject", lang: "ru", symbol: "S/2015/1",
			text: "В своей резолюции 2055 (2012) Совет Безопасности просил меня увеличить численность группы.",
			want: []c{{"sc:res:2055(2012)", "резолюции 2055 (2012)", ex, cite.Mandates, nil}}},
		{name: "decision, genitive plural list", lang: "ru", symbol: "CTOC/COP/2018/1",
			text: "в соответствии с решениями 2/6 и 3/2 Конференции участников",
			want: []c{
				{"untoc-cop:dec:2/6", "решениями 2/6", ex, cite.Pursuant, nil},
				{"untoc-cop:dec:3/2", "3/2", ex, cite.Pursuant, nil}}},
		{name: "Cyrillic look-alike Roman session", lang: "ru", symbol: "A/70/1",
			text: "резолюция 3379 (ХХХ) Генеральной Ассамблеи",
			want: []c{{"ga:res:3379(XXX)", "резолюция 3379 (ХХХ)", ex, cite.Cites, nil}}},
		{name: "parts in a range", lang: "ru", symbol: "A/70/1",
			text: "резолюции 3419 A по D (ХХХ)",
			want: []c{
				{"ga:res:3419A(XXX)", "резолюции 3419 A по D (ХХХ)", doc, cite.Cites, nil},
				{"ga:res:3419B(XXX)", "резолюции 3419 A по D (ХХХ)", doc, cite.Cites, nil},
				{"ga:res:3419C(XXX)", "резолюции 3419 A по D (ХХХ)", doc, cite.Cites, nil},
				{"ga:res:3419D(XXX)", "резолюции 3419 A по D (ХХХ)", doc, cite.Cites, nil}}},
		{name: "extends", lang: "ru", symbol: "S/2015/1",
			text: "мандат которой был продлен в резолюции 2161 (2014);",
			want: []c{{"sc:res:2161(2014)", "резолюции 2161 (2014)", fam, cite.Extends, nil}}},
		{name: "OCR: a Latin letter in a Cyrillic word", lang: "ru", symbol: "S/2015/1",
			text: "cсылаясь на свою резолюцию 1970 (2011),",
			want: []c{{"sc:res:1970(2011)", "резолюцию 1970 (2011)", fam, cite.Recalls, nil}}},
	})
}

func TestArabic(t *testing.T) {
	runCases(t, []extractCase{
		{name: "body after the kind word, dual part letters", lang: "ar", symbol: "A/70/1",
			text: "إذ تشير إلى قرار الجمعية العامة 57/270 باء",
			want: []c{{"ga:res:57/270B", "قرار الجمعية العامة 57/270 باء", ex, cite.Recalls, nil}}},
		{name: "session (د-30)", lang: "ar", symbol: "A/70/1",
			text: "القرار 3379 (د-30)",
			want: []c{{"ga:res:3379(XXX)", "القرار 3379 (د-30)", doc, cite.Cites, nil}}},
		{name: "Arabic-Indic digits", lang: "ar", symbol: "A/70/1",
			text: "وفقا للقرار ٥٥/٢٥",
			want: []c{{"ga:res:55/25", "للقرار ٥٥/٢٥", doc, cite.Pursuant, nil}}},
		{name: "participle and pursuant connector", lang: "ar", symbol: "S/2015/1",
			text: "لجنة مجلس الأمن المنشأة عملا بالقرار 2127 (2013) بشأن جمهورية أفريقيا الوسطى",
			want: []c{{"sc:res:2127(2013)", "بالقرار 2127 (2013)", fam, cite.Establishes, nil}}},
		{name: "possessive suffix, verb first", lang: "ar", symbol: "E/CN.7/2015/1",
			text: "وأهاب المجلس الاقتصادي والاجتماعي، في قراره 2004/27، بجميع الدول",
			want: []c{{"ecosoc:res:2004/27", "قراره 2004/27", pos, cite.Mandates, nil}}},
		{name: "dual with a list", lang: "ar", symbol: "S/2015/1",
			text: "بموجب القرارين 1591 (2005) و 1556 (2004)",
			want: []c{
				{"sc:res:1591(2005)", "القرارين 1591 (2005)", fam, cite.Pursuant, nil},
				{"sc:res:1556(2004)", "1556 (2004)", fam, cite.Pursuant, nil}}},
		{name: "parts: alif and ba", lang: "ar", symbol: "A/70/1",
			text: "القرار 47/20 ألف و باء",
			want: []c{
				{"ga:res:47/20A", "القرار 47/20 ألف و باء", doc, cite.Cites, nil},
				{"ga:res:47/20B", "القرار 47/20 ألف و باء", doc, cite.Cites, nil}}},
	})
}

func TestChinese(t *testing.T) {
	runCases(t, []extractCase{
		{name: "第 … 号决议 with a participle after", lang: "zh", symbol: "S/2015/1",
			text: "安全理事会关于几内亚比绍的第2048(2012)号决议所设委员会",
			want: []c{{"sc:res:2048(2012)", "第2048(2012)号决议", ex, cite.Establishes, nil}}},
		{name: "body right before, GA", lang: "zh", symbol: "S/2015/1",
			text: "回顾大会第55/25号决议，",
			want: []c{{"ga:res:55/25", "第55/25号决议", ex, cite.Recalls, nil}}},
		{name: "list with 、 and 和, 第 and 号 on each", lang: "zh", symbol: "S/2015/1",
			text: "第2057(2012)号、第2109(2013)号和第2187(2014)号决议",
			want: []c{
				{"sc:res:2057(2012)", "第2057(2012)", fam, cite.Cites, nil},
				{"sc:res:2109(2013)", "2109(2013)", fam, cite.Cites, nil},
				{"sc:res:2187(2014)", "2187(2014)号决议", fam, cite.Cites, nil}}},
		{name: "date before the number, extends after", lang: "zh", symbol: "S/2015/1",
			text: "最近由安理会2014年10月14日第2179(2014)号决议延长的部队",
			want: []c{{"sc:res:2179(2014)", "第2179(2014)号决议", ex, cite.Extends, nil}}},
		{name: "space inside and full-width parenthesis", lang: "zh", symbol: "S/2015/1",
			text: "安全理事会在第2133 （2014)号决议中强烈谴责",
			want: []c{{"sc:res:2133(2014)", "第2133 （2014)号决议", fam, cite.Cites, nil}}},
		{name: "traditional characters, decision", lang: "zh", symbol: "CTOC/COP/2018/1",
			text: "根據第2/6號決定",
			want: []c{{"untoc-cop:dec:2/6", "第2/6號決定", doc, cite.Pursuant, nil}}},
		{name: "parts with 和", lang: "zh", symbol: "A/70/1",
			text: "第57/270 A和B号决议",
			want: []c{
				{"ga:res:57/270A", "第57/270 A和B号决议", doc, cite.Cites, nil},
				{"ga:res:57/270B", "第57/270 A和B号决议", doc, cite.Cites, nil}}},
		{name: "body, then what the resolution is about", lang: "zh", symbol: "S/2015/1",
			text: "回顾大会关于发展的第55/25号决议，",
			want: []c{{"ga:res:55/25", "第55/25号决议", ex, cite.Recalls, nil}}},
		{name: "no kind word: paragraph numbers are not citations", lang: "zh", symbol: "S/2015/1",
			text: "第1807(2008)号决议第9和11段", want: []c{{"sc:res:1807(2008)", "第1807(2008)号决议", fam, cite.Cites, nil}}},
		{name: "in resolution … 中 with the subject before", lang: "zh", symbol: "E/CN.7/2015/1",
			text: "经社理事会已在1971年5月20日1576 (L)号决议中正式接受这些职能。",
			want: []c{{"ecosoc:res:1576(L)", "1576 (L)号决议", pos, cite.Cites, nil}}},
	})
}

func TestHeaderSixLanguages(t *testing.T) {
	tests := []struct {
		name, text          string
		date, orig, session string
	}{
		{"russian", "Организация Объединенных Наций\nCTOC/COP/2018/1\nDistr.: General\n18 июня 2018 года\nRussian\nЯзык оригинала: английский\nДевятая сессия\n",
			"2018-06-18", "en", "9"},
		{"arabic", "الأمم المتحدة\nCTOC/COP/2018/1\nDistr.: General\n18 حزيران/يونيه 2018\nArabic\nالأصل: بالإنكليزية\nالدورة التاسعة\n",
			"2018-06-18", "en", "9"},
		{"arabic January", "الأمم المتحدة\nA/70/1\n5 كانون الثاني/يناير 2016\n", "2016-01-05", "", ""},
		{"chinese", "联合国\nCTOC/COP/2018/1\nDistr.: General\n2018年6月18日\nChinese\n原件：英文\n第九届会议\n",
			"2018-06-18", "en", "9"},
		{"chinese session in digits", "联合国\nA/73/1\n第73届会议\n", "", "", "73"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract.Extract([]byte(tt.text), extract.Options{}).Document
			got := []string{d.Date, d.OriginalLang, d.Session}
			if diff := cmp.Diff([]string{tt.date, tt.orig, tt.session}, got); diff != "" {
				t.Errorf("date, original language, session (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSubjectsSixLanguages: the body an establishing citation created is
// found in every language (the seed's sentence, translated).
func TestSubjectsSixLanguages(t *testing.T) {
	wg2 := []string{"untoc-cop-wg2"}
	runCases(t, []extractCase{
		{name: "en", symbol: "CTOC/COP/2018/1", text: "The Working Group of Government Experts on Technical Assistance was established pursuant to decision 2/6 of the Conference.",
			want: []c{{"untoc-cop:dec:2/6", "decision 2/6", ex, cite.Establishes, wg2}}},
		{name: "ru", lang: "ru", symbol: "CTOC/COP/2018/1", text: "Рабочая группа правительственных экспертов по технической помощи была учреждена в соответствии с решением 2/6 Конференции участников.",
			want: []c{{"untoc-cop:dec:2/6", "решением 2/6", ex, cite.Establishes, wg2}}},
		{name: "ar", lang: "ar", symbol: "CTOC/COP/2018/1", text: "أنشئ الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية بموجب المقرر 2/6 لمؤتمر الأطراف.",
			want: []c{{"untoc-cop:dec:2/6", "المقرر 2/6", ex, cite.Establishes, wg2}}},
		{name: "zh", lang: "zh", symbol: "CTOC/COP/2018/1", text: "技术援助问题政府专家工作组是根据缔约方会议第2/6号决定设立的。",
			want: []c{{"untoc-cop:dec:2/6", "第2/6号决定", ex, cite.Establishes, wg2}}},
	})
}

func TestDashRanges(t *testing.T) {
	runCases(t, []extractCase{
		{name: "en dash between parts", symbol: "A/70/1", text: "resolutions 47/20 A–C",
			want: []c{
				{"ga:res:47/20A", "resolutions 47/20 A–C", doc, cite.Cites, nil},
				{"ga:res:47/20B", "resolutions 47/20 A–C", doc, cite.Cites, nil},
				{"ga:res:47/20C", "resolutions 47/20 A–C", doc, cite.Cites, nil}}},
		{name: "Arabic range", lang: "ar", symbol: "A/70/1", text: "القرار 3419 ألف إلى جيم (د-30)",
			want: []c{
				{"ga:res:3419A(XXX)", "القرار 3419 ألف إلى جيم (د-30)", doc, cite.Cites, nil},
				{"ga:res:3419B(XXX)", "القرار 3419 ألف إلى جيم (د-30)", doc, cite.Cites, nil},
				{"ga:res:3419C(XXX)", "القرار 3419 ألف إلى جيم (د-30)", doc, cite.Cites, nil}}},
		{name: "Chinese range", lang: "zh", symbol: "A/70/1", text: "第3419 A至C(XXX)号决议",
			want: []c{
				{"ga:res:3419A(XXX)", "第3419 A至C(XXX)号决议", doc, cite.Cites, nil},
				{"ga:res:3419B(XXX)", "第3419 A至C(XXX)号决议", doc, cite.Cites, nil},
				{"ga:res:3419C(XXX)", "第3419 A至C(XXX)号决议", doc, cite.Cites, nil}}},
	})
}

// TestSubjectsPerCitation: in a sentence citing several instruments,
// each gets the bodies named next to it, not every body of the sentence.
func TestSubjectsPerCitation(t *testing.T) {
	runCases(t, []extractCase{
		{name: "two participles", symbol: "CTOC/COP/2018/1",
			text: "The Working Group of Government Experts on Technical Assistance, established by decision 2/6, and the Working Group on International Cooperation, established by decision 3/2, met together.",
			want: []c{
				{"untoc-cop:dec:2/6", "decision 2/6", doc, cite.Establishes, []string{"untoc-cop-wg2"}},
				{"untoc-cop:dec:3/2", "decision 3/2", doc, cite.Establishes, []string{"untoc-cop-wg3"}}}},
		{name: "one citation keeps the sentence's bodies", symbol: "CTOC/COP/2018/1",
			text: "In its resolution 7/1, the Conference encouraged the Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance to meet.",
			want: []c{{"untoc-cop:res:7/1", "resolution 7/1", pos, cite.Mandates, []string{"untoc-cop-wg3", "untoc-cop-wg2"}}}},
	})
}
