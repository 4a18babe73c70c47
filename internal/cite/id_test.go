package cite

import (
	"errors"
	"testing"
)

func TestParseIDRoundTrip(t *testing.T) {
	for _, s := range []string{
		"untoc-cop:dec:2/6",
		"ga:res:55/25",
		"sc:res:1373(2001)",
		"sc:prst:2014/28",
		"ga:res:3379(XXX)",
		"ga:res:57/270B",
		"ga:res:3211B(XXIX)",
		"unfccc-cop:dec:1/CP.21",
		"basel-cop:dec:BC-14/12",
		"mp-mop:dec:XXVIII/1",
		"uncc-gc:dec:267(2009)",
		"?:res:7/1",
	} {
		id, err := ParseID(s)
		if err != nil {
			t.Errorf("ParseID(%q): %v", s, err)
			continue
		}
		if got := id.String(); got != s {
			t.Errorf("ParseID(%q).String() = %q", s, got)
		}
		if got, err := ParseID(id.String()); err != nil || got != id {
			t.Errorf("ParseID(%q) twice: %v, %v", s, got, err)
		}
	}
}

func TestParseIDInvalid(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"no kind", "ga"},
		{"no number", "ga:res"},
		{"empty number", "ga:res:"},
		{"unknown kind", "ga:law:55/25"},
		{"document kind", "ga:doc:A/55/25"},
		{"uppercase body", "GA:res:55/25"},
		{"space in number", "ga:res:55/ 25"},
		{"trailing hyphen body", "ga-:res:1/1"},
		{"colon in number", "ga:res:55:25"},
		{"non-ASCII number", "ga:res:55/٢٥"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseID(tc.in)
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("ParseID(%q) error = %v, want ErrInvalid", tc.in, err)
			}
		})
	}
}

func TestIDAccessors(t *testing.T) {
	id := MustID("untoc-cop:dec:2/6")
	if id.Body() != "untoc-cop" || id.Kind() != KindDecision || id.Number() != "2/6" || !id.Resolved() || id.IsZero() {
		t.Errorf("accessors of %v wrong", id)
	}
	if MustID("?:dec:2/6").Resolved() {
		t.Error("? body reported resolved")
	}
	var zero ID
	if !zero.IsZero() || zero.String() != "" {
		t.Error("zero ID not zero")
	}
}

func TestIDText(t *testing.T) {
	var id ID
	if err := id.UnmarshalText([]byte("ga:res:55/25")); err != nil {
		t.Fatal(err)
	}
	b, _ := id.MarshalText()
	if string(b) != "ga:res:55/25" {
		t.Errorf("MarshalText = %s", b)
	}
	if err := id.UnmarshalText([]byte("nope")); err == nil {
		t.Error("UnmarshalText accepted an invalid id")
	}
}

func TestRelations(t *testing.T) {
	traces := map[Relation]bool{Establishes: true, Mandates: true, Pursuant: true, Extends: true, Amends: true, Ends: true}
	for _, r := range Relations {
		got, err := ParseRelation(string(r))
		if err != nil || got != r {
			t.Errorf("ParseRelation(%q) = %q, %v", r, got, err)
		}
		if r.Traces() != traces[r] {
			t.Errorf("%s.Traces() = %v", r, r.Traces())
		}
	}
	if _, err := ParseRelation("ESTABLISHES"); err == nil {
		t.Error("ParseRelation accepted upper case")
	}
}

func TestNormalizeSymbol(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"S/RES/1373 (2001)", "S/RES/1373 (2001)"},
		{"S/RES/1373  (2001)", "S/RES/1373 (2001)"},
		{"S/RES/1373\u00a0(2001)", "S/RES/1373 (2001)"},
		{" CTOC/COP/ WG.2/2017/4 ", "CTOC/COP/WG.2/2017/4"},
		{"A/ 55/\n25", "A/55/25"},
		{"A/C.3/80/L.35", "A/C.3/80/L.35"},
	} {
		if got := NormalizeSymbol(tc.in); got != tc.want {
			t.Errorf("NormalizeSymbol(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHashID(t *testing.T) {
	a, b := HashID([]byte("x")), HashID([]byte("y"))
	if a == b || !IsHashID(a) || len(a) != len("sha256:")+16 {
		t.Errorf("HashID gave %q and %q", a, b)
	}
	if HashID([]byte("x")) != a {
		t.Error("HashID not deterministic")
	}
}
