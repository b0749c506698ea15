// Package clean turns a raw article into its story: it removes navigation, promos,
// disclaimers and other boilerplate from scraped text and saved HTML pages, repairs the text
// (glued sentences, flattened lists, typography) and reads the article's metadata.
//
// Article is pure: no I/O, no clock. Its result depends only on its input.
package clean

import "time"

// Kind says what a Block is.
type Kind int

// The kinds of block in a cleaned article.
const (
	Paragraph Kind = iota
	Heading
	ListItem // one item of a bulleted or numbered list; consecutive items form one list
	Quote    // a block quotation
	Code     // preformatted text, kept verbatim
)

// String returns the lower-case name of the kind, e.g. "paragraph".
func (k Kind) String() string {
	switch k {
	case Heading:
		return "heading"
	case ListItem:
		return "item"
	case Quote:
		return "quote"
	case Code:
		return "code"
	}
	return "paragraph"
}

// A Block is one paragraph, heading, list item, quotation or code block of a cleaned article.
type Block struct {
	Kind Kind   `json:"kind"`
	Text string `json:"text"` // plain text, NFC, single-spaced (Code keeps its line breaks)
	// HTML is the block's inline markup (links, emphasis) when the source was Markdown,
	// rendered by goldmark without raw HTML, so it is safe to embed. Empty otherwise.
	HTML string `json:"html,omitempty"`
	// Line is the 1-based line of the source file where the block starts; 0 when unknown.
	Line int `json:"line,omitempty"`
}

// A Doc is a cleaned article: its metadata and the blocks of its story.
//
// The metadata is derived from the article (its first lines, <title>, OpenGraph, JSON-LD,
// bylines, datelines) and then overridden by whatever the front matter sets.
type Doc struct {
	Path      string    `json:"path"`
	Title     string    `json:"title"`
	Date      time.Time `json:"date,omitzero"`
	Author    string    `json:"author,omitempty"`
	Source    string    `json:"source,omitempty"` // the outlet
	SourceURL string    `json:"source_url,omitempty"`
	Lang      string    `json:"lang,omitempty"` // BCP 47 tag when known, e.g. "en"
	Blocks    []Block   `json:"blocks"`
}
