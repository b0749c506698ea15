package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	p := newProgress(&buf) // not a terminal: plain lines
	p.update("articles", 1, 10)
	if buf.Len() != 0 {
		t.Errorf("a build under %v showed progress: %q", progressDelay, buf.String())
	}
	p.start = time.Now().Add(-time.Minute) // a long build
	p.update("articles", 5, 10)
	p.update("articles", 6, 10) // too soon for another line
	p.update("articles", 10, 10)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "5/10 articles") || !strings.HasPrefix(lines[1], "10/10 articles") {
		t.Errorf("progress lines = %q", lines)
	}

	tty := &progress{w: &buf, tty: true, start: time.Now().Add(-time.Minute)}
	buf.Reset()
	tty.update("pages", 50, 100)
	tty.clear()
	if out := buf.String(); !strings.Contains(out, "\r[===============>              ] 50/100 pages") || !strings.HasSuffix(out, "\r") {
		t.Errorf("terminal progress = %q", out)
	}
}

func TestBar(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		done, total int
		want        string
	}{
		{0, 10, "[>         ]"},
		{5, 10, "[=====>    ]"},
		{10, 10, "[==========]"},
		{3, 0, "[>         ]"},
	} {
		if got := bar(tt.done, tt.total, 10); got != tt.want {
			t.Errorf("bar(%d, %d) = %q, want %q", tt.done, tt.total, got, tt.want)
		}
	}
}
