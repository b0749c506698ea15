package site

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"net/url"
	"strings"
	"time"
)

// The feed files of the site and of each topic, in the directory of the list they follow.
const (
	rssFile  = "feed.xml"
	atomFile = "atom.xml"
	jsonFile = "feed.json"
)

// feedLinks returns the feeds of the list at the site path dir, as p links to them: the
// site's feeds when dir is "", else those of the topic called name.
func feedLinks(p *Page, dir, name string) []Feed {
	prefix := ""
	if dir != "" {
		prefix = name + " – "
	}
	return []Feed{
		{Format: "RSS", Title: prefix + "RSS", Type: "application/rss+xml", URL: p.Rel(dir + rssFile)},
		{Format: "Atom", Title: prefix + "Atom", Type: "application/atom+xml", URL: p.Rel(dir + atomFile)},
		{Format: "JSON Feed", Title: prefix + "JSON Feed", Type: "application/feed+json", URL: p.Rel(dir + jsonFile)},
	}
}

// A feed is what the three feed formats share.
type feed struct {
	title, description string
	dir                string // site path of the list page, "" or topics/SLUG/
	items              []*item
}

// feedJobs returns the jobs that write the site's feeds, then each topic's.
func (r *renderer) feedJobs() []job {
	var jobs []job
	for _, f := range r.feeds() {
		for _, format := range []struct {
			file   string
			encode func(feed) ([]byte, error)
		}{{rssFile, r.rss}, {atomFile, r.atom}, {jsonFile, r.jsonFeed}} {
			jobs = append(jobs, func() (output, error) {
				name := f.dir + format.file
				return r.memoized(name, func() (output, error) {
					data, err := format.encode(f)
					// Written compact when the site minifies: minify has nothing to do.
					return output{name: name, data: data}, err
				}, "feed", f.title, f.description, f.items)
			})
		}
	}
	return jobs
}

// feeds returns the site's feed, then each topic's, with the items they show.
func (r *renderer) feeds() []feed {
	feeds := []feed{{title: r.cfg.Title, description: r.cfg.Description, items: r.m.items}}
	for _, t := range r.m.topics {
		feeds = append(feeds, feed{
			title:       t.name + " – " + r.cfg.Title,
			description: "Briefs about " + t.name + ".",
			dir:         topicPath(t.slug),
			items:       t.items,
		})
	}
	for i := range feeds {
		feeds[i].items = feeds[i].items[:min(len(feeds[i].items), r.cfg.FeedLength)]
	}
	return feeds
}

// updated returns the newest date of the feed's items; zero when none is dated.
func (f feed) updated() time.Time {
	if len(f.items) == 0 {
		return time.Time{}
	}
	return f.items[0].date // items are newest first
}

// content returns the HTML of an item in a feed: its lede, its bullets and its source.
func content(it *item) string {
	var b strings.Builder
	if lede := strings.TrimSpace(it.Brief.Lede); lede != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(lede))
	}
	if len(it.Brief.Bullets) > 0 {
		b.WriteString("<ul>")
		for _, bullet := range it.Brief.Bullets {
			fmt.Fprintf(&b, "<li>%s</li>", html.EscapeString(bullet))
		}
		b.WriteString("</ul>")
	}
	source := strings.TrimSpace(it.Doc.Source)
	if u := webURL(it.Doc.SourceURL); u != "" {
		if source == "" {
			source = u
		}
		fmt.Fprintf(&b, `<p>Source: <a href="%s">%s</a></p>`, html.EscapeString(u), html.EscapeString(source))
	} else if source != "" {
		fmt.Fprintf(&b, "<p>Source: %s</p>", html.EscapeString(source))
	}
	return b.String()
}

// webURL returns u when it is an absolute http or https URL, and "" otherwise, so that no
// javascript: or relative URL from an article reaches a page or a feed.
func webURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return u
}

// topicNames returns the names of an item's topics.
func topicNames(it *item) []string {
	names := make([]string, len(it.topics))
	for i, t := range it.topics {
		names[i] = t.name
	}
	return names
}

// marshalXML returns v as an XML document: indented, or compact when compact is set, as a
// minifying site wants it.
func marshalXML(v any, compact bool) ([]byte, error) {
	header := xml.Header
	if compact {
		header = strings.TrimSuffix(header, "\n")
	}
	buf := getBuffer()
	defer putBuffer(buf)
	buf.WriteString(header)
	if compact {
		switch doc := v.(type) {
		case *rssDoc:
			writeRSS(buf, doc)
			return bytes.Clone(buf.Bytes()), nil
		case *atomFeed:
			writeAtom(buf, doc)
			return bytes.Clone(buf.Bytes()), nil
		}
	}
	enc := xml.NewEncoder(buf)
	if !compact {
		enc.Indent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return bytes.Clone(buf.Bytes()), nil
}

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Self          rssSelf   `xml:"atom:link"`
	Language      string    `xml:"language,omitempty"`
	Generator     string    `xml:"generator"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Items         []rssItem `xml:"item"`
}

type rssSelf struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate,omitempty"`
	Creator     string   `xml:"dc:creator,omitempty"`
	Categories  []string `xml:"category"`
	Description string   `xml:"description"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

// rss returns the feed as RSS 2.0.
func (r *renderer) rss(f feed) ([]byte, error) {
	out, err := marshalXML(r.rssDoc(f), r.min != nil)
	if err != nil {
		return nil, fmt.Errorf("rss %s: %w", f.dir+rssFile, err)
	}
	return out, nil
}

// rssDoc returns the feed's RSS document.
func (r *renderer) rssDoc(f feed) *rssDoc {
	doc := &rssDoc{
		Version: "2.0",
		Atom:    "http://www.w3.org/2005/Atom",
		DC:      "http://purl.org/dc/elements/1.1/",
		Channel: rssChannel{
			Title:       f.title,
			Link:        absURL(r.cfg.BaseURL, f.dir),
			Description: cmpOr(f.description, f.title),
			Self:        rssSelf{Href: absURL(r.cfg.BaseURL, f.dir+rssFile), Rel: "self", Type: "application/rss+xml"},
			Language:    r.cfg.Language,
			Generator:   "briefs",
		},
	}
	if t := f.updated(); !t.IsZero() {
		doc.Channel.LastBuildDate = t.Format(time.RFC1123Z)
	}
	for _, it := range f.items {
		link := absURL(r.cfg.BaseURL, it.path)
		item := rssItem{
			Title:       it.title,
			Link:        link,
			GUID:        rssGUID{IsPermaLink: true, Value: link},
			Creator:     author(it),
			Categories:  topicNames(it),
			Description: it.feedContent(),
		}
		if !it.date.IsZero() {
			item.PubDate = it.date.Format(time.RFC1123Z)
		}
		doc.Channel.Items = append(doc.Channel.Items, item)
	}
	return doc
}

// author returns the author of an item for the feeds: its byline, else its outlet.
func author(it *item) string {
	return cmpOr(strings.TrimSpace(it.Doc.Author), strings.TrimSpace(it.Doc.Source))
}

// cmpOr returns the first of a and b that is not empty.
func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr,omitempty"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Link       atomLink       `xml:"link"`
	Published  string         `xml:"published,omitempty"`
	Updated    string         `xml:"updated"`
	Author     *atomPerson    `xml:"author,omitempty"`
	Categories []atomCategory `xml:"category"`
	Summary    string         `xml:"summary,omitempty"`
	Content    atomContent    `xml:"content"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomContent struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

// atomEpoch stands in for the date of a feed or entry without one: Atom requires a date, and
// the build's clock would make the output differ from build to build.
var atomEpoch = time.Unix(0, 0).UTC()

// atom returns the feed as Atom 1.0.
func (r *renderer) atom(f feed) ([]byte, error) {
	out, err := marshalXML(r.atomDoc(f), r.min != nil)
	if err != nil {
		return nil, fmt.Errorf("atom %s: %w", f.dir+atomFile, err)
	}
	return out, nil
}

// atomDoc returns the feed's Atom document.
func (r *renderer) atomDoc(f feed) *atomFeed {
	updated := f.updated()
	if updated.IsZero() {
		updated = atomEpoch
	}
	doc := &atomFeed{
		Lang:     r.cfg.Language,
		Title:    f.title,
		Subtitle: f.description,
		ID:       absURL(r.cfg.BaseURL, f.dir),
		Updated:  updated.Format(time.RFC3339),
		Links: []atomLink{
			{Href: absURL(r.cfg.BaseURL, f.dir), Rel: "alternate", Type: "text/html"},
			{Href: absURL(r.cfg.BaseURL, f.dir+atomFile), Rel: "self", Type: "application/atom+xml"},
		},
		Author:    atomPerson{Name: r.cfg.Title},
		Generator: "briefs",
	}
	for _, it := range f.items {
		link := absURL(r.cfg.BaseURL, it.path)
		e := atomEntry{
			Title:   it.title,
			ID:      link,
			Link:    atomLink{Href: link, Rel: "alternate", Type: "text/html"},
			Updated: updated.Format(time.RFC3339),
			Summary: strings.TrimSpace(it.Brief.Lede),
			Content: atomContent{Type: "html", Value: it.feedContent()},
		}
		if !it.date.IsZero() {
			e.Published = it.date.Format(time.RFC3339)
			e.Updated = e.Published
		}
		if a := author(it); a != "" {
			e.Author = &atomPerson{Name: a}
		}
		for _, name := range topicNames(it) {
			e.Categories = append(e.Categories, atomCategory{Term: name})
		}
		doc.Entries = append(doc.Entries, e)
	}
	return doc
}

type jsonFeedDoc struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Description string         `json:"description,omitempty"`
	Language    string         `json:"language,omitempty"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonFeedItem struct {
	ID            string           `json:"id"`
	URL           string           `json:"url"`
	ExternalURL   string           `json:"external_url,omitempty"`
	Title         string           `json:"title"`
	ContentHTML   string           `json:"content_html"`
	Summary       string           `json:"summary,omitempty"`
	DatePublished string           `json:"date_published,omitempty"`
	Authors       []jsonFeedAuthor `json:"authors,omitempty"`
	Tags          []string         `json:"tags,omitempty"`
	Language      string           `json:"language,omitempty"`
}

type jsonFeedAuthor struct {
	Name string `json:"name"`
}

// jsonFeed returns the feed as JSON Feed 1.1.
func (r *renderer) jsonFeed(f feed) ([]byte, error) {
	doc := jsonFeedDoc{
		Version:     "https://jsonfeed.org/version/1.1",
		Title:       f.title,
		HomePageURL: absURL(r.cfg.BaseURL, f.dir),
		FeedURL:     absURL(r.cfg.BaseURL, f.dir+jsonFile),
		Description: f.description,
		Language:    r.cfg.Language,
		Items:       []jsonFeedItem{},
	}
	for _, it := range f.items {
		link := absURL(r.cfg.BaseURL, it.path)
		item := jsonFeedItem{
			ID:          link,
			URL:         link,
			ExternalURL: webURL(it.Doc.SourceURL),
			Title:       it.title,
			ContentHTML: it.feedContent(),
			Summary:     strings.TrimSpace(it.Brief.Lede),
			Tags:        topicNames(it),
			Language:    strings.TrimSpace(it.Doc.Lang),
		}
		if !it.date.IsZero() {
			item.DatePublished = it.date.Format(time.RFC3339)
		}
		if a := author(it); a != "" {
			item.Authors = []jsonFeedAuthor{{Name: a}}
		}
		doc.Items = append(doc.Items, item)
	}
	var out []byte
	var err error
	if r.min != nil {
		out, err = json.Marshal(doc)
	} else {
		out, err = json.MarshalIndent(doc, "", "  ")
	}
	if err != nil {
		return nil, fmt.Errorf("json feed %s: %w", f.dir+jsonFile, err)
	}
	return append(out, '\n'), nil
}
