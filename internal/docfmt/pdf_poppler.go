package docfmt

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// popplerTimeout bounds one pdftotext run: a UN document takes well under
// a second; a PDF built to make a reader spin must not stall the ingest.
const popplerTimeout = 2 * time.Minute

// popplerPages runs pdftotext -bbox-layout on data (given on standard
// input, so no temporary file) and reads its words and their boxes.
func popplerPages(data []byte, lim Limits) ([]page, string, error) {
	if !hasEOF(data) {
		return nil, "", fmt.Errorf("%w: truncated (no %%%%EOF at its end)", ErrCorrupt)
	}
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, "", fmt.Errorf("%w: pdftotext not found on PATH: install poppler-utils (Debian, Ubuntu: apt-get install poppler-utils; macOS: brew install poppler), or choose the built-in reader (--pdf-engine go)", ErrNoEngine)
	}
	ctx, cancel := context.WithTimeout(context.Background(), popplerTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-bbox-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	out := &capped{limit: lim.text() * 8} // the XHTML is several times the text
	stderr := &capped{limit: 64 << 10}
	cmd.Stdout, cmd.Stderr = out, stderr
	runErr := cmd.Run()
	switch {
	case out.over:
		return nil, "", tooLarge("its text", lim.text())
	case ctx.Err() != nil:
		return nil, "", fmt.Errorf("%w: pdftotext gave up after %s", ErrCorrupt, popplerTimeout)
	case runErr != nil:
		msg := strings.TrimSpace(stderr.String())
		if encrypted(data) || strings.Contains(msg, "password") {
			return nil, "", fmt.Errorf("%w: the PDF needs a password", ErrEncrypted)
		}
		if msg == "" {
			msg = runErr.Error()
		}
		return nil, "", fmt.Errorf("%w: pdftotext: %s", ErrCorrupt, firstLine(msg))
	}
	pages, err := parseBBox(out.Bytes())
	return pages, firstError(stderr.String()), err
}

// firstError is the first error pdftotext reported while still reading
// the file, "" if none: it tells a damaged file from a scan.
func firstError(stderr string) string {
	for l := range strings.Lines(stderr) {
		if strings.Contains(l, "Error") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

// hasEOF reports whether the end of a PDF holds its %%EOF marker, which a
// truncated download lacks.
func hasEOF(data []byte) bool {
	return bytes.Contains(data[max(0, len(data)-2048):], []byte("%%EOF"))
}

// parseBBox reads the pages and words of pdftotext -bbox-layout's XHTML.
func parseBBox(x []byte) ([]page, error) {
	dec := xml.NewDecoder(bytes.NewReader(x))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var pages []page
	var cur *word
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: pdftotext output: %v", ErrCorrupt, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, page{w: attrFloat(t, "width"), h: attrFloat(t, "height")})
			case "word":
				cur = &word{x0: attrFloat(t, "xMin"), y0: attrFloat(t, "yMin"), x1: attrFloat(t, "xMax"), y1: attrFloat(t, "yMax")}
				text.Reset()
			}
		case xml.CharData:
			if cur != nil {
				text.Write(t)
			}
		case xml.EndElement:
			if t.Name.Local == "word" && cur != nil && len(pages) > 0 {
				cur.s = text.String()
				p := &pages[len(pages)-1]
				p.words = append(p.words, *cur)
				cur = nil
			}
		}
	}
	return pages, nil
}

func attrFloat(e xml.StartElement, name string) float64 {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			f, _ := strconv.ParseFloat(a.Value, 64)
			return f
		}
	}
	return 0
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// capped is a buffer that stops taking bytes past limit, so a PDF whose
// text explodes cannot exhaust memory.
type capped struct {
	bytes.Buffer
	limit int64
	over  bool
}

func (c *capped) Write(p []byte) (int, error) {
	if int64(c.Len()+len(p)) > c.limit {
		c.over = true
		return 0, errors.New("output over limit")
	}
	return c.Buffer.Write(p)
}
