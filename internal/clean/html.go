package clean

import "github.com/briefs/briefs/internal/content"

// domInfo describes where a unit sits in a page.
type domInfo struct{}

// cleanHTML cleans a saved web page.
func cleanHTML(a content.Article) Doc { return cleanText(a) }
