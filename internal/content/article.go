// Package content reads a site's content/ folder: raw scraped text, saved HTML pages and
// Markdown, each optionally under front matter.
//
// Load walks a folder and Parse reads one file. Both return Articles whose Body is valid UTF-8
// (the charset is detected and converted) and whose front matter has been lifted into Meta.
// Nothing here interprets the body: cleaning is the job of package clean.
package content

import "time"

// Format is the kind of markup an article body is written in.
type Format int

// The formats briefs reads. A file's extension picks one; the content is sniffed when the
// extension is missing or does not match what the bytes say.
const (
	Text     Format = iota // raw text scraped from a news site
	HTML                   // a saved web page
	Markdown               // Markdown (CommonMark with GitHub extensions)
)

// String returns the lower-case name of the format: "text", "html" or "markdown".
func (f Format) String() string {
	switch f {
	case HTML:
		return "html"
	case Markdown:
		return "markdown"
	}
	return "text"
}

// An Article is one content file, read but not yet cleaned.
type Article struct {
	// Path is slash-separated and relative to the site root, e.g. content/2025/oil-prices.md.
	Path string
	// Format is the markup of Body.
	Format Format
	// Meta holds the front matter. A zero field means the editor did not set it.
	Meta Meta
	// Body is everything after the front matter, converted to valid UTF-8.
	Body string
	// BodyLine is the 1-based line of the file on which Body starts, so that a position
	// found in Body can be reported as a line of the file.
	BodyLine int
	// Zone is the time zone for dates that carry none (the site's time zone); nil means UTC.
	Zone *time.Location
	// Charset is the character set the file was read in, e.g. "utf-8" or "windows-1252".
	Charset string
	// Warnings are problems that did not stop the file being read, such as an unknown front
	// matter field. Each is an *Error.
	Warnings []error
}

// Meta is an article's front matter. Every field is optional and each one the editor sets
// overrides the value briefs derives from the article.
type Meta struct {
	Title     string    `json:"title,omitempty"`
	Date      time.Time `json:"date,omitzero"`
	Source    string    `json:"source,omitempty"` // the outlet, e.g. "Reuters"
	SourceURL string    `json:"source_url,omitempty"`
	Author    string    `json:"author,omitempty"`
	Tags      []string  `json:"tags,omitempty"`
	Lede      string    `json:"lede,omitempty"`
	Bullets   []string  `json:"bullets,omitempty"` // replaces the generated bullets
	Draft     bool      `json:"draft,omitempty"`
	Slug      string    `json:"slug,omitempty"`
}
