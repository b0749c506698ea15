package clean

import (
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/content"
)

// story is a real article body (NBC Sports, from aeb-dev) that the junk tests wrap in
// the boilerplate real pages put around and inside stories.
var story = []string{
	"Chargers coach Anthony Lynn recognizes that his team’s playoff hopes are somewhere between slim and none after Monday night’s loss to the Chiefs.",
	"Lynn said after the game that the Chargers saw winning Monday night as the most important step toward getting back into the playoff race. Instead, they lost 24-17.",
	"“We talked all along about everything we wanted was still in front of us,” Lynn said, via the Los Angeles Times. “Yes, we needed to win this game today. I felt like if we could have won this game today and won out, we could control our own destiny. But now, obviously, I don’t feel that way.”",
	"At 4-7, including 2-6 in the AFC and 0-3 in AFC West, the Chargers would probably not make the playoffs even if they win out. And given the way they’ve played so far and the three games remaining against teams with winning records, there’s no reason to think they’ll win out.",
}

// TestJunkText checks, class by class, that the text track drops boilerplate that real
// pages carry (each sample is copied from a page of the dev corpora or the seed) and keeps
// the story around it.
func TestJunkText(t *testing.T) {
	tests := []struct {
		class         string
		before, after []string // lines before and after the story
		inside        int      // insert after this story paragraph instead, when > 0
		middle        []string
	}{
		{class: "navigation", before: []string{"Home", "News", "Sport", "Business", "Opinion", "Skip to content", "Log In", "Sections", "SEARCH", "Today’s Paper"}},
		{class: "menu of topics", before: []string{"Castillo", "Asamblea constituyente", "Champions", "La Habana", "Dólar", "Vacuna", "Sueldo Mínimo", "Horóscopo", "Suscríbete"}},
		{class: "related stories", after: []string{"Most popular stories", "Neo Pepe $NEOP Presale Passes $2M Raised With Stellar Certik Audit", "The Open Platform Is First Unicorn In Web3 Ecosystem In Telegram At $1Bn Valuation", "No. 1 Defi Protocol On Aptos, Echo, Launches Token Generation Event", "Polemos Launches $PLMS Token On MEXC And Uniswap, Advancing Web3 Gaming Infrastructure"}},
		{class: "promo line", inside: 2, middle: []string{"MIRA | Kenji Fujimori: PJ concluye con interrogatorio a testigos en juicio por presunta compra de votos"}},
		{class: "also-on link", inside: 2, middle: []string{"Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests as Bolivia purges socialist elements"}},
		{class: "also-read link", inside: 3, middle: []string{"ALSO READ: Broncos edge Vikings after Cousins throws late interception in Denver"}},
		{class: "share prompts", after: []string{"Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on Twitter (Opens in new window)", "Click to email this to a friend (Opens in new window)", "Click to print (Opens in new window)"}},
		{class: "comment prompts and counters", after: []string{"Permalink 34 Comments Feed for comments Back to top", "Leave a Comment Cancel Reply", "Save my name, email, and website in this browser for the next time I comment.", "CommentsNo comment"}},
		{class: "cookie notice", after: []string{"This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More"}},
		{class: "subscription notice", after: []string{"Subscribe now to our eNATION edition for the full story.", "Never miss a post", "Email *", "Subscribe"}},
		{class: "legal disclaimer", after: []string{"Legal Disclaimer:", "MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.", "Terms of Service Privacy Notice", "© Copyright Gannett 2018"}},
		{class: "byline and dateline", before: []string{"By Jamelle Bouie", "Opinion Columnist", "Published 10:02 AM EST Nov 19, 2019"}},
		{class: "image credit", before: []string{"Trump asked voters in Louisiana for a big win. He didn’t get it.Credit...Doug Mills/The New York Times"}},
		{class: "section labels", before: []string{"Opinion", "Supported by", "Continue reading the main story", "Advertisement"}},
		{class: "grid of related stories, headlines glued to teasers", after: []string{
			"Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's Chris Steakhouse in Troy without paying their bill after a fight in the restaurant.",
			"DNR Seeks Tips About Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources conservation officers in Gaylord are seeking information about a bull elk that was poached.",
			"Mayor: ‘Despicable’ Move For Health Benefits Won’t StandWarren Mayor Jim Fouts says it was “despicable” and “underhanded” for a city council to grant lifetime health benefits."}},
		{class: "archive list", after: []string{"Archives", "Select Month", "October 2019", "September 2019", "January 2019", "December 2018", "Categories", "Select Category"}},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			lines := append([]string{}, tt.before...)
			for i, p := range story {
				lines = append(lines, p)
				if i+1 == tt.inside {
					lines = append(lines, tt.middle...)
				}
			}
			lines = append(lines, tt.after...)
			d, err := Article(content.Article{Format: content.Text, Body: strings.Join(lines, "\n"), BodyLine: 1})
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			got := d.Text()
			for _, p := range story {
				if !strings.Contains(got, p) {
					t.Errorf("story paragraph dropped: %.60q\ngot:\n%s", p, got)
				}
			}
			for _, j := range append(append(append([]string{}, tt.before...), tt.middle...), tt.after...) {
				if kept(d, j) {
					t.Errorf("%s kept: %q", tt.class, j)
				}
			}
		})
	}
}

// TestAlsoPromo tells links to other stories that open with "Also" from sentences that do.
func TestAlsoPromo(t *testing.T) {
	for text, want := range map[string]bool{
		"Also on rt.com Journalists & politicians threatened with sedition arrests": true,
		"Also read: Amazon quick commerce biz to see growth":                        true,
		"ALSO SEE | Ten photos of the storm":                                        true,
		"Also on Tuesday the ministry said it would appeal":                         false,
		"Also on the agenda were the budget and the new stadium":                    false,
		"Also, police said three people were arrested":                              false,
		"Also read": false,
	} {
		if got := isAlsoPromo(strings.Fields(text)); got != want {
			t.Errorf("isAlsoPromo(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestJunkSpliced checks that junk glued inside a paragraph goes and the sentence stays.
func TestJunkSpliced(t *testing.T) {
	body := strings.Join(append(story[:3:3],
		story[3]+"Also Read | Amazon quick commerce biz to see 'hockey stick growth': CEO Samir Kumar"), "\n")
	d, err := Article(content.Article{Format: content.Text, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	got := d.Text()
	if strings.Contains(got, "Also Read") || strings.Contains(got, "Samir Kumar") {
		t.Errorf("spliced promo kept:\n%s", got)
	}
	if !strings.Contains(got, "there’s no reason to think they’ll win out.") {
		t.Errorf("sentence before the promo dropped:\n%s", got)
	}
}

// TestCommentsText checks that readers' comments after a story are dropped.
func TestCommentsText(t *testing.T) {
	lines := append(append([]string{}, story...),
		"34 responses to “Anthony Lynn: “We needed to win this game””",
		"thelastchargersfan says:",
		"November 19, 2019 at 6:34 am",
		"It’s a good thing we have no fans left because this is a dumpster fire.",
		"joetoronto says:",
		"November 19, 2019 at 6:44 am",
		"It’s time for both Chargers fans to come to grips with reality, it’s over yet again.",
		"4hourelection says:",
		"November 19, 2019 at 7:06 am",
		"Feckless Chargers. Always the same.",
	)
	d, err := Article(content.Article{Format: content.Text, Body: strings.Join(lines, "\n")})
	if err != nil {
		t.Fatal(err)
	}
	got := d.Text()
	for _, c := range []string{"says:", "dumpster fire", "November 19, 2019 at", "Feckless"} {
		if strings.Contains(got, c) {
			t.Errorf("comment kept: %q\ngot:\n%s", c, got)
		}
	}
}

// TestCommentsStamped checks that comments under their authors' names and time stamps
// go (MacRumors, aeb-dev), and that a list of sections with times (a news ticker) does not
// cut the story after it.
func TestCommentsStamped(t *testing.T) {
	lines := append(append([]string{}, story...),
		"[ 167 comments ]", "Top Rated Comments", "(View all)",
		"Woyzeck", "2 days ago at 07:52 am", "It‘s good to see Apple un-iveing its products.", "Rating: 36 Votes",
		"Nick A", "2 days ago at 07:47 am", "I think we'll see similar updates to what the 16\" received. The bezels on the 13\" are large.", "Rating: 25 Votes",
		"fmcshan", "2 days ago at 07:50 am", "It would be nice if Apple switched to a 14” MacBook Pro with slimmer bezels.", "Rating: 17 Votes",
	)
	d, err := Article(content.Article{Format: content.Text, Body: strings.Join(lines, "\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"un-iveing", "similar updates", "slimmer bezels"} {
		if strings.Contains(d.Text(), c) {
			t.Errorf("comment kept: %q\ngot:\n%s", c, d.Text())
		}
	}
	ticker := append([]string{"Comentar", "Medellín", "07:15 p. m.", "Antioquia", "02:38 p. m.", "Bogotá", "11:22 a. m.", "Cali", "10:00 a. m."}, story...)
	d, err = Article(content.Article{Format: content.Text, Body: strings.Join(ticker, "\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range story {
		if !strings.Contains(d.Text(), p) {
			t.Errorf("story paragraph after a ticker dropped: %.60q", p)
		}
	}
}

// TestCommentsHTML checks that a page's comment section is dropped even where its
// comments read like prose.
func TestCommentsHTML(t *testing.T) {
	page := `<html><body><article><h1>Anthony Lynn: “We needed to win this game”</h1>
<div class="entry-content"><p>` + strings.Join(story, "</p><p>") + `</p></div></article>
<div id="comments"><h2>34 responses</h2><ol class="commentlist">
<li class="comment"><div class="comment-author">sammievee says:</div><div class="comment-meta">November 19, 2019 at 7:42 am</div>
<p>If you needed to win, understand that teams that needlessly spike the ball in final minute, giving up a valuable play while letting a beaten fatigued defense off the hook, usually loses that game.</p></li>
<li class="comment"><div class="comment-author">v2787 says:</div><div class="comment-meta">November 19, 2019 at 7:02 am</div>
<p>Rivers is done. Get a new QB, Chargers. Philip has hit the wall. You’ve got a good team, but you need a quarterback who can still make the throws.</p></li>
</ol></div></body></html>`
	d, err := Article(content.Article{Format: content.HTML, Body: page})
	if err != nil {
		t.Fatal(err)
	}
	got := d.Text()
	for _, p := range story {
		if !strings.Contains(got, p) {
			t.Errorf("story paragraph dropped: %.60q", p)
		}
	}
	if strings.Contains(got, "Rivers is done") || strings.Contains(got, "needlessly spike") {
		t.Errorf("comments kept:\n%s", got)
	}
}

// kept reports whether a line of junk made it into the doc: a block is the line, or holds
// it when it is long enough not to occur by chance.
func kept(d Doc, junk string) bool {
	for _, b := range d.Blocks {
		if b.Text == junk || len(junk) >= 25 && strings.Contains(b.Text, junk) {
			return true
		}
	}
	return strings.Contains(d.Title, junk) && len(junk) >= 25
}

// TestRepeatedCaption checks that a caption a gallery prints under each slide of a text
// dump comes out once at most (Houston Chronicle, aeb-dev).
func TestRepeatedCaption(t *testing.T) {
	caption := "U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019. Esper is on a visit to Vietnam."
	lines := []string{"Esper accuses China of intimidating smaller Asian nations", caption, "Photo: Hau Dinh, AP", "Image 1 of 8", caption, "Photo: Hau Dinh, AP", "Image 2 of 8", caption}
	lines = append(lines, story...)
	d, err := Article(content.Article{Format: content.Text, Body: strings.Join(lines, "\n")})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(d.Text(), caption); n > 1 {
		t.Errorf("caption kept %d times:\n%s", n, d.Text())
	}
	for _, p := range story {
		if !strings.Contains(d.Text(), p) {
			t.Errorf("story paragraph dropped: %.60q", p)
		}
	}
}
