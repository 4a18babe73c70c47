package docfmt

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// DecodeHTML reads the text of a web page from its DOM: each block (a
// paragraph, heading, list item, table row, div holding text) becomes a
// paragraph; a table row's cells are joined by " | "; scripts, styles,
// navigation, headers and footers of the site, forms and hidden elements
// are dropped. The page's declared character set is honoured.
func DecodeHTML(data []byte, lim Limits) (string, error) {
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return "", fmt.Errorf("%w: character set: %v", ErrCorrupt, err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	w := &htmlWriter{limit: lim.text()}
	w.node(doc)
	w.block()
	if w.over {
		return "", tooLarge("its text", lim.text())
	}
	if len(w.paras) == 0 {
		return "", nil
	}
	return strings.ToValidUTF8(strings.Join(w.paras, "\n\n")+"\n", "\uFFFD"), nil
}

// dropped are elements whose content is not the document's text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true,
}

// blocks end the paragraph before them and after them.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Hr: true, atom.Body: true, atom.Center: true,
	atom.Address: true, atom.Figure: true, atom.Figcaption: true, atom.Caption: true,
}

type htmlWriter struct {
	paras []string
	cur   strings.Builder
	cells []string // cells of the row being read, when in a row
	inRow int
	size  int64
	limit int64
	over  bool
}

func (w *htmlWriter) block() {
	if w.inRow > 0 {
		w.cur.WriteByte(' ')
		return
	}
	if s := cleanSpaces(w.cur.String()); s != "" {
		w.paras = append(w.paras, s)
		w.size += int64(len(s))
		w.over = w.over || w.size > w.limit
	}
	w.cur.Reset()
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			return a.Val == "true"
		case "role":
			return a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo"
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
		}
	}
	return false
}

func (w *htmlWriter) node(n *html.Node) {
	if w.over {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if dropped[n.DataAtom] || hidden(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			if w.inRow > 0 {
				w.cur.WriteByte(' ')
			} else {
				w.block()
			}
			return
		case atom.A:
			if !noteLink(n) {
				break
			}
			w.cur.WriteByte(' ')
			w.children(n)
			w.cur.WriteByte(' ')
			return
		case atom.Sup, atom.Sub:
			// A footnote mark glued to a word stands apart: "Rights, 1 the".
			w.cur.WriteByte(' ')
			w.children(n)
			w.cur.WriteByte(' ')
			return
		case atom.Tr:
			w.block()
			w.inRow++
			w.cells = w.cells[:0]
			w.children(n)
			w.inRow--
			if row := strings.Join(w.cells, " | "); strings.Trim(row, " |") != "" {
				w.cur.Reset()
				w.cur.WriteString(row)
				w.block()
			}
			w.cur.Reset()
			return
		case atom.Td, atom.Th:
			if w.inRow > 0 {
				w.cur.Reset()
				w.children(n)
				w.cells = append(w.cells, cleanSpaces(w.cur.String()))
				w.cur.Reset()
				return
			}
		}
		if blocks[n.DataAtom] {
			w.block()
			w.children(n)
			w.block()
			return
		}
	}
	w.children(n)
}

func (w *htmlWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// noteLink reports whether n is a link to a note on the same page whose
// text is its number (what Word and LibreOffice export a footnote mark
// and a footnote's number as): it stands apart from the words around it.
func noteLink(n *html.Node) bool {
	href := ""
	for _, a := range n.Attr {
		if a.Key == "href" {
			href = a.Val
		}
	}
	if !strings.HasPrefix(href, "#") {
		return false
	}
	var text strings.Builder
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.TextNode {
			text.WriteString(c.Data)
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	t := strings.TrimSpace(text.String())
	return t != "" && strings.Trim(t, "0123456789*") == ""
}
