package clean

import (
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefs/briefs/internal/dates"
)

// pageInfo is the metadata a page declares about its article.
type pageInfo struct {
	title, author, source, url, lang string
	date                             time.Time
	articleBody                      string // JSON-LD articleBody, a hint for the extraction
}

// metaTags collects the page's metadata candidates during the walk.
type metaTags struct {
	lang, docTitle, h1, canonical, timeAttr, relAuthor, byline string
	meta                                                       map[string]string // first value of each meta name or property, lower-cased keys
	ld                                                         []ldArticle
}

// ldArticle is what one JSON-LD article object says.
type ldArticle struct {
	rank                                     int // how article-like its @type is: higher is better
	headline, published, modified, body, url string
	authors                                  []string
	publisher                                string
}

// pageMeta reads the metadata of a parsed page: its title (with the site name split off),
// date, author, outlet, canonical URL, language and JSON-LD articleBody.
func pageMeta(root *html.Node, zone *time.Location) pageInfo {
	m := metaTags{meta: map[string]string{}}
	m.walk(root)
	var info pageInfo
	info.lang = strings.TrimSpace(m.lang)
	var ld ldArticle
	for _, a := range m.ld {
		if a.rank > ld.rank {
			ld = a
		}
	}
	info.articleBody = ld.body
	info.source = firstNonEmpty(m.meta["og:site_name"], ld.publisher, m.meta["application-name"])
	title := firstNonEmpty(ld.headline, m.meta["og:title"], m.meta["twitter:title"], m.docTitle, m.h1)
	if title != "" {
		t, site := splitSiteName(normalize(title, true), info.source)
		info.title = t
		if info.source == "" && site != "" && m.docTitle != "" {
			_, info.source = splitSiteName(normalize(m.docTitle, true), "")
		}
	}
	info.url = firstNonEmpty(m.canonical, m.meta["og:url"], ld.url)
	for _, v := range []string{ld.published, m.meta["article:published_time"], m.meta["datepublished"],
		m.meta["date"], m.meta["pubdate"], m.meta["publishdate"], m.meta["dc.date"], m.meta["dc.date.issued"],
		m.meta["parsely-pub-date"], m.meta["sailthru.date"], m.meta["og:published_time"], m.timeAttr,
		ld.modified, m.meta["article:modified_time"]} {
		if v == "" {
			continue
		}
		if t, err := dates.Parse(v, zone); err == nil {
			info.date = t
			break
		}
	}
	author := strings.Join(ld.authors, ", ")
	for _, v := range []string{m.meta["author"], m.meta["article:author"], m.meta["parsely-author"],
		m.meta["dc.creator"], m.meta["sailthru.author"], m.relAuthor, m.byline} {
		if author != "" {
			break
		}
		if v != "" && !strings.Contains(v, "://") && !strings.HasPrefix(v, "@") {
			author = v
		}
	}
	author = cleanAuthor(normalize(author, true), zone)
	if utf8.RuneCountInString(author) <= 100 {
		info.author = author
	}
	info.source = normalize(info.source, true)
	return info
}

// walk collects metadata from n and its descendants.
func (m *metaTags) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			m.lang = firstNonEmpty(m.lang, attr(n, "lang"), attr(n, "xml:lang"))
		case atom.Title:
			if m.docTitle == "" && n.FirstChild != nil {
				m.docTitle = strings.TrimSpace(n.FirstChild.Data)
			}
			return
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
				if _, ok := m.meta[key]; !ok {
					m.meta[key] = v
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.ld = append(m.ld, parseLD(n.FirstChild.Data)...)
			}
			return
		case atom.Time:
			if m.timeAttr == "" {
				m.timeAttr = attr(n, "datetime")
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = textOf(n)
			}
		case atom.A:
			if m.relAuthor == "" && strings.Contains(strings.ToLower(attr(n, "rel")), "author") {
				m.relAuthor = textOf(n)
			}
		case atom.Style, atom.Noscript, atom.Template:
			return
		}
		if m.byline == "" && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
			if cl := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop")); strings.Contains(cl, "byline") ||
				strings.Contains(cl, "author-name") || strings.Contains(cl, " author") || strings.HasPrefix(cl, "author") {
				if t := textOf(n); t != "" && len(strings.Fields(t)) <= 8 {
					m.byline = t
				}
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.walk(c)
	}
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the normalised text below n, scripts and styles left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 1000 {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return normalize(b.String(), false)
}

// firstNonEmpty returns the first of its arguments that is not empty.
func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// splitSiteName splits a site name off a page title: "Headline - The Outlet",
// "Headline | Outlet" or "Outlet | Headline". When site is known it is removed wherever it
// sits; otherwise the shorter end (at most four words) after the last separator is taken
// to be the site's name.
func splitSiteName(title, site string) (string, string) {
	seps := []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "}
	if site != "" {
		ls, lt := strings.ToLower(site), strings.ToLower(title)
		for _, sep := range seps {
			if strings.HasSuffix(lt, strings.ToLower(sep)+ls) {
				return strings.TrimSpace(title[:len(title)-len(sep)-len(site)]), site
			}
			if strings.HasPrefix(lt, ls+strings.ToLower(sep)) {
				return strings.TrimSpace(title[len(site)+len(sep):]), site
			}
		}
		return title, ""
	}
	for _, sep := range seps {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if n := len(strings.Fields(tail)); n >= 1 && n <= 4 && len(strings.Fields(head)) >= 3 {
			return strings.TrimSpace(head), strings.TrimSpace(tail)
		}
	}
	return title, ""
}

// ldTypes ranks JSON-LD types by how surely they describe the article of the page.
var ldTypes = map[string]int{
	"newsarticle": 5, "reportagenewsarticle": 5, "analysisnewsarticle": 5, "opinionnewsarticle": 5,
	"reviewnewsarticle": 5, "backgroundnewsarticle": 5, "article": 4, "blogposting": 4, "liveblogposting": 4,
	"techarticle": 4, "scholarlyarticle": 4, "report": 3, "socialmediaposting": 3, "posting": 3,
	"webpage": 1, "itempage": 1,
}

// parseLD reads the article objects of one JSON-LD script. Malformed JSON yields nothing.
func parseLD(src string) []ldArticle {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return nil
	}
	var out []ldArticle
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			rank := 0
			for _, t := range asStrings(x["@type"]) {
				rank = max(rank, ldTypes[strings.ToLower(t)])
			}
			if rank == 0 {
				return
			}
			a := ldArticle{
				rank:      rank,
				headline:  firstNonEmpty(ldString(x["headline"]), ldString(x["name"])),
				published: firstNonEmpty(ldString(x["datePublished"]), ldString(x["dateCreated"])),
				modified:  ldString(x["dateModified"]),
				body:      ldString(x["articleBody"]),
				url:       ldString(x["url"]),
				authors:   ldNames(x["author"]),
			}
			if p := ldNames(x["publisher"]); len(p) > 0 {
				a.publisher = p[0]
			}
			if a.body != "" {
				a.rank += 10 // the object that carries the text is the article
			}
			out = append(out, a)
		}
	}
	visit(v, 0)
	return out
}

// asStrings returns a JSON-LD value that is a string or a list of strings as a slice.
func asStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString returns a JSON-LD value as a string: a string, or the first string of a list.
func ldString(v any) string {
	if s := asStrings(v); len(s) > 0 {
		return strings.TrimSpace(s[0])
	}
	return ""
}

// ldNames returns the names of JSON-LD people or organisations: strings, objects with a
// "name", or lists of either.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if x = strings.TrimSpace(x); x != "" && !strings.Contains(x, "://") {
			return []string{x}
		}
	case map[string]any:
		if n := ldString(x["name"]); n != "" {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}
