package site

import (
	"context"
	"html/template"
	"io/fs"
	"strings"
	"time"

	"github.com/tdewolff/minify/v2"

	"github.com/briefs/briefs"
	"github.com/briefs/briefs/internal/config"
)

// Options tune the output. The zero value writes files as the templates produce them.
type Options struct {
	// Minify minifies HTML, CSS, JavaScript, JSON, SVG and XML, including the static files.
	Minify bool
	// Fingerprint writes each static CSS and JavaScript file a second time under a name with
	// a hash of its content (style.css also as style.3f2a9c1e.css), which Page.Asset links
	// to: a host can then cache such files for ever. Every page changes when one of them does.
	Fingerprint bool
}

// A Site renders stories with one set of parsed templates. It is safe to call Render from
// several goroutines at once.
type Site struct {
	cfg    config.Site
	tmpl   map[string]*template.Template // page kind → its template set
	start  map[string]string             // page kind → the template to execute
	static []staticFile
	min    *minify.M         // nil unless minifying
	assets map[string]string // static CSS and JS file → its fingerprinted name
	labels map[string]string // template file name → what errors call it
	salt   uint64            // what every fingerprint of a Memo starts from
	// article is set when brief pages show blocks as the default theme does, so that
	// Page.Article can stand for ranging over Body.
	article bool
	// fast holds the page kinds whose templates are the theme's, which pageWriter writes.
	fast map[string]bool
}

// New parses the templates: the theme's templates/*.html, then the site's own templates/*.html,
// a site file replacing the theme file of the same name. theme and local are rooted at the
// theme's and the site's root; either may lack templates/ and static/, and local may be nil.
//
// layout.html and the partials, the files whose names start with "_", are shared; each page
// kind adds its own file (see the package documentation). A syntax error is an *Error naming
// the file and line, e.g. "templates/brief.html:12: unexpected EOF" for a site's file or
// "theme:templates/brief.html:12: …" for the theme's.
func New(cfg config.Site, theme, local fs.FS, opts Options) (*Site, error) {
	cfg = normalize(cfg)
	tmpl, digest, labels, err := parseTemplates(theme, local, funcMap(cfg.Location))
	if err != nil {
		return nil, err
	}
	s := &Site{cfg: cfg, tmpl: tmpl, start: make(map[string]string, len(tmpl)), labels: labels}
	// The configuration's Location is a pointer: its name stands for it. Deploy settings do
	// not shape a page, and the hosting files are fingerprinted by their own bytes.
	plain := cfg
	plain.Location = nil
	plain.Deploy, plain.Hosting = config.Deploy{}, config.Hosting{}
	s.salt = salt(briefs.Version, memoVersion, plain, cfg.Location.String(), digest, opts.Minify)
	for _, kind := range kinds {
		s.start[kind] = startTemplate(tmpl[kind], kind+".html")
	}
	trees := treesByKind(tmpl)
	s.article = themeBlocks(trees["brief"])
	s.fast = themeKinds(trees)
	if s.static, err = listStatic(theme, local); err != nil {
		return nil, err
	}
	if opts.Minify {
		s.min = newMinifier()
	}
	if opts.Fingerprint {
		if s.assets, err = s.fingerprintAssets(); err != nil {
			return nil, err
		}
		s.salt = salt(s.salt, s.assets)
	}
	return s, nil
}

// normalize fills in what a config.Site built by hand may lack; config.Load already has.
func normalize(cfg config.Site) config.Site {
	if cfg.PageSize <= 0 {
		cfg.PageSize = 20
	}
	if cfg.FeedLength <= 0 {
		cfg.FeedLength = 20
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = "/"
	}
	if !strings.HasSuffix(cfg.BaseURL, "/") {
		cfg.BaseURL += "/"
	}
	if cfg.Language == "" {
		cfg.Language = "en"
	}
	if cfg.Title == "" {
		cfg.Title = "Briefs"
	}
	return cfg
}

// Render writes every page, feed and static file of the site through write and returns the
// number of files written. name is a slash-separated path relative to the output root, such as
// "index.html", "briefs/SLUG/index.html" or "style.css"; write may keep data. Render renders
// pages on several goroutines but calls write from its own, one file at a time, in the same
// order for the same stories, with the same bytes.
//
// Stories may come in any order: Render sorts them by date, newest first, then by slug, and
// lists undated stories last. It does not modify stories. A file of the site's or the theme's
// static/ folder wins over a generated file of the same name (a site's static/robots.txt
// replaces the generated one). Render stops at the first error: from write, from a template
// (a missing field, say) or when ctx is done.
func (s *Site) Render(ctx context.Context, stories []Story, write func(name string, data []byte) error) (int, error) {
	_, st, err := s.RenderTo(ctx, stories, Output{Write: write})
	return st.Written, err
}

// RenderTo renders the site as Render does, into out, and returns the memo of this render.
// With out.Prev and out.Keep set, a file whose inputs did not change since out.Prev is
// offered to out.Keep instead of being rendered and written again: a rebuild after a small
// edit renders only the pages that show what changed.
func (s *Site) RenderTo(ctx context.Context, stories []Story, out Output) (*Memo, Stats, error) {
	m, err := newModel(stories, s.cfg.Location)
	if err != nil {
		return nil, Stats{}, err
	}
	r := &renderer{Site: s, m: m, ctx: ctx, out: out, static: make(map[string]bool, len(s.static)),
		memo: &Memo{Files: make(map[string]MemoFile)}}
	if out.Prev != nil && out.Keep != nil {
		r.prev = out.Prev.Files
	}
	for _, f := range s.static {
		r.static[f.name] = true
	}
	var jobs []job
	jobs = append(jobs, r.staticJobs()...)
	jobs = append(jobs, r.pageJobs()...)
	jobs = append(jobs, r.feedJobs()...)
	jobs = append(jobs, r.hostingJobs()...)
	if err := r.run(jobs); err != nil {
		return nil, r.stats, err
	}
	if err := r.sitemap(); err != nil {
		return nil, r.stats, err
	}
	return r.memo, r.stats, nil
}

// memoVersion changes when what a fingerprint covers does, so that memos from an older
// briefs render everything again.
const memoVersion = 1
