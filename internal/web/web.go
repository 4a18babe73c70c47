// Package web serves citegraph's exploration page: a search box, the trace
// of a mandate and the neighbourhood of a node, drawn with Cytoscape.js.
//
// The page's sources are in web/ at the repository root; `npm run build`
// there writes the bundle to dist/ here, which is committed and embedded,
// so `go run ./cmd/citegraph serve` needs no Node. The page talks to the
// server only through /graphql.
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed dist
var dist embed.FS

// CSP is the page's Content-Security-Policy: everything from this server,
// nothing from elsewhere. Cytoscape.js sets inline styles on its canvas
// container; the layout runs in a worker loaded from this server.
const CSP = "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
	"style-src 'self' 'unsafe-inline'; script-src 'self'; worker-src 'self'; " +
	"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Handler serves the page at / (index.html) and its files under /assets/.
// Any other path is answered 404 by notFound, so the caller keeps one
// mapping of errors to answers.
func Handler(notFound http.Handler) http.Handler {
	files, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	index, err := fs.ReadFile(files, "index.html")
	if err != nil {
		panic(err) // the bundle is committed with index.html
	}
	etags := map[string]string{}
	_ = fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		etags[name] = `"` + hex.EncodeToString(sum[:8]) + `"`
		return nil
	})
	assets := http.StripPrefix("/assets/", http.FileServerFS(files))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		switch {
		case r.URL.Path == "/":
			h.Set("Content-Type", "text/html; charset=utf-8")
			h.Set("Content-Security-Policy", CSP)
			h.Set("Cache-Control", "no-cache")
			if r.Method == http.MethodHead {
				return
			}
			_, _ = w.Write(index)
		case strings.HasPrefix(r.URL.Path, "/assets/") && r.URL.Path != "/assets/index.html" && etags[strings.TrimPrefix(r.URL.Path, "/assets/")] != "":
			// Fixed names: revalidated by ETag rather than cached blindly.
			h.Set("Cache-Control", "no-cache")
			h.Set("ETag", etags[strings.TrimPrefix(r.URL.Path, "/assets/")])
			assets.ServeHTTP(w, r)
		default:
			notFound.ServeHTTP(w, r)
		}
	})
}
