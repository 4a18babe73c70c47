package trace

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Fprint writes t as an indented tree for a terminal: the subject, then
// each step under the node it leaves, with the evidence sentence and its
// language, document and paragraph under the step; then the origins and
// the later changes. A node reached twice is printed once, then referred
// to as "(see above)".
func Fprint(w io.Writer, t Trace) error {
	bw := bufio.NewWriter(w)
	p := printer{w: bw, children: map[string][]Step{}, printed: map[string]bool{}}
	for _, s := range t.Steps {
		p.children[s.From.ID] = append(p.children[s.From.ID], s)
	}
	origin := map[string]bool{}
	for _, o := range t.Origins {
		origin[o.String()] = true
	}
	p.origin = origin
	fmt.Fprintf(bw, "%s (%s)\n", t.Subject.ID, t.Subject.Kind)
	p.printed[t.Subject.ID] = true
	p.tree(t.Subject.ID, 1)
	if len(t.Steps) == 0 {
		fmt.Fprintln(bw, "  no establishing or mandating citation found")
	}
	fmt.Fprintln(bw)
	if len(t.Origins) == 0 {
		fmt.Fprintln(bw, "origins: none found")
	} else {
		ids := make([]string, len(t.Origins))
		for i, o := range t.Origins {
			ids[i] = o.String()
		}
		fmt.Fprintf(bw, "origins: %s\n", strings.Join(ids, ", "))
	}
	if t.Truncated {
		fmt.Fprintf(bw, "(cut at depth %d: older origins may exist)\n", t.MaxDepth)
	}
	if len(t.Later) > 0 {
		fmt.Fprintln(bw, "later changes:")
		for _, s := range t.Later {
			fmt.Fprintf(bw, "  %s %s %s\n", s.From.ID, s.Relation, s.To.ID)
			p.evidence(s, 2)
		}
	}
	return bw.Flush()
}

type printer struct {
	w        *bufio.Writer
	children map[string][]Step
	printed  map[string]bool
	origin   map[string]bool
}

func (p *printer) tree(from string, level int) {
	for _, s := range p.children[from] {
		indent := strings.Repeat("  ", level)
		mark := ""
		if p.origin[s.To.ID] {
			mark = "  [origin]"
		}
		again := p.printed[s.To.ID] && len(p.children[s.To.ID]) > 0
		if again {
			mark += "  (see above)"
		}
		fmt.Fprintf(p.w, "%s%s → %s (%s)%s\n", indent, s.Relation, s.To.ID, s.To.Kind, mark)
		p.evidence(s, level+2)
		if !p.printed[s.To.ID] {
			p.printed[s.To.ID] = true
			p.tree(s.To.ID, level+1)
		}
	}
}

func (p *printer) evidence(s Step, level int) {
	indent := strings.Repeat("  ", level)
	for _, e := range s.Evidence {
		text := e.Sentence
		if text == "" {
			text = e.Text
		}
		where := e.Document
		if e.Paragraph > 0 {
			where += fmt.Sprintf(" ¶%d", e.Paragraph)
		}
		fmt.Fprintf(p.w, "%s[%s] %s: %q\n", indent, e.Lang, where, text)
	}
}
