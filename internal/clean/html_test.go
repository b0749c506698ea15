package clean

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/content"
)

// TestDeepPage checks that a page nested deeper than the parser allows is read as text.
func TestDeepPage(t *testing.T) {
	page := "<html><head><title>Talks</title><script>var x = 1;</script><meta charset=utf-8></head><body>" +
		strings.Repeat("<div class=c>", 600) + "<p>" + strings.Join(story, "</p><p>") + "</p>" +
		strings.Repeat("</div>", 600) + "</body></html>"
	d, err := Article(content.Article{Format: content.HTML, Body: page})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Text(); !strings.Contains(got, story[1]) || strings.Contains(got, "var x") {
		t.Errorf("Text() = %q", got)
	}
}

// TestLayouts checks that the story is found in the layouts modern pages use, each built
// from the markup of pages in the dev corpora around a real story.
func TestLayouts(t *testing.T) {
	nav := `<nav><ul><li><a href="/">Home</a></li><li><a href="/nfl">NFL</a></li><li><a href="/nba">NBA</a></li><li><a href="/contact">Contact us</a></li></ul></nav>`
	ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": "Anthony Lynn: “We needed to win this game”", "articleBody": strings.Join(story, "\n")})
	tests := []struct {
		name, page string
		want       []string // texts that must come out, besides the story
		wantKind   Kind     // the kind of the blocks of want
		junk       []string
	}{
		{name: "div soup with line breaks", page: nav + `<div class="c1"><div class="c2"><div class="c3">` +
			strings.Join(story, "<br><br>\n") + `</div></div><div class="c4"><div><a href="/x">Contact us</a> | <a href="/y">Privacy</a></div></div></div>`,
			junk: []string{"Contact us", "Privacy"}},
		{name: "story only in JSON-LD (a page its script fills in)", page: `<script type="application/ld+json">` + string(ld) + `</script>` + nav +
			`<div id="app"><div class="skeleton">Loading…</div><p class="teaser">Chargers coach Anthony Lynn recognizes that his team’s playoff hopes are slim.</p></div>`,
			junk: []string{"Loading…", "NBA"}},
		{name: "story in noscript (lazy content)", page: nav + `<div class="lazy" data-src="/story.json"></div><noscript><div class="post-body">` + storyHTML() + `</div></noscript>`,
			junk: []string{"NBA"}},
		{name: "table kept", page: nav + `<article>` + storyHTML() + `<table><thead><tr><th>Player</th><th>Plays</th><th>%</th></tr></thead>
<tbody><tr><td>Larry Ogunjobi</td><td>63</td><td>85%</td></tr><tr><td>Myles Garrett</td><td>61</td><td>82%</td></tr><tr><td>Olivier Vernon</td><td>58</td><td>78%</td></tr></tbody></table></article>`,
			want: []string{"Larry Ogunjobi", "Myles Garrett", "Olivier Vernon"}, wantKind: Paragraph, junk: []string{"NBA"}},
		{name: "list kept", page: nav + `<article>` + "<p>" + story[0] + "</p><p>" + story[1] + `</p><h3>Key Points</h3><ul>
<li>The Chargers are 4-7 after losing to the Chiefs 24-17 in Mexico City.</li>
<li>They are 2-6 in the AFC and 0-3 in the AFC West.</li>
<li>Three of their last five games are against teams with winning records.</li></ul>` + "<p>" + story[2] + "</p><p>" + story[3] + `</p></article>`,
			want:     []string{"The Chargers are 4-7 after losing to the Chiefs 24-17 in Mexico City.", "They are 2-6 in the AFC and 0-3 in the AFC West."},
			wantKind: ListItem, junk: []string{"NBA"}},
		{name: "malformed markup", page: nav + `<div class=post><p>` + story[0] + `<p>` + story[1] + `</b></i></span><div><p>` + story[2] +
			`</td></tr></table><p>` + story[3] + `<font face=arial><center>`, junk: []string{"NBA"}},
		{name: "AMP page", page: `<amp-sidebar id="sidebar" layout="nodisplay" side="left">` + nav + `</amp-sidebar><header class="amp-header"><button on="tap:sidebar.toggle">Menu</button></header>
<article class="amp-article"><amp-img src="a.jpg" width="16" height="9" layout="responsive" alt="Anthony Lynn"></amp-img>` + storyHTML() + `</article>`,
			junk: []string{"NBA", "Menu"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Article(content.Article{Format: content.HTML, Body: "<!doctype html><html><head><title>Anthony Lynn | PFT</title></head><body>" + tt.page + "</body></html>"})
			if err != nil {
				t.Fatal(err)
			}
			got := d.Text()
			for _, p := range story {
				if !strings.Contains(got, p) {
					t.Errorf("story paragraph dropped: %.60q\ngot:\n%s", p, got)
				}
			}
			for _, w := range tt.want {
				found := false
				for _, b := range d.Blocks {
					found = found || strings.Contains(b.Text, w) && b.Kind == tt.wantKind
				}
				if !found {
					t.Errorf("%q is not kept as a %s:\n%s", w, tt.wantKind, got)
				}
			}
			for _, j := range tt.junk {
				if kept(d, j) {
					t.Errorf("junk kept: %q\ngot:\n%s", j, got)
				}
			}
		})
	}
}

// TestLargePage checks that a page of 20 MB is cleaned: the story is found among 20,000
// teasers and a megabyte of script. How fast is BenchmarkLargePage's business, not a test's:
// a timed test fails on a loaded machine.
func TestLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("a 20 MB page")
	}
	d, err := Article(content.Article{Format: content.HTML, Body: largePage()})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Text(); !strings.Contains(got, story[2]) {
		t.Errorf("story lost in a large page: %.300q", got)
	}
}

func BenchmarkLargePage(b *testing.B) {
	page := largePage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Article(content.Article{Format: content.HTML, Body: page}); err != nil {
			b.Fatal(err)
		}
	}
}

// largePage returns a page of 20 MB: a megabyte of script, then 20,000 teasers with the story
// in the middle.
func largePage() string {
	var b strings.Builder
	b.WriteString("<html><head><script>" + strings.Repeat("var a = '<div>';\n", 60000) + "</script></head><body>")
	for b.Len() < 20<<20 {
		b.WriteString(`<div class="teaser"><a href="/a">Chiefs hold off Chargers 24-17 in Mexico City</a><span class="date">Nov 19</span></div>` + "\n")
		if b.Len() > 10<<20 && b.Len() < 10<<20+200 {
			b.WriteString("<article>" + storyHTML() + "</article>")
		}
	}
	b.WriteString("</body></html>")
	return b.String()
}
