package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/docfmt"
)

// ErrNotText marks a file whose bytes are not text (it holds NUL bytes), so
// reading citations from it would only find noise.
var ErrNotText = errors.New("not text")

// Decoder turns the bytes of one file into the UTF-8 text that citations'
// offsets point into. Warnings are things a person should know about the
// file, each naming the line it is about; an error means the file cannot be
// ingested. Decoders are keyed by extension in Options.Formats.
type Decoder func(data []byte) (text string, warnings []string, err error)

// DefaultFormats returns the decoders ingest uses when Options.Formats is
// nil: Formats with the PDF engine chosen automatically.
func DefaultFormats() map[string]Decoder { return Formats(docfmt.PDFOptions{}) }

// Extensions are the file name endings ingest reads in folders: PDF,
// Word, web pages, plain text and Markdown.
var Extensions = []string{".pdf", ".docx", ".html", ".htm", ".xhtml", ".txt", ".md", ".markdown"}

// Formats returns a decoder for each of Extensions that reads the format
// from the bytes, not from the name: a PDF saved as .txt is read as a
// PDF, a web page saved as .pdf as a web page. Text and Markdown are read
// as text (DecodeText), so their stored text is the file itself.
func Formats(pdf docfmt.PDFOptions) map[string]Decoder {
	decode := DecoderOf(pdf)
	m := map[string]Decoder{}
	for _, ext := range Extensions {
		m[ext] = decode
	}
	return m
}

// formatOf returns the key of name's format: its extension, lower-cased.
func formatOf(name string) string { return strings.ToLower(filepath.Ext(name)) }

// DecoderOf returns the decoder that reads any format ingest knows from
// the bytes, PDFs as pdf says.
//
// When pdftotext is missing and pdf lets the engine fall back, only the
// first PDF read carries the warning that says so, not every one.
func DecoderOf(pdf docfmt.PDFOptions) Decoder {
	var warned atomic.Bool
	return func(data []byte) (string, []string, error) {
		switch docfmt.Detect("", data) {
		case docfmt.PDF, docfmt.DOCX, docfmt.HTML:
			text, warnings, err := docfmt.Decode(data, pdf)
			if len(warnings) > 0 && warned.Swap(true) {
				warnings = nil
			}
			return text, warnings, err
		}
		return DecodeText(data)
	}
}

// Decode reads a file of any format ingest knows, whatever its name: the
// decoder of DefaultFormats.
func Decode(data []byte) (string, []string, error) { return DecoderOf(docfmt.PDFOptions{})(data) }

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// DecodeText reads a text file: UTF-8 (a byte-order mark is dropped), or
// UTF-16 when it starts with a UTF-16 byte-order mark, as some UN systems
// export it. A NUL byte means the file is not text (ErrNotText). Invalid
// UTF-8 is replaced with U+FFFD, with a warning naming the first line it
// is on, so one bad byte does not cost a whole document.
func DecodeText(data []byte) (string, []string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		data = fromUTF16(data)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", nil, fmt.Errorf("%w: NUL byte at offset %d", ErrNotText, i)
	}
	if utf8.Valid(data) {
		return string(data), nil, nil
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), []string{invalidUTF8Warning(data)}, nil
}

// fromUTF16 decodes data, which starts with a UTF-16 byte-order mark, to
// UTF-8. A trailing odd byte and unpaired surrogates become U+FFFD.
func fromUTF16(data []byte) []byte {
	big := data[0] == 0xFE
	data = data[2:]
	units := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if big {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	out := []byte(string(utf16.Decode(units)))
	if len(data)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// invalidUTF8Warning names the first line of data holding invalid UTF-8 and
// how many more do.
func invalidUTF8Warning(data []byte) string {
	first, more := 0, 0
	for n, line := 1, data; len(line) > 0; n++ {
		var rest []byte
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line, rest = line[:i], line[i+1:]
		} else {
			rest = nil
		}
		if !utf8.Valid(line) {
			if first == 0 {
				first = n
			} else {
				more++
			}
		}
		line = rest
	}
	msg := fmt.Sprintf("line %d: invalid UTF-8 replaced with U+FFFD", first)
	switch more {
	case 0:
	case 1:
		msg += " (and on 1 more line)"
	default:
		msg += fmt.Sprintf(" (and on %d more lines)", more)
	}
	return msg
}
