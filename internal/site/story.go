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
	// Key, when set, identifies the story's content: two stories with the same Key must be
	// equal but for their Slug (the build uses a hash of the source file). RenderTo uses it to
	// tell which pages changed; without it, RenderTo hashes the story itself.
	Key string `json:",omitempty"`
	// LoadBody, when set and Doc.Blocks is nil, returns the article's blocks. RenderTo calls it
	// only for the brief pages it renders, so a build need not hold every article's body.
	LoadBody func() ([]clean.Block, error) `json:"-"`
}
