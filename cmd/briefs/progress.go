package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// A progress shows how far a long build is: a bar redrawn in place on a terminal, a plain
// line every few seconds otherwise. It shows nothing for a build that ends quickly.
type progress struct {
	w     io.Writer
	tty   bool
	start time.Time

	mu    sync.Mutex
	last  time.Time // when something was last shown
	drawn bool      // a bar is on the terminal's line
}

// Thresholds of what a progress shows.
const (
	progressDelay = 500 * time.Millisecond // nothing before this
	barEvery      = 100 * time.Millisecond // a terminal's bar is redrawn at most this often
	lineEvery     = 5 * time.Second        // a log gets a line at most this often
)

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

// update shows that done of total items of stage are done. It is safe to call from several
// goroutines and cheap to call often.
func (p *progress) update(stage string, done, total int) {
	now := time.Now()
	p.mu.Lock()
	defer p.mu.Unlock()
	every := lineEvery
	if p.tty {
		every = barEvery
	}
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < every && done < total {
		return
	}
	p.last = now
	if p.tty {
		fmt.Fprintf(p.w, "\r%s %s", bar(done, total, 30), progressText(stage, done, total))
		p.drawn = true
		return
	}
	fmt.Fprintf(p.w, "%s (%s)\n", progressText(stage, done, total), now.Sub(p.start).Round(time.Second))
}

// clear removes the bar from the terminal, so that what follows starts a clean line.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
		p.drawn = false
	}
}

func progressText(stage string, done, total int) string {
	return fmt.Sprintf("%d/%d %s", done, total, stage)
}

// bar draws a progress bar of width cells, e.g. "[=========>          ]".
func bar(done, total, width int) string {
	n := 0
	if total > 0 {
		n = min(width, done*width/total)
	}
	head := ""
	if n < width {
		head = ">"
	}
	return "[" + strings.Repeat("=", n) + head + strings.Repeat(" ", max(0, width-n-len(head))) + "]"
}
