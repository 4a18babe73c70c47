package ingest

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"time"
)

// Summary is what one ingest did.
type Summary struct {
	Files       int            // files of a supported format found
	Texts       int            // texts written to the store: one per file
	Documents   int            // documents they are versions of (a document's French and English texts are one document)
	Citations   int            // citations written with them
	Skipped     []Problem      // files named or found but not ingested, and why, in input order
	Unsupported map[string]int // files of other formats found in folders, by extension
	Warnings    []Warning      // things to know about files that were ingested, in input order
	Elapsed     time.Duration
}

// Problem is a file that was not ingested and the reason.
type Problem struct {
	Path string
	Err  error
}

// String names the file and the reason, once each.
func (p Problem) String() string { return p.Path + ": " + reason(p.Err) }

// reason is err without the path an *fs.PathError repeats.
func reason(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// Warning is something to know about a file that was ingested, such as
// invalid UTF-8 replaced on a line.
type Warning struct {
	Path    string
	Message string // names the line it is about
}

// String names the file, then the message.
func (w Warning) String() string { return w.Path + ": " + w.Message }

// String is the summary in one line, for people.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s), %s from %s in %s",
		plural(s.Documents, "document"), plural(s.Texts, "text"), plural(s.Citations, "citation"),
		plural(s.Files, "file"), s.Elapsed.Round(time.Millisecond))
	if len(s.Skipped) > 0 {
		fmt.Fprintf(&b, "; %d skipped", len(s.Skipped))
	}
	if n := sum(s.Unsupported); n > 0 {
		var parts []string
		for _, ext := range sortedKeys(s.Unsupported) {
			name := ext
			if name == "" {
				name = "no extension"
			}
			parts = append(parts, fmt.Sprintf("%s %d", name, s.Unsupported[ext]))
		}
		fmt.Fprintf(&b, "; %s of other formats not read (%s)", plural(n, "file"), strings.Join(parts, ", "))
	}
	if len(s.Warnings) > 0 {
		fmt.Fprintf(&b, "; %s", plural(len(s.Warnings), "warning"))
	}
	return b.String()
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
