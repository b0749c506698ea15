package summarize

import (
	"strings"

	"github.com/briefs/briefs/internal/clean"
)

// maxTitleWords is the longest headline made from a sentence.
const maxTitleWords = 14

// headline makes a title for an article that has none: its first heading when the article
// opens with one, otherwise the best of its first three usable sentences, shortened.
func headline(blocks []clean.Block, sents []sentence, target int) string {
	for _, b := range blocks {
		if b.Kind == clean.Code {
			continue
		}
		if b.Kind == clean.Heading && wordCount(b.Text) <= 20 {
			return strings.TrimSpace(b.Text)
		}
		break
	}
	best, seen := -1, 0
	for i := range sents {
		s := &sents[i]
		s.prepare(target)
		if s.text == "" {
			continue
		}
		seen++
		if seen > 3 {
			break
		}
		if s.quote || s.pronoun || strings.HasSuffix(s.text, "?") || wordCount(s.text) < 6 {
			continue
		}
		if best < 0 || s.score > sents[best].score {
			best = i
		}
	}
	if best < 0 {
		for i := range sents {
			if sents[i].text != "" {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return ""
	}
	return shortHeadline(compress(sents[best].raw))
}

// shortHeadline shortens a sentence to a headline of at most maxTitleWords words: without
// its final stop, its introductory phrase ("On Friday, ...") and its asides (", who ...,"),
// cut at a clause boundary, or else after a content word with an ellipsis.
func shortHeadline(s string) string {
	s = strings.TrimRight(s, ".")
	if wordCount(s) <= maxTitleWords {
		return fixQuotes(s)
	}
	if t := dropIntro(s); wordCount(t) >= 5 {
		s = t
	}
	s = dropAsides(s)
	if wordCount(s) <= maxTitleWords {
		return fixQuotes(s)
	}
	if t := cutClause(s, maxTitleWords, 5); t != "" {
		return fixQuotes(t)
	}
	// A headline may also drop a trailing phrase: "... to the U.S. for the first time".
	best := -1
	for _, p := range []string{" for ", " in ", " on ", " at ", " to ", " from ", " with ", " by ", " over ", " into ", " after ", " during "} {
		for off := 0; ; {
			i := strings.Index(s[off:], p)
			if i < 0 {
				break
			}
			i += off
			off = i + len(p)
			if n := wordCount(s[:i]); n >= 6 && n <= maxTitleWords && i > best {
				best = i
			}
		}
	}
	if best > 0 {
		return fixQuotes(strings.TrimRight(s[:best], ",;:"))
	}
	words := strings.Fields(s)[:maxTitleWords]
	for len(words) > 4 && isStop(appendLower(nil, strings.Trim(words[len(words)-1], ",;:"))) {
		words = words[:len(words)-1]
	}
	return fixQuotes(strings.TrimRight(strings.Join(words, " "), ",;:")) + "…"
}

// introWord reports whether w opens an introductory phrase that a headline can drop.
func introWord(w string) bool {
	switch w {
	case "On", "In", "At", "As", "After", "When", "While", "Following", "Before", "During",
		"Despite", "Since", "Last", "This", "Earlier", "Later", "According", "For", "With",
		"Amid", "Under", "Over", "Now", "Today", "Yesterday", "Meanwhile", "However", "But",
		"And", "Still", "Also", "Then", "Once", "Until", "Although", "Though", "If", "Because",
		"Out", "Of", "Among", "From", "By", "Between", "Across", "Beyond", "Through", "Within",
		"Without", "Against", "Around", "Besides", "Inside", "Outside":
		return true
	}
	return false
}
