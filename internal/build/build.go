// Package build runs the briefs pipeline over a site: it reads content/, cleans and
// summarizes every article in parallel, renders the site and swaps it into place.
//
// A broken article becomes a warning and is skipped; the rest of the site is built. A broken
// template or an error while rendering stops the build before anything is written to the
// destination, which keeps its previous contents.
package build

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
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
	Workers  int    // articles processed at once; 0 means two more than the CPUs
	// CacheDir keeps what each article became between builds; "" means Site/.briefs-cache.
	// A site copied without it builds from scratch.
	CacheDir string

	// Progress, when set, is told how far a build is: which stage ("articles", then "pages")
	// and how many of its items are done. It is called often, from several goroutines.
	Progress func(stage string, done, total int)

	preview bool // a Session's build: no fingerprinted assets
}

// A Report says what a build did.
type Report struct {
	Articles int           // briefs published
	Drafts   int           // articles left out because they are drafts
	Files    int           // files in the destination
	Written  int           // files rendered and written; the others were unchanged
	Warnings []error       // broken articles (skipped) and other problems, each naming a file
	Notices  []error       // files in content/ that are not articles
	Duration time.Duration // wall time of the build
}

// Run builds the site once: content/ → clean → summarize → render → destination.
func Run(ctx context.Context, cfg Config) (Report, error) {
	start := time.Now()
	p, err := prepare(cfg)
	if err != nil {
		return Report{}, err
	}
	dest := cfg.Dest
	if dest == "" {
		dest = filepath.Join(p.root, "public")
	}
	if err := checkDest(p.root, dest); err != nil {
		return Report{}, err
	}
	inputs, err := p.inputs()
	if err != nil {
		return Report{}, err
	}
	last := readRecord(p.memoPath(dest))
	if last != nil && last.Inputs == inputs && exists(filepath.Join(dest, "index.html")) {
		// Nothing the site is made from changed since the build that made dest.
		rep := last.report()
		rep.Files = len(last.Memo.Files)
		rep.Duration = time.Since(start)
		if cfg.Strict && len(rep.Warnings) > 0 {
			return rep, fmt.Errorf("%d warning(s) in strict mode", len(rep.Warnings))
		}
		return rep, nil
	}
	c := newCache(p.cacheDir(), p.sc)
	c.lean = true // one build: bodies stay on disk until their page is rendered
	defer c.close()
	stories, rep, err := p.stories(ctx, c, nil)
	if err != nil {
		return Report{}, err
	}
	if cfg.Strict && len(rep.Warnings) > 0 {
		rep.Duration = time.Since(start)
		return rep, fmt.Errorf("%d warning(s) in strict mode; %s left as it was", len(rep.Warnings), dest)
	}
	out, err := newOutput(dest, p.memoPath(dest), last)
	if err != nil {
		return Report{}, err
	}
	target := out.target()
	if cfg.Progress != nil {
		target.Progress = func(done, total int) { cfg.Progress("pages", done, total) }
	}
	memo, st, err := p.site.RenderTo(ctx, stories, target)
	if err == nil {
		err = out.commit(newRecord(inputs, rep, memo), st)
	}
	if err != nil {
		out.discard()
		return Report{}, err
	}
	if err := c.commit(true); err != nil {
		return Report{}, err
	}
	rep.Files = st.Files()
	rep.Written = st.Written
	rep.Duration = time.Since(start)
	return rep, nil
}

// inputs returns a fingerprint of everything a build of the site is made from: the briefs
// release and binary, the configuration, the templates, the options, and the size and
// modification time of every content and static file.
func (p *plan) inputs() (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%s\x00drafts=%v\x00", p.site.Salt(), cacheSalt(p.sc), p.cfg.Drafts)
	if fi, err := fs.Stat(p.fsys, config.File); err == nil {
		fmt.Fprintf(h, "%s\x00%d\x00%d\n", config.File, fi.Size(), fi.ModTime().UnixNano())
	}
	for _, dir := range []string{"content", "static"} {
		err := fs.WalkDir(p.fsys, dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				if name == dir && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipAll
				}
				return err
			}
			fi, err := d.Info()
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%s\x00%d\x00%d\x00%v\n", name, fi.Size(), fi.ModTime().UnixNano(), fi.IsDir())
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("read %s: %w", dir, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// newRecord returns the record of a build.
func newRecord(inputs string, rep Report, memo *site.Memo) *record {
	r := &record{Inputs: inputs, Articles: rep.Articles, Drafts: rep.Drafts, Memo: *memo}
	for _, w := range rep.Warnings {
		r.Warnings = append(r.Warnings, w.Error())
	}
	for _, n := range rep.Notices {
		r.Notices = append(r.Notices, n.Error())
	}
	return r
}

// report returns the report of the build r records, for a build with nothing to do.
func (r *record) report() Report {
	rep := Report{Articles: r.Articles, Drafts: r.Drafts}
	for _, w := range r.Warnings {
		rep.Warnings = append(rep.Warnings, errors.New(w))
	}
	for _, n := range r.Notices {
		rep.Notices = append(rep.Notices, errors.New(n))
	}
	return rep
}

// cacheDir returns the folder of the build cache.
func (p *plan) cacheDir() string {
	if p.cfg.CacheDir != "" {
		return p.cfg.CacheDir
	}
	return filepath.Join(p.root, CacheDir)
}

// memoPath returns the file that remembers what was rendered into dest.
func (p *plan) memoPath(dest string) string {
	abs, err := filepath.Abs(dest)
	if err != nil {
		abs = dest
	}
	h := fnv.New64a()
	h.Write([]byte(abs))
	return filepath.Join(p.cacheDir(), fmt.Sprintf("output-%016x.json", h.Sum64()))
}

// A plan is what every build of a site starts from: its configuration and its templates.
type plan struct {
	cfg  Config
	root string
	fsys fs.FS
	sc   config.Site
	site *site.Site
}

// prepare reads the site's configuration and parses its templates. A broken template or
// configuration file fails here, before any article is read.
func prepare(cfg Config) (*plan, error) {
	root := cfg.Site
	if root == "" {
		root = "."
	}
	fsys := os.DirFS(root)
	sc, err := config.Load(fsys)
	if err != nil {
		return nil, err
	}
	if cfg.BaseURL != "" {
		if sc, err = sc.WithBaseURL(cfg.BaseURL); err != nil {
			return nil, err
		}
	}
	if fi, err := fs.Stat(fsys, "content"); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%s has no content/ folder (is -s the site's root?)", root)
	}
	// A build fingerprints stylesheets and scripts for hosts to cache; the live preview does
	// not, so that a stylesheet edit changes no page.
	s, err := site.New(sc, briefs.Theme, fsys, site.Options{Minify: !cfg.NoMinify, Fingerprint: !cfg.preview})
	if err != nil {
		return nil, err
	}
	return &plan{cfg: cfg, root: root, fsys: fsys, sc: sc, site: s}, nil
}

// stories reads, cleans and summarizes every article of the site and returns the stories to
// publish, with the report of what was skipped and why.
//
// same, when not nil, reports the files known not to have changed since the last build.
func (p *plan) stories(ctx context.Context, c *cache, same func(string) bool) ([]site.Story, Report, error) {
	files, problems := content.Files(p.fsys, "content")
	var rep Report
	for _, e := range problems {
		if errors.Is(e, content.ErrIgnored) {
			rep.Notices = append(rep.Notices, e)
		} else {
			rep.Warnings = append(rep.Warnings, e)
		}
	}
	results, err := processAll(ctx, c, p.fsys, files, p.sc, p.cfg.Workers, same, p.cfg.Progress)
	if err != nil {
		return nil, Report{}, err
	}
	var kept []result
	for _, r := range results {
		rep.Warnings = append(rep.Warnings, r.warnings...)
		switch {
		case r.err != nil:
			rep.Warnings = append(rep.Warnings, r.err)
		case r.draft && !p.cfg.Drafts:
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
	if len(files) == 0 {
		rep.Warnings = append(rep.Warnings, fmt.Errorf("%s: no articles", filepath.Join(p.root, "content")))
	}
	return stories, rep, nil
}
