package ingest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/citegraph/citegraph/internal/cite"
)

func TestParseSidecar(t *testing.T) {
	tests := []struct {
		name string
		json string
		want Sidecar
		err  error
	}{
		{
			name: "seed style",
			json: `{"symbol": "S/RES/687  (1991)", "lang": "en", "date": "1991-04-03"}`,
			want: Sidecar{Symbol: "S/RES/687 (1991)", Lang: "en", Date: "1991-04-03"},
		},
		{
			name: "text of an instrument",
			json: `{"lang": "en", "title": "Prevention", "textOf": ["ga:dec:79/512"]}`,
			want: Sidecar{Lang: "en", Title: "Prevention", TextOf: []string{"ga:dec:79/512"}, textOf: []cite.ID{cite.MustID("ga:dec:79/512")}},
		},
		{name: "empty object", json: `{}`, want: Sidecar{}},
		{name: "unknown field", json: `{"language": "en"}`, err: cite.ErrInvalid},
		{name: "not json", json: `symbol: A/RES/1`, err: cite.ErrInvalid},
		{name: "language not one of the six", json: `{"lang": "de"}`, err: cite.ErrInvalid},
		{name: "original language not one of the six", json: `{"originalLang": "english"}`, err: cite.ErrInvalid},
		{name: "date not ISO", json: `{"date": "18 juin 2018"}`, err: cite.ErrInvalid},
		{name: "body not a key", json: `{"body": "General Assembly"}`, err: cite.ErrInvalid},
		{name: "textOf not an id", json: `{"textOf": ["A/RES/55/25"]}`, err: cite.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSidecar([]byte(tt.json))
			if !errors.Is(err, tt.err) {
				t.Fatalf("ParseSidecar(%s) error = %v, want %v", tt.json, err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(Sidecar{}), cmpopts.EquateEmpty(), cmp.Comparer(func(a, b cite.ID) bool { return a == b })); diff != "" {
				t.Errorf("ParseSidecar(%s) (-want +got):\n%s", tt.json, diff)
			}
		})
	}
}

func TestSidecarName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"seeds/A_RES_80_10_EN.txt", "seeds/A_RES_80_10_EN.json"},
		{"E_CN.15_2015_4_FR.txt", "E_CN.15_2015_4_FR.json"},
		{"notes.md", "notes.json"},
		{"dir.d/README", "dir.d/README.json"},
	}
	for _, tt := range tests {
		if got := SidecarName(tt.name); got != tt.want {
			t.Errorf("SidecarName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
