// Package server is citegraph's HTTP face: the GraphQL endpoint at
// /graphql, GraphiQL (served from assets embedded in the binary, so it
// works offline) at /graphiql and at /graphql for a browser, a health
// check at /healthz, and the page to explore the graph (package web) at /.
//
// New returns a plain http.Handler. The caller owns the http.Server and
// sets its timeouts; ReadHeaderTimeout, ReadTimeout, WriteTimeout and
// IdleTimeout below are what `citegraph serve` should use. Each GraphQL
// request also runs under Options.RequestTimeout.
package server

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/citegraph/citegraph/graph"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/web"
)

// Timeouts recommended for the http.Server that serves New's handler.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 30 * time.Second
	WriteTimeout      = 60 * time.Second
	IdleTimeout       = 120 * time.Second
)

// Defaults of Options.
const (
	DefaultMaxBodyBytes   = 1 << 20
	DefaultRequestTimeout = 30 * time.Second
)

// Options configure New.
type Options struct {
	// Logger receives internal errors and panics; nil means slog.Default().
	Logger *slog.Logger
	// MaxBodyBytes bounds a request's body (0: DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// RequestTimeout bounds one GraphQL request (0: DefaultRequestTimeout).
	RequestTimeout time.Duration
	// ComplexityLimit and DepthLimit bound GraphQL queries (0: graph's
	// defaults).
	ComplexityLimit int
	DepthLimit      int
}

//go:embed assets
var assets embed.FS

// New returns the handler serving st.
func New(st store.Store, opts Options) http.Handler {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.MaxBodyBytes == 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = DefaultRequestTimeout
	}
	s := &server{st: st, opts: opts, log: opts.Logger}
	s.gql = graph.NewHandler(st, graph.Options{
		Logger:          opts.Logger,
		ComplexityLimit: opts.ComplexityLimit,
		DepthLimit:      opts.DepthLimit,
	})
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/graphql", s.graphqlAny)
	mux.HandleFunc("GET /graphiql", s.graphiql)
	mux.Handle("GET /graphiql/assets/", cacheFor(24*time.Hour, http.StripPrefix("/graphiql/assets/", http.FileServerFS(static))))
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /favicon.ico", cacheFor(24*time.Hour, http.HandlerFunc(favicon)))
	page := web.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.error(w, r, errNoRoute) }))
	mux.Handle("GET /{$}", page)
	mux.Handle("GET /assets/", page)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, errNoRoute)
	})
	return s.recover(mux)
}

// favicon serves the icon browsers ask for at /favicon.ico (an SVG, which
// they accept there): three cited texts pointing at one, the shape of the
// graph citegraph draws. Without it every page load logged a 404.
func favicon(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "image/svg+xml")
	io.WriteString(w, faviconSVG)
}

const faviconSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
	`<g stroke="#1f4e79" stroke-width="2.5"><line x1="7" y1="7" x2="16" y2="22"/>` +
	`<line x1="25" y1="7" x2="16" y2="22"/><line x1="16" y1="5" x2="16" y2="22"/></g>` +
	`<g fill="#1f4e79"><circle cx="7" cy="7" r="4"/><circle cx="25" cy="7" r="4"/>` +
	`<circle cx="16" cy="5" r="3.5"/></g><circle cx="16" cy="24" r="6" fill="#c0392b"/></svg>`

type server struct {
	st   store.Store
	opts Options
	log  *slog.Logger
	gql  http.Handler
}

// errNoRoute is a request for a path the server does not serve.
var errNoRoute = errors.New("no such page")

// errMethod is a request with a method the path does not answer.
var errMethod = errors.New("method not allowed")

// graphqlAny serves GraphiQL to a browser's GET and queries to everyone
// else.
func (s *server) graphqlAny(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		if r.URL.Query().Get("query") == "" && strings.Contains(r.Header.Get("Accept"), "text/html") {
			s.graphiql(w, r)
			return
		}
	case http.MethodPost, http.MethodOptions:
	default:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		s.error(w, r, errMethod)
		return
	}
	s.graphql(w, r)
}

func (s *server) graphql(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > s.opts.MaxBodyBytes {
		s.error(w, r, &http.MaxBytesError{Limit: s.opts.MaxBodyBytes})
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()
	s.gql.ServeHTTP(w, r.WithContext(ctx))
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if err := s.st.Ping(ctx); err != nil {
		s.log.ErrorContext(ctx, "healthz", "err", err)
		s.error(w, r, store.ErrUnavailable)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// error is the one mapping from an error to an HTTP answer: the status its
// kind calls for and a JSON body {"status", "error"} whose message hides
// internals.
func (s *server) error(w http.ResponseWriter, r *http.Request, err error) {
	status, word, msg := http.StatusInternalServerError, "internal", "internal error"
	var tooBig *http.MaxBytesError
	switch {
	case errors.Is(err, errMethod):
		status, word, msg = http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed on "+r.URL.Path
	case errors.Is(err, errNoRoute):
		status, word, msg = http.StatusNotFound, "not_found", "no such page: "+r.URL.Path
	case errors.Is(err, store.ErrNotFound):
		status, word, msg = http.StatusNotFound, "not_found", err.Error()
	case errors.Is(err, store.ErrInvalid):
		status, word, msg = http.StatusBadRequest, "bad_request", err.Error()
	case errors.As(err, &tooBig):
		status, word, msg = http.StatusRequestEntityTooLarge, "too_large", "request body larger than the limit"
	case errors.Is(err, store.ErrUnavailable):
		status, word, msg = http.StatusServiceUnavailable, "unavailable", "the database is unavailable"
	case errors.Is(err, context.DeadlineExceeded):
		status, word, msg = http.StatusGatewayTimeout, "timeout", "the request took too long"
	default:
		s.log.ErrorContext(r.Context(), "http", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	writeJSON(w, status, map[string]string{"status": word, "error": msg})
}

// recover answers 500 instead of dropping the connection when a handler
// panics (gqlgen recovers its own resolvers' panics as errors).
func (s *server) recover(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.ErrorContext(r.Context(), "http: panic", "method", r.Method, "path", r.URL.Path, "value", v)
				s.error(w, r, errors.New("panic"))
			}
		}()
		h.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age="+itoa(int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}
