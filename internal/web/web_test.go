package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/citegraph/citegraph/internal/web"
)

func TestHandler(t *testing.T) {
	notFound := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { http.Error(w, "nope", http.StatusNotFound) })
	srv := httptest.NewServer(web.Handler(notFound))
	defer srv.Close()

	tests := []struct {
		name, path string
		wantStatus int
		wantType   string
		wantBody   string
	}{
		{"page", "/", 200, "text/html", `<script src="/assets/app.js"`},
		{"script", "/assets/app.js", 200, "text/javascript", "cytoscape"},
		{"layout worker", "/assets/layout.js", 200, "text/javascript", "fcose"},
		{"stylesheet", "/assets/style.css", 200, "text/css", "--rel-establishes"},
		{"unknown asset", "/assets/nothing.js", 404, "text/plain", "nope"},
		{"index only at /", "/assets/index.html", 404, "text/plain", "nope"},
		{"directory", "/assets/", 404, "text/plain", "nope"},
		{"unknown page", "/elsewhere", 404, "text/plain", "nope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := http.Get(srv.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tc.wantStatus || !strings.HasPrefix(res.Header.Get("Content-Type"), tc.wantType) || !strings.Contains(string(body), tc.wantBody) {
				t.Errorf("GET %s: %d %s (%d bytes); want %d %s containing %q", tc.path, res.StatusCode, res.Header.Get("Content-Type"), len(body), tc.wantStatus, tc.wantType, tc.wantBody)
			}
		})
	}
}

// TestPageNamesOnlyItsOwnAssets checks that every file the page names is
// served from this server, and that the page forbids other origins.
func TestPageNamesOnlyItsOwnAssets(t *testing.T) {
	srv := httptest.NewServer(web.Handler(http.NotFoundHandler()))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if got := res.Header.Get("Content-Security-Policy"); got != web.CSP {
		t.Errorf("Content-Security-Policy = %q, want %q", got, web.CSP)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(string(page), -1)
	if len(refs) < 2 {
		t.Fatalf("page names %d files, want its script and stylesheet", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if strings.HasPrefix(ref, "#") || strings.HasPrefix(ref, "data:") {
			continue // a place on the page itself, or inline data
		}
		if !strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
			t.Errorf("%q is not on this server", ref)
			continue
		}
		if !strings.HasPrefix(ref, "/assets/") {
			continue // links to the server's other pages (/, /graphql)
		}
		r, err := http.Get(srv.URL + ref)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != 200 {
			t.Errorf("GET %s: %d", ref, r.StatusCode)
		}
	}
}

// TestAssetsRevalidate checks that an asset's ETag answers 304 on a
// second request.
func TestAssetsRevalidate(t *testing.T) {
	srv := httptest.NewServer(web.Handler(http.NotFoundHandler()))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/assets/style.css")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	etag := res.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	req, _ := http.NewRequest("GET", srv.URL+"/assets/style.css", nil)
	req.Header.Set("If-None-Match", etag)
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("GET with If-None-Match %s: %d, want 304", etag, res.StatusCode)
	}
}
