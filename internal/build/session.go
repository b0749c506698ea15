package build

import (
	"bytes"
	"context"
	"slices"
	"time"

	"github.com/briefs/briefs/internal/site"
)

// A Session builds a site again and again into memory, as the live preview needs: each Build
// returns the whole site and what changed since the previous one. Between builds it keeps
// what each article became and a memo of what each page was made from, so a rebuild after
// an edit cleans and summarizes only the edited article and renders only the pages that
// show it.
//
// A Session is not safe for concurrent use: call Build from one goroutine at a time.
type Session struct {
	cfg     Config
	cache   *cache
	files   map[string][]byte // the last good build
	memo    *site.Memo        // what made it
	pending map[string]bool   // files reported changed since the last good build; nil: unknown
}

// NewSession returns a session for the site cfg names. cfg.Dest and cfg.Strict are ignored:
// the output stays in memory, and warnings are reported, never fatal. The article cache is
// shared with briefs build (cfg.CacheDir).
func NewSession(cfg Config) *Session {
	cfg.preview = true
	return &Session{cfg: cfg}
}

// Close lets go of the files the session keeps open. The session can build again after it.
func (s *Session) Close() error {
	if s.cache == nil {
		return nil
	}
	err := s.cache.close()
	s.cache = nil
	return err
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
// nil means unknown. It is a hint: files are compared by size and modification time anyway.
// An error (a broken template, a bad configuration file) keeps the last good build as the
// base of the next one.
func (s *Session) Build(ctx context.Context, changed []string) (Result, error) {
	start := time.Now()
	// Changes pile up until a build succeeds; an unknown change makes every file suspect.
	if changed == nil {
		s.pending = nil
	}
	for _, c := range changed {
		if s.pending != nil {
			s.pending[c] = true
		}
	}
	p, err := prepare(s.cfg)
	if err != nil {
		return Result{}, err
	}
	if salt := cacheSalt(p.sc); s.cache == nil || s.cache.salt != salt {
		if s.cache != nil {
			s.cache.close()
		}
		s.cache = newCache(p.cacheDir(), p.sc)
	} else {
		s.cache.begin()
	}
	var same func(string) bool
	if pending := s.pending; pending != nil {
		same = func(name string) bool { return !pending[name] }
	}
	stories, rep, err := p.stories(ctx, s.cache, same)
	if err != nil {
		return Result{}, err
	}
	files := make(map[string][]byte, len(s.files))
	var written []string
	memo, st, err := p.site.RenderTo(ctx, stories, site.Output{
		Write: func(name string, data []byte) error {
			files[name] = data
			written = append(written, name)
			return nil
		},
		Keep: func(name string, size int) bool { // called concurrently: reads only
			data, ok := s.files[name]
			return ok && len(data) == size
		},
		Prev: s.memo,
	})
	if err != nil {
		return Result{}, err
	}
	for name := range memo.Files {
		if _, ok := files[name]; !ok {
			files[name] = s.files[name] // kept
		}
	}
	s.cache.commit(false)
	res := Result{Files: files, Report: rep}
	for _, name := range written {
		if old, ok := s.files[name]; !ok || !bytes.Equal(old, files[name]) {
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
	s.files, s.memo = files, memo
	s.pending = map[string]bool{} // from now on, the changes reported are all there are
	res.Report.Files = st.Files()
	res.Report.Written = st.Written
	res.Report.Duration = time.Since(start)
	return res, nil
}
