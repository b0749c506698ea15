package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordCount returns the number of space-separated words in s.
func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// firstWords returns the first n space-separated words of s.
func firstWords(s string, n int) string {
	in := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if in {
				n--
				if n == 0 {
					return s[:i]
				}
			}
			in = false
		} else {
			in = true
		}
	}
	return s
}

// A vocab numbers the content words of one article: lower-cased, without a possessive or
// plural s, stop words left out.
type vocab struct {
	ids map[string]int32
	buf []byte
}

func newVocab() *vocab { return &vocab{ids: make(map[string]int32, 512)} }

// terms appends the ids of the content words of s to dst.
func (v *vocab) terms(dst []int32, s string) []int32 {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && j+size < len(s) && isWordByte(s[j+size]) {
				j += size
				continue
			}
			break
		}
		w := s[i:j]
		i = j
		// Drop a possessive: "Putin's", "Putin’s".
		if strings.HasPrefix(s[j:], "'s") || strings.HasPrefix(s[j:], "’s") {
			i = j + len("'s")
			if s[j] != '\'' {
				i = j + len("’s")
			}
		}
		v.buf = appendLower(v.buf[:0], w)
		if isStop(v.buf) {
			continue
		}
		if n := len(v.buf); n > 3 && v.buf[n-1] == 's' && v.buf[n-2] != 's' && v.buf[n-2] != 'u' && v.buf[n-2] != 'i' {
			v.buf = v.buf[:n-1]
		}
		id, ok := v.ids[string(v.buf)]
		if !ok {
			id = int32(len(v.ids))
			v.ids[string(v.buf)] = id
		}
		dst = append(dst, id)
	}
	return dst
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= 0x80
}

func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			for _, r := range w[i:] {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isStop reports whether the lower-case word w carries no content of its own: an English
// function word, a reporting verb, or a single letter. Other languages are not listed; their
// function words are frequent in every sentence, and frequency alone keeps them from
// deciding which sentences are central.
func isStop(w []byte) bool {
	if len(w) < 2 {
		return true
	}
	switch string(w) {
	case "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
		"any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
		"between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
		"during", "each", "even", "ever", "few", "for", "from", "further", "had", "has",
		"have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
		"how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like",
		"may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor",
		"not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
		"ourselves", "out", "over", "own", "same", "she", "should", "since", "so", "some",
		"such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
		"there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
		"up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which",
		"while", "who", "whom", "whose", "why", "will", "with", "would", "yet", "you", "your",
		"yours", "yourself", "said", "says", "say", "told", "according", "added",
		"many", "still", "well", "back", "get", "got", "go", "going", "make", "made", "new",
		"year", "years", "time", "people", "way", "day", "week", "two", "three", "first",
		"last", "mr", "mrs", "ms", "dr", "s", "t", "ll", "re", "ve", "don", "didn", "doesn",
		"isn", "wasn", "won":
		return true
	}
	return false
}
