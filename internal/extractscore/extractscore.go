// Package extractscore scores article extraction the way the two reference scorers in
// shared/tools do: the article-extraction-benchmark's word 4-gram shingle match (AEB, macro
// over documents) and trafilatura's snippet test (pooled over documents).
//
// Both follow the Python scorers to the letter, including Python's definitions of a word
// character (\w) and of white space (\s), so that the figures agree to three decimals.
package extractscore

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Score is a precision, a recall and their harmonic mean, each in [0, 1].
type Score struct {
	Precision float64
	Recall    float64
	F1        float64
}

// isWord reports whether r is a word character as Python's re module defines \w for str
// patterns: a letter (L*), a number (N*) or the underscore. Combining marks are not.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isSpace reports whether r is white space as Python's str.isspace and \s define it:
// Go's unicode.IsSpace plus the information separators U+001C to U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Tokens returns the runs of word characters in s, as Python's re.findall(r'\w+', s) does.
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// Normalize collapses each run of white space in s to one space and trims both ends, as
// re.sub(r'\s+', ' ', s).strip() does in Python.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r == utf8.RuneError {
			b.WriteRune(unicode.ReplacementChar)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
