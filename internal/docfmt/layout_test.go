package docfmt

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// at sets text as words on one line of a US Letter page, from x, with its
// top at y, in size points: a word is half an em per character wide and
// words are a quarter em apart, near enough to a Times face.
func at(x, y, size float64, text string) []word {
	var ws []word
	for _, f := range strings.Fields(text) {
		w := float64(len([]rune(f))) * size * 0.5
		ws = append(ws, word{x0: x, y0: y, x1: x + w, y1: y + size, s: f})
		x += w + size*0.25
	}
	return ws
}

// mark is a footnote mark after the word ws ends with, raised and smaller.
func mark(ws []word, n string) []word {
	last := ws[len(ws)-1]
	size := last.h()
	return append(ws, word{x0: last.x1 + 0.5, y0: last.y0, x1: last.x1 + 4, y1: last.y0 + size*0.65, s: n})
}

func pg(lines ...[]word) page {
	p := page{w: 612, h: 792}
	for _, l := range lines {
		p.words = append(p.words, l...)
	}
	return p
}

func cat(parts ...[]word) []word {
	var out []word
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestLayout(t *testing.T) {
	const body = 11.0
	tests := []struct {
		name  string
		pages []page
		want  string
	}{
		{
			name: "running head, footer, job number and page number dropped; the first page's symbol kept",
			pages: []page{
				pg(at(487, 40, body, "A/RES/80/10"), at(123, 100, body, "The General Assembly,"),
					at(60, 748, 8, "25-19432 (E) 041225"), at(60, 760, 14, "*2519432*")),
				pg(at(60, 51, 9.4, "A/RES/80/10"), at(323, 51, 9.4, "International Day of Women"),
					at(147, 100, body, "Recalling its resolution 61/185,"),
					at(60, 748, 9.4, "2/3"), at(525, 748, 8, "25-19432")),
				pg(at(60, 51, 9.4, "International Day of Women"), at(505, 51, 9.4, "A/RES/80/10"),
					at(147, 100, body, "1. Decides to proclaim the International Day of Women;"),
					at(541, 748, 9.4, "3/3")),
			},
			want: "A/RES/80/10\n\nThe General Assembly,\n\nRecalling its resolution 61/185,\n\n1. Decides to proclaim the International Day of Women;\n",
		},
		{
			name:  "footnote mark glued to a word set apart",
			pages: []page{pg(cat(mark(at(123, 100, body, "Civil and Political Rights,"), "1"), at(300, 100, body, "the International Covenant")))},
			want:  "Civil and Political Rights, 1 the International Covenant\n",
		},
		{
			name: "footnotes below the rule after the body, a continued line joined, marks kept",
			pages: []page{
				pg(at(147, 100, body, "Recalling the Declaration"), at(123, 112, body, "of Action,"),
					at(99, 560, 10, "_______________"),
					cat([]word{{x0: 117, y0: 580, x1: 120, y1: 586, s: "1"}}, at(123, 580, 9.4, "See resolution 2200 A (XXI),")),
					at(123, 591, 9.4, "annex."),
					cat([]word{{x0: 117, y0: 602, x1: 120, y1: 608, s: "2"}}, at(123, 602, 9.4, "Resolution 61/295."))),
				pg(at(123, 100, body, "and the Programme")),
			},
			want: "Recalling the Declaration of Action, and the Programme\n\n1 See resolution 2200 A (XXI), annex.\n\n2 Resolution 61/295.\n",
		},
		{
			name:  "compound hyphen at a line end kept",
			pages: []page{pg(at(147, 100, body, "establishment of a nuclear-"), at(123, 112, body, "weapon-free zone"))},
			want:  "establishment of a nuclear-weapon-free zone\n",
		},
		{
			name:  "hyphen of a word broken at a line end dropped when the word is used whole",
			pages: []page{pg(at(147, 100, body, "the implemen-"), at(123, 112, body, "tation of the implementation plan"))},
			want:  "the implementation of the implementation plan\n",
		},
		{
			name:  "hyphen before a capital kept",
			pages: []page{pg(at(147, 100, body, "Requests the Secretary-"), at(123, 112, body, "General to report"))},
			want:  "Requests the Secretary-General to report\n",
		},
		{
			name: "paragraphs: a gap, an indent, a paragraph number; a page break inside a paragraph runs on",
			pages: []page{
				pg(at(147, 100, body, "Noting the report,"), at(147, 125, body, "Welcoming the work"), at(123, 137, body, "of the Group"),
					cat(at(147, 155, body, "1."), at(171, 155, body, "Decides to convene")), at(123, 167, body, "a conference")),
				pg(at(123, 100, body, "in 2026;"), at(147, 118, body, "2. Requests a report.")),
			},
			want: "Noting the report,\n\nWelcoming the work of the Group\n\n1. Decides to convene a conference in 2026;\n\n2. Requests a report.\n",
		},
		{
			name:  "ligatures spelt out, soft hyphens dropped",
			pages: []page{pg(at(123, 100, body, "con\u00adﬁrms the ofﬁce"))},
			want:  "confirms the office\n",
		},
		{
			name:  "no words",
			pages: []page{pg(), pg()},
			want:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, layout(tt.pages)); diff != "" {
				t.Errorf("layout (-want +got):\n%s", diff)
			}
		})
	}
}
