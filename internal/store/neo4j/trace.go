package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// maxTraceDepth bounds TraceEdges' depth (trace.MaxMaxDepth is 10).
const maxTraceDepth = 16

// traceQueries[n] gathers, in one variable-length match, the instruments
// reachable from $from in at most n steps (one step: a document that is an
// instrument's text cites another instrument with one of $rels), then the
// outgoing edges of each. A quantifier cannot be a parameter, so there is
// one query per depth, made here from the integer alone. ANY SHORTEST
// makes Neo4j search breadth first, once per reachable instrument,
// instead of enumerating every path.
var traceQueries = func() []string {
	qs := make([]string, maxTraceDepth+1)
	for n := range qs {
		reach := `MATCH (n:Instrument {id: f})`
		if n > 0 {
			reach = fmt.Sprintf(`MATCH (s:Instrument {id: f})
		MATCH ANY SHORTEST (s) ((:Instrument)<-[:TEXT_OF]-(:Document)-[c:CITES]->(:Instrument) WHERE c.relation IN $rels){0,%d} (n:Instrument)`, n)
		}
		qs[n] = `
		UNWIND $from AS f
		` + reach + `
		WITH DISTINCT n
		OPTIONAL MATCH (n)<-[:TEXT_OF]-(d:Document)-[c:CITES]->(t) WHERE c.relation IN $rels
		WITH DISTINCT n, d, t, c, c.relation AS rel
		RETURN n.id, d.id, t.id, rel, ` + evidenceColumns + `
		ORDER BY n.id, t.id, rel, d.id`
	}
	return qs
}()

// TraceEdges gathers the edges a mandate trace walks from the instruments
// from, natively (see trace.PathReader): for each reachable instrument, its
// outgoing edges with relations, as Edges gives them.
func (s *Store) TraceEdges(ctx context.Context, from []string, relations []cite.Relation, depth int) (map[string][]store.Edge, error) {
	if depth < 0 || depth > maxTraceDepth {
		return nil, fmt.Errorf("trace edges: %w: depth %d: want 0 to %d", store.ErrInvalid, depth, maxTraceDepth)
	}
	rels := make([]any, len(relations))
	for i, r := range relations {
		if _, err := cite.ParseRelation(string(r)); err != nil {
			return nil, fmt.Errorf("trace edges: %w", err)
		}
		rels[i] = string(r)
	}
	ids := make([]any, len(from))
	for i, f := range from {
		ids[i] = f
	}
	out := map[string][]store.Edge{}
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		clear(out)
		recs, err := collect(ctx, tx, traceQueries[depth], map[string]any{"from": ids, "rels": rels})
		if err != nil {
			return err
		}
		for _, r := range recs {
			v := r.Values
			node := str(v[0])
			if v[1] == nil {
				out[node] = []store.Edge{}
				continue
			}
			e := store.Edge{From: str(v[1]), To: str(v[2]), Relation: cite.Relation(str(v[3])), FromInstrument: node}
			e.Evidence, e.ToKind = evidence(e.From, v[4:])
			e.Cursor = store.EncodeCursor(e.To, string(e.Relation), e.From)
			out[node] = append(out[node], e)
		}
		return nil
	})
	return out, wrap("trace edges", err)
}
