package site_test

import (
	"context"
	"fmt"
	"time"

	"github.com/briefs/briefs"
	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/site"
	"github.com/briefs/briefs/internal/summarize"
)

func ExampleSlugify() {
	fmt.Println(site.Slugify("Rubio and Lavrov hold tense talks in Kuala Lumpur"))
	fmt.Println(site.Slugify("Zürich's Straße"))
	fmt.Println(site.Slugify("Москва"))
	// Output:
	// rubio-and-lavrov-hold-tense-talks-in-kuala-lumpur
	// zurichs-strasse
	// москва
}

func ExampleSite_Render() {
	cfg := config.Site{Title: "World Briefs", BaseURL: "https://example.org/", Location: time.UTC}
	s, err := site.New(cfg, briefs.Theme, nil, site.Options{Minify: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	title := "Rubio and Lavrov hold tense talks"
	stories := []site.Story{{
		Slug:  site.Slugify(title),
		Doc:   clean.Doc{Title: title, Date: time.Date(2025, 7, 10, 9, 30, 0, 0, time.UTC)},
		Brief: summarize.Brief{Title: title, Lede: "They met in Kuala Lumpur.", Topics: []string{"Kuala Lumpur"}},
		Tags:  []string{"Russia"}, // an editor's tag gets a page; an automatic topic needs two briefs
	}}
	n, err := s.Render(context.Background(), stories, func(name string, data []byte) error {
		fmt.Println(name)
		return nil
	})
	fmt.Println(n, "files", err)
	// Output:
	// favicon.svg
	// style.css
	// index.html
	// briefs/rubio-and-lavrov-hold-tense-talks/index.html
	// topics/index.html
	// topics/russia/index.html
	// archive/index.html
	// archive/2025/07/10/index.html
	// 404.html
	// feed.xml
	// atom.xml
	// feed.json
	// topics/russia/feed.xml
	// topics/russia/atom.xml
	// topics/russia/feed.json
	// sitemap.xml
	// robots.txt
	// 17 files <nil>
}
