package site

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"regexp"
	"runtime"
	"sync"
	"time"
)

// A renderer is one call of RenderTo.
type renderer struct {
	*Site
	m      *model
	ctx    context.Context
	out    Output
	prev   map[string]MemoFile // the previous render's memo; nil renders everything
	memo   *Memo               // this render's
	static map[string]bool     // names of the static files, which win over generated ones
	stats  Stats
	urls   []sitemapURL // pages written or kept, for the sitemap
}

// A job makes one output file. Jobs only read the renderer's model, so they run in parallel.
type job func() (output, error)

// An output is a file made by a job.
type output struct {
	name   string
	data   []byte
	static bool        // a static file; others give way to static files of the same name
	url    *sitemapURL // the page's sitemap entry, if it has one
	sum    uint64      // fingerprint of the file's inputs
	// unchanged is set, and data left nil, when the inputs' fingerprint equals the previous
	// render's and the caller keeps the file it made.
	unchanged bool
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
		if r.out.Progress != nil {
			r.out.Progress(i+1, len(jobs))
		}
	}
	return nil
}

type result struct {
	out output
	err error
}

// emit writes one output, or lets the caller keep it when it is unchanged, unless a static
// file replaces it.
func (r *renderer) emit(out output) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if !out.static && r.static[out.name] {
		return nil
	}
	if out.url != nil {
		r.urls = append(r.urls, *out.url)
	}
	if out.unchanged {
		r.memo.Files[out.name] = r.prev[out.name]
		r.stats.Kept++
		return nil
	}
	if err := r.out.Write(out.name, out.data); err != nil {
		return fmt.Errorf("write %s: %w", out.name, err)
	}
	r.memo.Files[out.name] = MemoFile{Sum: out.sum, Size: len(out.data)}
	r.stats.Written++
	return nil
}

// memoized returns the output of the file name made from inputs: an unchanged output when
// the inputs' fingerprint is the previous render's, or else what make returns. inputs must
// hold everything the file's bytes depend on besides the site's salt.
func (r *renderer) memoized(name string, make func() (output, error), inputs ...any) (output, error) {
	sum := r.fingerprint(append([]any{name}, inputs...)...)
	if prev, ok := r.prev[name]; ok && prev.Sum == sum && r.out.Keep(name, prev.Size) {
		return output{name: name, sum: sum, unchanged: true}, nil
	}
	out, err := make()
	out.sum = sum
	return out, err
}

// file returns the output of a generated file: data minified when the site minifies.
func (r *renderer) file(name string, data []byte) (output, error) {
	data, err := minifyFile(r.min, name, data)
	return output{name: name, data: data}, err
}

// staticJobs returns the jobs that copy the static files.
func (r *renderer) staticJobs() []job {
	var jobs []job
	for _, f := range r.Site.static {
		names := []string{f.name}
		if fp, ok := r.assets[f.name]; ok {
			names = append(names, fp)
		}
		for _, name := range names {
			jobs = append(jobs, func() (output, error) {
				data, err := fs.ReadFile(f.fsys, f.path)
				if err != nil {
					return output{}, fmt.Errorf("%s: %w", f.label, err)
				}
				out, err := r.memoized(name, func() (output, error) {
					out, err := r.file(f.name, data)
					out.name = name
					return out, err
				}, data)
				out.static = true
				return out, err
			})
		}
	}
	return jobs
}

// pageJob returns the job that renders the page that build returns, at site path path, dated
// date in the sitemap. deps returns what the page's data depends on besides the site's salt
// and its path; build is called only when that changed since the previous render, or the
// caller lost the file. Both run in the job, deps first.
func (r *renderer) pageJob(path string, date time.Time, deps func() []any, build func() (*Page, error)) job {
	return func() (output, error) {
		if err := r.ctx.Err(); err != nil {
			return output{}, err
		}
		out, err := r.memoized(fileName(path), func() (output, error) {
			p, err := build()
			if err != nil {
				return output{}, err
			}
			return r.render(p)
		}, deps()...)
		if path != "404.html" {
			url := sitemapURL{Loc: absURL(r.cfg.BaseURL, path)}
			if !date.IsZero() {
				url.LastMod = date.Format(time.RFC3339)
			}
			out.url = &url
		}
		return out, err
	}
}

// render executes the template of p.Kind with p and returns the page.
func (r *renderer) render(p *Page) (output, error) {
	p.Site = Meta{Title: r.cfg.Title, Description: r.cfg.Description, Language: r.cfg.Language, BaseURL: r.cfg.BaseURL}
	p.Permalink = absURL(r.cfg.BaseURL, p.Path)
	p.base = r.cfg.BaseURL
	p.assets = r.assets
	p.Feeds = append(p.Feeds, feedLinks(p, "", "")...)
	if p.Type == "" {
		p.Type = "website"
	}
	name := fileName(p.Path)
	buf := getBuffer()
	defer putBuffer(buf)
	w := pageWriter{b: buf, loc: r.cfg.Location}
	if !r.fast[p.Kind] || !w.page(p) {
		buf.Reset()
		if err := r.tmpl[p.Kind].ExecuteTemplate(buf, r.start[p.Kind], p); err != nil {
			return output{}, fmt.Errorf("render %s: %w", name, r.execError(err))
		}
	}
	out, err := r.file(name, buf.Bytes())
	if len(out.data) > 0 && &out.data[0] == &buf.Bytes()[0] {
		out.data = bytes.Clone(out.data) // not minified: the buffer goes back to the pool
	}
	return out, err
}

// fileBuffers are the buffers pages and feeds are made in: a file grows a new buffer by
// doubling, which was a quarter of the bytes a render allocated.
var fileBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// getBuffer returns an empty buffer from fileBuffers.
func getBuffer() *bytes.Buffer {
	buf := fileBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	return buf
}

// putBuffer returns buf to fileBuffers unless it grew too big to keep.
func putBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= 1<<20 {
		fileBuffers.Put(buf)
	}
}

// execErrorRE matches the start of a template execution error: "template: brief.html:12:3: …".
var execErrorRE = regexp.MustCompile(`^template: ([^:]+):(\d+(?::\d+)?): `)

// execError names the template file of an execution error as parse errors do, e.g.
// "templates/brief.html:12:3: executing …" for a site's file, so that editors and the
// preview's overlay can link it.
func (r *renderer) execError(err error) error {
	m := execErrorRE.FindStringSubmatchIndex(err.Error())
	if m == nil {
		return err
	}
	msg := err.Error()
	name := msg[m[2]:m[3]]
	label, ok := r.labels[name]
	if !ok {
		return err
	}
	return &execErr{msg: label + ":" + msg[m[4]:m[5]] + ": " + msg[m[1]:], err: err}
}

// An execErr is a template execution error with its file named.
type execErr struct {
	msg string
	err error
}

func (e *execErr) Error() string { return e.msg }
func (e *execErr) Unwrap() error { return e.err }
