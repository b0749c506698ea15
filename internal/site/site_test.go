package site

import (
	"context"
	"flag"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefs/briefs"
	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/summarize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// hostile is a headline that tries to end the JSON-LD script element and run its own.
const hostile = `</script><script>alert(1)</script> & "quotes"`

// fixture returns six stories in no particular order: two on the same day, one from another
// month, one undated, one in Russian and one with a hostile headline, lede and source URL.
func fixture() []Story {
	berlin := time.FixedZone("CEST", 2*3600)
	return []Story{
		{
			Slug: "zelensky-secures-aid-in-rome",
			Doc: clean.Doc{
				Title: "Zelensky secures €10 billion in Rome", Date: time.Date(2025, 7, 10, 18, 0, 0, 0, berlin),
				Source: "Kyiv Independent", SourceURL: "https://kyivindependent.com/rome-conference/",
				Blocks: []clean.Block{{Kind: clean.Paragraph, Text: "President Zelensky secured €10 billion in aid pledges."}},
			},
			Brief: summarize.Brief{
				Title:   "Zelensky secures €10 billion in aid at Rome conference",
				Lede:    "Ukraine's president secured €10 billion (£8.6bn) in pledges at a recovery conference in Rome.",
				Bullets: []string{"Pledges total €10 billion", "U.S. weapons shipments are en route"},
				Topics:  []string{"Ukraine", "Volodymyr Zelensky", "Rome"},
			},
		},
		{
			Slug: "rubio-and-lavrov-hold-tense-talks",
			Doc: clean.Doc{
				Title: "Rubio And Sergey Lavrov Hold Tense Talks", Date: time.Date(2025, 7, 10, 9, 30, 0, 0, berlin),
				Author: "Jane Doe", Source: "Example News", SourceURL: "https://news.example.com/rubio-lavrov",
				Lang: "en",
				Blocks: []clean.Block{
					{Kind: clean.Heading, Text: "Rubio And Sergey Lavrov Hold Tense Talks"},
					{Kind: clean.Paragraph, Text: "The meeting came as Russia launched its second night of massive attacks on Kyiv."},
					{Kind: clean.Heading, Text: "Key developments from the Kuala Lumpur meeting"},
					{Kind: clean.ListItem, Text: "Russia proposed undisclosed new ideas"},
					{Kind: clean.ListItem, Text: "Both sides agreed to restore cooperation", HTML: "Both sides agreed to <em>restore</em> cooperation"},
					{Kind: clean.Paragraph, Text: "Read the statement.", HTML: `Read the <a href="https://state.example.gov/">statement</a>.`},
					{Kind: clean.Quote, Text: "Glass shards flew at me."},
					{Kind: clean.Quote, Text: "The buzz grew until everything shook."},
					{Kind: clean.Code, Text: "drones: 415\nmissiles: 741"},
				},
			},
			Brief: summarize.Brief{
				Title: "Rubio and Lavrov hold tense talks amid record Russian strikes",
				Lede:  "Rubio conveyed President Trump's frustration with Moscow's lack of flexibility.",
				Bullets: []string{
					"Russia proposed undisclosed new ideas for ending the conflict",
					"Rubio stressed U.S. demands for a clear roadmap to peace",
					"Lavrov insisted on recognition of annexed territories",
				},
				Topics: []string{"Marco Rubio", "Sergey Lavrov", "Russia", "Ukraine", "ukraine", "Kyiv"},
			},
			Tags: []string{"Diplomacy", "Ukraine"},
		},
		{
			Slug: "un-reports-record-casualties",
			Doc: clean.Doc{
				Title: "UN reports record civilian casualties", Date: time.Date(2025, 7, 10, 9, 30, 0, 0, berlin),
				Source: "UN News",
			},
			Brief: summarize.Brief{
				Title:   "UN reports record civilian casualties in June",
				Lede:    "June saw the highest civilian casualties since April 2022.",
				Bullets: []string{"232 killed and 1,343 wounded"},
				Topics:  []string{"ukraine", "United Nations"},
			},
		},
		{
			Slug: "hostile",
			Doc: clean.Doc{
				Title: hostile, Date: time.Date(2025, 7, 9, 12, 0, 0, 0, time.UTC),
				Source: "<b>Evil</b>", SourceURL: "javascript:alert(2)",
				Blocks: []clean.Block{{Kind: clean.Paragraph, Text: "<script>alert(3)</script>"}},
			},
			Brief: summarize.Brief{
				Title:   hostile,
				Lede:    `<img src=x onerror=alert(4)>`,
				Bullets: []string{"<script>alert(5)</script>"},
				Topics:  []string{"<script>", "Ukraine"},
			},
		},
		{
			Slug: "moskva-obyavila",
			Doc: clean.Doc{
				Title: "Москва объявила", Date: time.Date(2025, 6, 30, 8, 0, 0, 0, time.UTC), Lang: "ru",
			},
			Brief: summarize.Brief{
				Title:   "Москва объявила о новых мерах",
				Lede:    "Власти Москвы объявили о новых мерах.",
				Bullets: []string{"Меры вступят в силу в июле"},
				Topics:  []string{"Москва", "Russia"},
			},
		},
		{
			Slug: "undated-explainer",
			Doc:  clean.Doc{Title: "What the talks mean"},
			Brief: summarize.Brief{
				Title:   "What the Kuala Lumpur talks mean",
				Lede:    "An explainer without a date.",
				Bullets: []string{"No breakthrough is expected"},
				Topics:  []string{"Russia", "Diplomacy"},
			},
		},
	}
}

// testConfig returns the fixture's configuration: three pages of two briefs on the home page.
func testConfig(base string) config.Site {
	return config.Site{
		Title:       "World Briefs",
		BaseURL:     base,
		Language:    "en",
		Description: "The day's news in brief.",
		Bullets:     3,
		PageSize:    2,
		FeedLength:  4,
		TimeZone:    "Europe/Berlin",
		Location:    time.FixedZone("CEST", 2*3600),
	}
}

// theme returns the repository's default theme.
func theme(t testing.TB) fs.FS {
	t.Helper()
	return briefs.Theme
}

// render renders stories with the default theme and the optional site files local, and returns
// the files written, by name, and the order they were written in.
func render(t testing.TB, cfg config.Site, local fs.FS, opts Options, stories []Story) (map[string][]byte, []string) {
	t.Helper()
	s, err := New(cfg, theme(t), local, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	files := map[string][]byte{}
	var order []string
	n, err := s.Render(context.Background(), stories, func(name string, data []byte) error {
		if _, dup := files[name]; dup {
			t.Errorf("Render wrote %s twice", name)
		}
		files[name] = data
		order = append(order, name)
		return nil
	})
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	if n != len(order) {
		t.Errorf("Render returned %d, wrote %d files", n, len(order))
	}
	return files, order
}

// htmlPages returns the names of the HTML files, sorted.
func htmlPages(files map[string][]byte) []string {
	var names []string
	for name := range files {
		if strings.HasSuffix(name, ".html") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

func TestRenderWritesEveryPage(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("https://example.org/news/"), nil, Options{}, fixture())
	want := []string{
		"index.html", "page/2/index.html", "page/3/index.html",
		"briefs/rubio-and-lavrov-hold-tense-talks/index.html", "briefs/hostile/index.html",
		"briefs/moskva-obyavila/index.html", "briefs/undated-explainer/index.html",
		"topics/index.html", "topics/ukraine/index.html", "topics/ukraine/page/2/index.html",
		"topics/ukraine/feed.xml", "topics/ukraine/atom.xml", "topics/ukraine/feed.json",
		"archive/index.html", "archive/2025/07/10/index.html", "archive/2025/07/09/index.html",
		"archive/2025/06/30/index.html", "archive/undated/index.html",
		"404.html", "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt",
		"style.css", "favicon.svg",
	}
	for _, name := range want {
		if _, ok := files[name]; !ok {
			t.Errorf("Render did not write %s", name)
		}
	}
	for _, name := range []string{"page/4/index.html", "page/1/index.html", "topics/ukraine/page/3/index.html", "archive/0001/01/01/index.html",
		"topics/москва/index.html", "topics/script/feed.xml"} { // topics of one brief have no page
		if _, ok := files[name]; ok {
			t.Errorf("Render wrote %s", name)
		}
	}
}

func TestRenderDoesNotModifyStories(t *testing.T) {
	t.Parallel()
	stories := fixture()
	before := fixture()
	render(t, testConfig("/"), nil, Options{}, stories)
	for i := range stories {
		if stories[i].Slug != before[i].Slug || !slices.Equal(stories[i].Tags, before[i].Tags) ||
			!slices.Equal(stories[i].Brief.Topics, before[i].Brief.Topics) {
			t.Errorf("story %d changed: %+v", i, stories[i])
		}
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	t.Parallel()
	for _, opts := range []Options{{}, {Minify: true}} {
		a, orderA := render(t, testConfig("https://example.org/"), nil, opts, fixture())
		stories := fixture()
		slices.Reverse(stories)
		b, orderB := render(t, testConfig("https://example.org/"), nil, opts, stories)
		if !slices.Equal(orderA, orderB) {
			t.Errorf("minify=%v: write order differs:\n%v\n%v", opts.Minify, orderA, orderB)
		}
		for name, data := range a {
			if string(b[name]) != string(data) {
				t.Errorf("minify=%v: %s differs between renders of the same stories", opts.Minify, name)
			}
		}
	}
}

func TestRenderRejectsBadSlugs(t *testing.T) {
	t.Parallel()
	s, err := New(testConfig("/"), theme(t), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, slugs := range [][]string{{""}, {"a/b"}, {".."}, {"a", "a"}} {
		var stories []Story
		for _, slug := range slugs {
			stories = append(stories, Story{Slug: slug})
		}
		n, err := s.Render(context.Background(), stories, func(string, []byte) error { return nil })
		if err == nil || n != 0 {
			t.Errorf("Render(slugs %q) = %d, %v; want an error and no files", slugs, n, err)
		}
	}
}

func TestRenderStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	s, err := New(testConfig("/"), theme(t), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n, err := s.Render(ctx, fixture(), func(string, []byte) error {
		cancel()
		return nil
	})
	if err != context.Canceled || n != 1 {
		t.Errorf("Render after cancel = %d, %v; want 1, context.Canceled", n, err)
	}
}

func TestStaticOverridesAndRobots(t *testing.T) {
	t.Parallel()
	local := fstest.MapFS{
		"static/style.css":    {Data: []byte("body{color:red}")},
		"static/robots.txt":   {Data: []byte("User-agent: *\nDisallow: /\n")},
		"static/CNAME":        {Data: []byte("news.example.org\n")},
		"static/img/logo.png": {Data: []byte("\x89PNG")},
	}
	files, _ := render(t, testConfig("https://news.example.org/"), local, Options{Minify: true}, fixture())
	for name, want := range map[string]string{
		"style.css":    "body{color:red}",
		"robots.txt":   "User-agent: *\nDisallow: /\n",
		"CNAME":        "news.example.org\n",
		"img/logo.png": "\x89PNG",
	} {
		if got := string(files[name]); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if _, ok := files["favicon.svg"]; !ok {
		t.Error("the theme's favicon.svg is missing when the site has static files of its own")
	}
}

func TestRobots(t *testing.T) {
	t.Parallel()
	for base, want := range map[string]string{
		"https://user.github.io/proj/": "User-agent: *\nAllow: /\n\nSitemap: https://user.github.io/proj/sitemap.xml\n",
		"/":                            "User-agent: *\nAllow: /\n",
	} {
		if got := string(robots(base)); got != want {
			t.Errorf("robots(%q) = %q, want %q", base, got, want)
		}
	}
}
