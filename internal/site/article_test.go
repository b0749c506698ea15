package site

import (
	"bytes"
	"html/template"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefs/briefs/internal/clean"
)

// TestArticleHTMLMatchesTemplate renders random articles both through the theme's
// _block.html and through articleHTML: the bytes must be the same.
func TestArticleHTMLMatchesTemplate(t *testing.T) {
	s, err := New(testConfig("https://example.org/"), theme(t), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !s.article {
		t.Fatal("the default theme's brief pages do not get Article")
	}
	set, err := s.tmpl["brief"].Clone()
	if err != nil {
		t.Fatal(err)
	}
	tmpl := template.Must(set.New("zz-article").Parse(`{{range .}}` + "\n" + `{{template "_block.html" .}}{{end}}`))

	texts := []string{"Plain words.", `Quotes "double" and 'single', <tags> & ampersands + plus`,
		"Nul\x00byte", "Ünïcödé — “curly” ½ \ufdd0 \ufff0", "bad \xff utf-8", "  spaced  ", "",
		"line one\nline two\n\tindented", "a</p><script>alert(1)</script>"}
	htmls := []string{"", "", `<a href="https://example.org/?a=1&amp;b=2">link</a> and <em>emphasis</em>`}
	kinds := []clean.Kind{clean.Paragraph, clean.Paragraph, clean.Heading, clean.ListItem, clean.Quote, clean.Code}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		var blocks []clean.Block
		for range rng.IntN(12) {
			blocks = append(blocks, clean.Block{
				Kind: kinds[rng.IntN(len(kinds))],
				Text: texts[rng.IntN(len(texts))] + strings.Repeat(" more", rng.IntN(3)),
				HTML: htmls[rng.IntN(len(htmls))],
			})
		}
		bs := body(blocks, "A title")
		if round%50 == 0 { // other heading levels, which body never makes
			for i := range bs {
				if bs[i].Kind == "h" {
					bs[i].Level = 3 + rng.IntN(5)
				}
			}
		}
		var want bytes.Buffer
		if err := tmpl.ExecuteTemplate(&want, "zz-article", bs); err != nil {
			t.Fatal(err)
		}
		if got := string(articleHTML(bs)); got != want.String() {
			t.Fatalf("round %d: articleHTML =\n%q\nthe template gives\n%q", round, got, want.String())
		}
	}
}

// TestArticleOnlyForTheThemesBlocks: a site that changes how blocks show gets no Article, and
// its brief pages show its own markup.
func TestArticleOnlyForTheThemesBlocks(t *testing.T) {
	for name, text := range map[string]string{
		"_block.html":  `{{define "_block.html"}}<div class="blk">{{.Text}}</div>{{end}}`,
		"_inline.html": `{{define "_inline.html"}}<span>{{.Text}}</span>{{end}}`,
	} {
		local := fstest.MapFS{"templates/" + name: {Data: []byte(text)}}
		s, err := New(testConfig("https://example.org/"), theme(t), local, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if s.article {
			t.Errorf("a site with its own %s gets Article", name)
		}
		files, _ := render(t, testConfig("https://example.org/"), local, Options{}, synthetic(2))
		page := string(files["briefs/"+synthetic(2)[0].Slug+"/index.html"])
		want := map[string]string{"_block.html": `<div class="blk">`, "_inline.html": `<p><span>`}[name]
		if !strings.Contains(page, want) {
			t.Errorf("with its own %s, a brief page lacks %q", name, want)
		}
	}
}
