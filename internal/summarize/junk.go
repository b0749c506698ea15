package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// junk reports whether a sentence is page furniture rather than story: a byline, a
// metadata label, a caption or promotion under a label, a prompt to click, share or
// subscribe, a credit.
func junk(s string) bool {
	if strings.HasPrefix(s, "By ") && wordCount(s) <= 8 {
		return true
	}
	if w := firstWord(s); isCapsWord(w) && strings.HasPrefix(s[len(w):], ":") {
		return true // "PUBLISHED:", "UPDATED:", "WATCH:"
	}
	if strings.HasPrefix(s, "Copyright") || strings.HasPrefix(s, "©") || labelled(s) {
		return true
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(strings.TrimRight(s, ".!? "), "]") {
		return true // an editor's note: "[Breaking news update, posted 9:04 p.m. ET]"
	}
	if !junkWord(s) {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range []string{
		"click here", "sign up", "subscribe to", "subscribe now", "all rights reserved",
		"copyright ©", "© copyright", "contributed to this report", "contributed reporting",
		"follow us", "follow him on", "follow her on", "e-mail to a friend", "share this",
		"read more", "terms of use", "privacy policy", "use cookies", "cookie policy",
		"our newsletter", "image caption", "image copyright",
		"scroll down for", "last updated at",
	} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// header reports whether the words of a sentence are a header rather than prose: at most
// eight words, capitalised words and numbers joined by nothing but "and", "of" and the like,
// as in a byline that lost its "By" ("Sam Webb and Rebecca Evans.") or a time stamp
// ("08:59 EST, 1 May 2013.").
func (v *vocab) header(ws []word) bool {
	if len(ws) > 8 {
		return false
	}
	named := false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.text)
		switch {
		case unicode.IsLower(r) && !connector(w.text) && w.text != "and":
			return false
		case unicode.IsUpper(r) && !v.fn[w.id]:
			named = true
		}
	}
	return named
}

// labelled reports whether s opens with a label: one or two capitalised words and a colon
// before a capital, as captions ("Rescue: Crew members battle the tide"), promotions
// ("Opinion: Why has Putin gone missing?") and transcripts ("Moss: It's a good question")
// do.
func labelled(s string) bool {
	i := strings.Index(s[:min(len(s), 40)], ": ")
	if i <= 0 {
		return false
	}
	words := strings.Fields(s[:i])
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i+2:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“'
}

// junkWord reports whether s has a word that starts one of junk's phrases, so that junk
// lower-cases and searches only the few sentences that may hold one.
func junkWord(s string) bool {
	var buf [16]byte
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			i = len(s)
		}
		w := trimToWord(s[:i])
		s = s[min(i+1, len(s)):]
		if len(w) < 3 || len(w) > len(buf) {
			continue
		}
		b := buf[:len(w)]
		for j := 0; j < len(w); j++ {
			c := w[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[j] = c
		}
		switch string(b) {
		case "click", "sign", "subscribe", "all", "copyright", "©", "contributed", "follow",
			"e-mail", "share", "read", "terms", "privacy", "cookies", "cookie", "newsletter", "image",
			"scroll", "last":
			return true
		}
	}
	return false
}

// trimToWord returns w without the punctuation around it: quotation marks, brackets, stops.
func trimToWord(w string) string {
	for len(w) > 0 {
		r, size := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w)
		}
		if isWordRune(r) {
			break
		}
		w = w[size:]
	}
	for len(w) > 0 {
		r, size := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(w)
		}
		if isWordRune(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// quoted reports whether most of s, counted in bytes, is inside quotation marks.
func quoted(s string) bool {
	in, inside, total := false, 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			in = !in
			continue
		case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D):
			in = s[i+2] == 0x9C // “ opens, ” closes
			i += 2
			continue
		}
		total++
		if in {
			inside++
		}
	}
	return total > 0 && inside*2 > total
}

// startsWithPronoun reports whether s opens with a pronoun or demonstrative that points back
// to an earlier sentence.
func startsWithPronoun(s string) bool {
	w := firstWord(s)
	switch w {
	case "He", "She", "They", "It", "His", "Her", "Their", "Its", "This", "These", "Those",
		"That", "Him", "Them", "There":
		rest := strings.TrimLeft(s[len(w):], " ")
		r, _ := utf8.DecodeRuneInString(rest)
		// "That night, ..." or "This year" name their own referent; a verb or noun after a
		// bare pronoun does not. Keep it simple: demonstratives followed by a capital or a
		// time word are fine.
		if (w == "This" || w == "That" || w == "These" || w == "Those") && (unicode.IsUpper(r) || timeWord(firstWord(rest))) {
			return false
		}
		return true
	}
	return false
}

// timeWord reports whether w names a span of time, as in "That night" or "This year".
func timeWord(w string) bool {
	switch strings.ToLower(w) {
	case "year", "week", "month", "morning", "afternoon", "evening", "night", "time",
		"season", "summer", "winter", "spring", "autumn", "fall", "day", "weekend":
		return true
	}
	return false
}
