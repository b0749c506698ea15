package build

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/site"
	"github.com/briefs/briefs/internal/summarize"
)

// A result is what the pipeline made of one content file.
type result struct {
	path     string
	story    site.Story
	slugSet  bool // the editor chose the slug
	draft    bool
	warnings []error // problems that did not stop the article
	err      error   // the problem that did
}

// processAll runs every file through the pipeline, or takes its result from the cache, with
// a bounded pool of workers, and returns the results in the order of files.
//
// same, when not nil, reports the files known not to have changed since the last build.
func processAll(ctx context.Context, c *cache, fsys fs.FS, files []string, sc config.Site, workers int, same func(string) bool, progress func(string, int, int)) ([]result, error) {
	if workers <= 0 {
		// A couple more than the processors: a worker waiting on the disk (reading an
		// article, writing its cache entry) leaves its processor to another.
		workers = runtime.GOMAXPROCS(0) + 2
	}
	results := make([]result, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	for range min(workers, max(len(files), 1)) {
		wg.Go(func() {
			for i := range next {
				results[i] = c.article(fsys, files[i], sc, same != nil && same(files[i]))
				if progress != nil {
					progress("articles", int(done.Add(1)), len(files))
				}
			}
		})
	}
	var err error
feed:
	for i := range files {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	return results, err
}

// process parses, cleans and summarizes the content file name, whose bytes are data. Front
// matter wins over everything derived from the article.
func process(name string, data []byte, sc config.Site) result {
	r := result{path: name}
	a, err := content.Parse(name, data, sc.Location)
	if err != nil {
		r.err = err
		return r
	}
	r.warnings = a.Warnings
	r.draft = a.Meta.Draft
	r.story, err = Story(a, sc.Bullets)
	if err != nil {
		r.err = err
		return r
	}
	r.slugSet = a.Meta.Slug != ""
	if r.story.Doc.Date.IsZero() {
		r.warnings = append(r.warnings, &content.Error{Path: name,
			Err: fmt.Errorf("no date found in the article; set one in front matter (date: 2006-01-02)")})
	}
	return r
}

// Story cleans and summarizes one article into the Story the site shows, applying the
// editor's front matter: title, date, source, author and URL (through clean), lede, bullets,
// tags and slug. Errors are *content.Error values naming the file.
func Story(a content.Article, bullets int) (site.Story, error) {
	doc, err := clean.Article(a)
	if err != nil {
		return site.Story{}, &content.Error{Path: a.Path, Err: fmt.Errorf("clean: %w", err)}
	}
	b := summarize.Doc(doc, bullets)
	if a.Meta.Lede != "" {
		b.Lede = a.Meta.Lede
	}
	if len(a.Meta.Bullets) > 0 {
		b.Bullets = a.Meta.Bullets
	}
	if a.Meta.Title != "" {
		b.Title = a.Meta.Title
	}
	slug := site.Slugify(a.Meta.Slug)
	if slug == "" {
		slug = site.Slugify(b.Title)
	}
	if slug == "" {
		base := path.Base(a.Path)
		slug = site.Slugify(strings.TrimSuffix(base, path.Ext(base)))
	}
	if slug == "" {
		slug = "brief"
	}
	return site.Story{Slug: slug, Doc: doc, Brief: b, Tags: a.Meta.Tags}, nil
}

// assignSlugs makes the slugs of rs unique. An editor's slug is served first, then the
// others in the order of their source paths; a slug that is taken gets a numeric suffix
// (-2, -3, …), so the outcome never depends on the order in which workers finished.
func assignSlugs(rs []result) {
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := rs[order[i]], rs[order[j]]
		if a.slugSet != b.slugSet {
			return a.slugSet
		}
		return a.path < b.path
	})
	taken := make(map[string]bool, len(rs))
	for _, i := range order {
		base := rs[i].story.Slug
		s := base
		for n := 2; taken[s]; n++ {
			s = fmt.Sprintf("%s-%d", base, n)
		}
		taken[s] = true
		rs[i].story.Slug = s
	}
}
