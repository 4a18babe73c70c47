// Package graph is citegraph's GraphQL API: the gqlgen configuration, the
// resolvers, the per-request cache that keeps a node met many times in one
// answer from being read many times, the error presenter that maps store
// errors to codes and hides internals, and NewHandler, which puts them
// together behind explicit transports and query limits. The schema lives
// in ../schema; the generated executor in generated/ (regenerate with
// `go tool gqlgen generate --config graph/gqlgen.yml` from the module root).
package graph

import (
	"log/slog"

	"github.com/citegraph/citegraph/internal/store"
)

// Resolver is the one place the API's dependencies come in. Resolvers read
// the store through the request's cache (reader), never Store directly.
type Resolver struct {
	Store  store.Reader
	Logger *slog.Logger
}
