package site

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"runtime"
	"sync"
	"time"
)

// A renderer is one call of Render.
type renderer struct {
	*Site
	m      *model
	ctx    context.Context
	write  func(name string, data []byte) error
	static map[string]bool // names of the static files, which win over generated ones
	n      int             // files written
	urls   []sitemapURL    // pages written, for the sitemap
}

// A job makes one output file. Jobs only read the renderer's model, so they run in parallel.
type job func() (output, error)

// An output is a file made by a job.
type output struct {
	name   string
	data   []byte
	static bool        // a static file; others give way to static files of the same name
	url    *sitemapURL // the page's sitemap entry, if it has one
}

// run runs the jobs on up to GOMAXPROCS goroutines and writes their outputs in job order. It
// returns the first error, after the goroutines it started have stopped.
func (r *renderer) run(jobs []job) error {
	workers := runtime.GOMAXPROCS(0)
	window := 4 * workers // jobs started but not yet written, which bounds the memory held
	results := make([]chan result, len(jobs))
	for i := range results {
		results[i] = make(chan result, 1) // so that a worker never waits for the writer
	}
	todo := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(jobs)) {
		wg.Go(func() {
			for i := range todo {
				out, err := jobs[i]()
				results[i] <- result{out, err}
			}
		})
	}
	defer wg.Wait()
	defer close(todo)

	started := 0
	for i := range jobs {
		for ; started < len(jobs) && started < i+window; started++ {
			todo <- started
		}
		res := <-results[i]
		if res.err != nil {
			return res.err
		}
		if err := r.emit(res.out); err != nil {
			return err
		}
	}
	return nil
}

type result struct {
	out output
	err error
}

// emit minifies and writes one output, unless a static file replaces it.
func (r *renderer) emit(out output) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if !out.static && r.static[out.name] {
		return nil
	}
	if err := r.write(out.name, out.data); err != nil {
		return fmt.Errorf("write %s: %w", out.name, err)
	}
	r.n++
	if out.url != nil {
		r.urls = append(r.urls, *out.url)
	}
	return nil
}

// file returns the output of a generated file: data minified when the site minifies.
func (r *renderer) file(name string, data []byte) (output, error) {
	data, err := minifyFile(r.min, name, data)
	return output{name: name, data: data}, err
}

// staticJobs returns the jobs that copy the static files.
func (r *renderer) staticJobs() []job {
	jobs := make([]job, len(r.Site.static))
	for i, f := range r.Site.static {
		jobs[i] = func() (output, error) {
			data, err := fs.ReadFile(f.fsys, f.path)
			if err != nil {
				return output{}, fmt.Errorf("%s: %w", f.label, err)
			}
			out, err := r.file(f.name, data)
			out.static = true
			return out, err
		}
	}
	return jobs
}

// pageJob returns the job that renders the page that build returns.
func (r *renderer) pageJob(build func() *Page) job {
	return func() (output, error) {
		if err := r.ctx.Err(); err != nil {
			return output{}, err
		}
		return r.render(build())
	}
}

// render executes the template of p.Kind with p and returns the page with its sitemap entry.
func (r *renderer) render(p *Page) (output, error) {
	p.Site = Meta{Title: r.cfg.Title, Description: r.cfg.Description, Language: r.cfg.Language, BaseURL: r.cfg.BaseURL}
	p.Permalink = absURL(r.cfg.BaseURL, p.Path)
	p.base = r.cfg.BaseURL
	p.Feeds = append(p.Feeds, feedLinks(p, "", "")...)
	if p.Type == "" {
		p.Type = "website"
	}
	name := fileName(p.Path)
	var buf bytes.Buffer
	if err := r.tmpl[p.Kind].ExecuteTemplate(&buf, r.start[p.Kind], p); err != nil {
		return output{}, fmt.Errorf("render %s: %w", name, err)
	}
	out, err := r.file(name, buf.Bytes())
	if p.Kind != "404" {
		out.url = &sitemapURL{Loc: p.Permalink}
		if !p.Date.IsZero() {
			out.url.LastMod = p.Date.Format(time.RFC3339)
		}
	}
	return out, err
}
