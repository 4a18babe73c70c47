package docfmt

import (
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
)

// Engine names a PDF reader. Both give positioned words; the layout that
// turns them into paragraphs is the same (layout.go).
type Engine string

// Engines.
const (
	// Poppler runs poppler's pdftotext (Debian's poppler-utils) as a
	// process. It reads every PDF the UN issues; a user must install it.
	Poppler Engine = "pdftotext"
	// Native is a pure-Go reader (github.com/ledongthuc/pdf): nothing to
	// install, weaker on some fonts.
	Native Engine = "go"
	// Auto is Poppler when pdftotext is on PATH, else Native with a warning.
	Auto Engine = "auto"
)

// PDFOptions choose how PDFs are read.
type PDFOptions struct {
	Engine Engine // "" means Auto
	Limits Limits
}

// word is a run of text with its box on the page, in points from the
// page's top left corner.
type word struct {
	x0, y0, x1, y1 float64
	s              string
}

func (w word) h() float64 { return w.y1 - w.y0 }

// page is one page's words, in no particular order.
type page struct {
	w, h  float64
	words []word
}

// DecodePDF reads the text of a PDF with the engine opts asks for.
// Warnings say what a person should know (the engine fell back).
func DecodePDF(data []byte, opts PDFOptions) (string, []string, error) {
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return "", nil, fmt.Errorf("%w: no PDF header", ErrCorrupt)
	}
	engine := opts.Engine
	var warnings []string
	switch engine {
	case "", Auto:
		engine = Poppler
		if _, err := exec.LookPath("pdftotext"); err != nil {
			engine = Native
			warnings = append(warnings, "pdftotext not found (install poppler-utils for the best PDF text); read with the built-in Go reader")
		}
	case Poppler, Native:
	default:
		return "", nil, fmt.Errorf("%w: %q: want auto, pdftotext or go", ErrNoEngine, engine)
	}
	var pages []page
	var damage string
	var err error
	if engine == Poppler {
		pages, damage, err = popplerPages(data, opts.Limits)
	} else {
		pages, damage, err = nativePages(data, opts.Limits)
	}
	if err != nil {
		return "", warnings, err
	}
	if len(pages) == 0 {
		return "", warnings, fmt.Errorf("%w: no pages", ErrCorrupt)
	}
	text := layout(pages)
	if strings.TrimSpace(text) == "" {
		switch {
		case damage != "":
			return "", warnings, fmt.Errorf("%w: no text could be read (%s)", ErrCorrupt, damage)
		case hasImages.Match(data):
			return "", warnings, fmt.Errorf("%w: no text layer, only images on %s (a scan)", ErrNeedsOCR, pagesOf(len(pages)))
		}
		return "", warnings, fmt.Errorf("%w on %s", ErrNoText, pagesOf(len(pages)))
	}
	if int64(len(text)) > opts.Limits.text() {
		return "", warnings, tooLarge("its text", opts.Limits.text())
	}
	return text, warnings, nil
}

// encrypted reports whether a PDF's trailer names an encryption
// dictionary.
var encryptKey = regexp.MustCompile(`/Encrypt\s*\d+\s+\d+\s+R|/Encrypt\s*<<`)

func encrypted(data []byte) bool { return encryptKey.Match(data) }

// hasImages matches an image XObject's dictionary, which, a stream, is
// never hidden in a compressed object stream.
var hasImages = regexp.MustCompile(`/Subtype\s*/Image\b`)

func pagesOf(n int) string {
	if n == 1 {
		return "its 1 page"
	}
	return fmt.Sprintf("its %d pages", n)
}
