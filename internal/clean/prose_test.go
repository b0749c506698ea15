package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/content"
)

// TestOneParagraphStory checks that a story stored as one long paragraph, as news corpora
// and "briefs summarize --jsonl" inputs often are, is kept whole even though the models,
// which judge a line by its neighbours, would drop it; and that a page of short junk lines
// stays empty.
func TestOneParagraphStory(t *testing.T) {
	data, err := os.ReadFile("testdata/cnn-one-paragraph.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := strings.TrimSpace(string(data))
	d, err := Article(content.Article{Path: "cnn.txt", Format: content.Text, Body: body, BodyLine: 1})
	if err != nil {
		t.Fatalf("Article(one-paragraph story) = %v", err)
	}
	got := d.Text()
	if !strings.Contains(got, "Deep within the Amazonian rainforest of Ecuador live the Huaorani") || len(got) < len(body)*9/10 {
		t.Errorf("Article(one-paragraph story) kept %d of %d bytes:\n%.300s", len(got), len(body), got)
	}

	junk := "Home\nNews\nSport\nWeather\nSign in\nSubscribe to our newsletter\nAccept cookies\nShare this article\nComments (0)\n"
	if d, err := Article(content.Article{Path: "junk.txt", Format: content.Text, Body: junk, BodyLine: 1}); err == nil {
		t.Errorf("Article(menu only) = %q, want an error", d.Text())
	}
}
