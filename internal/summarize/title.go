package summarize

import (
	"strings"

	"github.com/briefs/briefs/internal/clean"
)

// maxTitleWords is the longest headline made from a sentence.
const maxTitleWords = 14

// headline makes a title for an article that has none: its first heading when the article
// opens with one, otherwise its first usable sentence without the final full stop, cut at a
// clause boundary or after a content word when it is long.
func headline(blocks []clean.Block, sents []sentence) string {
	for _, b := range blocks {
		if b.Kind == clean.Code {
			continue
		}
		if b.Kind == clean.Heading && wordCount(b.Text) <= 20 {
			return strings.TrimSpace(b.Text)
		}
		break
	}
	for _, s := range sents {
		if junk(s.raw) {
			continue
		}
		t := compress(s.raw)
		if wordCount(t) < 3 {
			continue
		}
		return shortHeadline(t)
	}
	return ""
}

// shortHeadline shortens a sentence to a headline of at most maxTitleWords words.
func shortHeadline(s string) string {
	s = strings.TrimRight(s, ".")
	if wordCount(s) <= maxTitleWords {
		return s
	}
	best := -1
	for _, c := range append([]string{", ", ": "}, clauseCuts...) {
		if i := strings.Index(s, c); i > 0 {
			if n := wordCount(s[:i]); n >= 4 && n <= maxTitleWords && i > best {
				best = i
			}
		}
	}
	if best > 0 {
		return fixQuotes(s[:best])
	}
	words := strings.Fields(s)[:maxTitleWords]
	for len(words) > 4 && isStop(appendLower(nil, strings.Trim(words[len(words)-1], ",;:"))) {
		words = words[:len(words)-1]
	}
	return fixQuotes(strings.TrimRight(strings.Join(words, " "), ",;:")) + "…"
}
