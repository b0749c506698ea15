// Package build runs the briefs pipeline over a site: it reads content/, cleans and
// summarizes every article in parallel, renders the site and swaps it into place.
//
// A broken article becomes a warning and is skipped; the rest of the site is built. A broken
// template or an error while rendering stops the build before anything is written to the
// destination, which keeps its previous contents.
package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/briefs/briefs"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/site"
)

// Config says what to build and how. The zero value builds the site in the current
// directory into ./public.
type Config struct {
	Site     string // site root; "" means "."
	Dest     string // output folder; "" means Site/public
	BaseURL  string // overrides the configuration's base_url when set
	Drafts   bool   // include articles marked draft
	NoMinify bool   // write pages as rendered, without minifying
	Strict   bool   // treat any warning as an error: nothing is written
	Workers  int    // articles processed at once; 0 means one per CPU
}

// A Report says what a build did.
type Report struct {
	Articles int           // briefs published
	Drafts   int           // articles left out because they are drafts
	Files    int           // files in the destination
	Warnings []error       // broken articles (skipped) and other problems, each naming a file
	Notices  []error       // files in content/ that are not articles
	Duration time.Duration // wall time of the build
}

// Run builds the site once: content/ → clean → summarize → render → destination.
func Run(ctx context.Context, cfg Config) (Report, error) {
	start := time.Now()
	root := cfg.Site
	if root == "" {
		root = "."
	}
	dest := cfg.Dest
	if dest == "" {
		dest = filepath.Join(root, "public")
	}
	fsys := os.DirFS(root)
	sc, err := config.Load(fsys)
	if err != nil {
		return Report{}, err
	}
	if cfg.BaseURL != "" {
		if sc, err = sc.WithBaseURL(cfg.BaseURL); err != nil {
			return Report{}, err
		}
	}
	if fi, err := fs.Stat(fsys, "content"); err != nil || !fi.IsDir() {
		return Report{}, fmt.Errorf("%s has no content/ folder (is -s the site's root?)", root)
	}
	if err := checkDest(root, dest); err != nil {
		return Report{}, err
	}

	// Parse the templates before the slow part, so a broken template fails fast.
	s, err := site.New(sc, briefs.Theme, fsys, site.Options{Minify: !cfg.NoMinify})
	if err != nil {
		return Report{}, err
	}

	files, problems := content.Files(fsys, "content")
	var rep Report
	for _, p := range problems {
		if errors.Is(p, content.ErrIgnored) {
			rep.Notices = append(rep.Notices, p)
		} else {
			rep.Warnings = append(rep.Warnings, p)
		}
	}
	results, err := processAll(ctx, fsys, files, sc, cfg.Workers)
	if err != nil {
		return Report{}, err
	}
	var kept []result
	for _, r := range results {
		rep.Warnings = append(rep.Warnings, r.warnings...)
		switch {
		case r.err != nil:
			rep.Warnings = append(rep.Warnings, r.err)
		case r.draft && !cfg.Drafts:
			rep.Drafts++
		default:
			kept = append(kept, r)
		}
	}
	assignSlugs(kept)
	stories := make([]site.Story, len(kept))
	for i, r := range kept {
		stories[i] = r.story
	}
	rep.Articles = len(stories)
	if len(stories) == 0 && len(files) == 0 {
		rep.Warnings = append(rep.Warnings, fmt.Errorf("%s: no articles", filepath.Join(root, "content")))
	}
	if cfg.Strict && len(rep.Warnings) > 0 {
		rep.Duration = time.Since(start)
		return rep, fmt.Errorf("%d warning(s) in strict mode; %s left as it was", len(rep.Warnings), dest)
	}

	out, err := newOutput(dest)
	if err != nil {
		return Report{}, err
	}
	n, err := s.Render(ctx, stories, out.write)
	if err != nil {
		out.discard()
		return Report{}, err
	}
	if err := out.commit(); err != nil {
		return Report{}, err
	}
	rep.Files = n
	rep.Duration = time.Since(start)
	return rep, nil
}
