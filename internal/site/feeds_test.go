package site

import (
	"encoding/json"
	"encoding/xml"
	"slices"
	"strings"
	"testing"
	"time"
)

// Just enough of each format to check what Render writes.
type (
	rssIn struct {
		XMLName xml.Name `xml:"rss"`
		Version string   `xml:"version,attr"`
		Channel struct {
			Links []struct { // <link> and <atom:link>
				XMLName xml.Name
				Value   string `xml:",chardata"`
			} `xml:"link"`
			LastBuildDate string `xml:"lastBuildDate"`
			Items         []struct {
				Title       string   `xml:"title"`
				Link        string   `xml:"link"`
				GUID        string   `xml:"guid"`
				PubDate     string   `xml:"pubDate"`
				Description string   `xml:"description"`
				Categories  []string `xml:"category"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	atomIn struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Links   []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		} `xml:"link"`
		Entries []struct {
			Title   string `xml:"title"`
			ID      string `xml:"id"`
			Updated string `xml:"updated"`
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	jsonFeedIn struct {
		Version string `json:"version"`
		FeedURL string `json:"feed_url"`
		Items   []struct {
			ID          string `json:"id"`
			URL         string `json:"url"`
			Title       string `json:"title"`
			ContentHTML string `json:"content_html"`
			Date        string `json:"date_published"`
		} `json:"items"`
	}
	sitemapIn struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
	}
)

func TestFeeds(t *testing.T) {
	t.Parallel()
	const base = "https://user.github.io/proj/"
	for _, opts := range []Options{{}, {Minify: true}} {
		files, _ := render(t, testConfig(base), nil, opts, fixture())
		for _, tt := range []struct {
			dir   string
			count int // FeedLength is 4
			first string
		}{
			{"", 4, "zelensky-secures-aid-in-rome"},
			{"topics/ukraine/", 4, "zelensky-secures-aid-in-rome"},
			{"topics/russia/", 3, "rubio-and-lavrov-hold-tense-talks"},
			{"topics/diplomacy/", 2, "rubio-and-lavrov-hold-tense-talks"},
		} {
			firstURL := base + "briefs/" + tt.first + "/"

			var rss rssIn
			if err := xml.Unmarshal(files[tt.dir+"feed.xml"], &rss); err != nil {
				t.Fatalf("minify %v: %sfeed.xml: %v", opts.Minify, tt.dir, err)
			}
			link := ""
			for _, l := range rss.Channel.Links {
				if l.XMLName.Space == "" {
					link = l.Value
				}
			}
			if rss.Version != "2.0" || len(rss.Channel.Items) != tt.count || link != base+tt.dir {
				t.Errorf("%sfeed.xml: version %q, %d items, link %q; want 2.0, %d, %q", tt.dir, rss.Version, len(rss.Channel.Items), link, tt.count, base+tt.dir)
			}
			if it := rss.Channel.Items[0]; it.Link != firstURL || it.GUID != firstURL {
				t.Errorf("%sfeed.xml: first item link %q guid %q, want %q", tt.dir, it.Link, it.GUID, firstURL)
			}
			if _, err := time.Parse(time.RFC1123Z, rss.Channel.LastBuildDate); err != nil {
				t.Errorf("%sfeed.xml: lastBuildDate: %v", tt.dir, err)
			}

			var atom atomIn
			if err := xml.Unmarshal(files[tt.dir+"atom.xml"], &atom); err != nil {
				t.Fatalf("%satom.xml: %v", tt.dir, err)
			}
			if len(atom.Entries) != tt.count || atom.Entries[0].ID != firstURL || atom.ID != base+tt.dir {
				t.Errorf("%satom.xml: %d entries, first %q, id %q", tt.dir, len(atom.Entries), atom.Entries[0].ID, atom.ID)
			}
			if !slices.ContainsFunc(atom.Links, func(l struct {
				Href string `xml:"href,attr"`
				Rel  string `xml:"rel,attr"`
			}) bool {
				return l.Rel == "self" && l.Href == base+tt.dir+"atom.xml"
			}) {
				t.Errorf("%satom.xml: no self link in %v", tt.dir, atom.Links)
			}

			var jf jsonFeedIn
			if err := json.Unmarshal(files[tt.dir+"feed.json"], &jf); err != nil {
				t.Fatalf("%sfeed.json: %v", tt.dir, err)
			}
			if jf.Version != "https://jsonfeed.org/version/1.1" || len(jf.Items) != tt.count || jf.Items[0].URL != firstURL || jf.FeedURL != base+tt.dir+"feed.json" {
				t.Errorf("%sfeed.json: %+v", tt.dir, jf)
			}
		}
	}
}

func TestFeedDatesComeFromStories(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("/"), nil, Options{}, fixture())
	var rss rssIn
	if err := xml.Unmarshal(files["feed.xml"], &rss); err != nil {
		t.Fatal(err)
	}
	if want := "Thu, 10 Jul 2025 18:00:00 +0200"; rss.Channel.LastBuildDate != want {
		t.Errorf("lastBuildDate = %q, want the newest story's date %q", rss.Channel.LastBuildDate, want)
	}
	var atom atomIn
	if err := xml.Unmarshal(files["atom.xml"], &atom); err != nil {
		t.Fatal(err)
	}
	if want := "2025-07-10T18:00:00+02:00"; atom.Updated != want {
		t.Errorf("atom updated = %q, want %q", atom.Updated, want)
	}

	// A site of undated stories still gets valid, deterministic feeds.
	files, _ = render(t, testConfig("/"), nil, Options{}, fixture()[5:])
	atom, rss = atomIn{}, rssIn{}
	if err := xml.Unmarshal(files["atom.xml"], &atom); err != nil {
		t.Fatal(err)
	}
	if want := "1970-01-01T00:00:00Z"; atom.Updated != want || atom.Entries[0].Updated != want {
		t.Errorf("atom of undated stories: updated %q, entry %q; want %q", atom.Updated, atom.Entries[0].Updated, want)
	}
	if err := xml.Unmarshal(files["feed.xml"], &rss); err != nil {
		t.Fatal(err)
	}
	if rss.Channel.LastBuildDate != "" || rss.Channel.Items[0].PubDate != "" {
		t.Errorf("rss of undated stories has dates: %q, %q", rss.Channel.LastBuildDate, rss.Channel.Items[0].PubDate)
	}
}

func TestFeedContentIsEscapedHTML(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("https://example.org/"), nil, Options{Minify: true}, fixture())
	var rss rssIn
	if err := xml.Unmarshal(files["feed.xml"], &rss); err != nil {
		t.Fatal(err)
	}
	var hostileItem, rubio string
	for _, it := range rss.Channel.Items {
		switch {
		case it.Title == hostile:
			hostileItem = it.Description
		case strings.HasPrefix(it.Title, "Rubio"):
			rubio = it.Description
		}
	}
	want := "<p>Rubio conveyed President Trump&#39;s frustration with Moscow&#39;s lack of flexibility.</p><ul><li>Russia proposed"
	if !strings.HasPrefix(rubio, want) || !strings.Contains(rubio, `<p>Source: <a href="https://news.example.com/rubio-lavrov">Example News</a></p>`) {
		t.Errorf("rubio description = %q, want lede, bullets and source", rubio)
	}
	if hostileItem == "" || strings.Contains(hostileItem, "<script") || strings.Contains(hostileItem, "<img") || strings.Contains(hostileItem, "javascript:") {
		t.Errorf("hostile description = %q: markup from the story must be escaped", hostileItem)
	}
}

func TestSitemapListsEveryPage(t *testing.T) {
	t.Parallel()
	const base = "https://user.github.io/proj/"
	for _, opts := range []Options{{}, {Minify: true}} {
		files, _ := render(t, testConfig(base), nil, opts, fixture())
		var sm sitemapIn
		if err := xml.Unmarshal(files["sitemap.xml"], &sm); err != nil {
			t.Fatalf("sitemap.xml: %v", err)
		}
		var want, got []string
		for _, page := range htmlPages(files) {
			if page != "404.html" {
				want = append(want, base+escapePath(strings.TrimSuffix(page, "index.html")))
			}
		}
		lastmod := map[string]string{}
		for _, u := range sm.URLs {
			got = append(got, u.Loc)
			lastmod[u.Loc] = u.LastMod
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("sitemap lists\n%q\nwant\n%q", got, want)
		}
		for loc, want := range map[string]string{
			base + "briefs/hostile/":           "2025-07-09T14:00:00+02:00",
			base + "briefs/undated-explainer/": "",
			base + "page/3/":                   "2025-06-30T10:00:00+02:00",
			base:                               "2025-07-10T18:00:00+02:00",
		} {
			if lastmod[loc] != want {
				t.Errorf("lastmod of %s = %q, want %q", loc, lastmod[loc], want)
			}
		}
	}
}

func TestWebURL(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"https://example.org/a?b=c": "https://example.org/a?b=c",
		" http://example.org/ ":     "http://example.org/",
		"javascript:alert(1)":       "",
		"//example.org/":            "",
		"/local":                    "",
		"mailto:x@example.org":      "",
		"https://":                  "",
		"":                          "",
	} {
		if got := webURL(in); got != want {
			t.Errorf("webURL(%q) = %q, want %q", in, got, want)
		}
	}
}
