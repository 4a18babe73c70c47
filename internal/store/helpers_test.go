package store

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/citegraph/citegraph/internal/cite"
)

func TestCursor(t *testing.T) {
	for _, keys := range [][]string{{"a"}, {"ga:res:55/25", "recalls", "A/RES/1"}, {"", "é\x00\"", "/"}} {
		got, err := DecodeCursor(EncodeCursor(keys...), len(keys))
		if err != nil {
			t.Fatalf("DecodeCursor(EncodeCursor(%q)): %v", keys, err)
		}
		if diff := cmp.Diff(keys, got); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	}
	tests := []struct {
		name   string
		cursor string
		n      int
	}{
		{"not base64", "%%", 1},
		{"not json", "bm9wZQ", 1},
		{"wrong count", EncodeCursor("a", "b"), 3},
		{"no version", "WyJhIl0", 0},
		{"empty", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeCursor(tt.cursor, tt.n); !errors.Is(err, ErrInvalid) {
				t.Errorf("DecodeCursor(%q, %d): err = %v, want ErrInvalid", tt.cursor, tt.n, err)
			}
		})
	}
}

func TestPageSize(t *testing.T) {
	tests := []struct {
		name  string
		first int
		want  int
		err   bool
	}{
		{"zero", 0, DefaultPageSize, false},
		{"negative", -3, DefaultPageSize, false},
		{"one", 1, 1, false},
		{"max", MaxPageSize, MaxPageSize, false},
		{"too many", MaxPageSize + 1, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PageSize(tt.first)
			if got != tt.want || (err != nil) != tt.err || (err != nil && !errors.Is(err, ErrInvalid)) {
				t.Errorf("PageSize(%d) = %d, %v; want %d, error %v", tt.first, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Résolution", "resolution"},
		{"DÉCISION", "decision"},
		{"Генеральная Ассамблея", "генеральная ассамблея"},
		{"大会", "大会"},
		{"Conférence des Parties", "conference des parties"},
		{"año", "ano"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Term
	}{
		{"words", "Coopération internationale", []Term{{"cooperation", false}, {"internationale", false}}},
		{"numbers kept whole", "resolution 55/25 and 1/CP.21", []Term{{"resolution", false}, {"55/25", false}, {"and", false}, {"1/cp.21", false}}},
		{"syntax dropped", `"a" NEAR(b*) -c:d`, []Term{{"a", false}, {"near", false}, {"b", false}, {"c", false}, {"d", false}}},
		{"CJK runs", "大会第55/25号决议", []Term{{"大会第", true}, {"55/25", false}, {"号决议", true}}},
		{"trailing slash", "A/", []Term{{"a", false}}},
		{"nothing", `"*()`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Terms(tt.in)); diff != "" {
				t.Errorf("Terms(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseInstrumentQuery(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want InstrumentQuery
		ok   bool
	}{
		{"number", "2/6", InstrumentQuery{Number: "2/6"}, true},
		{"decision", "decision 2/6", InstrumentQuery{Kind: cite.KindDecision, Number: "2/6"}, true},
		{"décision", "Décision 3/2", InstrumentQuery{Kind: cite.KindDecision, Number: "3/2"}, true},
		{"resolución", "resolución 55/25", InstrumentQuery{Kind: cite.KindResolution, Number: "55/25"}, true},
		{"Russian", "резолюция 61/106", InstrumentQuery{Kind: cite.KindResolution, Number: "61/106"}, true},
		{"Chinese", "第55/25号决议", InstrumentQuery{Kind: cite.KindResolution, Number: "55/25"}, true},
		{"body qualifier", "GA resolution 55/25", InstrumentQuery{Kind: cite.KindResolution, Number: "55/25", Qualifier: "ga"}, true},
		{"Security Council", "resolution 1373 (2001)", InstrumentQuery{Kind: cite.KindResolution, Number: "1373(2001)"}, true},
		{"part letter", "resolution 57/270 B", InstrumentQuery{Kind: cite.KindResolution, Number: "57/270B"}, true},
		{"session", "3379 (XXX)", InstrumentQuery{Number: "3379(XXX)"}, true},
		{"UNFCCC", "decision 1/CP.21", InstrumentQuery{Kind: cite.KindDecision, Number: "1/CP.21"}, true},
		{"presidential statement", "presidential statement 2014/28", InstrumentQuery{Kind: cite.KindPresidentialStatement, Number: "2014/28"}, true},
		{"no number", "technical assistance", InstrumentQuery{}, false},
		{"not a number", "résolution ٥٥/٢٥", InstrumentQuery{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseInstrumentQuery(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" || ok != tt.ok {
				t.Errorf("ParseInstrumentQuery(%q) ok = %v (want %v) (-want +got):\n%s", tt.in, ok, tt.ok, diff)
			}
		})
	}
}

func TestMatchBody(t *testing.T) {
	ga := cite.Body{
		Key:      "ga",
		Names:    map[string]string{"en": "General Assembly", "fr": "Assemblée générale", "zh": "大会", "ru": "Генеральная Ассамблея"},
		Aliases:  map[string][]string{"en": {"UN General Assembly"}},
		Acronyms: []string{"GA", "UNGA"},
	}
	tests := []struct {
		name string
		q    string
		want BodyMatch
		ok   bool
	}{
		{"key", "ga", BodyMatch{Exact: true, Name: "ga"}, true},
		{"acronym", "unga", BodyMatch{Exact: true, Name: "UNGA"}, true},
		{"name", "general assembly", BodyMatch{Exact: true, Lang: "en", Name: "General Assembly"}, true},
		{"French without accents", "assemblee generale", BodyMatch{Exact: true, Lang: "fr", Name: "Assemblée générale"}, true},
		{"alias", "UN General Assembly", BodyMatch{Exact: true, Lang: "en", Name: "UN General Assembly"}, true},
		{"word prefixes", "gen assem", BodyMatch{Lang: "en", Name: "General Assembly"}, true},
		{"Russian word", "ассамблея", BodyMatch{Lang: "ru", Name: "Генеральная Ассамблея"}, true},
		{"Chinese substring", "大", BodyMatch{Lang: "zh", Name: "大会"}, true},
		{"other words", "security council", BodyMatch{}, false},
		{"blank", "  ", BodyMatch{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := MatchBody(ga, tt.q)
			if diff := cmp.Diff(tt.want, got); diff != "" || ok != tt.ok {
				t.Errorf("MatchBody(%q) ok = %v (want %v) (-want +got):\n%s", tt.q, ok, tt.ok, diff)
			}
		})
	}
}

func TestMergeVersions(t *testing.T) {
	en := cite.Document{ID: "A/RES/1", Lang: "en", Title: "Title", OriginalLang: "en", Source: "en.txt"}
	fr := cite.Document{ID: "A/RES/1", Lang: "fr", Title: "Titre", OriginalLang: "en", Date: "2001-01-08"}
	es := cite.Document{ID: "A/RES/1", Lang: "es", Title: "Título", OriginalLang: "es"}
	ru := cite.Document{ID: "A/RES/1", Lang: "ru", Title: "Название"}
	zh := cite.Document{ID: "A/RES/1", Lang: "zh", Title: "标题"}
	tests := []struct {
		name     string
		versions []cite.Document
		want     cite.Document
	}{
		{"none", nil, cite.Document{}},
		{"original language", []cite.Document{fr, en}, cite.Document{ID: "A/RES/1", Lang: "en", Title: "Title", OriginalLang: "en", Date: "2001-01-08", Source: "en.txt"}},
		{"original language not there", []cite.Document{fr}, fr},
		{"original language by language order", []cite.Document{ru, es}, cite.Document{ID: "A/RES/1", Lang: "es", Title: "Título", OriginalLang: "es"}},
		{"UN order without English", []cite.Document{ru, zh}, cite.Document{ID: "A/RES/1", Lang: "zh", Title: "标题"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, MergeVersions(tt.versions), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("MergeVersions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInstrumentFromTexts(t *testing.T) {
	one := []cite.ID{cite.MustID("sc:res:1373(2001)")}
	tests := []struct {
		name   string
		id     string
		texts  []cite.Document
		textOf [][]cite.ID
		want   cite.Instrument
	}{
		{"cited only", "ga:res:55/25", nil, nil, cite.Instrument{ID: cite.MustID("ga:res:55/25")}},
		{"year in number", "sc:res:1373(2001)", []cite.Document{{Title: "Threats", Session: "4385"}}, [][]cite.ID{one},
			cite.Instrument{ID: cite.MustID("sc:res:1373(2001)"), Title: "Threats", Session: "4385", Year: 2001}},
		{"report of many", "ga:res:55/25", []cite.Document{{Title: "Report"}},
			[][]cite.ID{{cite.MustID("ga:res:55/25"), cite.MustID("ga:res:55/26")}}, cite.Instrument{ID: cite.MustID("ga:res:55/25")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := InstrumentFromTexts(cite.MustID(tt.id), tt.texts, tt.textOf)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateComparable(cite.ID{})); diff != "" {
				t.Errorf("InstrumentFromTexts (-want +got):\n%s", diff)
			}
		})
	}
}
