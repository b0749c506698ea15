// Package summarize turns a cleaned article into a brief: a headline, a one-sentence lede,
// a few bullets of key developments and the topics it is about.
//
// Doc is extractive, deterministic and offline: every sentence of a brief comes from the
// article, and the same article always gives the same brief.
//
// # How a brief is made
//
// Sentences splits each block into sentences; bylines, labels, time stamps and other page
// furniture are set aside (junk.go). Each sentence is scored by its position among the
// story's sentences, by how many of the article's frequent words it holds, by its overlap
// with the title and by its length, quoted speech, personal sentences and questions scoring
// lower. The best sentences that do not repeat one another become the bullets, in article
// order; a sentence that opens with a pronoun is used only right after the sentence it points
// back to. The lede is then the best of the first two sentences left that can open a brief (a
// statement of ten words or more, not quoted, not a question, not opening with a pronoun),
// and never a sentence of the story's second half that shares no content word with the
// title or the bullets, such as a teaser for another story left at the end of a page.
//
// When the article has its own list of key points under a short heading, the list is the
// bullets and the article's opening is the lede. A list that leaves out the article's
// figures is condensed, its items joined in pairs, so that the freed bullets carry the other
// sentences richest in numbers.
//
// Bullets are compressed without rewording: datelines, editors' notes in square brackets,
// asides in parentheses or between dashes, trailing attributions (", police said") and
// leading connectives ("However,") go, and a sentence over the target length loses its
// appositives or introductory phrase or is cut at a clause boundary. Topics are the
// capitalised names and acronyms, merged and ranked by mentions; a word capitalised only
// where every word is (a sentence's start), titles, party tags and credits are not names.
//
// The weights (DefaultWeights) were chosen on the CNN and BBC development sets and are
// checked with cmd/eval-summary, which scores the bullets with ROUGE against editors'
// highlights next to Lead-3 and TextRank, and cross-validates the weights (-cv).
package summarize

// A Brief is the summary of one article.
type Brief struct {
	Title   string   `json:"title"`
	Lede    string   `json:"lede"`
	Bullets []string `json:"bullets"`
	// Topics are the named people, places and organisations the article is about, most
	// important first.
	Topics []string `json:"topics,omitempty"`
}
