package site

import (
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/briefs/briefs/internal/clean"
)

// pageJobs returns the jobs that render the HTML pages: home, briefs, topics, archive and 404,
// in that order.
//
// Each job names what its page depends on (see pageJob): the versions of the items it shows
// (an item's version covers its story, slug, date and topics) and whatever else its data
// holds. A page whose dependencies are those of the previous render is not rendered again,
// so what a job leaves out of its dependencies would go stale: TestRenderMemoMatchesFresh
// checks random edits against renders from scratch.
func (r *renderer) pageJobs() []job {
	jobs := r.listJobs(&Page{Kind: "index", Title: "Latest briefs", Description: r.cfg.Description}, r.m.items)
	for _, it := range r.m.items {
		jobs = append(jobs, r.pageJob(it.path, it.date,
			func() []any { return []any{"brief", it, it.related} },
			func() (*Page, error) { return r.briefPage(it, it.related) }))
	}
	jobs = append(jobs, r.pageJob("topics/", r.m.newest, r.topicsDeps, noErr(r.topicsPage)))
	for _, t := range r.m.topics {
		p := &Page{Kind: "topic", Path: topicPath(t.slug), Title: t.name, Description: "Briefs about " + t.name + "."}
		p.Topic = &TopicLink{Name: t.name, Slug: t.slug, Count: len(t.items)}
		jobs = append(jobs, r.listJobs(p, t.items)...)
	}
	jobs = append(jobs, r.pageJob("archive/", r.m.newest, r.archiveDeps, noErr(r.archivePage)))
	for i, d := range r.m.days {
		jobs = append(jobs, r.pageJob(d.path, d.date, func() []any {
			deps := []any{"day", d.date, d.items}
			if i > 0 {
				deps = append(deps, r.m.days[i-1].date)
			}
			if i+1 < len(r.m.days) {
				deps = append(deps, r.m.days[i+1].date)
			}
			return deps
		}, noErr(func() *Page { return r.dayPage(i) })))
	}
	rooted := basePath(r.cfg.BaseURL)
	return append(jobs, r.pageJob("404.html", time.Time{}, func() []any { return []any{"404", rooted} }, noErr(func() *Page {
		return &Page{
			Kind:        "404",
			Path:        "404.html",
			Title:       "Page not found",
			Description: r.cfg.Description,
			rooted:      rooted,
		}
	})))
}

// noErr adapts a page builder that cannot fail to pageJob.
func noErr(build func() *Page) func() (*Page, error) {
	return func() (*Page, error) { return build(), nil }
}

// topicsDeps returns what the topics page shows: every topic's name, slug and count.
func (r *renderer) topicsDeps() []any {
	h := newHasher()
	for _, t := range r.m.topics {
		h.str(t.slug)
		h.str(t.name)
		h.u64(uint64(len(t.items)))
	}
	return []any{"topics", r.m.newest, h.sum()}
}

// archiveDeps returns what the archive shows: every day and its number of briefs.
func (r *renderer) archiveDeps() []any {
	h := newHasher()
	for _, d := range r.m.days {
		h.str(d.path)
		h.u64(uint64(len(d.items)))
	}
	return []any{"archive", r.m.newest, h.sum()}
}

// listJobs returns the jobs that render the paginated list of items whose first page is first:
// pages 2 and after are copies of it at PATH/page/N/.
func (r *renderer) listJobs(first *Page, items []*item) []job {
	size := r.cfg.PageSize
	total := max(1, (len(items)+size-1)/size)
	jobs := make([]job, total)
	for n := 1; n <= total; n++ {
		page := items[min((n-1)*size, len(items)):min(n*size, len(items))]
		var date time.Time
		if len(page) > 0 {
			date = page[0].date
		}
		deps := func() []any {
			d := []any{first.Kind, first.Title, first.Description, n, total, page}
			if first.Topic != nil {
				d = append(d, first.Topic.Name, first.Topic.Slug, first.Topic.Count)
			}
			return d
		}
		jobs[n-1] = r.pageJob(pagePath(first.Path, n), date, deps, noErr(func() *Page {
			p := *first
			p.Path = pagePath(first.Path, n)
			p.from = p.Path
			if n > 1 {
				p.Title = first.Title + ", page " + strconv.Itoa(n)
			}
			if first.Topic != nil {
				topic := *first.Topic
				topic.URL = p.Rel(first.Path)
				p.Topic = &topic
				p.Feeds = feedLinks(&p, first.Path, topic.Name)
			}
			p.Entries = r.entries(&p, page)
			p.Date = date
			p.Pager = Pager{Number: n, Total: total}
			if n > 1 {
				p.Pager.Newer = Link{Name: "Newer briefs", URL: p.Rel(pagePath(first.Path, n-1))}
			}
			if n < total {
				p.Pager.Older = Link{Name: "Older briefs", URL: p.Rel(pagePath(first.Path, n+1))}
			}
			return &p
		}))
	}
	return jobs
}

// briefPage returns the page of one brief, with the related items rel.
func (r *renderer) briefPage(it *item, rel []*item) (*Page, error) {
	p := &Page{Kind: "brief", Path: it.path, from: it.path, Title: it.title, Type: "article", Date: it.date}
	e := r.entry(p, it)
	p.Brief = &e
	p.Description = e.Lede
	if p.Description == "" && len(e.Bullets) > 0 {
		p.Description = e.Bullets[0]
	}
	blocks := it.Doc.Blocks
	if blocks == nil && it.LoadBody != nil {
		var err error
		if blocks, err = it.LoadBody(); err != nil {
			return nil, fmt.Errorf("story %q: %w", it.Doc.Path, err)
		}
	}
	p.Body = body(blocks, it.title, it.Doc.Title)
	if r.article && !r.fast["brief"] { // pageWriter writes Body itself
		p.Article = articleHTML(p.Body)
	}
	p.Related = r.entries(p, rel)
	p.JSONLD = r.newsArticle(it, p.Description)
	return p, nil
}

// topicsPage returns the index of every topic.
func (r *renderer) topicsPage() *Page {
	p := &Page{Kind: "topics", Path: "topics/", from: "topics/", Title: "Topics", Date: r.m.newest,
		Description: "Every topic of " + r.cfg.Title + "."}
	p.Topics = make([]TopicLink, len(r.m.topics))
	for i, t := range r.m.topics {
		p.Topics[i] = TopicLink{Name: t.name, Slug: t.slug, URL: p.Rel(topicPath(t.slug)), Count: len(t.items)}
	}
	return p
}

// archivePage returns the archive: every day with briefs, grouped by month, newest first.
func (r *renderer) archivePage() *Page {
	p := &Page{Kind: "archive", Path: "archive/", from: "archive/", Title: "Archive", Date: r.m.newest,
		Description: "Every brief of " + r.cfg.Title + ", by day."}
	for _, d := range r.m.days {
		link := DayLink{Title: d.date.Format("Monday 2 January"), Date: d.date, URL: p.Rel(d.path), Count: len(d.items)}
		if d.date.IsZero() {
			link.Title = "Undated"
			p.Undated = link
			continue
		}
		first := time.Date(d.date.Year(), d.date.Month(), 1, 0, 0, 0, 0, d.date.Location())
		if n := len(p.Months); n == 0 || !p.Months[n-1].Date.Equal(first) {
			p.Months = append(p.Months, Month{Title: first.Format("January 2006"), Date: first})
		}
		mo := &p.Months[len(p.Months)-1]
		mo.Days = append(mo.Days, link)
		mo.Count += link.Count
	}
	return p
}

// dayPage returns the digest of the i-th day of the archive.
func (r *renderer) dayPage(i int) *Page {
	d := r.m.days[i]
	p := &Page{Kind: "day", Path: d.path, from: d.path, Date: d.date}
	if d.date.IsZero() {
		p.Title = "Undated briefs"
		p.Description = "Briefs of " + r.cfg.Title + " without a date."
	} else {
		p.Title = d.date.Format("Monday, 2 January 2006")
		p.Description = "Briefs of " + d.date.Format("2 January 2006") + "."
		if i > 0 {
			p.Pager.Newer = dayLink(p, r.m.days[i-1])
		}
		if i+1 < len(r.m.days) && !r.m.days[i+1].date.IsZero() {
			p.Pager.Older = dayLink(p, r.m.days[i+1])
		}
	}
	p.Entries = r.entries(p, d.items)
	return p
}

// dayLink returns a link from p to the archive page of d.
func dayLink(p *Page, d *day) Link {
	return Link{Name: d.date.Format("2 January 2006"), URL: p.Rel(d.path)}
}

// entries returns the items as p shows them.
func (r *renderer) entries(p *Page, items []*item) []Entry {
	if len(items) == 0 {
		return nil
	}
	es := make([]Entry, len(items))
	for i, it := range items {
		es[i] = r.entry(p, it)
	}
	return es
}

// entry returns it as p shows it, with URLs relative to p.
func (r *renderer) entry(p *Page, it *item) Entry {
	e := Entry{
		Slug:      it.Slug,
		Title:     it.title,
		URL:       p.Rel(it.path),
		Permalink: absURL(r.cfg.BaseURL, it.path),
		Lede:      strings.TrimSpace(it.Brief.Lede),
		Bullets:   it.Brief.Bullets,
		Date:      it.date,
		Author:    strings.TrimSpace(it.Doc.Author),
		Source:    strings.TrimSpace(it.Doc.Source),
		SourceURL: webURL(it.Doc.SourceURL),
	}
	if !it.date.IsZero() {
		e.DayURL = p.Rel(dayPath(it.date))
	}
	if lang := strings.TrimSpace(it.Doc.Lang); lang != "" && !sameLanguage(lang, r.cfg.Language) {
		e.Lang = lang
	}
	if len(it.topics) > 0 {
		e.Topics = make([]Link, len(it.topics))
		for i, t := range it.topics {
			e.Topics[i] = Link{Name: t.name}
			if t.page {
				e.Topics[i].URL = p.Rel(topicPath(t.slug))
			}
		}
	}
	return e
}

// sameLanguage reports whether two BCP 47 tags have the same primary language, e.g. "en" and
// "en-GB".
func sameLanguage(a, b string) bool {
	primary := func(tag string) string {
		tag, _, _ = strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
		return tag
	}
	return strings.EqualFold(primary(a), primary(b))
}

// body turns the cleaned article's blocks into the Body of a brief page: consecutive list items
// become one list, consecutive quotations one quote, and headings start at h3. A first heading
// that repeats one of the titles is dropped: the page shows the headline already.
func body(blocks []clean.Block, titles ...string) []Block {
	var out []Block
	for i, b := range blocks {
		text := b.Text
		if b.Kind != clean.Code {
			text = strings.TrimSpace(text)
		}
		if strings.TrimSpace(text) == "" && b.HTML == "" {
			continue
		}
		if i == 0 && b.Kind == clean.Heading && slices.ContainsFunc(titles, func(t string) bool {
			return strings.EqualFold(strings.TrimSpace(t), text)
		}) {
			continue
		}
		blk := Block{Kind: "p", Text: text, HTML: template.HTML(b.HTML)}
		switch b.Kind {
		case clean.Heading:
			blk.Kind, blk.Level = "h", 3
		case clean.Code:
			blk.Kind, blk.HTML = "code", ""
		case clean.ListItem, clean.Quote:
			group := "ul"
			if b.Kind == clean.Quote {
				group = "quote"
			}
			if n := len(out); n > 0 && out[n-1].Kind == group && i > 0 && blocks[i-1].Kind == b.Kind {
				out[n-1].Items = append(out[n-1].Items, blk)
				continue
			}
			out = append(out, Block{Kind: group, Items: []Block{blk}})
			continue
		}
		out = append(out, blk)
	}
	return out
}

// newsArticle returns the JSON-LD of a brief page.
func (r *renderer) newsArticle(it *item, description string) *NewsArticle {
	permalink := absURL(r.cfg.BaseURL, it.path)
	a := &NewsArticle{
		Context:          "https://schema.org",
		Type:             "NewsArticle",
		Headline:         it.title,
		Description:      description,
		Publisher:        LDThing{Type: "Organization", Name: r.cfg.Title, URL: r.cfg.BaseURL},
		URL:              permalink,
		MainEntityOfPage: permalink,
		IsBasedOn:        webURL(it.Doc.SourceURL),
		InLanguage:       r.cfg.Language,
	}
	if lang := strings.TrimSpace(it.Doc.Lang); lang != "" {
		a.InLanguage = lang
	}
	if !it.date.IsZero() {
		a.DatePublished = it.date.Format(time.RFC3339)
	}
	if author := strings.TrimSpace(it.Doc.Author); author != "" {
		a.Author = &LDThing{Type: "Person", Name: author}
	} else if source := strings.TrimSpace(it.Doc.Source); source != "" {
		a.Author = &LDThing{Type: "Organization", Name: source}
	}
	for _, t := range it.topics {
		a.Keywords = append(a.Keywords, t.name)
	}
	return a
}
