package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/citegraph/citegraph/internal/store"
)

// Error codes, in each error's extensions.code.
const (
	CodeNotFound     = "NOT_FOUND"
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeUnavailable  = "UNAVAILABLE"
	CodeTimeout      = "TIMEOUT"
	CodeInternal     = "INTERNAL"
	// CodeDepthLimit is set when a query nests deeper than the limit;
	// gqlgen's complexity limit uses COMPLEXITY_LIMIT_EXCEEDED.
	CodeDepthLimit = "DEPTH_LIMIT_EXCEEDED"
)

// errPanic marks an error made from a recovered panic, already logged.
var errPanic = errors.New("panic")

// presentError is the one place a resolver's error becomes what clients
// see: a missing node is NOT_FOUND and a malformed argument BAD_USER_INPUT,
// both with their message; anything else is logged and shown only as
// "internal error", so no query can read the server's internals.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		code, msg := "", gerr.Message
		switch {
		case errors.Is(err, store.ErrNotFound):
			code = CodeNotFound
		case errors.Is(err, store.ErrInvalid):
			code = CodeBadUserInput
		case errors.Is(err, store.ErrUnavailable):
			code, msg = CodeUnavailable, "the database is unavailable; try again later"
			log.ErrorContext(ctx, "graphql", "path", gerr.Path.String(), "err", err)
		case errors.Is(err, context.DeadlineExceeded):
			code, msg = CodeTimeout, "the request took too long"
		case errors.Is(err, errPanic):
			code, msg = CodeInternal, "internal error"
		default:
			if c, ok := gerr.Extensions["code"].(string); ok && c != "" && gerr.Unwrap() == nil {
				// gqlgen's own errors about the request (validation,
				// limits) already say what is wrong with it.
				return gerr
			}
			code, msg = CodeInternal, "internal error"
			log.ErrorContext(ctx, "graphql", "path", gerr.Path.String(), "err", err)
		}
		return &gqlerror.Error{
			Message:    msg,
			Path:       gerr.Path,
			Locations:  gerr.Locations,
			Extensions: map[string]any{"code": code},
		}
	}
}

// recoverPanic turns a resolver's panic into an INTERNAL error for that
// field, logged with its stack, so one bad node never takes the server down.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "graphql: panic", "value", fmt.Sprint(v), "stack", string(debug.Stack()))
		return fmt.Errorf("%w: %v", errPanic, v)
	}
}
