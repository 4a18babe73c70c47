// Package docfmt turns the files UN documents come in — PDF, Word (DOCX),
// web pages (HTML), plain text and Markdown — into the plain UTF-8 text
// that citations' byte offsets point into. The format is read from the
// bytes, not from the file name. PDF text is rebuilt to read like the
// document: running heads, footers and page numbers dropped, lines joined
// into paragraphs, words hyphenated at line ends joined, footnote marks
// set apart from the words they are glued to, and footnotes kept as
// paragraphs of their own after the body.
//
// Whatever a decoder returns is the text that is stored: evidence is cut
// from it, so its offsets always hold.
package docfmt

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// Format is a kind of file docfmt reads.
type Format string

// Formats.
const (
	PDF      Format = "pdf"
	DOCX     Format = "docx"
	HTML     Format = "html"
	Text     Format = "text"
	Markdown Format = "markdown"
	Unknown  Format = ""
)

// Error kinds. Every error a decoder returns wraps one of them.
var (
	// ErrEncrypted: the file is protected by a password.
	ErrEncrypted = errors.New("encrypted")
	// ErrCorrupt: the file is damaged or truncated, or not what it claims.
	ErrCorrupt = errors.New("corrupt")
	// ErrNeedsOCR: a PDF whose pages are images with no text layer.
	ErrNeedsOCR = errors.New("needs OCR")
	// ErrTooLarge: the file, or what it expands to, is over a limit.
	ErrTooLarge = errors.New("too large")
	// ErrNoEngine: the PDF engine asked for cannot run here.
	ErrNoEngine = errors.New("PDF engine unavailable")
	// ErrUnknownFormat: the bytes are none of the formats docfmt reads.
	ErrUnknownFormat = errors.New("unknown format")
)

// Limits bound the memory a decoder may use on one file.
type Limits struct {
	// MaxExpanded is how many bytes the parts of a DOCX may expand to in
	// all; 0 means DefaultMaxExpanded.
	MaxExpanded int64
	// MaxText is how many bytes of text one document may give; 0 means
	// DefaultMaxText.
	MaxText int64
}

// Default limits: far above any UN document (the longest reports are a
// few MB of text), far below the memory of a small machine.
const (
	DefaultMaxExpanded = 64 << 20
	DefaultMaxText     = 64 << 20
)

func (l Limits) expanded() int64 {
	if l.MaxExpanded > 0 {
		return l.MaxExpanded
	}
	return DefaultMaxExpanded
}

func (l Limits) text() int64 {
	if l.MaxText > 0 {
		return l.MaxText
	}
	return DefaultMaxText
}

// Detect reads the format of data from its first bytes: a PDF header, a
// zip holding word/document.xml, an HTML document, else text. name's
// extension only tells Markdown from plain text, which bytes cannot.
func Detect(name string, data []byte) Format {
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return PDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return DOCX // a zip: DecodeDOCX says so when it is not Word
	case bytes.HasPrefix(data, cfbMagic):
		return DOCX // an encrypted Office file is a compound file
	case looksHTML(head):
		return HTML
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".md") || strings.HasSuffix(lower, ".markdown") {
		return Markdown
	}
	return Text
}

// cfbMagic starts an OLE compound file: an old .doc, or a password-protected
// .docx, which Office wraps in one.
var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func looksHTML(head []byte) bool {
	s := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	s = bytes.ToLower(s[:min(len(s), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<?xml version"} {
		if bytes.HasPrefix(s, []byte(p)) {
			return p != "<?xml version" || bytes.Contains(s, []byte("<html"))
		}
	}
	return bytes.HasPrefix(s, []byte("<head")) || bytes.HasPrefix(s, []byte("<body"))
}

// tooLarge is the error of a part over limit bytes.
func tooLarge(what string, limit int64) error {
	return fmt.Errorf("%w: %s is over %d MB", ErrTooLarge, what, limit>>20)
}

// ErrNoText marks a Word file or web page that holds no text at all.
var ErrNoText = errors.New("no text")

// Decode reads the text of a PDF, DOCX or HTML file, the format read from
// its bytes. Text and Markdown are not its business (their bytes are the
// text; the caller decodes their encoding): for them it returns
// ErrUnknownFormat.
func Decode(data []byte, opts PDFOptions) (string, []string, error) {
	var text string
	var err error
	switch f := Detect("", data); f {
	case PDF:
		return DecodePDF(data, opts)
	case DOCX:
		text, err = DecodeDOCX(data, opts.Limits)
	case HTML:
		text, err = DecodeHTML(data, opts.Limits)
	default:
		return "", nil, fmt.Errorf("%w: %s", ErrUnknownFormat, f)
	}
	if err == nil && strings.TrimSpace(text) == "" {
		err = ErrNoText
	}
	return text, nil, err
}
