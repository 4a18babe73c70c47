// Package ingest puts UN documents into the graph: it finds the files of
// the formats it reads under the paths it is given, extracts their
// citations in parallel, and writes each document to a store.Writer in one
// transaction, in input order, so the same inputs always give the same
// store. One bad file is reported and skipped, never fatal; cancelling the
// context stops between documents, so each document is either wholly in the
// store or not at all.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"sync"
	"time"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/docfmt"
	"github.com/citegraph/citegraph/internal/extract"
	"github.com/citegraph/citegraph/internal/registry"
	"github.com/citegraph/citegraph/internal/store"
)

// Options are the knobs of one ingest; the zero value is ready to use.
type Options struct {
	// Workers is how many files are read and extracted at once; 0 means
	// runtime.GOMAXPROCS(0). Writing is always sequential, in input order.
	Workers int
	// Registry is the body registry, written to the store first and given
	// to the extractor; nil means registry.Default().
	Registry *registry.Registry
	// Formats maps a lower-case extension (".txt") to the decoder of its
	// files; nil means DefaultFormats(). Files of other formats are skipped
	// and counted.
	Formats map[string]Decoder
	// Log, when not nil, gets one line per file skipped and per warning as
	// they happen. They are in the Summary either way.
	Log io.Writer
	// Progress, when not nil, gets a progress bar redrawn in place with
	// carriage returns: give it a terminal, never a file or a pipe.
	Progress io.Writer
	// MaxFileSize is the largest file ingest reads, in bytes; larger ones
	// are skipped with docfmt.ErrTooLarge before being read. 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
}

// DefaultMaxFileSize is far above the largest UN document (reports with
// figures reach a few tens of MB) and keeps a worker's memory bounded.
const DefaultMaxFileSize = 128 << 20

// Run ingests the files and folders at paths on the operating system's file
// system. Folders are walked recursively, in lexical order. The Source of
// each document is its path as reached from paths.
//
// The error is not nil only when the whole ingest stopped: the context was
// cancelled, or the store could not be written at all. The Summary says
// what was done until then.
func Run(ctx context.Context, w store.Writer, paths []string, opts Options) (Summary, error) {
	return ingest(ctx, w, osWalker(), paths, opts)
}

// RunFS is Run over fsys, with roots named as fs.ValidPath wants them
// ("." for the whole of fsys). It lets serve load the seeds embedded in the
// binary.
func RunFS(ctx context.Context, w store.Writer, fsys fs.FS, roots []string, opts Options) (Summary, error) {
	return ingest(ctx, w, fsWalker(fsys), roots, opts)
}

// extracted is one file read, decoded and extracted, ready to be written.
type extracted struct {
	file     file
	rec      store.Record
	warnings []string
	err      error // the file cannot be ingested
}

func ingest(ctx context.Context, w store.Writer, walk walker, roots []string, opts Options) (Summary, error) {
	start := time.Now()
	if opts.Registry == nil {
		opts.Registry = registry.Default()
	}
	if opts.Formats == nil {
		opts.Formats = DefaultFormats()
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}

	l := walk.list(roots, opts.Formats)
	sum := Summary{Files: len(l.files), Unsupported: l.unsupported, Skipped: l.skipped}
	rep := &reporter{log: opts.Log, bar: opts.Progress, total: len(l.files)}
	for _, p := range l.skipped {
		rep.logf("skip %s", p)
	}
	err := write(ctx, w, l.files, workers, opts, rep, &sum)
	rep.clear()
	sum.Elapsed = time.Since(start)
	return sum, err
}

// write extracts files on workers goroutines and writes the results in
// input order. At most about 2×workers results wait in memory, however
// many files there are.
func write(ctx context.Context, w store.Writer, files []file, workers int, opts Options, rep *reporter, sum *Summary) error {
	if err := w.PutBodies(ctx, opts.Registry.All()); err != nil {
		return fmt.Errorf("ingest: write body registry: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	type job struct {
		file file
		out  chan<- extracted
	}
	jobs := make(chan job)
	pending := make(chan chan extracted, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out <- extractFile(j.file, opts)
			}
		})
	}
	wg.Go(func() {
		defer close(jobs)
		defer close(pending)
		for _, f := range files {
			out := make(chan extracted, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{f, out}:
			case <-ctx.Done():
				return
			}
		}
	})
	defer wg.Wait()
	defer cancel()

	done := 0
	docs := map[string]bool{}
	for out := range pending {
		var x extracted
		select {
		case x = <-out:
		case <-ctx.Done():
			return fmt.Errorf("ingest: %w", ctx.Err())
		}
		done++
		skip := func(err error) {
			sum.Skipped = append(sum.Skipped, Problem{Path: x.file.name, Err: err})
			rep.logf("skip %s: %s", x.file.name, reason(err))
			rep.progress(done, sum.Citations, x.file.name)
		}
		if x.err != nil {
			skip(x.err)
			continue
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		if err := w.PutDocument(ctx, x.rec); err != nil {
			if ctx.Err() != nil || errors.Is(err, store.ErrUnavailable) {
				return fmt.Errorf("ingest %s: %w", x.file.name, err)
			}
			skip(err)
			continue
		}
		for _, m := range x.warnings {
			sum.Warnings = append(sum.Warnings, Warning{Path: x.file.name, Message: m})
			rep.logf("warning %s: %s", x.file.name, m)
		}
		sum.Texts++
		if !docs[x.rec.Document.ID] {
			docs[x.rec.Document.ID] = true
			sum.Documents++
		}
		sum.Citations += len(x.rec.Citations)
		rep.progress(done, sum.Citations, x.file.name)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	return nil
}

// extractFile reads, decodes and extracts one file. It runs on a worker, so
// a panic in a decoder or the extractor becomes this file's error rather
// than the end of the whole ingest.
func extractFile(f file, opts Options) (x extracted) {
	x.file = f
	defer func() {
		if p := recover(); p != nil {
			x.err = fmt.Errorf("internal error reading citations: %v", p)
		}
	}()
	limit := opts.MaxFileSize
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	if info, err := f.stat(f.name); err == nil && info.Size() > limit {
		// Refused before reading, so memory stays bounded however large.
		x.err = fmt.Errorf("%w: %d MB; ingest reads files up to %d MB", docfmt.ErrTooLarge, info.Size()>>20, limit>>20)
		return x
	}
	data, err := f.read(f.name)
	if err != nil {
		x.err = err
		return x
	}
	if int64(len(data)) > limit { // grew since, or not a regular file
		x.err = fmt.Errorf("%w: over %d MB", docfmt.ErrTooLarge, limit>>20)
		return x
	}
	text, warnings, err := opts.Formats[formatOf(f.name)](data)
	if err != nil {
		x.err = err
		return x
	}
	side, err := ReadSidecar(f.read, f.name)
	if err != nil {
		x.err = err
		return x
	}
	// What the name says comes after the sidecar and, for the symbol,
	// after the header: a name is the weakest witness.
	byName := nameOf(f.name, opts.Registry)
	eo := side.ExtractOptions(extract.Options{Registry: opts.Registry})
	if eo.Lang == "" {
		eo.Lang = byName.lang
	}
	res := extract.Extract([]byte(text), eo)
	if eo.Symbol == "" && res.Document.Symbol == "" && byName.symbol != "" {
		eo.Symbol = byName.symbol
		res = extract.Extract([]byte(text), eo)
	}
	x.rec = record(res, side, text, f.name)
	x.warnings = append(warnings, res.Warnings...)
	return x
}

// record is the store.Record of text, read from source, which res was
// extracted from and side describes.
func record(res extract.Result, side Sidecar, text, source string) store.Record {
	doc := res.Document
	textOf := side.apply(&doc, res.TextOf)
	if doc.ID == "" {
		doc.ID = cite.HashID([]byte(text))
	}
	doc.Source = source
	doc.Versions = []cite.Version{{Lang: doc.Lang, Hash: cite.HashID([]byte(text))}}
	return store.Record{Document: doc, Text: text, Citations: res.Citations, TextOf: textOf}
}
