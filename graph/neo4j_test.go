package graph_test

import (
	"testing"

	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/neo4j/neo4jtest"
	"github.com/citegraph/citegraph/internal/trace/tracetest"
)

// TestNeo4j runs the resolver tests against the Neo4j store. It skips,
// saying how to run it, when no server is configured (see neo4jtest).
func TestNeo4j(t *testing.T) {
	neo4jtest.Need(t)
	openStore = func(t testing.TB, recs ...store.Record) store.Store {
		st := neo4jtest.Open(t)
		tracetest.Fill(t, st, recs...)
		return st
	}
	t.Cleanup(func() { openStore = tracetest.Open })
	for _, tt := range []struct {
		name string
		test func(*testing.T)
	}{
		{"ErrorPresenter", TestErrorPresenter},
		{"RequestCache", TestRequestCache},
		{"Limits", TestLimits},
	} {
		t.Run(tt.name, tt.test)
	}
}
