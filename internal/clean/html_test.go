package clean

import (
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
