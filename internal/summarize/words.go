package summarize

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordCount returns the number of space-separated words in s.
func wordCount(s string) int {
	return wordCountUpTo(s, math.MaxInt)
}

// wordCountUpTo returns wordCount(s), or limit when that is limit or more.
func wordCountUpTo(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			if n++; n == limit {
				return n
			}
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

// A word is one word of a sentence as the vocab read it.
type word struct {
	text string // as written, without surrounding punctuation or a possessive 's
	off  int    // where text starts in the string the word was read from
	id   int32  // its entry in the vocab
	brk  bool   // punctuation or a possessive follows: a name does not run on past it
	// start is set for the first word of the text and a word after a colon or a dash, where
	// any word may be capitalised.
	start bool
}

// A vocab numbers the words of one article, lower-cased and without a plural s, and
// remembers how the article writes each one.
type vocab struct {
	ids    map[string]int32
	stop   []bool         // no content of its own: a function word or a reporting verb
	fn     []bool         // a function word: never part of a name
	lower  []bool         // the article writes it in lower case somewhere
	midCap []bool         // the article capitalises it somewhere other than at a sentence start
	caps   []int          // how often the article capitalises it
	titled map[int32]bool // the words of the title, once topics has read it
	buf    []byte
}

// newVocab returns an empty vocab with room for about n words.
func newVocab(n int) *vocab {
	return &vocab{
		ids:    make(map[string]int32, n),
		stop:   make([]bool, 0, n),
		fn:     make([]bool, 0, n),
		lower:  make([]bool, 0, n),
		midCap: make([]bool, 0, n),
		caps:   make([]int, 0, n),
	}
}

// words appends the words of s to dst. When track is set it records how each is written.
func (v *vocab) words(dst []word, s string, track bool) []word {
	first := true
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			if r == '&' {
				dst = append(dst, word{text: "&", off: i, id: v.id("&")})
			} else if len(dst) > 0 && r != ' ' && !unicode.IsSpace(r) {
				dst[len(dst)-1].brk = true
			}
			if r == ':' || r == '—' || r == '–' || r == '-' && i > 0 && s[i-1] == ' ' {
				first = true // "PanARMENIAN.Net - Verified video footage"
			}
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[j:])
			}
			if isWordRune(r) {
				j += size
				continue
			}
			// Inner punctuation: "state-owned", "U.S.", "O'Neill", "Putin's".
			if r == '-' || r == '.' || r == '\'' || r == '’' {
				if j+size < len(s) {
					if n, _ := utf8.DecodeRuneInString(s[j+size:]); isWordRune(n) {
						j += size
						continue
					}
				}
				if r == '.' && containsByte(s[i:j], '.') {
					j += size // the final stop of "U.S."
				}
			}
			break
		}
		w := word{text: s[i:j], off: i, start: first}
		if n := len(w.text); n > 2 && w.text[n-1] == 's' && (w.text[n-2] == '\'' || n > 4 && w.text[n-4:n-1] == "’") {
			w.text, w.brk = strings.TrimRight(w.text[:n-1], "'’"), true // a possessive: "Putin's"
		}
		w.id = v.id(w.text)
		if track {
			switch c := s[i]; {
			case 'a' <= c && c <= 'z':
				v.lower[w.id] = true
			case 'A' <= c && c <= 'Z':
				v.caps[w.id]++
				v.midCap[w.id] = v.midCap[w.id] || !first
			case c >= utf8.RuneSelf:
				c, _ := utf8.DecodeRuneInString(w.text)
				if unicode.IsLower(c) {
					v.lower[w.id] = true
				} else if unicode.IsUpper(c) {
					v.caps[w.id]++
					v.midCap[w.id] = v.midCap[w.id] || !first
				}
			}
		}
		first = false
		dst = append(dst, w)
		i = j
	}
	return dst
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// id returns the number of a word, adding it to the vocab when it is new. A plural and its
// singular share a number; both spellings are kept as keys, so a word seen before costs one
// lookup.
func (v *vocab) id(w string) int32 {
	v.buf = appendLower(v.buf[:0], w)
	if id, ok := v.ids[string(v.buf)]; ok {
		return id
	}
	// Keys are substrings of the article where the word is already in lower case, which
	// saves copying them.
	spelt := w
	if string(v.buf) != w {
		spelt = string(v.buf)
	}
	key := spelt
	stop := isStop(v.buf)
	if n := len(v.buf); !stop && n > 3 && v.buf[n-1] == 's' && v.buf[n-2] != 's' && v.buf[n-2] != 'u' && v.buf[n-2] != 'i' {
		key = spelt[:len(spelt)-1]
		if id, ok := v.ids[key]; ok {
			v.ids[spelt] = id
			return id
		}
		v.buf = v.buf[:n-1]
	}
	id := int32(len(v.stop))
	v.ids[spelt] = id
	if key != spelt {
		v.ids[key] = id
	}
	v.stop = append(v.stop, stop)
	v.fn = append(v.fn, stop && isFunctionWord(v.buf))
	v.lower = append(v.lower, false)
	v.midCap = append(v.midCap, false)
	v.caps = append(v.caps, 0)
	return id
}

// terms appends the ids of the content words among ws to dst.
func (v *vocab) terms(dst []int32, ws []word) []int32 {
	for _, w := range ws {
		if !v.stop[w.id] {
			dst = append(dst, w.id)
		}
	}
	return dst
}

// appendLower appends w in lower case to dst, with typographic apostrophes made straight.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if r == '’' {
					r = '\''
				}
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isStop reports whether the lower-case word w carries no content of its own: a function
// word, a reporting verb or a word common to all news, or a single letter. Other languages
// are not listed: their function words occur in every sentence, so they do not make one
// sentence more central than another.
func isStop(w []byte) bool {
	if utf8.RuneCount(w) < 2 || isFunctionWord(w) {
		return true
	}
	switch string(w) {
	case "said", "says", "say", "told", "according", "added", "also", "just", "like",
		"many", "much", "more", "most", "still", "well", "back", "get", "got", "go", "going",
		"make", "made", "new", "year", "years", "time", "people", "way", "day", "week",
		"two", "three", "first", "last", "even", "ever", "now", "only", "very", "too":
		return true
	}
	return false
}

// isFunctionWord reports whether the lower-case word w is an English function word:
// article, pronoun, preposition, conjunction, auxiliary or courtesy title.
func isFunctionWord(w []byte) bool {
	switch string(w) {
	case "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any",
		"are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
		"both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
		"each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
		"here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
		"into", "is", "it", "its", "itself", "may", "me", "might", "must", "my", "myself",
		"no", "nor", "not", "of", "off", "on", "once", "one", "or", "other", "our", "ours",
		"ourselves", "out", "over", "own", "same", "she", "should", "since", "so", "some",
		"such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
		"there", "these", "they", "this", "those", "through", "to", "under", "until", "up",
		"upon", "us", "was", "we", "were", "what", "when", "where", "which", "while", "who",
		"whom", "whose", "why", "will", "with", "would", "yet", "you", "your", "yours",
		"yourself", "mr", "mrs", "ms", "dr", "i'm", "i've", "i'd", "i'll", "it's", "that's",
		"there's", "he's", "she's", "we're", "they're", "you're", "don't", "didn't",
		"doesn't", "isn't", "wasn't", "won't", "can't", "&", "meanwhile", "also",
		"although", "though", "whether", "among", "amid", "despite", "without", "within",
		"across", "along", "around", "behind", "beyond", "toward", "towards", "via", "per",
		"every", "either", "neither", "another", "whatever", "whoever", "let", "yes":
		return true
	}
	return false
}
