// Package summarize turns a cleaned article into a brief: a headline, a one-sentence lede,
// a few bullets of key developments and the topics it is about.
//
// Doc is extractive, deterministic and offline: every sentence of a brief comes from the
// article, and the same article always gives the same brief.
//
// # How a brief is made
//
// Sentences splits each block into sentences. When the article opens with a list of key
// points under a short heading, its items are the bullets. Otherwise each sentence is
// scored by its position, by how many of the article's frequent words it holds, by its
// overlap with the title and by its length, quoted speech and questions scoring lower; the
// best sentences that do not repeat one another become the bullets, in article order, and
// a sentence that opens with a pronoun is used only after the sentence it points back to.
// Bullets are compressed without rewording: datelines, asides in parentheses or between
// dashes, trailing attributions (", police said") and leading connectives ("However,") go,
// and a sentence over the target length loses its appositives or introductory phrase or is
// cut at a clause boundary. The lede is the best remaining sentence that can open a brief.
// Topics are the capitalised names and acronyms, merged and ranked by mentions.
//
// The weights were chosen on CNN and BBC development sets (go test -tune) and are checked
// with cmd/eval-summary, which scores the bullets with ROUGE against editors' highlights.
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
