package rouge

import (
	"slices"
	"strings"
)

// Tokens splits text into ROUGE tokens: runs of ASCII letters and digits, lower-cased. A token
// longer than three characters is replaced by its base form when it is an irregular inflection
// listed in WordNet ("children" → "child") and by its Porter stem (Stem) otherwise. Every other byte, including each byte of a
// non-ASCII character, separates tokens, as in ROUGE-1.5.5, which reads its input as bytes.
func Tokens(text string) []string {
	var toks []string
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && isAlnum(text[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, token(text[start:i]))
			start = -1
		}
	}
	return toks
}

func isAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// token lower-cases an alphanumeric run and stems it when it is longer than three characters.
func token(s string) string {
	lower := true
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			lower = false
			break
		}
	}
	if !lower {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		s = string(b)
	}
	if len(s) <= 3 {
		return s
	}
	if base, ok := irregular(s); ok {
		return base
	}
	return Stem(s)
}

// An exception maps an irregular inflection to its base form, e.g. "said" to "say".
type exception struct{ word, base string }

// irregular returns the base form of an irregular inflection listed in WordNet, which
// ROUGE-1.5.5 uses instead of the Porter stem.
func irregular(w string) (string, bool) {
	i, ok := slices.BinarySearchFunc(exceptions[:], w, func(e exception, w string) int {
		return strings.Compare(e.word, w)
	})
	if !ok {
		return "", false
	}
	return exceptions[i].base, true
}

func tokenizeLines(lines []string) [][]string {
	out := make([][]string, len(lines))
	for i, l := range lines {
		out[i] = Tokens(l)
	}
	return out
}
