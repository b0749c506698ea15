package clean

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/content"
)

// ErrEmpty is returned by Article when nothing of a story is left after cleaning.
var ErrEmpty = errors.New("no article text")

// Article cleans one article: it keeps the story, drops the boilerplate, repairs the text
// and reads the metadata. Front matter in a.Meta overrides the derived title, date, author,
// source and source URL. It returns ErrEmpty (no path: the caller adds it) when no article
// text is left, e.g. for an empty or binary file.
func Article(a content.Article) (Doc, error) {
	if !utf8.ValidString(a.Body) {
		// content.Parse converts every body to UTF-8; a caller that did not gets the
		// invalid bytes dropped.
		a.Body = strings.ToValidUTF8(a.Body, "")
	}
	var d Doc
	switch a.Format {
	case content.HTML:
		d = cleanHTML(a)
	case content.Markdown:
		d = cleanMarkdown(a)
	default:
		d = cleanText(a)
	}
	d.Path = a.Path
	m := a.Meta
	if m.Title != "" {
		d.Title = m.Title
	}
	if !m.Date.IsZero() {
		d.Date = m.Date
	}
	if m.Author != "" {
		d.Author = m.Author
	}
	if m.Source != "" {
		d.Source = m.Source
	}
	if m.SourceURL != "" {
		d.SourceURL = m.SourceURL
	}
	if len(d.Blocks) == 0 {
		return d, ErrEmpty
	}
	return d, nil
}

// Text returns the body as plain text: blocks separated by blank lines, consecutive list
// items one per line as "- item". The title is not repeated.
func (d Doc) Text() string {
	var b strings.Builder
	n := 0
	for _, bl := range d.Blocks {
		n += len(bl.Text) + 4
	}
	b.Grow(n)
	for i, bl := range d.Blocks {
		if i > 0 {
			if bl.Kind == ListItem && d.Blocks[i-1].Kind == ListItem {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		if bl.Kind == ListItem {
			b.WriteString("- ")
		}
		b.WriteString(bl.Text)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}
