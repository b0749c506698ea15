package summarize

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/content"
)

// realSeed is testdata/seed.txt, the scraped sample article, run through the real parser
// and cleaner as "briefs build" runs it.
func realSeed(t *testing.T) clean.Doc {
	t.Helper()
	raw, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := content.Parse("000_a5455975cd5561f8.txt", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := clean.Article(a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedGolden compares the briefs of the cleaned seed article, with 3, 4 and 5 bullets,
// with testdata/seed.golden. Regenerate it with go test ./internal/summarize -update and
// review the diff.
func TestSeedGolden(t *testing.T) {
	t.Parallel()
	d := realSeed(t)
	var got []Brief
	for n := MinBullets; n <= MaxBullets; n++ {
		b := Doc(d, n)
		b.Title = "" // the cleaner's (d.Title), pinned by its own tests
		got = append(got, b)
	}
	checkGolden(t, "testdata/seed.golden", got)
}

// TestDocDailyMailHeader summarizes a story written for this test in the shape of the
// DailyMail half of CNN/DailyMail: one line that opens with a byline and time stamps cut
// into sentences by " . ", with a caption under a label in the story. No bullet, lede or
// topic may come from the header or the caption.
func TestDocDailyMailHeader(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("testdata/dailymail-style.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := content.Parse("dailymail-style.txt", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := clean.Article(a)
	if err != nil {
		t.Fatal(err)
	}
	b := Doc(d, 3)
	checkBrief(t, "dailymail-style", 3, b)
	if want := "A council has been ordered to pay £25,000 to a family after a tree on its land fell on their house during a storm."; len(b.Bullets) == 0 || b.Bullets[0] != want {
		t.Errorf("Doc(dailymail-style).Bullets = %q, want the story's first sentence first: %q", b.Bullets, want)
	}
	for _, s := range append([]string{b.Lede, b.Title}, append(b.Bullets, b.Topics...)...) {
		for _, junk := range []string{"Daily Mail", "PUBLISHED", "UPDATED", "EST", "By .", "Scroll down", "Destroyed:"} {
			if strings.Contains(s, junk) {
				t.Errorf("Doc(dailymail-style) keeps %q in %q", junk, s)
			}
		}
	}
	if !slices.Contains(b.Topics, "Sarah Jenkins") {
		t.Errorf("Doc(dailymail-style).Topics = %q, want Sarah Jenkins", b.Topics)
	}
}
