package site

import (
	"html/template"
	"time"
)

// The types in this file are the data of the templates; doc.go documents them for theme
// authors. Every URL field holds a URL relative to the page being rendered, escaped, unless
// its name says Permalink.

// A Page is what every template receives as dot.
type Page struct {
	// Kind is the page kind, the name of its template without ".html": "index", "brief",
	// "topics", "topic", "archive", "day" or "404".
	Kind string
	Site Meta
	// Path is the page's path relative to the site root, unescaped: "" for the home page,
	// "briefs/SLUG/", "topics/", "404.html".
	Path string
	// Title is the page's heading: the headline, the topic, "Archive", a date.
	Title string
	// Description is a sentence for the meta description: the lede, or the site description.
	Description string
	// Permalink is the page's absolute URL (root-relative when the base URL is a bare path).
	Permalink string
	// Type is the OpenGraph type: "article" for brief pages, "website" for the others.
	Type string
	// Date is the brief's date on brief pages, the day on day pages and otherwise the newest
	// date of the briefs listed. Zero when unknown.
	Date time.Time
	// Feeds are the page's feeds, for <link rel="alternate">: the topic's first on topic pages,
	// then the site's.
	Feeds []Feed

	// Brief, Body, Article, Related and JSONLD are set on brief pages.
	Brief *Entry
	Body  []Block // the cleaned article
	// Article is Body as the default theme's _block.html shows it, each block after a
	// newline, for speed; empty when the site changes _block.html or _inline.html, so that
	// templates fall back to ranging over Body: {{with .Article}}{{.}}{{else}}…{{end}}.
	Article template.HTML
	Related []Entry // up to 5 briefs sharing the most topics
	JSONLD  *NewsArticle

	// Entries are the briefs listed on index, topic and day pages.
	Entries []Entry
	// Pager links the pages of the index and topic lists, and the days of the archive.
	Pager Pager

	// Topic is the topic of a topic page; its URL is the topic's first page.
	Topic *TopicLink
	// Topics lists every topic, on the topics page.
	Topics []TopicLink
	// Months and Undated are the archive page's days.
	Months  []Month
	Undated DayLink // Count is 0 when every brief is dated

	from   string            // Path, for Rel
	rooted string            // when set, the base path that links start from instead of being relative
	base   string            // the base URL
	assets map[string]string // static file → its fingerprinted name, when fingerprinting
}

// Rel returns the URL of path, a path relative to the site root such as "topics/" or
// "style.css", relative to this page: {{.Rel "style.css"}} on a brief page gives
// "../../style.css". On the 404 page, which hosts serve at any address, it returns a URL
// from the server root instead, e.g. "/style.css".
func (p *Page) Rel(path string) string {
	if p.rooted != "" {
		return p.rooted + escapePath(path)
	}
	return relURL(p.from, path)
}

// Asset returns the URL of a static file from this page, as Rel does, but of the file's
// fingerprinted copy when the site fingerprints assets: {{.Asset "style.css"}} gives
// "../../style.3f2a9c1e.css", a name that changes whenever the file does, so hosts may cache
// it for ever.
func (p *Page) Asset(path string) string {
	if f, ok := p.assets[path]; ok {
		return p.Rel(f)
	}
	return p.Rel(path)
}

// Abs returns the absolute URL of path, a path relative to the site root, under the base URL.
func (p *Page) Abs(path string) string { return absURL(p.base, path) }

// Meta describes the site.
type Meta struct {
	Title       string
	Description string
	Language    string // BCP 47, e.g. "en"
	BaseURL     string // ends in "/"
}

// A Link is a named URL.
type Link struct {
	Name string
	URL  string
}

// A Feed is one of a page's feeds.
type Feed struct {
	Format string // "RSS", "Atom" or "JSON Feed"
	Title  string // the format, prefixed by the topic on a topic's feeds: "Kyiv – RSS"
	Type   string // MIME type, e.g. "application/rss+xml"
	URL    string
}

// An Entry is one brief as a page shows it.
type Entry struct {
	Slug      string
	Title     string // the headline
	URL       string
	Permalink string
	Lede      string
	Bullets   []string
	Date      time.Time // in the site's time zone; zero when unknown
	DayURL    string    // the date's archive page; "" when the date is unknown
	Author    string
	Source    string // the outlet
	SourceURL string // the original article, absolute; may be ""
	Lang      string // the article's language when known and different from the site's
	Topics    []Link // editor tags first, then automatic topics
}

// A Block is one block of a brief page's Body, the cleaned article.
type Block struct {
	// Kind is "p" (paragraph), "h" (heading), "ul" (list), "quote" or "code".
	Kind string
	// Level is a heading's level, 3 to 6: brief pages use h1 for the headline and h2 for
	// their sections, so the article's headings start at h3.
	Level int
	// Text is the block's plain text; code keeps its line breaks.
	Text string
	// HTML is the block's inline markup when the article was Markdown, already safe;
	// templates show it instead of Text when it is set.
	HTML template.HTML
	// Items are the list items of a "ul" and the paragraphs of a "quote", each a "p" block.
	Items []Block
}

// A Pager links a page to its neighbours.
type Pager struct {
	// Number and Total are the page's number, from 1, and the number of pages of a list.
	// Both are 0 on day pages.
	Number, Total int
	// Newer and Older are the neighbouring pages of a list, or the neighbouring days on day
	// pages; their URL is "" when there is none.
	Newer, Older Link
}

// A TopicLink is a topic with the number of briefs about it.
type TopicLink struct {
	Name  string
	Slug  string
	URL   string
	Count int
}

// A Month is a month of the archive.
type Month struct {
	Title string    // e.g. "July 2025"
	Date  time.Time // its first day
	Count int       // briefs
	Days  []DayLink // newest first
}

// A DayLink is a day of the archive.
type DayLink struct {
	Title string    // e.g. "Thursday 10 July"
	Date  time.Time // midnight in the site's time zone; zero for the undated briefs
	URL   string
	Count int // briefs
}

// NewsArticle is a brief page's schema.org JSON-LD. In a template, write it as
// <script type="application/ld+json">{{.JSONLD}}</script>: html/template encodes it as JSON
// with "<", ">" and "&" escaped, so no text can end the script element.
type NewsArticle struct {
	Context          string   `json:"@context"`
	Type             string   `json:"@type"`
	Headline         string   `json:"headline"`
	Description      string   `json:"description,omitempty"`
	DatePublished    string   `json:"datePublished,omitempty"`
	Author           *LDThing `json:"author,omitempty"`
	Publisher        LDThing  `json:"publisher"`
	URL              string   `json:"url"`
	MainEntityOfPage string   `json:"mainEntityOfPage"`
	IsBasedOn        string   `json:"isBasedOn,omitempty"`
	Keywords         []string `json:"keywords,omitempty"`
	InLanguage       string   `json:"inLanguage,omitempty"`
}

// An LDThing is a person or organization in JSON-LD.
type LDThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}
