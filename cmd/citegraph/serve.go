package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/citegraph/citegraph/internal/server"
)

const serveHelp = `Usage: citegraph serve [flags]

Serve answers GraphQL queries about the graph at /graphql (POST), with a
GraphiQL playground on GET, until interrupted. An empty database is first
filled with the demo documents built into citegraph, so a fresh machine
shows a real graph.

Examples:
  citegraph serve
  citegraph serve --db un.db --addr 0.0.0.0:8080
  curl -s localhost:8080/graphql -H 'Content-Type: application/json' \
    -d '{"query":"{ instrument(id:\"untoc-cop:dec:2/6\") { established { id } } }"}'
`

// Server timeouts: generous for a slow client or a deep query, short
// enough that idle or stuck connections do not pile up.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
)

func (c cli) serve(ctx context.Context, args []string) int {
	db := c.dbFlags()
	var addr string
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	db.register(fs)
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "the `host:port` to listen on")
	rest, code, ok := c.parse(fs, serveHelp, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return c.usageError("serve", "unexpected argument %q", rest[0])
	}
	// Listen first, so a busy or bad address fails at once; connections
	// made while an empty database is filled wait in the backlog.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return c.fail("serve", fmt.Errorf("--addr %s: %w", addr, err))
	}
	defer ln.Close()
	st, err := db.openStore(ctx)
	if err != nil {
		return c.fail("serve", err)
	}
	defer st.Close()
	if err := fillIfEmpty(ctx, st, c.stderr); err != nil {
		return c.fail("serve", err)
	}

	logger := slog.New(slog.NewTextHandler(c.stderr, nil))
	srv := &http.Server{
		Handler:           server.New(st, server.Options{Logger: logger}),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	fmt.Fprintf(c.stderr, "serving %s (GraphQL at /graphql)\n", baseURL(ln.Addr()))
	if c.listening != nil {
		c.listening(ln.Addr().String())
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return c.fail("serve", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return c.fail("serve", fmt.Errorf("shut down: %w", err))
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return c.fail("serve", err)
	}
	fmt.Fprintln(c.stderr, "stopped")
	return exitOK
}

// baseURL is the address a browser on this machine opens: an unspecified
// host (0.0.0.0, ::) is reached through localhost.
func baseURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
