package site

import (
	"bytes"
	"encoding/xml"
	"testing"
)

func TestMinifyShrinksAndKeepsFilesValid(t *testing.T) {
	t.Parallel()
	plain, _ := render(t, testConfig("https://example.org/"), nil, Options{}, fixture())
	small, _ := render(t, testConfig("https://example.org/"), nil, Options{Minify: true}, fixture())
	if len(plain) != len(small) {
		t.Fatalf("minifying changed the number of files: %d → %d", len(plain), len(small))
	}
	for _, name := range []string{"index.html", "briefs/hostile/index.html", "style.css", "favicon.svg", "feed.xml", "atom.xml", "feed.json", "sitemap.xml"} {
		if len(small[name]) >= len(plain[name]) {
			t.Errorf("%s: minified %d bytes, plain %d", name, len(small[name]), len(plain[name]))
		}
	}
	for _, name := range []string{"favicon.svg", "feed.xml", "atom.xml", "sitemap.xml", "topics/ukraine/atom.xml"} {
		d := xml.NewDecoder(bytes.NewReader(small[name]))
		for {
			_, err := d.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Errorf("minified %s is not well-formed XML: %v", name, err)
				}
				break
			}
		}
	}
	if got := small["robots.txt"]; !bytes.Equal(got, plain["robots.txt"]) {
		t.Errorf("robots.txt was changed by minifying: %q", got)
	}
}
