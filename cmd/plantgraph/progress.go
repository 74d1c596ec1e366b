package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/plantgraph/plantgraph/pkg/ingest"
	"github.com/plantgraph/plantgraph/pkg/pipeline"
)

// progress draws a one-line progress bar on a terminal: the share of the
// input done, documents settled, rate and, once the total size of the input
// is known, the time left. It draws nothing when its output is not a
// terminal, when quiet, under CI (CI set) or on a dumb terminal, so pipes,
// logs and CI output stay clean.
type progress struct {
	on    bool // draw at all
	w     io.Writer
	width int // terminal columns; the line is cut to fit
	now   func() time.Time

	mu       sync.Mutex
	start    time.Time
	last     time.Time // the last draw
	total    ingest.Totals
	hasTotal bool
	drawn    bool
}

// newProgress returns a progress bar writing to w, switched on only when w
// is a terminal and nothing asks for silence.
func newProgress(w io.Writer, quiet bool, getenv func(string) string) *progress {
	p := &progress{w: w, now: time.Now, width: 80}
	p.start = p.now()
	f, ok := w.(*os.File)
	if !ok || quiet || getenv("CI") != "" || getenv("TERM") == "dumb" {
		return p
	}
	fd := int(f.Fd())
	if !term.IsTerminal(fd) {
		return p
	}
	p.on = true
	if cols, _, err := term.GetSize(fd); err == nil && cols > 0 {
		p.width = cols
	}
	return p
}

// setTotal tells the bar how much input there is, from a survey.
func (p *progress) setTotal(t ingest.Totals) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total, p.hasTotal = t, true
}

// update redraws the bar, at most ten times a second.
func (p *progress) update(s pipeline.Summary) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	line := p.line(s, now)
	if len(line) > p.width-1 {
		line = line[:p.width-1]
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn = true
}

// status shows a message in place of the bar, such as the step that
// follows the last document.
func (p *progress) status(msg string) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(msg) > p.width-1 {
		msg = msg[:p.width-1]
	}
	fmt.Fprintf(p.w, "\r\033[K%s", msg)
	p.drawn = true
}

// done clears the bar.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// barWidth is the number of cells of the bar itself.
const barWidth = 24

// line renders the progress of s at time now, without the terminal codes.
// The share done is by input bytes, or by files when the input's size is
// unknown (standard input); with no survey yet there is no bar and no ETA.
func (p *progress) line(s pipeline.Summary, now time.Time) string {
	secs := now.Sub(p.start).Seconds()
	docs := s.New + s.Changed + s.Unchanged
	var b strings.Builder
	frac := -1.0
	if p.hasTotal {
		switch {
		case p.total.Bytes > 0:
			frac = float64(s.InputBytes) / float64(p.total.Bytes)
		case p.total.Files > 0:
			frac = float64(s.Files) / float64(p.total.Files)
		}
		frac = min(frac, 1)
	}
	if frac >= 0 {
		full := int(frac * barWidth)
		b.WriteString("[" + strings.Repeat("=", full))
		if full < barWidth {
			b.WriteString(">" + strings.Repeat(" ", barWidth-full-1))
		}
		fmt.Fprintf(&b, "] %3.0f%%  %d/%d files", frac*100, s.Files, p.total.Files)
	} else {
		fmt.Fprintf(&b, "%d files", s.Files)
	}
	fmt.Fprintf(&b, "  %d docs", docs)
	if s.Failed > 0 {
		fmt.Fprintf(&b, " (%d failed)", s.Failed)
	}
	if secs > 0 {
		fmt.Fprintf(&b, "  %.0f docs/s  %.1f MB/s", float64(docs)/secs, float64(s.InputBytes)/1e6/secs)
	}
	if frac > 0 && frac < 1 && secs >= 1 {
		left := time.Duration(secs * (1 - frac) / frac * float64(time.Second))
		fmt.Fprintf(&b, "  ETA %s", clock(left))
	}
	return b.String()
}

// clock formats d as m:ss, or h:mm:ss from an hour on.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
