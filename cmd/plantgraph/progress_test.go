package main

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/plantgraph/plantgraph/pkg/ingest"
	"github.com/plantgraph/plantgraph/pkg/pipeline"
)

// TestProgressLine renders the bar at points of a build.
func TestProgressLine(t *testing.T) {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{on: true, start: start, width: 200}
	s := pipeline.Summary{Files: 25, New: 30, Unchanged: 10, Failed: 2, InputBytes: 2_500_000}

	// Before the survey is in: counts and rates, no bar, no ETA.
	if got, want := p.line(s, start.Add(2*time.Second)), "25 files  40 docs (2 failed)  20 docs/s  1.2 MB/s"; got != want {
		t.Errorf("without a total:\n got %q\nwant %q", got, want)
	}
	p.setTotal(ingest.Totals{Files: 100, Bytes: 10_000_000})
	if got, want := p.line(s, start.Add(10*time.Second)), "[======>                 ]  25%  25/100 files  40 docs (2 failed)  4 docs/s  0.2 MB/s  ETA 0:30"; got != want {
		t.Errorf("a quarter through:\n got %q\nwant %q", got, want)
	}
	s.InputBytes = 10_000_000
	if got, want := p.line(s, start.Add(time.Hour)), "[========================] 100%  25/100 files  40 docs (2 failed)  0 docs/s  0.0 MB/s"; got != want {
		t.Errorf("done:\n got %q\nwant %q", got, want)
	}
	// Standard input only: the total is in files.
	p.setTotal(ingest.Totals{Files: 1})
	s = pipeline.Summary{Files: 1, New: 3}
	if got, want := p.line(s, start.Add(3*time.Second)), "[========================] 100%  1/1 files  3 docs  1 docs/s  0.0 MB/s"; got != want {
		t.Errorf("stdin:\n got %q\nwant %q", got, want)
	}
	if got := clock(2*time.Hour + 3*time.Minute + 4*time.Second); got != "2:03:04" {
		t.Errorf("clock = %q, want 2:03:04", got)
	}
}

// TestProgressDraw draws on a terminal-like writer, at most ten times a
// second, cut to the width, and clears the line at the end.
func TestProgressDraw(t *testing.T) {
	var buf bytes.Buffer
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{on: true, w: &buf, width: 20, start: now, now: func() time.Time { return now }}
	now = now.Add(time.Second)
	p.update(pipeline.Summary{Files: 1, New: 1})
	p.update(pipeline.Summary{Files: 2, New: 2}) // too soon: skipped
	now = now.Add(time.Second)
	p.update(pipeline.Summary{Files: 3, New: 3})
	p.done()
	// Cut to 19 columns, so that the cursor never wraps to a new line.
	want := "\r\033[K1 files  1 docs  1 " + "\r\033[K3 files  3 docs  2 " + "\r\033[K"
	if got := buf.String(); got != want {
		t.Errorf("drawn:\n got %q\nwant %q", got, want)
	}
}

// TestProgressOff keeps the bar off where it does not belong.
func TestProgressOff(t *testing.T) {
	getenv := func(env map[string]string) func(string) string {
		return func(k string) string { return env[k] }
	}
	var buf bytes.Buffer
	if p := newProgress(&buf, false, getenv(nil)); p.on {
		t.Error("on for a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := newProgress(f, false, getenv(nil)); p.on {
		t.Error("on for a regular file")
	}
	// A terminal, when the test has one, still stays quiet when asked to,
	// under CI and on a dumb terminal.
	for _, tt := range []struct {
		quiet bool
		env   map[string]string
	}{
		{true, nil},
		{false, map[string]string{"CI": "true"}},
		{false, map[string]string{"TERM": "dumb"}},
	} {
		if p := newProgress(os.Stderr, tt.quiet, getenv(tt.env)); p.on {
			t.Errorf("on with quiet %v and env %v", tt.quiet, tt.env)
		}
	}
	p := newProgress(&buf, false, getenv(nil))
	p.setTotal(ingest.Totals{Files: 3})
	p.update(pipeline.Summary{Files: 1})
	p.done()
	if buf.Len() != 0 {
		t.Errorf("an off bar wrote %q", buf.String())
	}
}
