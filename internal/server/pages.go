package server

import (
	"net/http"
	"strconv"
)

// The pages' Content-Security-Policy: everything from this server, nothing
// from elsewhere. GraphiQL needs inline styles, and its bundle probes for
// the global object with `new Function`.
const csp = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
	"style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-eval'; connect-src 'self'"

const graphiqlPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>citegraph · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
<script src="/graphiql/assets/citegraph-graphiql.js"></script>
</body>
</html>
`

func (s *server) graphiql(w http.ResponseWriter, r *http.Request) { writeHTML(w, graphiqlPage) }

func writeHTML(w http.ResponseWriter, page string) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write([]byte(page))
}

func itoa(n int) string { return strconv.Itoa(n) }
