package graph

import (
	"context"
	"log/slog"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/citegraph/citegraph/graph/generated"
	"github.com/citegraph/citegraph/graph/model"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/trace"
)

// Default query limits. A connection counts as its page size times what
// each of its edges asks for, so one level of `cites(first: 50)` nested in
// another stays under the complexity limit and three levels do not.
const (
	DefaultComplexityLimit = 20000
	DefaultDepthLimit      = 15
)

// Options configure NewHandler.
type Options struct {
	// Logger receives internal errors and panics; nil means slog.Default().
	Logger *slog.Logger
	// ComplexityLimit and DepthLimit reject costlier or deeper queries
	// before they run; 0 means the defaults.
	ComplexityLimit int
	DepthLimit      int
}

// NewHandler returns the GraphQL endpoint over r: queries by POST (JSON)
// and GET (query string), introspection on, each request with its own
// read cache, complexity and depth limits, one error presenter, and panics
// recovered.
func NewHandler(r store.Reader, opts Options) http.Handler {
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	if opts.ComplexityLimit == 0 {
		opts.ComplexityLimit = DefaultComplexityLimit
	}
	if opts.DepthLimit == 0 {
		opts.DepthLimit = DefaultDepthLimit
	}
	cfg := generated.Config{Resolvers: &Resolver{Store: r, Logger: log}}
	setComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(opts.ComplexityLimit))
	srv.Use(depthLimit{max: opts.DepthLimit})
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(recoverPanic(log))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withReader(ctx, r))
	})
	return srv
}

// setComplexity makes lists cost what they may return.
func setComplexity(c *generated.ComplexityRoot) {
	page := func(first *int, def int) int {
		if first != nil && *first > 0 {
			return *first
		}
		return def
	}
	edges := func(child int, _ []model.Relation, first *int, _ *string) int {
		return 1 + child*page(first, store.DefaultPageSize)
	}
	c.Instrument.Cites = edges
	c.Instrument.CitedBy = edges
	c.Document.Cites = edges
	c.Document.CitedBy = edges
	c.Query.Search = func(child int, _ string, first *int, _ *string) int {
		return 1 + child*page(first, defaultSearchPage)
	}
	c.Query.TraceMandate = func(child int, _ string, maxDepth *int) int {
		return 10 + child*2*page(maxDepth, trace.DefaultMaxDepth)
	}
}

// depthLimit rejects operations whose selections nest deeper than max.
// Introspection fields (__schema, __type) are not counted: GraphiQL's own
// schema query nests deeply but costs little.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	if n := depth(op.SelectionSet, map[string]bool{}); n > d.max {
		err := gqlerror.Errorf("operation has depth %d, which exceeds the limit of %d", n, d.max)
		errcode.Set(err, CodeDepthLimit)
		return err
	}
	return nil
}

func depth(set ast.SelectionSet, inFragment map[string]bool) int {
	deepest := 0
	for _, s := range set {
		n := 0
		switch s := s.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			n = 1 + depth(s.SelectionSet, inFragment)
		case *ast.InlineFragment:
			n = depth(s.SelectionSet, inFragment)
		case *ast.FragmentSpread:
			if s.Definition == nil || inFragment[s.Name] {
				continue
			}
			inFragment[s.Name] = true
			n = depth(s.Definition.SelectionSet, inFragment)
			delete(inFragment, s.Name)
		}
		deepest = max(deepest, n)
	}
	return deepest
}
