// Package summarize turns a cleaned article into a brief: a headline, a one-sentence lede,
// a few bullets of key developments and the topics it is about.
//
// Doc is extractive, deterministic and offline: every sentence of a brief comes from the
// article, and the same article always gives the same brief.
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
