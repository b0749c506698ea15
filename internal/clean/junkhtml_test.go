package clean

import (
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/content"
)

// storyHTML is the story of the junk tests as paragraphs.
func storyHTML() string {
	return "<p>" + strings.Join(story, "</p>\n<p>") + "</p>\n"
}

// TestJunkHTML checks, class by class, that the page track drops boilerplate in the markup
// real pages wrap around and into a story (samples from pages of the dev corpora) and keeps
// the story. Each case is a page template with %s where the story goes (or the story
// itself, with junk between its paragraphs), and the junk strings that must not come out.
func TestJunkHTML(t *testing.T) {
	tests := []struct {
		class string
		page  string
		junk  []string
	}{
		{"navigation and header menu", `<header><a href="/">Newsbeat</a><nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li><li><a href="/sounds">Sounds</a></li></ul></nav></header>
<main><article><h1>Anthony Lynn: “We needed to win this game”</h1>%s</article></main>`,
			[]string{"iPlayer", "Sounds", "Weather"}},
		{"related-stories grid", `<article><h1>Anthony Lynn: “We needed to win this game”</h1>%s</article>
<section class="related-posts"><h2>You may also like</h2>
<div class="card"><a href="/a"><h3>Is Rivers' time with Chargers over after MNF loss?</h3></a><p>The veteran quarterback threw four interceptions in Mexico City.</p></div>
<div class="card"><a href="/b"><h3>Chiefs hold off Chargers 24-17 in Mexico City</h3></a><p>Kansas City moved to 7-4 with a win over their division rivals.</p></div>
<div class="card"><a href="/c"><h3>Raiders stay in AFC West race with win over Bengals</h3></a><p>Oakland won its third straight game at home.</p></div></section>`,
			[]string{"Is Rivers' time with Chargers over after MNF loss?", "Chiefs hold off Chargers 24-17 in Mexico City", "The veteran quarterback threw four interceptions in Mexico City."}},
		{"share bar", `<article><h1>Anthony Lynn: “We needed to win this game”</h1><ul class="share-buttons"><li><a href="#">Share on Facebook</a></li>
<li><a href="#">Share on Twitter</a></li><li><a href="#">Share by Email</a></li></ul>%s<div class="sharing"><h5>Share this entry</h5></div></article>`,
			[]string{"Share on Facebook", "Share on Twitter", "Share by Email", "Share this entry"}},
		{"cookie banner", `<div id="cookie-consent" class="cookie-banner"><p>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.</p><a href="#">Accept</a> <a href="#">Read More</a></div>
<article>%s</article>`,
			[]string{"This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish."}},
		{"subscription box", `<article>%s<div class="newsletter-signup"><h3>Get the Morning Briefing</h3><p>Sign up for our newsletter and get the day's top stories in your inbox every morning.</p>
<form><label>Email</label><input type="email"><button>Subscribe</button></form></div></article>`,
			[]string{"Get the Morning Briefing", "Sign up for our newsletter and get the day's top stories in your inbox every morning."}},
		{"legal footer", `<article>%s</article><footer class="site-footer"><p>© 2019 NBC Universal. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
<ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Service</a></li><li><a href="/ad-choices">Ad Choices</a></li></ul></footer>`,
			[]string{"© 2019 NBC Universal. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.", "Privacy Policy", "Terms of Service"}},
		{"image caption and credit", `<article><figure class="lead-image"><img src="lynn.jpg" alt=""><figcaption class="caption">Chargers head coach Anthony Lynn watches from the sideline during the second half against the Kansas City Chiefs in Mexico City. <span class="credit">(AP Photo/Rebecca Blackwell)</span></figcaption></figure>%s</article>`,
			[]string{"Chargers head coach Anthony Lynn watches from the sideline during the second half against the Kansas City Chiefs in Mexico City.", "(AP Photo/Rebecca Blackwell)"}},
		{"slideshow repeating its caption among the paragraphs", `<article><div class="entry-content">` +
			"<p>" + story[0] + "</p>" + jeongdongSlide + "<p>" + story[1] + "</p>" + jeongdongSlide + "<p>" + story[2] + "</p>" + jeongdongSlide +
			"<p>" + story[3] + "</p>" + jeongdongSlide + `</div></article>`,
			[]string{jeongdongCaption}},
		{"byline and date", `<article><h1>Anthony Lynn: “We needed to win this game”</h1><div class="byline">Posted by Michael David Smith on November 19, 2019, 6:21 AM EST</div>%s</article>`,
			[]string{"Posted by Michael David Smith on November 19, 2019, 6:21 AM EST"}},
		{"sidebar of popular stories", `<div class="wrapper"><article>%s</article><aside class="sidebar"><h3>Most Popular</h3><ol>
<li><a href="/1">Baker Mayfield on Mason Rudolph's role in fight with Myles Garrett: He asked for it</a></li>
<li><a href="/2">Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager</a></li>
<li><a href="/3">LeBron sets triple-double mark, Lakers hold off OKC 112-107</a></li></ol></aside></div>`,
			[]string{"Baker Mayfield on Mason Rudolph's role in fight with Myles Garrett: He asked for it", "LeBron sets triple-double mark, Lakers hold off OKC 112-107"}},
		{"inline promo links among the paragraphs", `<article>` + "<p>" + story[0] + "</p><p>" + story[1] + `</p>
<p><strong>SEE MORE: <a href="/x">Chiefs hold off Chargers 24-17 in Mexico City</a></strong></p>
<p>` + story[2] + "</p><p>" + story[3] + `</p><p><a href="/y">CLICK HERE TO GET THE PRO FOOTBALL TALK APP</a></p></article>`,
			[]string{"SEE MORE: Chiefs hold off Chargers 24-17 in Mexico City", "CLICK HERE TO GET THE PRO FOOTBALL TALK APP"}},
		{"advertisement slots", `<article><div class="ad-slot"><span>Advertisement</span></div>%s<div class="advert"><p>Advertisement</p><div id="div-gpt-ad-1"></div></div></article>`,
			[]string{"Advertisement"}},
		{"hidden text", `<article><span class="sr-only">Skip to main content</span><div style="display: none">Your browser does not support the video tag. Please upgrade to a modern browser to watch this report.</div>%s</article>`,
			[]string{"Skip to main content", "Your browser does not support the video tag. Please upgrade to a modern browser to watch this report."}},
		{"AMP menu, ad and consent", `<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/nfl">NFL</a></li><li><a href="/nba">NBA</a></li><li><a href="/mlb">MLB</a></li><li><a href="/nhl">NHL</a></li></ul></amp-sidebar>
<amp-consent id="consent" layout="nodisplay"><div>We use cookies and similar technologies to personalise content and ads. By continuing you agree to our privacy policy.</div></amp-consent>
<article><amp-img src="lynn.jpg" width="600" height="400" layout="responsive"></amp-img>%s<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div></amp-ad></article>`,
			[]string{"NFL", "NBA", "MLB", "We use cookies and similar technologies to personalise content and ads. By continuing you agree to our privacy policy.", "Advertisement"}},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			page := "<!doctype html><html><head><title>Anthony Lynn: “We needed to win this game” | ProFootballTalk</title></head><body>" +
				strings.Replace(tt.page, "%s", storyHTML(), 1) + "</body></html>"
			d, err := Article(content.Article{Format: content.HTML, Body: page})
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			got := d.Text()
			for _, p := range story {
				if !strings.Contains(got, p) {
					t.Errorf("story paragraph dropped: %.60q\ngot:\n%s", p, got)
				}
			}
			for _, j := range tt.junk {
				if kept(d, j) {
					t.Errorf("%s kept: %q\ngot:\n%s", tt.class, j, got)
				}
			}
		})
	}
}

// jeongdongSlide is a slide whose caption a page prints under each photo (aeb-dev).
const (
	jeongdongCaption = "2018 Jeongdong Theater Tradition Series Performance [The Palace: Tale of Jang Noksu] ‘2018 Welcome Daehak-ro Festival’ Training team_Kim Hana, Kim Hyesu, Kim Minjeong"
	jeongdongSlide   = `<div class="wp-caption"><img src="s.jpg"><p class="wp-caption-text">` + jeongdongCaption + `</p></div>`
)
