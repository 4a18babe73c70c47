package ingest

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// reporter tells a person what ingest is doing: problems and warnings as
// they happen on log, and a bar redrawn in place on bar (a terminal), which
// it clears before each line it logs so the two never mix.
type reporter struct {
	log, bar io.Writer
	total    int
	drawn    time.Time
	shown    bool
}

// barWidth and redraw keep the bar inside 80 columns and cheap to draw.
const (
	barWidth = 24
	nameMax  = 28
	redraw   = 100 * time.Millisecond
)

func (r *reporter) logf(format string, args ...any) {
	if r.log == nil {
		return
	}
	r.clear()
	fmt.Fprintf(r.log, format+"\n", args...)
}

// progress redraws the bar after done of total files, the last being name;
// at most every redraw, except the last.
func (r *reporter) progress(done, citations int, name string) {
	if r.bar == nil || r.total == 0 {
		return
	}
	now := time.Now()
	if done < r.total && now.Sub(r.drawn) < redraw {
		return
	}
	r.drawn = now
	fill := barWidth * done / r.total
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", barWidth-fill)
	if n := utf8.RuneCountInString(name); n > nameMax {
		name = "…" + string([]rune(name)[n-nameMax+1:])
	}
	fmt.Fprintf(r.bar, "\r\x1b[K[%s] %d/%d files, %d citations  %s", bar, done, r.total, citations, name)
	r.shown = true
}

// clear removes the bar, if it is shown, so that the next line starts clean.
func (r *reporter) clear() {
	if r.shown {
		fmt.Fprint(r.bar, "\r\x1b[K")
		r.shown = false
	}
}
