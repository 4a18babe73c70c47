package neo4j_test

import (
	"testing"

	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/neo4j/neo4jtest"
	"github.com/citegraph/citegraph/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return neo4jtest.Open(t) })
}
