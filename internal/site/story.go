package site

import (
	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/summarize"
)

// A Story is one article as the site shows it: the cleaned article, its brief and what the
// editor set in front matter. The build assembles Stories; Render turns them into pages.
type Story struct {
	// Slug names the story's page: it is published at briefs/SLUG/ under the base URL.
	// Slugs are unique within a site.
	Slug  string
	Doc   clean.Doc
	Brief summarize.Brief
	// Tags are the editor's tags from front matter, shown before the automatic topics.
	Tags []string
}
