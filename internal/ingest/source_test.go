package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// listed is what a listing says, in comparable form.
type listed struct {
	Files       []string
	Skipped     map[string]string // path → reason
	Unsupported map[string]int
}

func summarize(l listing) listed {
	got := listed{Skipped: map[string]string{}, Unsupported: l.unsupported}
	for _, f := range l.files {
		got.Files = append(got.Files, f.name)
	}
	for _, p := range l.skipped {
		got.Skipped[p.Path] = reason(p.Err)
	}
	return got
}

func TestListFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b/2.txt":          {Data: []byte("x")},
		"b/1.TXT":          {Data: []byte("x")},
		"b/1.json":         {Data: []byte("{}")}, // sidecar of 1.TXT
		"b/orphan.json":    {Data: []byte("{}")},
		"a/z.md":           {Data: []byte("x")},
		"a/deep/y.txt":     {Data: []byte("x")},
		"a/deep/y.odt":     {Data: []byte("x")},
		"a/.git/HEAD.txt":  {Data: []byte("x")},
		"a/.DS_Store":      {Data: []byte("x")},
		"c/report.doc":     {Data: []byte("x")},
		"c/no-extension":   {Data: []byte("x")},
		"top.txt":          {Data: []byte("x")},
		"top.json":         {Data: []byte("{}")},
		"explicit.odt":     {Data: []byte("x")},
		"b/3.txt/inner.md": {Data: []byte("x")}, // a folder named like a text file is walked
	}
	tests := []struct {
		name  string
		roots []string
		want  listed
	}{
		{
			name:  "folders walked in lexical order, roots in given order",
			roots: []string{"b", "a", "top.txt"},
			want: listed{
				Files:       []string{"b/1.TXT", "b/2.txt", "b/3.txt/inner.md", "a/deep/y.txt", "a/z.md", "top.txt"},
				Unsupported: map[string]int{".json": 1, ".odt": 1},
			},
		},
		{
			name:  "whole fs, each file once",
			roots: []string{".", "top.txt", "a"},
			want: listed{
				Files:       []string{"a/deep/y.txt", "a/z.md", "b/1.TXT", "b/2.txt", "b/3.txt/inner.md", "top.txt"},
				Unsupported: map[string]int{".json": 1, ".odt": 2, ".doc": 1, "": 1},
			},
		},
		{
			name:  "explicit files of other formats and missing paths are skipped by name",
			roots: []string{"explicit.odt", "missing.txt", "top.json", "top.txt"},
			want: listed{
				Files: []string{"top.txt"},
				Skipped: map[string]string{
					"explicit.odt": "unsupported format .odt: ingest reads .docx, .htm, .html, .markdown, .md, .pdf, .txt, .xhtml",
					"missing.txt":  "file does not exist",
				},
			},
		},
		{
			name:  "explicit sidecar without its text",
			roots: []string{"top.json"},
			want: listed{
				Skipped: map[string]string{"top.json": "unsupported format .json: ingest reads .docx, .htm, .html, .markdown, .md, .pdf, .txt, .xhtml"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(fsWalker(fsys).list(tt.roots, DefaultFormats()))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("list(%q) (-want +got):\n%s", tt.roots, diff)
			}
		})
	}
}

func TestListOS(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "docs", "a.txt"), "x")
	writeFile(t, filepath.Join(dir, "docs", "b.odt"), "x")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "docs", "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	l := osWalker().list([]string{filepath.Join(dir, "docs"), filepath.Join(dir, "gone")}, DefaultFormats())
	got := summarize(l)
	want := listed{
		Files:       []string{filepath.Join(dir, "docs", "a.txt"), filepath.Join(dir, "docs", "dangling.txt")},
		Skipped:     map[string]string{filepath.Join(dir, "gone"): "no such file or directory"},
		Unsupported: map[string]int{".odt": 1},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("list (-want +got):\n%s", diff)
	}
	// The dangling link is listed, and fails when read: ingest names it then.
	if _, err := l.files[1].read(l.files[1].name); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("reading a dangling link: error = %v, want fs.ErrNotExist", err)
	}
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
