package build

import (
	"bytes"
	"context"
	"slices"
	"time"
)

// A Session builds a site again and again into memory, as the live preview needs: each Build
// returns the whole site and what changed since the previous Build.
//
// A Session is not safe for concurrent use: call Build from one goroutine at a time.
type Session struct {
	cfg   Config
	files map[string][]byte // the last good build
}

// NewSession returns a session for the site cfg names. cfg.Dest and cfg.Strict are ignored:
// the output stays in memory, and warnings are reported, never fatal.
func NewSession(cfg Config) *Session {
	return &Session{cfg: cfg}
}

// A Result is one build of a Session.
type Result struct {
	// Files is the whole site, keyed by slash path ("index.html", "briefs/x/index.html",
	// "style.css"). It is a new map on every Build and is never modified afterwards, so it
	// can be served while the next Build runs.
	Files map[string][]byte
	// Changed lists the files that are new or differ from the previous good Build, and
	// Removed those that are gone, both sorted. On the first Build every file is new.
	Changed, Removed []string
	Report           Report
}

// Build builds the site. changed lists the site files (slash paths relative to the site root,
// e.g. "content/2025/x.md" or "templates/brief.html") that changed since the previous Build;
// nil means unknown, so everything is looked at. An error (a broken template, a bad
// configuration file) keeps the last good build as the base of the next comparison.
func (s *Session) Build(ctx context.Context, changed []string) (Result, error) {
	start := time.Now()
	p, err := prepare(s.cfg)
	if err != nil {
		return Result{}, err
	}
	stories, rep, err := p.stories(ctx)
	if err != nil {
		return Result{}, err
	}
	files := make(map[string][]byte, len(s.files))
	n, err := p.site.Render(ctx, stories, func(name string, data []byte) error {
		files[name] = data
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	res := Result{Files: files, Report: rep}
	for name, data := range files {
		if old, ok := s.files[name]; !ok || !bytes.Equal(old, data) {
			res.Changed = append(res.Changed, name)
		}
	}
	for name := range s.files {
		if _, ok := files[name]; !ok {
			res.Removed = append(res.Removed, name)
		}
	}
	slices.Sort(res.Changed)
	slices.Sort(res.Removed)
	s.files = files
	res.Report.Files = n
	res.Report.Duration = time.Since(start)
	return res, nil
}
