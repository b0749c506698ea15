package site

import (
	"bytes"
	"encoding/json"
	"html/template"
	"maps"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/briefs/briefs"
)

// html/template spends a reflective call on every field, method and escaper of every action,
// which made executing templates the largest cost of a build: about 25 calls per brief listed,
// and a hundred more for a page's layout. Most sites use the default theme as it is, so the
// page kinds that make nearly every page (a brief, a list of briefs, a day) are also written
// by the Go below, which follows the theme's templates action by action and escapes as
// html/template does. A site gets it for a kind only when every template of the kind's set
// parses to the theme's own trees; a site that changes any of them gets its templates.
// TestFastPagesMatchTemplates renders sites with hostile text and URLs both ways and requires
// the same bytes.

// fastKinds are the page kinds pageWriter writes.
var fastKinds = []string{"brief", "index", "topic", "day"}

// themeTrees returns, by page kind, the parse trees of the theme's template set as treesOf
// gives them.
var themeTrees = sync.OnceValue(func() map[string]map[string]string {
	sets, _, _, err := parseTemplates(briefs.Theme, nil, funcMap(nil))
	if err != nil {
		return nil
	}
	return treesByKind(sets)
})

// treesByKind returns treesOf each page kind's set.
func treesByKind(sets map[string]*template.Template) map[string]map[string]string {
	trees := make(map[string]map[string]string, len(sets))
	for kind, t := range sets {
		trees[kind] = treesOf(t)
	}
	return trees
}

// treesOf returns the parse tree, as text, of every template of the set t, by name. It must
// run before t is executed, when html/template adds its escapers to the trees.
func treesOf(t *template.Template) map[string]string {
	trees := map[string]string{}
	for _, d := range t.Templates() {
		if d.Tree != nil && d.Tree.Root != nil {
			trees[d.Name()] = d.Tree.Root.String()
		}
	}
	return trees
}

// themeKinds returns the fastKinds whose sets, given by treesByKind, are the theme's.
func themeKinds(trees map[string]map[string]string) map[string]bool {
	want := themeTrees()
	fast := map[string]bool{}
	for _, kind := range fastKinds {
		if len(want[kind]) > 0 && maps.Equal(trees[kind], want[kind]) {
			fast[kind] = true
		}
	}
	return fast
}

// A pageWriter writes pages as the default theme's templates do.
type pageWriter struct {
	b   *bytes.Buffer
	loc *time.Location // of the date and datetime template functions
	tmp [64]byte       // for formatting dates
}

// page writes p, a page of one of the fastKinds, and reports whether it could: it returns
// false, having written nothing, for a page the templates would fail on, so that they
// report the error.
func (w *pageWriter) page(p *Page) bool {
	switch {
	case p.Kind == "brief" && p.Brief == nil,
		p.Kind == "topic" && (p.Topic == nil || len(p.Feeds) < 3):
		return false
	}
	var ld []byte
	if p.Kind == "brief" {
		var ok bool
		if ld, ok = marshalLD(p.JSONLD); !ok {
			return false
		}
	}
	w.head(p)
	if p.Kind == "brief" {
		if !p.Date.IsZero() {
			w.s("\n<meta property=\"article:published_time\" content=\"")
			w.datetime(p.Date)
			w.s("\">")
		}
		for _, t := range p.Brief.Topics {
			w.s("\n<meta property=\"article:tag\" content=\"")
			w.esc(t.Name)
			w.s("\">")
		}
		w.s("\n<script type=\"application/ld+json\">")
		w.b.Write(ld)
		w.s("</script>")
	}
	w.header(p)
	switch p.Kind {
	case "brief":
		w.brief(p)
	case "index":
		w.s("<h1")
		if p.Path == "" {
			w.s(` class="section-title"`)
		}
		w.s(">")
		w.esc(p.Title)
		w.s("</h1>\n")
		w.list(p)
	case "topic":
		w.s("<header class=\"page-head\">\n<p class=\"kicker\"><a href=\"")
		w.url(p.Rel("topics/"))
		w.s("\">Topics</a></p>\n<h1>")
		w.esc(p.Title)
		w.s("</h1>\n<p class=\"count\">")
		w.esc(plural(p.Topic.Count, "brief", "briefs"))
		w.s(" · Follow by ")
		for i, f := range p.Feeds[:3] {
			if i > 0 {
				w.s(", ")
			}
			w.s("<a href=\"")
			w.url(f.URL)
			w.s("\" type=\"")
			w.esc(f.Type)
			w.s("\">")
			w.esc(f.Format)
			w.s("</a>")
		}
		w.s("</p>\n</header>\n")
		w.headlines(p)
	case "day":
		w.s("<header class=\"page-head\">\n<p class=\"kicker\"><a href=\"")
		w.url(p.Rel("archive/"))
		w.s("\">Archive</a></p>\n<h1>")
		if p.Date.IsZero() {
			w.esc(p.Title)
		} else {
			w.s("<time datetime=\"")
			w.esc(p.Date.Format("2006-01-02"))
			w.s("\">")
			w.esc(p.Title)
			w.s("</time>")
		}
		w.s("</h1>\n<p class=\"count\">")
		w.esc(plural(len(p.Entries), "brief", "briefs"))
		w.s("</p>\n</header>\n")
		w.list(p)
	}
	w.footer(p)
	return true
}

// head writes layout.html up to its "head" block.
func (w *pageWriter) head(p *Page) {
	w.s("<!doctype html>\n<html lang=\"")
	w.esc(p.Site.Language)
	w.s("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
	if p.Path == "" {
		w.esc(p.Site.Title)
	} else {
		w.esc(p.Title)
		w.s(" · ")
		w.esc(p.Site.Title)
	}
	w.s("</title>")
	if p.Description != "" {
		w.s("\n<meta name=\"description\" content=\"")
		w.esc(p.Description)
		w.s("\">")
	}
	w.s("\n<link rel=\"canonical\" href=\"")
	w.url(p.Permalink)
	w.s("\">\n<link rel=\"stylesheet\" href=\"")
	w.url(p.Asset("style.css"))
	w.s("\">\n<link rel=\"icon\" href=\"")
	w.url(p.Rel("favicon.svg"))
	w.s("\" type=\"image/svg+xml\">")
	for _, f := range p.Feeds {
		w.s("\n<link rel=\"alternate\" type=\"")
		w.esc(f.Type)
		w.s("\" title=\"")
		w.esc(f.Title)
		w.s("\" href=\"")
		w.url(f.URL)
		w.s("\">")
	}
	if p.Pager.Newer.URL != "" {
		w.s("\n<link rel=\"prev\" href=\"")
		w.url(p.Pager.Newer.URL)
		w.s("\">")
	}
	if p.Pager.Older.URL != "" {
		w.s("\n<link rel=\"next\" href=\"")
		w.url(p.Pager.Older.URL)
		w.s("\">")
	}
	w.s("\n<meta property=\"og:site_name\" content=\"")
	w.esc(p.Site.Title)
	w.s("\">\n<meta property=\"og:title\" content=\"")
	if p.Path == "" {
		w.esc(p.Site.Title)
	} else {
		w.esc(p.Title)
	}
	w.s("\">")
	if p.Description != "" {
		w.s("\n<meta property=\"og:description\" content=\"")
		w.esc(p.Description)
		w.s("\">")
	}
	w.s("\n<meta property=\"og:type\" content=\"")
	w.esc(p.Type)
	w.s("\">\n<meta property=\"og:url\" content=\"")
	w.esc(p.Permalink)
	w.s("\">")
}

// header writes layout.html from the end of <head> to the "main" block.
func (w *pageWriter) header(p *Page) {
	home := p.Rel("")
	w.s("\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"site\">\n<a class=\"brand\" href=\"")
	w.url(home)
	w.s("\"")
	if p.Path == "" {
		w.s(" aria-current=\"page\"")
	}
	w.s(">")
	w.esc(p.Site.Title)
	w.s("</a>\n<nav aria-label=\"Sections\">\n<ul>\n<li><a href=\"")
	w.url(home)
	w.s("\"")
	if p.Kind == "index" {
		w.current(p.Path == "")
	}
	w.s(">Latest</a></li>\n<li><a href=\"")
	w.url(p.Rel("topics/"))
	w.s("\"")
	if p.Kind == "topics" || p.Kind == "topic" {
		w.current(p.Kind == "topics")
	}
	w.s(">Topics</a></li>\n<li><a href=\"")
	w.url(p.Rel("archive/"))
	w.s("\"")
	if p.Kind == "archive" || p.Kind == "day" {
		w.current(p.Kind == "archive")
	}
	w.s(">Archive</a></li>\n</ul>\n</nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n")
}

// current writes the aria-current attribute of a navigation link: "page" on the section's
// own page, "true" on the pages under it.
func (w *pageWriter) current(page bool) {
	if page {
		w.s(" aria-current=\"page\"")
	} else {
		w.s(" aria-current=\"true\"")
	}
}

// footer writes layout.html after the "main" block.
func (w *pageWriter) footer(p *Page) {
	w.s("\n</main>\n<footer class=\"site\">\n<p>")
	w.esc(p.Site.Title)
	if p.Site.Description != "" {
		w.s(": ")
		w.esc(p.Site.Description)
	}
	w.s("</p>\n<p>Follow by <a href=\"")
	w.url(p.Rel("feed.xml"))
	w.s("\">RSS</a>, <a href=\"")
	w.url(p.Rel("atom.xml"))
	w.s("\">Atom</a> or <a href=\"")
	w.url(p.Rel("feed.json"))
	w.s("\">JSON Feed</a>. Made with briefs.</p>\n</footer>\n</body>\n</html>\n")
}

// brief writes brief.html's "main" block.
func (w *pageWriter) brief(p *Page) {
	e := p.Brief
	w.s("<article class=\"brief\"")
	w.lang(e.Lang)
	w.s(">\n<header class=\"page-head\">\n<h1>")
	w.esc(p.Title)
	w.s("</h1>\n")
	w.meta(e)
	w.s("\n</header>")
	w.lede(e.Lede)
	if len(e.Bullets) > 0 {
		w.s("\n<section aria-labelledby=\"key-points\">\n<h2 id=\"key-points\">Key points</h2>\n<ul class=\"bullets\">")
		w.bullets(e.Bullets)
		w.s("\n</ul>\n</section>")
	}
	w.s("\n")
	w.topics(e.Topics)
	if len(p.Body) > 0 {
		w.s("\n<details class=\"article\">\n<summary><h2>Full article</h2></summary>")
		writeBlocks(w.b, p.Body) // what Article holds when it is set
		if e.SourceURL != "" {
			w.s("\n<p class=\"original\"><a href=\"")
			w.url(e.SourceURL)
			w.s("\" rel=\"external\">Read the original")
			if e.Source != "" {
				w.s(" at ")
				w.esc(e.Source)
			}
			w.s("</a></p>")
		}
		w.s("\n</details>")
	}
	w.s("\n</article>")
	if len(p.Related) > 0 {
		w.s("\n<section class=\"related\" aria-labelledby=\"related\">\n<h2 id=\"related\">Related briefs</h2>\n<ul>")
		for i := range p.Related {
			r := &p.Related[i]
			w.s("\n<li><a href=\"")
			w.url(r.URL)
			w.s("\">")
			w.esc(r.Title)
			w.s("</a>")
			if !r.Date.IsZero() {
				w.s(" <time datetime=\"")
				w.datetime(r.Date)
				w.s("\">")
				w.date(r.Date)
				w.s("</time>")
			}
			w.s("</li>")
		}
		w.s("\n</ul>\n</section>")
	}
}

// list writes _list.html.
func (w *pageWriter) list(p *Page) {
	for i := range p.Entries {
		w.s("\n")
		w.entry(&p.Entries[i])
	}
	if len(p.Entries) == 0 {
		w.s("\n<p class=\"empty\">No briefs yet.</p>")
	}
	w.s("\n")
	w.pager(&p.Pager)
}

// headlines writes _headlines.html.
func (w *pageWriter) headlines(p *Page) {
	if len(p.Entries) > 0 {
		w.s("<ol class=\"headlines\">")
		for i := range p.Entries {
			e := &p.Entries[i]
			w.s("\n<li")
			w.lang(e.Lang)
			w.s("><h2><a href=\"")
			w.url(e.URL)
			w.s("\">")
			w.esc(e.Title)
			w.s("</a></h2>\n")
			w.meta(e)
			w.lede(e.Lede)
			w.s("</li>")
		}
		w.s("\n</ol>")
	} else {
		w.s("\n<p class=\"empty\">No briefs yet.</p>")
	}
	w.s("\n")
	w.pager(&p.Pager)
}

// entry writes _entry.html.
func (w *pageWriter) entry(e *Entry) {
	w.s("<article class=\"entry\"")
	w.lang(e.Lang)
	w.s(">\n<h2><a href=\"")
	w.url(e.URL)
	w.s("\">")
	w.esc(e.Title)
	w.s("</a></h2>\n")
	w.meta(e)
	w.lede(e.Lede)
	if len(e.Bullets) > 0 {
		w.s("\n<ul class=\"bullets\">")
		w.bullets(e.Bullets)
		w.s("\n</ul>")
	}
	w.s("\n")
	w.topics(e.Topics)
	w.s("\n</article>")
}

// meta writes _meta.html.
func (w *pageWriter) meta(e *Entry) {
	if e.Date.IsZero() && e.Source == "" && e.SourceURL == "" && e.Author == "" {
		return
	}
	w.s("<p class=\"meta\">")
	if !e.Date.IsZero() {
		w.s("<span><a href=\"")
		w.url(e.DayURL)
		w.s("\"><time datetime=\"")
		w.datetime(e.Date)
		w.s("\">")
		w.date(e.Date)
		w.s("</time></a></span>")
	}
	if e.SourceURL != "" {
		w.s("<span><a href=\"")
		w.url(e.SourceURL)
		w.s("\" rel=\"external\">")
		if e.Source != "" {
			w.esc(e.Source)
		} else {
			w.s("Original article")
		}
		w.s("</a></span>")
	} else if e.Source != "" {
		w.s("<span>")
		w.esc(e.Source)
		w.s("</span>")
	}
	if e.Author != "" {
		w.s("<span>By ")
		w.esc(e.Author)
		w.s("</span>")
	}
	w.s("</p>")
}

// topics writes _topics.html.
func (w *pageWriter) topics(topics []Link) {
	if len(topics) == 0 {
		return
	}
	w.s("<ul class=\"topics\" aria-label=\"Topics\">")
	for _, t := range topics {
		if t.URL != "" {
			w.s("<li><a href=\"")
			w.url(t.URL)
			w.s("\">")
			w.esc(t.Name)
			w.s("</a></li>")
		} else {
			w.s("<li><span>")
			w.esc(t.Name)
			w.s("</span></li>")
		}
	}
	w.s("</ul>")
}

// pager writes _pager.html.
func (w *pageWriter) pager(pg *Pager) {
	if pg.Newer.URL == "" && pg.Older.URL == "" {
		return
	}
	w.s("<nav class=\"pager\" aria-label=\"Pages\">")
	if pg.Newer.URL != "" {
		w.s("<a class=\"newer\" href=\"")
		w.url(pg.Newer.URL)
		w.s("\" rel=\"prev\"><span aria-hidden=\"true\">← </span>")
		w.esc(pg.Newer.Name)
		w.s("</a>")
	} else {
		w.s("<span></span>")
	}
	if pg.Total != 0 {
		w.s("<span class=\"count\">Page ")
		w.s(strconv.Itoa(pg.Number))
		w.s(" of ")
		w.s(strconv.Itoa(pg.Total))
		w.s("</span>")
	}
	if pg.Older.URL != "" {
		w.s("<a class=\"older\" href=\"")
		w.url(pg.Older.URL)
		w.s("\" rel=\"next\">")
		w.esc(pg.Older.Name)
		w.s("<span aria-hidden=\"true\"> →</span></a>")
	} else {
		w.s("<span></span>")
	}
	w.s("</nav>")
}

// lede writes a lede paragraph after a newline, when there is a lede.
func (w *pageWriter) lede(lede string) {
	if lede != "" {
		w.s("\n<p class=\"lede\">")
		w.esc(lede)
		w.s("</p>")
	}
}

// bullets writes each bullet as a list item after a newline.
func (w *pageWriter) bullets(bullets []string) {
	for _, s := range bullets {
		w.s("\n<li>")
		w.esc(s)
		w.s("</li>")
	}
}

// lang writes a lang attribute, after a space, when lang is set.
func (w *pageWriter) lang(lang string) {
	if lang != "" {
		w.s(" lang=\"")
		w.esc(lang)
		w.s("\"")
	}
}

func (w *pageWriter) s(s string)   { w.b.WriteString(s) }
func (w *pageWriter) esc(s string) { escapeHTML(w.b, s) }
func (w *pageWriter) url(s string) { escapeURL(w.b, s) }

// date writes t as the date template function formats it, escaped.
func (w *pageWriter) date(t time.Time) {
	escapeHTML(w.b, string(t.In(w.loc).AppendFormat(w.tmp[:0], "2 January 2006")))
}

// datetime writes t as the datetime template function formats it, escaped.
func (w *pageWriter) datetime(t time.Time) {
	escapeHTML(w.b, string(t.In(w.loc).AppendFormat(w.tmp[:0], time.RFC3339)))
}

// marshalLD returns v as html/template writes it into a <script> element: JSON, with "<", ">",
// "&", U+2028 and U+2029 escaped by encoding/json. It fails for what html/template would
// write differently: nil, which it pads as " null ".
func marshalLD(v *NewsArticle) ([]byte, bool) {
	if v == nil {
		return nil, false
	}
	b, err := json.Marshal(*v)
	return b, err == nil
}

// escapeURL writes s as html/template writes a URL into a quoted attribute: a URL whose
// scheme is not http, https or mailto becomes "#ZgotmplZ"; bytes that may not appear in a
// URL are percent-encoded, but for valid escapes; and then "&" and "+" are escaped for the
// attribute.
func escapeURL(b *bytes.Buffer, s string) {
	if !isSafeURL(s) {
		b.WriteString("#ZgotmplZ")
		return
	}
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if urlByte[c] || c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			continue
		}
		b.WriteString(s[last:i])
		switch c {
		case '&':
			b.WriteString("&amp;")
		case '+':
			b.WriteString("&#43;")
		default:
			b.Write([]byte{'%', hex[c>>4], hex[c&15]})
		}
		last = i + 1
	}
	b.WriteString(s[last:])
}

// urlByte holds the bytes html/template's URL normalizer leaves alone and its attribute
// escaper too: RFC 3986's unreserved characters and the reserved ones but "&", "'", "(",
// ")" and "+".
var urlByte = func() (t [256]bool) {
	for _, c := range []byte("!#$*,/:;=?@[]-._~") {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// isSafeURL reports whether s has no scheme or one of http, https and mailto, as
// html/template's URL filter requires.
func isSafeURL(s string) bool {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") {
		return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
	}
	return true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
