package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const goldDir = "../../testdata/gold"

// TestEval runs eval over the gold set in both formats and checks the
// output's shape; the figures themselves are printed, not asserted (the
// extractor is being improved; doc/eval.md keeps the latest).
func TestEval(t *testing.T) {
	out, errOut, code := citegraph(t, "eval", "--gold", goldDir)
	if code != 0 {
		t.Fatalf("eval: status %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"| **overall** |", "| en |", "| fr |", "| es |", "| ru |", "| ar |", "| zh |",
		"| family |", "| SC resolution |", "| external |", "| Human Rights Council |", "| kind |", "| relation accuracy", "| aligned rows agreeing"} {
		if !strings.Contains(out, want) {
			t.Errorf("table output lacks %q", want)
		}
	}
	t.Logf("\n%s", out[:strings.Index(out, "| family |")])

	out, errOut, code = citegraph(t, "eval", "--gold", goldDir, "--format", "json")
	if code != 0 {
		t.Fatalf("eval --format json: status %d, stderr %s", code, errOut)
	}
	var v struct {
		Overall struct {
			TP, FN    int
			Precision float64
			F1        float64 `json:"f1"`
		}
		ByLang           map[string]struct{ F1 float64 } `json:"byLang"`
		RelationAccuracy *float64                        `json:"relationAccuracy"`
		AlignedShare     *float64                        `json:"alignedShare"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("json output: %v", err)
	}
	if v.Overall.TP+v.Overall.FN < 1500 || len(v.ByLang) != 6 || v.RelationAccuracy == nil || v.AlignedShare == nil {
		t.Errorf("json output incomplete: %+v", v)
	}
}

func TestEvalUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"help", []string{"eval", "--help"}, 0, "Usage: citegraph eval"},
		{"bad format", []string{"eval", "--format", "csv"}, 2, "want table or json"},
		{"argument", []string{"eval", "x"}, 2, "unexpected argument"},
		{"no gold set", []string{"eval", "--gold", "no/such/dir"}, 1, "load gold set"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := citegraph(t, tc.args...)
			if code != tc.code || !strings.Contains(out+errOut, tc.want) {
				t.Errorf("citegraph %v: status %d, output %q; want status %d and %q", tc.args, code, out+errOut, tc.code, tc.want)
			}
		})
	}
}
