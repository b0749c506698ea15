package site

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/summarize"
)

// headlines returns the text of the entries' h2 headlines on a list page, in order.
func headlines(page []byte) []string {
	re := regexp.MustCompile(`<h2><a href="[^"]*">([^<]*)</a></h2>`)
	var out []string
	for _, m := range re.FindAllSubmatch(page, -1) {
		out = append(out, html.UnescapeString(string(m[1])))
	}
	return out
}

func TestPagination(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("/"), nil, Options{}, fixture())
	tests := []struct {
		page         string
		want         []string
		newer, older string
	}{
		{"index.html", []string{"Zelensky secures €10 billion in aid at Rome conference", "Rubio and Lavrov hold tense talks amid record Russian strikes"}, "", "page/2/"},
		{"page/2/index.html", []string{"UN reports record civilian casualties in June", hostile}, "../../", "../3/"},
		// The undated story comes last.
		{"page/3/index.html", []string{"Москва объявила о новых мерах", "What the Kuala Lumpur talks mean"}, "../2/", ""},
		{"topics/russia/page/2/index.html", []string{"What the Kuala Lumpur talks mean"}, "../../", ""},
		{"archive/2025/07/10/index.html", []string{"Zelensky secures €10 billion in aid at Rome conference", "Rubio and Lavrov hold tense talks amid record Russian strikes", "UN reports record civilian casualties in June"}, "", "../09/"},
		{"archive/2025/07/09/index.html", []string{hostile}, "../10/", "../../06/30/"},
		{"archive/2025/06/30/index.html", []string{"Москва объявила о новых мерах"}, "../../07/09/", ""},
		{"archive/undated/index.html", []string{"What the Kuala Lumpur talks mean"}, "", ""},
	}
	for _, tt := range tests {
		page := files[tt.page]
		if got := headlines(page); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s lists %q, want %q", tt.page, got, tt.want)
		}
		for rel, url := range map[string]string{"prev": tt.newer, "next": tt.older} {
			tag := `<link rel="` + rel + `" href="` + url + `">`
			if has := bytes.Contains(page, []byte(tag)); has != (url != "") {
				t.Errorf("%s: has %s = %v, want %v", tt.page, tag, has, url != "")
			}
		}
	}
	if !bytes.Contains(files["page/2/index.html"], []byte("Page 2 of 3")) {
		t.Error("page/2/index.html does not say Page 2 of 3")
	}
}

func TestEmptySite(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("/"), nil, Options{}, nil)
	for _, name := range []string{"index.html", "topics/index.html", "archive/index.html", "404.html", "feed.xml", "atom.xml", "feed.json", "sitemap.xml"} {
		if _, ok := files[name]; !ok {
			t.Errorf("an empty site has no %s", name)
		}
	}
	if !bytes.Contains(files["index.html"], []byte("No briefs yet.")) {
		t.Error("the home page of an empty site does not say so")
	}
	var feed jsonFeedIn
	if err := json.Unmarshal(files["feed.json"], &feed); err != nil || feed.Items == nil {
		t.Errorf("feed.json of an empty site: %v, items %v", err, feed.Items)
	}
}

func TestUndatedStoriesHaveNoDates(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("/"), nil, Options{}, fixture())
	page, _, _ := bytes.Cut(files["briefs/undated-explainer/index.html"], []byte(`<section class="related"`))
	for _, bad := range []string{"<time", "article:published_time", "datePublished", "0001"} {
		if bytes.Contains(page, []byte(bad)) {
			t.Errorf("the undated brief's page contains %q", bad)
		}
	}
	if !bytes.Contains(files["archive/index.html"], []byte(`<a href="undated/">`)) {
		t.Error("the archive does not link to the undated briefs")
	}
}

func TestHostileTextIsEscaped(t *testing.T) {
	t.Parallel()
	for _, opts := range []Options{{}, {Minify: true}} {
		files, _ := render(t, testConfig("https://example.org/"), nil, opts, fixture())
		for _, name := range htmlPages(files) {
			doc, err := html.Parse(bytes.NewReader(files[name]))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			scripts := 0
			for n := range doc.Descendants() {
				if n.Type != html.ElementNode {
					continue
				}
				switch n.Data {
				case "script":
					scripts++
				case "img", "b":
					t.Errorf("minify %v: %s has a <%s> element from a story", opts.Minify, name, n.Data)
				}
				for _, a := range n.Attr {
					if strings.HasPrefix(a.Key, "on") || strings.HasPrefix(strings.TrimSpace(a.Val), "javascript:") {
						t.Errorf("minify %v: %s has <%s %s=%q>", opts.Minify, name, n.Data, a.Key, a.Val)
					}
				}
			}
			if want := map[bool]int{true: 1, false: 0}[strings.HasPrefix(name, "briefs/")]; scripts != want {
				t.Errorf("minify %v: %s has %d script elements, want %d", opts.Minify, name, scripts, want)
			}
		}
		page := files["briefs/hostile/index.html"]
		if ld := jsonLD(t, page); ld["headline"] != hostile || ld["@type"] != "NewsArticle" {
			t.Errorf("minify %v: JSON-LD headline = %q, want %q", opts.Minify, ld["headline"], hostile)
		}
		if !opts.Minify && bytes.Contains(page, []byte("<script>alert")) {
			t.Errorf("the hostile headline is not escaped")
		}
	}
}

// jsonLD returns the JSON-LD object of a page, failing the test if there is none.
func jsonLD(t *testing.T, page []byte) map[string]any {
	t.Helper()
	_, rest, ok := bytes.Cut(page, []byte(`<script type="application/ld+json">`))
	if !ok {
		_, rest, ok = bytes.Cut(page, []byte(`<script type=application/ld+json>`))
	}
	body, _, ok2 := bytes.Cut(rest, []byte("</script>"))
	if !ok || !ok2 {
		t.Fatalf("no JSON-LD in %s", page)
	}
	var v map[string]any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("JSON-LD %s: %v", body, err)
	}
	return v
}

func TestBriefPageMetadata(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("https://example.org/"), nil, Options{Minify: true}, fixture())
	ld := jsonLD(t, files["briefs/rubio-and-lavrov-hold-tense-talks/index.html"])
	for key, want := range map[string]any{
		"headline":      "Rubio and Lavrov hold tense talks amid record Russian strikes",
		"datePublished": "2025-07-10T09:30:00+02:00",
		"url":           "https://example.org/briefs/rubio-and-lavrov-hold-tense-talks/",
		"description":   "Rubio conveyed President Trump's frustration with Moscow's lack of flexibility.",
		"author":        map[string]any{"@type": "Person", "name": "Jane Doe"},
		"publisher":     map[string]any{"@type": "Organization", "name": "World Briefs", "url": "https://example.org/"},
	} {
		got, _ := json.Marshal(ld[key])
		wantJSON, _ := json.Marshal(want)
		if string(got) != string(wantJSON) {
			t.Errorf("JSON-LD %s = %s, want %s", key, got, wantJSON)
		}
	}
	page := string(files["briefs/moskva-obyavila/index.html"])
	if !strings.Contains(page, `<article class=brief lang=ru>`) {
		t.Errorf("the Russian brief's article has no lang=ru")
	}
}

func TestHeadingOutline(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("/"), nil, Options{}, fixture())
	for _, name := range htmlPages(files) {
		z := html.NewTokenizer(bytes.NewReader(files[name]))
		level, h1s := 0, 0
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			tag, _ := z.TagName()
			if tt != html.StartTagToken || len(tag) != 2 || tag[0] != 'h' || tag[1] < '1' || tag[1] > '6' {
				continue
			}
			n := int(tag[1] - '0')
			if n == 1 {
				h1s++
			}
			if n > level+1 {
				t.Errorf("%s: h%d follows h%d", name, n, level)
			}
			level = n
		}
		if h1s != 1 {
			t.Errorf("%s has %d h1, want 1", name, h1s)
		}
	}
}

func TestTopics(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("/"), nil, Options{}, fixture())
	index := string(files["topics/index.html"])
	// "Ukraine" (3 stories) beats "ukraine" (2); editor tags come before automatic topics.
	if want := `<li><a href="ukraine/">Ukraine</a> <span class="count">4<span class="visually-hidden"> briefs</span></span></li>`; !strings.Contains(index, want) {
		t.Errorf("topics/index.html lacks %s", want)
	}
	// An automatic topic of a single brief has no page: it is listed on its brief without a
	// link, and not in the topics index. An editor's tag has a page even for one brief.
	if strings.Contains(index, "Москва") || strings.Contains(index, "Marco Rubio") {
		t.Errorf("topics/index.html lists a topic of a single brief")
	}
	if !strings.Contains(index, `<a href="diplomacy/">Diplomacy</a>`) {
		t.Errorf("topics/index.html lacks the editor's tag Diplomacy")
	}
	brief := string(files["briefs/rubio-and-lavrov-hold-tense-talks/index.html"])
	if !strings.Contains(brief, `<ul class="topics" aria-label="Topics"><li><a href="../../topics/diplomacy/">Diplomacy</a></li><li><a href="../../topics/ukraine/">Ukraine</a></li><li><span>Marco Rubio</span></li>`) {
		t.Errorf("brief topics are not tags first, de-duplicated, single-brief topics unlinked:\n%s", brief)
	}
}

func TestCollectTopicsNamesBySpelling(t *testing.T) {
	t.Parallel()
	story := func(slug string, topics ...string) Story {
		return Story{Slug: slug, Brief: summarize.Brief{Topics: topics}}
	}
	m, err := newModel([]Story{
		story("a", "EU", "Kyiv"), story("b", "eu", "kyiv"), story("c", "E.U."), story("d", "Kyiv", "  Kyiv  "),
		story("e", "!!!"),
	}, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tp := range m.topics {
		got = append(got, tp.slug+"="+tp.name+"/"+strings.Repeat("*", len(tp.items)))
	}
	// "EU" and "eu" tie, and "EU" sorts first; "E.U." has its own slug, and with one brief
	// no page, but its brief still names it.
	want := "eu=EU/**|kyiv=Kyiv/***"
	if strings.Join(got, "|") != want {
		t.Errorf("topics = %q, want %q", strings.Join(got, "|"), want)
	}
	for _, it := range m.items {
		if it.Slug == "c" && (len(it.topics) != 1 || it.topics[0].name != "E.U." || it.topics[0].page) {
			t.Errorf("story c has topics %v, want E.U. without a page", it.topics)
		}
	}
}

func TestRelated(t *testing.T) {
	t.Parallel()
	day := func(d int) time.Time { return time.Date(2025, 7, d, 0, 0, 0, 0, time.UTC) }
	story := func(slug string, d int, topics ...string) Story {
		return Story{Slug: slug, Doc: clean.Doc{Date: day(d)}, Brief: summarize.Brief{Topics: topics}}
	}
	m, err := newModel([]Story{
		story("x", 1, "a", "b", "c"),
		story("two-old", 2, "a", "b"),
		story("two-new", 9, "b", "c"),
		story("one-new", 8, "a"),
		story("one-newer", 9, "c"),
		story("none", 10, "z"),
	}, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	var x *item
	for _, it := range m.items {
		if it.Slug == "x" {
			x = it
		}
	}
	relateAll(m.items, 3)
	var got []string
	for _, it := range x.related {
		got = append(got, it.Slug)
	}
	if want := "two-new two-old one-newer"; strings.Join(got, " ") != want {
		t.Errorf("related of x = %q, want %q", got, want)
	}
}

func TestBody(t *testing.T) {
	t.Parallel()
	got := body([]clean.Block{
		{Kind: clean.Heading, Text: "The Title"},
		{Kind: clean.Paragraph, Text: "  "},
		{Kind: clean.ListItem, Text: "one"},
		{Kind: clean.ListItem, Text: "two", HTML: "<em>two</em>"},
		{Kind: clean.Paragraph, Text: "between"},
		{Kind: clean.ListItem, Text: "three"},
		{Kind: clean.Quote, Text: "q1"},
		{Kind: clean.Quote, Text: "q2"},
		{Kind: clean.Heading, Text: "Later"},
		{Kind: clean.Code, Text: "  indented\n"},
	}, "Headline", "the title")
	var kinds []string
	for _, b := range got {
		kinds = append(kinds, b.Kind+"/"+string(rune('0'+len(b.Items))))
	}
	if want := "ul/2 p/0 ul/1 quote/2 h/0 code/0"; strings.Join(kinds, " ") != want {
		t.Errorf("body kinds = %q, want %q", strings.Join(kinds, " "), want)
	}
	if got[0].Items[1].HTML != "<em>two</em>" || got[4].Level != 3 || got[5].Text != "  indented\n" {
		t.Errorf("body = %+v", got)
	}
}

func TestTopicPagesCapped(t *testing.T) {
	t.Parallel()
	stories := synthetic(1500) // 200 automatic topics, each of about 37 briefs
	stories[0].Tags = []string{"Editors pick"}
	m, err := newModel(stories, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	auto, tags := 0, 0
	for _, tp := range m.topics {
		if tp.slug == "editors-pick" {
			tags++
		} else {
			auto++
		}
	}
	if auto != 150 || tags != 1 {
		t.Errorf("%d automatic topic pages and %d tag pages for 1,500 briefs, want 150 and 1", auto, tags)
	}
	// The automatic topics left without a page are the least frequent.
	least := len(stories)
	for _, tp := range m.topics {
		if tp.slug != "editors-pick" {
			least = min(least, len(tp.items))
		}
	}
	for _, it := range m.items {
		for _, tp := range it.topics {
			if !tp.page && len(tp.items) > least {
				t.Fatalf("topic %q (%d briefs) has no page, but one of %d has", tp.name, len(tp.items), least)
			}
		}
	}
}
