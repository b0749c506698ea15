// Package clean turns a raw article into its story: it removes navigation, promos,
// disclaimers and other boilerplate from scraped text and saved HTML pages, repairs the text
// (glued sentences, flattened lists, typography) and reads the article's metadata.
//
// Article is pure: no I/O, no clock. Its result depends only on its input.
//
// # How boilerplate is found
//
// A text dump is cut into units, one per line (one per paragraph when the text is
// hard-wrapped); a page into units, one per block element, each remembering its tag, the
// landmarks it sits in (article, nav, footer, figure…), the link share of its text and
// what its ancestors' class and id names hint at (comments, sharing, related stories,
// navigation, ads, captions, bylines, sidebars, or the story itself). Each unit is described
// by language-independent features of its text (length, sentence punctuation, stop-word
// share with a fallback for languages without a list, capitalisation, digits, junk phrases,
// repetition, dates, bylines, the outlet's name), of its neighbourhood (prose and junk around it, runs of short
// lines, the densest region of prose, comment headers before it) and, for pages, of the
// tree (Readability-style container scores, JSON-LD articleBody, the other units in the
// same parent and grandparent).
//
// Two logistic-regression models judge the units: the first from a unit's own features, the
// second from the first's odds for the unit and its neighbours (a learned context
// smoothing) and, on pages, for the other units of its parent and grandparent. Their weights
// live in weights.go, fitted by train_test.go on half of the extraction corpora (go
// generate; see cmd/eval-clean for the held-out figures). A few rules need no learning:
// readers' comment sections, hidden elements and hover pop-ups are dropped before judging;
// promos of the form "Label | Headline" and, on pages, "Label: <link>", bylines and cookie
// notices are dropped wherever they stand (isPromo). A page's data tables are kept or
// dropped whole and each row becomes one block, "cell | cell | cell" (keepTables). A page
// that shows less than a third of the articleBody its JSON-LD declares, as pages filled in
// by script do, gives that body instead (ldBlocks). When the models keep no prose at all,
// the prose units the first model found likely enough are kept: an empty result is the
// worst one.
//
// Text is cleaned again until the result no longer changes, so that cleaning a cleaned
// text is a no-op.
//
// # Repairs
//
// Each kept block is repaired: entities left in scraped text are decoded, mojibake
// (UTF-8 read as Windows-1252) is undone, invisible characters go, white space collapses,
// the text is put in NFC; sentences a scraper glued together are split ("occurs.Also"),
// quotes glued to a word are spaced, a space before a comma or full stop or inside
// brackets goes ("Speaker , Benjamin"), and a list a scraper flattened into one line is
// split into its items.
//
// # Metadata
//
// From pages: JSON-LD (NewsArticle and kin), OpenGraph and article meta tags, <title> with
// the site name split off, <time>, rel=author and byline elements, <html lang> and the
// canonical URL. From text: a date that opens the first line, the headline before the story
// (pickTitle: the headline-like line sharing most words with the story's opening,
// preferring one a date or byline follows or the page prints twice), "By" lines, datelines
// such as "(CNN)" and copyright lines. In both, parts of the title behind a separator that
// name the outlet or share no word with the story are cut (trimTitle). Front matter
// overrides all of it.
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
