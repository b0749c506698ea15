package clean

import "github.com/briefs/briefs/internal/content"

// cleanMarkdown reads a Markdown article.
func cleanMarkdown(a content.Article) Doc { return cleanText(a) }
