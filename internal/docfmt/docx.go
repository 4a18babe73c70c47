package docfmt

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DecodeDOCX reads the text of a Word document from its XML: each
// paragraph of word/document.xml a paragraph of the text, each table row a
// paragraph whose cells are separated by " | ", a footnote or endnote
// reference as its number set apart by spaces, and the notes themselves,
// numbered in the order they are referred to, as paragraphs after the
// body. Parts are read through a limit, so an archive built to expand
// without bound stops at lim with ErrTooLarge.
func DecodeDOCX(data []byte, lim Limits) (string, error) {
	if bytes.HasPrefix(data, cfbMagic) {
		if bytes.Contains(data, utf16le("EncryptedPackage")) {
			return "", fmt.Errorf("%w: the Word file needs a password", ErrEncrypted)
		}
		return "", fmt.Errorf("%w: an old binary Word file (.doc): save it as .docx", ErrUnknownFormat)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	budget := lim.expanded()
	read := func(name string) ([]byte, error) {
		for _, f := range zr.File {
			if f.Name != name {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
			}
			defer rc.Close()
			b, err := io.ReadAll(io.LimitReader(rc, budget+1))
			if int64(len(b)) > budget {
				return nil, tooLarge("what its parts expand to", lim.expanded())
			}
			if err != nil {
				return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
			}
			budget -= int64(len(b))
			return b, nil
		}
		return nil, nil
	}
	doc, err := read("word/document.xml")
	if err != nil {
		return "", err
	}
	if doc == nil {
		return "", fmt.Errorf("%w: a zip without word/document.xml is not a Word document", ErrUnknownFormat)
	}
	notes := map[string]map[string]string{}
	for _, kind := range []string{"footnotes", "endnotes"} {
		b, err := read("word/" + kind + ".xml")
		if err != nil {
			return "", err
		}
		if b != nil {
			if notes[kind], err = readNotes(b, kind); err != nil {
				return "", err
			}
		}
	}
	w := &docxWriter{notes: notes}
	if err := w.walk(doc); err != nil {
		return "", err
	}
	return w.String(), nil
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// readNotes reads footnotes.xml or endnotes.xml: note id → text.
func readNotes(data []byte, kind string) (map[string]string, error) {
	out := map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var id string
	var b strings.Builder
	in := false
	note := strings.TrimSuffix(kind, "s") // footnote, endnote
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: word/%s.xml: %v", ErrCorrupt, kind, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case note:
				id, in = attr(t, "id"), attr(t, "type") == "" || attr(t, "type") == "normal"
				b.Reset()
			case "t":
				if in {
					s, err := charData(dec)
					if err != nil {
						return nil, fmt.Errorf("%w: word/%s.xml: %v", ErrCorrupt, kind, err)
					}
					b.WriteString(s)
				}
			case "tab", "br":
				b.WriteByte(' ')
			case "p":
				b.WriteByte(' ')
			}
		case xml.EndElement:
			if t.Name.Local == note && in {
				out[id] = cleanSpaces(b.String())
				in = false
			}
		}
	}
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func charData(dec *xml.Decoder) (string, error) {
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// docxWriter builds the text of document.xml.
type docxWriter struct {
	notes map[string]map[string]string
	paras []string
	cur   strings.Builder
	row   []string // cells of the table row being read
	depth int      // tables nested
	refs  []string // note texts, in the order referred to
}

func (w *docxWriter) walk(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: word/document.xml: %v", ErrCorrupt, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t", "delText":
				if t.Name.Local == "delText" {
					if err := dec.Skip(); err != nil {
						return fmt.Errorf("%w: word/document.xml: %v", ErrCorrupt, err)
					}
					continue
				}
				s, err := charData(dec)
				if err != nil {
					return fmt.Errorf("%w: word/document.xml: %v", ErrCorrupt, err)
				}
				w.cur.WriteString(s)
			case "tab", "br", "cr":
				w.cur.WriteByte(' ')
			case "noBreakHyphen":
				w.cur.WriteByte('-')
			case "footnoteReference", "endnoteReference":
				kind := strings.TrimSuffix(t.Name.Local, "Reference") + "s"
				if text, ok := w.notes[kind][attr(t, "id")]; ok {
					w.refs = append(w.refs, text)
					fmt.Fprintf(&w.cur, " %d ", len(w.refs))
				}
			case "tbl":
				w.depth++
			case "tr":
				if w.depth == 1 {
					w.row = w.row[:0]
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "p":
				s := cleanSpaces(w.cur.String())
				w.cur.Reset()
				switch {
				case s == "":
				case w.depth > 0:
					// A cell's paragraphs are one cell: keep them on its line.
					w.cur.WriteString(s + " ")
				default:
					w.paras = append(w.paras, s)
				}
			case "tc":
				if w.depth == 1 {
					w.row = append(w.row, cleanSpaces(w.cur.String()))
					w.cur.Reset()
				}
			case "tr":
				if w.depth == 1 {
					if row := strings.Join(w.row, " | "); strings.Trim(row, " |") != "" {
						w.paras = append(w.paras, row)
					}
				}
			case "tbl":
				w.depth--
			}
		}
	}
	if s := cleanSpaces(w.cur.String()); s != "" {
		w.paras = append(w.paras, s)
	}
	for i, n := range w.refs {
		w.paras = append(w.paras, strconv.Itoa(i+1)+" "+n)
	}
	return nil
}

func (w *docxWriter) String() string {
	if len(w.paras) == 0 {
		return ""
	}
	return strings.Join(w.paras, "\n\n") + "\n"
}
