package clean

import (
	"strings"
	"testing"
	"time"

	"github.com/briefs/briefs/internal/content"
)

// The headline of a page is found by the words it shares with the story, so these
// samples keep the stories that went with their headlines.
var (
	nytStory = []string{
		"Americans have gone to the polls four times this month to vote in major, statewide races. In Virginia, they voted for control of the state Legislature; in Mississippi, Kentucky and Louisiana, they voted for control of the governor’s mansion. In each case, President Trump tied himself to the outcome.",
		"Trump thought voters would repudiate impeachment and vindicate him. Instead, they did the opposite. Virginia Democrats won a legislative majority for the first time since 1993, flipping historically Republican districts.",
		"It’s true that Democrats didn’t run on the issue of impeachment. These races were centered on more quotidian issues like health care, transportation and education.",
	}
	hikeStory = []string{
		"When you live in a state as beautiful as Colorado it’s impossible to stay inside. We moved here two years ago and we’re still in awe of the beauty and take advantage of it every chance we can get.",
		"Our hiking survival kit is really very simple.",
		"In the time we’ve lived here and all of the times we’ve been to Boulder, one place we hadn’t yet visited were the Boulder Flatirons. We always have a baby carrier in the car so for our hike we just had to make a pit stop for some easy to carry bottled water and healthy snacks.",
	}
)

// TestTextMeta checks the metadata read from the first lines of text articles, each made of
// real lines from the dev corpora.
func TestTextMeta(t *testing.T) {
	tests := []struct {
		name                  string
		body                  string
		title, author, source string
		date                  time.Time
	}{
		{
			name:  "date prefix and headline (the seed)",
			body:  " date 2025-07-10 Rubio And Sergey Lavrov Hold Tense Talks Amid Record Russian Strikes - All Details Here\n" + strings.Join(story, "\n"),
			title: "Rubio And Sergey Lavrov Hold Tense Talks Amid Record Russian Strikes",
			date:  time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC),
		},
		{
			name: "headline, standfirst, byline, caption (NYT)",
			body: "Sections\nSEARCH\nSkip to contentSkip to site index\nLog In\nToday’s Paper\nOpinion|Republicans Are Following Trump to Nowhere\nSubscribe\nAdvertisement\n" +
				"Republicans Are Following Trump to Nowhere\nThere’s an impeachment lesson hiding in the president’s failure to produce the political results he wants.\nBy Jamelle Bouie\nOpinion Columnist\nNov. 19, 2019\n" +
				strings.Join(nytStory, "\n"),
			title:  "Republicans Are Following Trump to Nowhere",
			author: "Jamelle Bouie",
			date:   time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC),
		},
		{
			name:   "byline with date (blog)",
			body:   "Home\nAbout Me\nHiking the Boulder Flat Irons\nby Regan September 15, 2014\n" + strings.Join(hikeStory, "\n"),
			title:  "Hiking the Boulder Flat Irons",
			author: "Regan",
			date:   time.Date(2014, 9, 15, 0, 0, 0, 0, time.UTC),
		},
		{
			name:  "a headline typed above the story",
			body:  "Council approves riverside park\n\nThe city council voted 7-2 on Thursday to approve a $48 million plan that turns the old rail yard into a riverside park.\n\nThe plan includes a 1.2-mile trail, two playgrounds and a wetland.\n",
			title: "Council approves riverside park",
		},
		{
			name: "share prompts and captions between headline and story (Sky)",
			body: "Home\nUK\nWorld\nPolitics\nWatch Live\nJose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager\n" +
				"The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.\nTom Gillespie\nNews reporter @TomGillespie1\n" +
				"Wednesday 20 November 2019 11:42, UK\nImage: Jose Mourinho has agreed a deal to become manager of Tottenham Hotspur\nWhy you can trust Sky News\n" +
				"Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager until the end of the 2022/23 season.\n" +
				"Pochettino was sacked last night after five-and-a-half years in charge, and less than six months after leading Spurs to their first ever Champions League final.\n" +
				"Negotiations between the London side and Mourinho's representatives intensified over the last few days, with talks continuing into Tuesday night.\n",
			title: "Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager",
			date:  time.Date(2019, 11, 20, 11, 42, 0, 0, time.UTC),
		},
		{
			name: "no line shares the story's words: no title rather than a wrong one",
			body: "Home\nNews\nClose share panel\nMore videos (1 of 9)\n" + strings.Join(story, "\n"),
		},
		{
			name:   "CNN dateline, no headline",
			body:   "(CNN)Share, and your gift will be multiplied. That may sound like an esoteric adage, but when Zully Broussard selflessly decided to give one of her kidneys to a stranger, her generosity paired up with big data. It resulted in six patients receiving transplants.",
			source: "CNN",
		},
		{
			name:   "copyright line",
			body:   strings.Join(story, "\n") + "\nSite Information\nAbout / Advertise / Tip Us / Contact\n© 2005-2019 SlashGear, All Rights Reserved.",
			source: "SlashGear",
		},
		{
			name: "Spanish dateline",
			body: "Justicia\nKenji Fujimori: juicio por presunta compra de votos continuará el 18 de mayo\nRedacción EC\n07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17\n" +
				"La Sala Penal Especial de la Corte Suprema continuará el juicio público contra el excongresista Kenji Fujimori por la presunta compra de votos, el próximo miércoles 18 de mayo.\n" +
				"Ese día se realizará el debate pericial entre los peritos de oficio y de parte, debido a las discrepancias existentes en sus conclusiones técnicas.\n" +
				"Este juicio comprende también a los acusados excongresistas Guillermo Bocángel, Bienvenido Ramírez y al exasesor de Kenji Fujimori, Alexei Toledo, a quienes se les imputa haber ofrecido obras.",
			title: "Kenji Fujimori: juicio por presunta compra de votos continuará el 18 de mayo",
			date:  time.Date(2022, 5, 7, 20, 6, 0, 0, time.UTC), // day first: the text is not English
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Article(content.Article{Format: content.Text, Body: tt.body, BodyLine: 1})
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Author != tt.author || d.Source != tt.source || !d.Date.Equal(tt.date) {
				t.Errorf("got title %q, author %q, source %q, date %v\nwant title %q, author %q, source %q, date %v",
					d.Title, d.Author, d.Source, d.Date, tt.title, tt.author, tt.source, tt.date)
			}
			if tt.title != "" && strings.Contains(d.Text(), tt.title) {
				t.Errorf("the title is repeated in the body")
			}
			if first := strings.SplitN(tt.body, "\n", 2)[0]; !strings.Contains(tt.body, story[0]) && !strings.Contains(d.Text(), first) && tt.title == "" {
				t.Errorf("the story's first paragraph was dropped:\n%s", d.Text())
			}
			if strings.Contains(tt.body, story[0]) && !strings.Contains(d.Text(), story[0]) {
				t.Errorf("the story's first paragraph was taken:\n%s", d.Text())
			}
		})
	}
}

// TestHTMLMeta checks the metadata read from real pages' heads.
func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		file                             string
		title, author, source, url, lang string
		date                             time.Time
	}{
		{"wework.html", "New York State Attorney General reportedly investigating WeWork", "Catherine Shu", "TechCrunch",
			"http://social.techcrunch.com/2019/11/18/new-york-state-attorney-general-reportedly-investigating-wework/", "en-US",
			time.Date(2019, 11, 18, 20, 58, 46, 0, time.UTC)},
		{"flowfx-de.html", "Copy & paste from tmux to system clipboard", "Florian Posdziech", "FlowFX",
			"https://flowfx.de/blog/copy-paste-from-tmux-to-system-clipboard/", "en",
			time.Date(2020, 1, 16, 17, 20, 33, 0, time.UTC)},
		{"futurism.html", "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa", "Victor Tangermann, Futurism",
			"ScienceAlert", "https://www.sciencealert.com/nasa-finds-water-plumes-above-the-surface-of-jupiter-s-icy-moon-europa", "en-gb", time.Time{}},
	}
	for _, tt := range tests {
		d, err := Article(readArticle(t, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tt.title || d.Author != tt.author || d.Source != tt.source || d.SourceURL != tt.url || d.Lang != tt.lang || !d.Date.Equal(tt.date) {
			t.Errorf("%s: got\n%q %q %q %q %q %v\nwant\n%q %q %q %q %q %v", tt.file,
				d.Title, d.Author, d.Source, d.SourceURL, d.Lang, d.Date, tt.title, tt.author, tt.source, tt.url, tt.lang, tt.date)
		}
	}
}

func TestPageMetaJSONLD(t *testing.T) {
	page := `<html lang="de"><head><title>Frauen im THW | THW</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"THW"},
 {"@type":["NewsArticle"],"headline":"Frauen im THW: Vergangenheit, Gegenwart und Zukunft",
  "datePublished":"2021-10-11T09:00:00+02:00","author":[{"@type":"Person","name":"Anna Beispiel"},{"name":"Max Muster"}],
  "publisher":{"@type":"Organization","name":"Technisches Hilfswerk"},"articleBody":"Der 11.10. eines jeden Jahres ist Weltmädchentag."}]}
</script><script type="application/ld+json">{ broken json </script></head>
<body><p>Der 11.10. eines jeden Jahres ist Weltmädchentag. Die Vereinten Nationen initiierten den Aktionstag.</p></body></html>`
	d, err := Article(content.Article{Format: content.HTML, Body: page})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Frauen im THW: Vergangenheit, Gegenwart und Zukunft" || d.Author != "Anna Beispiel, Max Muster" ||
		d.Source != "Technisches Hilfswerk" || d.Lang != "de" || !d.Date.Equal(time.Date(2021, 10, 11, 7, 0, 0, 0, time.UTC)) {
		t.Errorf("got %q %q %q %q %v", d.Title, d.Author, d.Source, d.Lang, d.Date)
	}
}

func TestSplitSiteName(t *testing.T) {
	tests := []struct{ title, site, head, tail string }{
		{"Frauen im THW | THW", "", "Frauen im THW", "THW"},
		{"Google Online Security Blog: Enhanced Safe Browsing Protection now available in Chrome", "", "Google Online Security Blog: Enhanced Safe Browsing Protection now available in Chrome", ""},
		{"Republicans Are Following Trump to Nowhere - The New York Times", "", "Republicans Are Following Trump to Nowhere", "The New York Times"},
		{"TechCrunch – New York State Attorney General reportedly investigating WeWork", "TechCrunch", "New York State Attorney General reportedly investigating WeWork", "TechCrunch"},
		{"Rubio And Lavrov Hold Tense Talks - All Details Here", "MENAFN", "Rubio And Lavrov Hold Tense Talks - All Details Here", ""},
		{"Short - Title", "", "Short - Title", ""},
	}
	for _, tt := range tests {
		head, tail := splitSiteName(tt.title, tt.site)
		if head != tt.head || tail != tt.tail {
			t.Errorf("splitSiteName(%q, %q) = %q, %q; want %q, %q", tt.title, tt.site, head, tail, tt.head, tt.tail)
		}
	}
}

func TestCleanAuthor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jamelle Bouie", "Jamelle Bouie"},
		{"by Regan September 15, 2014", "Regan"},
		{"Catherine Shu @catherineshu / 2 days", "Catherine Shu"},
		{"Chris Davies - Nov 19, 2019, 8:15 pm CST", "Chris Davies"},
		{"Von Max Muster, 10.07.2025", "Max Muster"},
		{"By Aaron Humes | Breaking Belize News", "Aaron Humes"},
		{"Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "Michael David Smith"},
	}
	for _, tt := range tests {
		if got := cleanAuthor(tt.in, nil); got != tt.want {
			t.Errorf("cleanAuthor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Republicans Are Following Trump to Nowhere", true},
		{"Anthony Lynn: “We needed to win this game”", true},
		{"Why did WeWork fail?", true},
		{"(CNN)Share, and your gift will be multiplied. That may sound like an esoteric adage.", false},
		{"By Jamelle Bouie", false},
		{"Nov 19, 2019, 8:15 pm", false},
		{"Home", false},
		{"Legal Disclaimer:", false},
		{"the meeting came as Russia launched attacks", false},
	}
	for _, tt := range tests {
		if got := isHeadline(tt.in); got != tt.want {
			t.Errorf("isHeadline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
