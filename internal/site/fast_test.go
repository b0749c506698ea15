package site

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"html/template"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/summarize"
)

// hostileStories returns n stories whose every field is drawn from text and URLs that
// escaping must handle: markup, quotes, ampersands, plus signs, NUL, invalid UTF-8,
// non-ASCII, URLs with spaces, percent signs and unsafe schemes, empty fields and zero
// dates.
func hostileStories(rng *rand.Rand, n int) []Story {
	texts := []string{"Plain words", `Quotes "double" and 'single'`, "<b>tags</b> & ampersands + plus",
		"Nul\x00byte", "Ünïcödé — “curly” ½ \u2028 \ufdd0", "bad \xff utf-8", "  spaced  ",
		"a</p><script>alert(1)</script>", "x{{.Title}}y", "ok", "tab\there\r\nline", "emoji 😀 \ufffd \ufffe \x7f"}
	urls := []string{"", "https://news.example.com/a?b=1&c=2+3", "http://example.org/a b/ü?q=%zz&r=%41",
		"javascript:alert(1)", "JavaScript:alert(1)", "mailto:desk@example.org", "//cdn.example.org/x",
		"/path/with'quote\"and<angle>", "data:text/html,<script>", "HTTPS://EXAMPLE.ORG/%E2%82%AC", "ftp://x/y:z"}
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	kinds := []clean.Kind{clean.Paragraph, clean.Paragraph, clean.Heading, clean.ListItem, clean.Quote, clean.Code}
	start := time.Date(2025, 7, 1, 0, 0, 0, 0, time.FixedZone("X", -5*3600))
	stories := make([]Story, n)
	for i := range stories {
		var blocks []clean.Block
		for range rng.IntN(6) {
			b := clean.Block{Kind: kinds[rng.IntN(len(kinds))], Text: pick(texts)}
			if rng.IntN(4) == 0 {
				b.HTML = `<a href="https://example.org/?a=1&amp;b=2">link</a> and <em>emphasis</em>`
			}
			blocks = append(blocks, b)
		}
		var date time.Time
		if rng.IntN(5) > 0 {
			date = start.Add(time.Duration(rng.IntN(30*24)) * time.Hour)
		}
		var bullets, topics, tags []string
		for range rng.IntN(5) {
			bullets = append(bullets, pick(texts))
		}
		for range rng.IntN(5) {
			topics = append(topics, pick([]string{"Kyiv", "kyiv", "Rome & Paris", `"Quoted"`, "Ünïcödé", "C++", "<b>", "Politics"}))
		}
		if rng.IntN(3) == 0 {
			tags = []string{pick(texts)}
		}
		title := fmt.Sprintf("%s %d", pick(texts), i)
		stories[i] = Story{
			Slug: fmt.Sprintf("story-%d", i),
			Doc: clean.Doc{Title: pick(texts), Date: date, Author: pick([]string{"", "", "Jane <Doe>"}),
				Source: pick([]string{"", "Example & Co", "News"}), SourceURL: pick(urls),
				Lang: pick([]string{"", "", "de", `x"y`}), Blocks: blocks},
			Brief: summarize.Brief{Title: pick([]string{title, title, ""}), Lede: pick(append(texts, "")),
				Bullets: bullets, Topics: topics},
			Tags: tags,
		}
	}
	return stories
}

// TestFastPagesMatchTemplates renders sites of hostile stories with pageWriter and with the
// theme's templates: every file must have the same bytes.
func TestFastPagesMatchTemplates(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	configs := []config.Site{
		testConfig("https://example.org/"),
		testConfig("/"),
		testConfig("https://user.example.io/proj ü/"),
	}
	configs[1].Title = `Briefs & "Co" <+>`
	configs[1].Description = ""
	configs[2].Language = `de"`
	configs[2].Location = time.FixedZone("Y", 5*3600+1800)
	for round := range 12 {
		cfg := configs[round%len(configs)]
		cfg.PageSize = 1 + rng.IntN(4)
		stories := hostileStories(rng, 1+rng.IntN(40))
		for _, minify := range []bool{false, true} {
			fast, err := New(cfg, theme(t), nil, Options{Minify: minify, Fingerprint: round%2 == 0})
			if err != nil {
				t.Fatal(err)
			}
			for _, kind := range fastKinds {
				if !fast.fast[kind] {
					t.Fatalf("the theme's %s pages are not written by pageWriter", kind)
				}
			}
			slow, err := New(cfg, theme(t), nil, Options{Minify: minify, Fingerprint: round%2 == 0})
			if err != nil {
				t.Fatal(err)
			}
			slow.fast, slow.article = nil, false
			want := renderAll(t, slow, stories)
			got := renderAll(t, fast, stories)
			if len(got) != len(want) {
				t.Fatalf("round %d: %d files with pageWriter, %d with the templates", round, len(got), len(want))
			}
			for name, w := range want {
				if g := got[name]; !bytes.Equal(g, w) {
					t.Fatalf("round %d (minify %v): %s differs\npageWriter:\n%s\ntemplates:\n%s", round, minify, name, firstDiff(g, w), firstDiff(w, g))
				}
			}
		}
	}
}

// renderAll renders stories with s and returns the files by name.
func renderAll(t *testing.T, s *Site, stories []Story) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	if _, err := s.Render(context.Background(), stories, func(name string, data []byte) error {
		files[name] = data
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return files
}

// firstDiff returns a that starts a little before the first byte where a and b differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from, to := max(0, i-120), min(len(a), i+120)
	return fmt.Sprintf("…%q…", a[from:to])
}

// TestFastPagesOnlyForTheThemesTemplates: a site that changes any template of a page kind
// gets its templates for that kind, and pageWriter keeps the others.
func TestFastPagesOnlyForTheThemesTemplates(t *testing.T) {
	tests := []struct {
		file, text string
		slow       []string // kinds that must fall back to the templates
		mark       string   // what the site's template shows on its pages
	}{
		{"layout.html", `<!doctype html><title>{{.Title}}</title><p class="mine">{{block "main" .}}{{end}}`, fastKinds, `class="mine"`},
		{"_meta.html", `{{define "_meta.html"}}<p class="my-meta">{{.Source}}</p>{{end}}`, fastKinds, `class="my-meta"`},
		{"_entry.html", `{{define "_entry.html"}}<div class="my-entry">{{.Title}}</div>{{end}}`, fastKinds, `class="my-entry"`},
		{"topic.html", `{{define "main"}}<h1 class="my-topic">{{.Title}}</h1>{{end}}`, []string{"topic"}, `class="my-topic"`},
	}
	stories := fixture() // with tags, which always have a topic page
	for _, tt := range tests {
		local := fstest.MapFS{"templates/" + tt.file: {Data: []byte(tt.text)}}
		s, err := New(testConfig("https://example.org/"), theme(t), local, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, kind := range fastKinds {
			if want := !slices.Contains(tt.slow, kind); s.fast[kind] != want {
				t.Errorf("with the site's %s, pageWriter writes %s pages = %v, want %v", tt.file, kind, s.fast[kind], want)
			}
		}
		files := renderAll(t, s, stories)
		shown := false
		for name, data := range files {
			if strings.HasSuffix(name, ".html") && bytes.Contains(data, []byte(tt.mark)) {
				shown = true
			}
		}
		if !shown {
			t.Errorf("no page shows the site's %s", tt.file)
		}
	}
}

// TestFeedXMLMatchesEncodingXML writes the feeds of sites of hostile stories with writeRSS
// and writeAtom and with encoding/xml: the bytes must be the same.
func TestFeedXMLMatchesEncodingXML(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for round := range 8 {
		cfg := testConfig("https://example.org/ü x/")
		if round%2 == 1 {
			cfg.Language = ""
			cfg.Description = "Tabs\tand\r\nbreaks & \x01 control"
		}
		s, err := New(cfg, theme(t), nil, Options{Minify: true})
		if err != nil {
			t.Fatal(err)
		}
		m, err := newModel(hostileStories(rng, 1+rng.IntN(30)), s.cfg.Location)
		if err != nil {
			t.Fatal(err)
		}
		r := &renderer{Site: s, m: m}
		for _, f := range r.feeds() {
			for _, doc := range []any{r.rssDoc(f), r.atomDoc(f)} {
				var want bytes.Buffer
				want.WriteString(strings.TrimSuffix(xml.Header, "\n"))
				if err := xml.NewEncoder(&want).Encode(doc); err != nil {
					t.Fatal(err)
				}
				want.WriteByte('\n')
				got, err := marshalXML(doc, true)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want.Bytes()) {
					t.Fatalf("round %d, %s %T:\nwritten:\n%s\nencoding/xml:\n%s", round, f.dir, doc, firstDiff(got, want.Bytes()), firstDiff(want.Bytes(), got))
				}
			}
		}
	}
}

// FuzzEscapes holds escapeHTML, escapeURL and escapeXML to what html/template and
// encoding/xml write for the same string: in an element, in a link's href, in XML text.
func FuzzEscapes(f *testing.F) {
	for _, s := range []string{"", "plain", `<a href="x">&'+</a>`, "javascript:alert(1)", "HTTPS://x/%41%zz ü",
		"mailto:a@b", "a:b/c", "/p?q=1&r=2#f", "\x00\t\r\n\x7f\xff\ufffd\ufffe😀"} {
		f.Add(s)
	}
	tmpl := template.Must(template.New("").Parse(`<p>{{.}}</p><a href="{{.}}">`))
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		if err := tmpl.Execute(&want, s); err != nil {
			t.Skip(err)
		}
		var got bytes.Buffer
		got.WriteString("<p>")
		escapeHTML(&got, s)
		got.WriteString(`</p><a href="`)
		escapeURL(&got, s)
		got.WriteString(`">`)
		if got.String() != want.String() {
			t.Errorf("escapeHTML and escapeURL of %q give\n%q\nhtml/template gives\n%q", s, got.String(), want.String())
		}
		var xwant, xgot bytes.Buffer
		if err := xml.EscapeText(&xwant, []byte(s)); err != nil {
			t.Fatal(err)
		}
		escapeXML(&xgot, s)
		if xgot.String() != xwant.String() {
			t.Errorf("escapeXML(%q) = %q, encoding/xml gives %q", s, xgot.String(), xwant.String())
		}
	})
}
