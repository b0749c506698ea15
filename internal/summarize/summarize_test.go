package summarize

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/clean"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// seed is testdata/seed.txt, the scraped sample article, as the cleaner should hand it over:
// the title from its first line, the flattened "Key developments" list restored as a heading
// over four items, the disclaimer and the "Most popular stories" links removed.
func seed() clean.Doc {
	p := func(s string) clean.Block { return clean.Block{Kind: clean.Paragraph, Text: s} }
	li := func(s string) clean.Block { return clean.Block{Kind: clean.ListItem, Text: s} }
	return clean.Doc{
		Path:  "000_a5455975cd5561f8.txt",
		Title: "Rubio And Sergey Lavrov Hold Tense Talks Amid Record Russian Strikes",
		Blocks: []clean.Block{
			p(`The meeting came as Russia launched its second night of massive attacks on Kyiv, killing two civilians, including a 22-year-old policewoman. Rubio conveyed President Trump's "disappointment and frustration" with Moscow's lack of flexibility to end the war, echoing Trump's Tuesday outburst accusing Putin.`),
			{Kind: clean.Heading, Text: "Key developments from the Kuala Lumpur meeting"},
			li("Russia proposed undisclosed new ideas for ending the conflict"),
			li("Rubio stressed U.S. demands for a clear roadmap to peace"),
			li("Both sides agreed to restore economic/humanitarian cooperation"),
			li("Lavrov insisted that recognition of Russia's annexed territories is essential"),
			p("While diplomats talked, Russia fired 415 drones and missiles at Ukraine overnight, following a record 741 the previous night. The UN confirmed that June saw the highest civilian casualties since April 2022, with 232 killed and 1,343 wounded."),
			p(`In Kyiv, explosions rocked apartment buildings, shattering windows and forcing residents like Karyna Wolf (25) to flee: "Glass shards flew at me... the buzz grew until everything shook". Ukraine's air force warned Russia now deploys high-altitude drones unreachable by ordinary guns, making U.S. air defense missiles critical.`),
			p("At a recovery conference in Rome, President Zelensky secured €10 billion (£8.6bn) in aid pledges and announced U.S. weapons shipments are en route with “specific dates”."),
			p(`He warned that Putin wants Ukrainians to "suffer and flee" while destroying their homes.`),
			p(`Simultaneously, the UK and France revealed plans for a permanent peacekeeping HQ in Paris, with a future Kyiv office, to coordinate a 31-nation "Coalition of the Willing" if a ceasefire occurs.`),
			p("Meanwhile, Italy's leadership warned that no Russia-linked companies should profit from Ukraine's reconstruction."),
		},
	}
}

// TestDocSeedKeyDevelopments checks the brief of the seed article, cleaned by the real
// cleaner: the outlet's own "Key developments" list is used, joined in pairs, and since it
// has no figures, the other bullets carry the article's numbers; the lede is the article's
// opening, and none of the page's junk gets in.
func TestDocSeedKeyDevelopments(t *testing.T) {
	t.Parallel()
	d := realSeed(t)
	items := []string{
		"Russia proposed undisclosed new ideas for ending the conflict",
		"Rubio stressed U.S. demands for a clear roadmap to peace",
		"restore economic/humanitarian cooperation",
		"Lavrov insisted that recognition of Russia's annexed territories is essential",
	}
	const lede = "The meeting came as Russia launched its second night of massive attacks on Kyiv, killing two civilians, including a 22-year-old policewoman."
	figures := map[int][]string{
		3: {"232 killed", "1,343 wounded"},
		4: {"415 drones and missiles", "record 741", "232 killed", "1,343 wounded"},
		5: {"415 drones and missiles", "record 741", "232 killed", "1,343 wounded", "€10 billion"},
	}
	for n := MinBullets; n <= MaxBullets; n++ {
		b := Doc(d, n)
		if len(b.Bullets) != n {
			t.Errorf("Doc(seed, %d) gave %d bullets: %q", n, len(b.Bullets), b.Bullets)
		}
		all := strings.Join(b.Bullets, "\n")
		for _, want := range append(items, figures[n]...) {
			if !strings.Contains(all, want) {
				t.Errorf("Doc(seed, %d).Bullets = %q, want them to hold %q", n, b.Bullets, want)
			}
		}
		if b.Lede != lede {
			t.Errorf("Doc(seed, %d).Lede = %q, want %q", n, b.Lede, lede)
		}
		for _, junk := range []string{"Also Read", "MENAFN", "Disclaimer", "Neo Pepe", "Comments", "Most popular"} {
			if strings.Contains(all+b.Lede, junk) {
				t.Errorf("Doc(seed, %d) keeps junk %q: %q", n, junk, b.Bullets)
			}
		}
		checkBrief(t, "seed", n, b)
		for _, want := range []string{"Sergey Lavrov", "Rubio", "Russia", "Kyiv", "Putin"} {
			if !slices.Contains(b.Topics, want) {
				t.Errorf("Doc(seed).Topics = %q, want it to include %q", b.Topics, want)
			}
		}
		for _, junk := range []string{"Lavrov", "Key", "The", "President", "Tuesday", "June", "Also Read"} {
			if slices.Contains(b.Topics, junk) {
				t.Errorf("Doc(seed).Topics = %q, want no %q", b.Topics, junk)
			}
		}
	}
}

func TestCondense(t *testing.T) {
	t.Parallel()
	four := []string{
		"Russia proposed new ideas.",                 // 4 words
		"Rubio stressed U.S. demands for a roadmap.", // 7
		"Both sides agreed to restore cooperation.",  // 6
		"Lavrov insisted annexation is essential.",   // 5
	}
	tests := []struct {
		items []string
		n     int
		want  []string
	}{
		{four, 4, four},
		{four, 2, []string{
			"Russia proposed new ideas; Rubio stressed U.S. demands for a roadmap.",
			"Both sides agreed to restore cooperation; Lavrov insisted annexation is essential.",
		}},
		{four, 3, []string{
			"Russia proposed new ideas.",
			"Rubio stressed U.S. demands for a roadmap.",
			"Both sides agreed to restore cooperation; Lavrov insisted annexation is essential.",
		}},
		// Two items per bullet at most: five items in two bullets lose the last.
		{append(slices.Clone(four), "Talks resume next month."), 2, []string{
			"Russia proposed new ideas; Rubio stressed U.S. demands for a roadmap.",
			"Both sides agreed to restore cooperation; Lavrov insisted annexation is essential.",
		}},
		// A pair over MaxBulletWords words is not made.
		{[]string{strings.Repeat("word ", 20) + "end.", strings.Repeat("word ", 20) + "end.", "Both sides met."}, 2, []string{
			strings.Repeat("word ", 20) + "end.", strings.Repeat("word ", 20) + "end; both sides met.",
		}},
	}
	for _, tt := range tests {
		if got := condense(tt.items, tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("condense(%q, %d) = %q, want %q", tt.items, tt.n, got, tt.want)
		}
	}
}

func TestDocListNeedsStructure(t *testing.T) {
	t.Parallel()
	d := seed()
	// Late links with headline-cased items are not key points.
	d.Blocks = append(d.Blocks[:1:1], d.Blocks[6:]...)
	d.Blocks = append(d.Blocks,
		clean.Block{Kind: clean.Heading, Text: "Most popular stories"},
		clean.Block{Kind: clean.ListItem, Text: "Neo Pepe Presale Passes $2M Raised With Stellar Certik Audit"},
		clean.Block{Kind: clean.ListItem, Text: "The Open Platform Is First Unicorn In Web3 Ecosystem In Telegram"},
		clean.Block{Kind: clean.ListItem, Text: "Polemos Launches Token On MEXC And Uniswap, Advancing Web3 Gaming"},
	)
	b := Doc(d, 3)
	for _, bl := range b.Bullets {
		if strings.Contains(bl, "Web3") || strings.Contains(bl, "Certik") {
			t.Errorf("Doc used a list of links as bullets: %q", b.Bullets)
		}
	}
}

func TestDocUntitled(t *testing.T) {
	t.Parallel()
	d := seed()
	d.Title = ""
	b := Doc(d, 3)
	if b.Title != "Key developments from the Kuala Lumpur meeting" && (b.Title == "" || wordCount(b.Title) > maxTitleWords+1) {
		t.Errorf("Doc(untitled seed).Title = %q, want a short headline", b.Title)
	}
	if strings.HasSuffix(b.Title, ".") {
		t.Errorf("Doc(untitled seed).Title = %q ends with a full stop", b.Title)
	}
}

// TestDocProperties checks the shape of every brief of the real articles in testdata.
func TestDocProperties(t *testing.T) {
	t.Parallel()
	docs := []clean.Doc{seed()}
	for _, a := range readArticles(t) {
		docs = append(docs, a.doc())
	}
	for _, d := range docs {
		for n := 1; n <= 6; n++ {
			b := Doc(d, n)
			checkBrief(t, d.Path, n, b)
			if again := Doc(d, n); !reflect.DeepEqual(b, again) {
				t.Errorf("%s: Doc is not deterministic:\n%+v\n%+v", d.Path, b, again)
			}
		}
	}
}

// checkBrief checks the properties every brief of a normal-length article has.
func checkBrief(t *testing.T, name string, n int, b Brief) {
	t.Helper()
	want := min(max(n, MinBullets), MaxBullets)
	if len(b.Bullets) != want {
		t.Errorf("%s: Doc(n=%d) gave %d bullets, want %d: %q", name, n, len(b.Bullets), want, b.Bullets)
	}
	if b.Title == "" || b.Lede == "" {
		t.Errorf("%s: Doc(n=%d) has no title or lede: %+v", name, n, b)
	}
	if w := wordCount(b.Lede); w > MaxLedeWords {
		t.Errorf("%s: lede has %d words, want at most %d: %q", name, w, MaxLedeWords, b.Lede)
	}
	if len(b.Topics) > maxTopics {
		t.Errorf("%s: %d topics, want at most %d", name, len(b.Topics), maxTopics)
	}
	for i, bl := range b.Bullets {
		if w := wordCount(bl); w > MaxBulletWords || w < 3 {
			t.Errorf("%s: bullet has %d words, want 3 to %d: %q", name, w, MaxBulletWords, bl)
		}
		if bl == b.Lede {
			t.Errorf("%s: the lede repeats a bullet: %q", name, bl)
		}
		if strings.Count(bl, `"`)%2 != 0 || strings.Count(bl, "“") != strings.Count(bl, "”") {
			t.Errorf("%s: bullet has an unpaired quotation mark: %q", name, bl)
		}
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(bl, `"”’)`)); !isTerminal(r) {
			t.Errorf("%s: bullet does not end like a sentence: %q", name, bl)
		}
		for _, other := range b.Bullets[:i] {
			if other == bl {
				t.Errorf("%s: bullet repeated: %q", name, bl)
			}
		}
		for _, dl := range []string{"(CNN)", "CNN) --", "(Reuters) -", "By ."} {
			if strings.Contains(bl, dl) {
				t.Errorf("%s: bullet keeps a dateline or byline: %q", name, bl)
			}
		}
	}
}

func TestDocShortArticles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		blocks  []clean.Block
		bullets int
	}{
		{"empty", nil, 0},
		{"one sentence", []clean.Block{{Text: "The council approved the new budget on Tuesday evening."}}, 1},
		{"two sentences", []clean.Block{{Text: "The council approved the new budget on Tuesday evening. Spending on schools will rise by four percent."}}, 2},
		{"code only", []clean.Block{{Kind: clean.Code, Text: "func main() {}\nfmt.Println(1)"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Doc(clean.Doc{Blocks: tt.blocks}, 3)
			if len(b.Bullets) > tt.bullets {
				t.Errorf("Doc(%s) = %d bullets %q, want at most %d", tt.name, len(b.Bullets), b.Bullets, tt.bullets)
			}
			for _, bl := range b.Bullets {
				if bl == b.Lede {
					t.Errorf("Doc(%s): the lede repeats a bullet: %q", tt.name, bl)
				}
			}
		})
	}
}

// TestDocGolden compares the briefs of the testdata articles with testdata/briefs.golden.
// Regenerate it with go test ./internal/summarize -update and review the diff.
func TestDocGolden(t *testing.T) {
	t.Parallel()
	type entry struct {
		ID    string `json:"id"`
		Brief Brief  `json:"brief"`
	}
	got := []entry{{"seed", Doc(seed(), 3)}}
	for _, a := range readArticles(t) {
		got = append(got, entry{a.ID, Doc(a.doc(), 3)})
	}
	checkGolden(t, "testdata/briefs.golden", got)
}

// checkGolden compares v, as indented JSON, with the golden file, which -update rewrites.
func checkGolden(t *testing.T, golden string, v any) {
	t.Helper()
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, '\n')
	if *update {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(out) != string(want) {
		t.Errorf("briefs differ from %s; run go test ./internal/summarize -update and review the diff\ngot:\n%s", golden, out)
	}
}

func FuzzDoc(f *testing.F) {
	for _, a := range readArticles(f) {
		f.Add(a.Title, a.Text, 3)
	}
	f.Add("", "Key points\n- One thing happened today in the city.\n- Another thing happened as well here.\n- A third thing followed it soon after.\nThe end of the story came later.", 5)
	f.Fuzz(func(t *testing.T, title, text string, n int) {
		d := clean.Doc{Title: title}
		for _, l := range strings.Split(text, "\n") {
			k := clean.Paragraph
			if strings.HasPrefix(l, "- ") {
				k, l = clean.ListItem, l[2:]
			}
			d.Blocks = append(d.Blocks, clean.Block{Kind: k, Text: l})
		}
		b := Doc(d, n)
		if len(b.Bullets) > MaxBullets {
			t.Fatalf("Doc gave %d bullets", len(b.Bullets))
		}
		for _, s := range append([]string{b.Title, b.Lede}, append(b.Bullets, b.Topics...)...) {
			if utf8.ValidString(text) && utf8.ValidString(title) && !utf8.ValidString(s) {
				t.Fatalf("Doc made invalid UTF-8: %q", s)
			}
		}
		for _, bl := range b.Bullets {
			if bl == "" || wordCount(bl) > MaxBulletWords || bl == b.Lede {
				t.Fatalf("Doc gave a bad bullet %q (lede %q)", bl, b.Lede)
			}
		}
		if wordCount(b.Lede) > MaxLedeWords {
			t.Fatalf("Doc gave a lede of %d words", wordCount(b.Lede))
		}
	})
}

// TestDocLongList checks that an article opening with a very long list is summarized
// quickly: condense must not try every grouping of hundreds of items.
func TestDocLongList(t *testing.T) {
	t.Parallel()
	var bs []clean.Block
	for i := range 400 {
		bs = append(bs, clean.Block{Kind: clean.ListItem, Text: fmt.Sprintf("Item number %d of the long list says something.", i)})
	}
	bs = append(bs, clean.Block{Text: "The council approved 12 new libraries and 3 pools on Tuesday evening."})
	b := Doc(clean.Doc{Blocks: bs}, 5)
	if len(b.Bullets) != 5 {
		t.Errorf("Doc(400 items) = %q, want 5 bullets", b.Bullets)
	}
}

// floodTeasers are teasers for other stories that a scraper left after floodDoc's story.
var floodTeasers = []string{
	"Pop singer Lena Marsh, actor Tom Reyes back Harbor City Film Fund The decision to donate the proceeds of the tour was led by Dr. Alan Voss, its lead producer.",
	"Famous movie props will be auctioned The auction, scheduled for next month, includes a replica of the Starship Comet cockpit and costumes.",
}

// floodDoc is a story whose sentences, but for the first two, cannot open a brief (they
// name nothing: no number, no capitalised name), followed by floodTeasers.
func floodDoc() clean.Doc {
	story := []string{
		"Rescue crews in the northern province searched flooded villages on Sunday after the river burst its banks overnight.",
		"dozens of people were missing and thousands had fled to higher ground, officials in the provincial capital said.",
		"the water rose faster than anyone expected, and many families were trapped on their roofs until boats arrived.",
		"soldiers used helicopters to drop food and drinking water to villages that could not be reached by road.",
		"forecasters warned that more heavy rain was expected in the coming days and that the river could rise again.",
		"aid groups said clean water and shelter were the most urgent needs for the families who had lost their homes.",
		"the regional government promised to rebuild the bridges and roads that the water had swept away.",
		"farmers said the floods had ruined the harvest in the lowlands just weeks before it was due.",
		"schools in the worst hit districts will stay closed until the water recedes, officials said.",
	}
	d := clean.Doc{Title: "Floods leave dozens missing in northern province"}
	for _, s := range append(story, floodTeasers...) {
		d.Blocks = append(d.Blocks, clean.Block{Kind: clean.Paragraph, Text: s})
	}
	return d
}

// TestDocLedeStaysOnTopic: a lede never comes from the teasers that follow a story.
func TestDocLedeStaysOnTopic(t *testing.T) {
	d := floodDoc()
	for n := MinBullets; n <= MaxBullets; n++ {
		b := Doc(d, n)
		for _, teaser := range floodTeasers {
			if b.Lede != "" && strings.HasPrefix(teaser, strings.TrimSuffix(b.Lede, ".")[:20]) {
				t.Errorf("%d bullets: the lede is a teaser for another story: %q", n, b.Lede)
			}
		}
	}
}
