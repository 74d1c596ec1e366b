package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/plantgraph/plantgraph/pkg/pipeline"
)

// progress draws a one-line status on a terminal: documents done, rate and
// bytes. It draws nothing when the output is not a terminal or when quiet.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok && !quiet && os.Getenv("CI") == "" {
		p.on = term.IsTerminal(int(f.Fd()))
	}
	return p
}

func (p *progress) update(s pipeline.Summary) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	secs := now.Sub(p.start).Seconds()
	done := s.New + s.Changed + s.Unchanged
	fmt.Fprintf(p.w, "\r\033[K%d files, %d documents (%d new, %d changed, %d unchanged, %d failed), %.0f docs/s, %.2f MB/s",
		s.Files, done, s.New, s.Changed, s.Unchanged, s.Failed, float64(done)/secs, float64(s.Bytes)/1e6/secs)
	p.drawn = true
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
