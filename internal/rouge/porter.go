package rouge

import "strings"

// Stem returns the Porter stem of a lower-case ASCII word, as the stemmer inside ROUGE-1.5.5
// computes it. That stemmer is Martin Porter's 1980 algorithm in the revised form of his
// reference implementation (step 2 maps -bli to -ble and -logi to -log) with one change by
// Chin-Yew Lin: step 4 tries -ement, then -ment, then -ent in turn instead of only the longest
// of them, so "agreement" stems to "agreem" where standard Porter leaves it alone.
//
// Words shorter than 3 letters are returned unchanged. Stem does not consult WordNet's
// irregular forms ("said" → "say"), which ROUGE applies before stemming when its exception
// database is installed.
func Stem(w string) string {
	if len(w) < 3 {
		return w
	}
	s := stemmer{b: []byte(w)}
	s.step1a()
	s.step1b()
	s.step1c()
	s.replace(step2, 0)
	s.replace(step3, 0)
	s.step4()
	s.step5()
	return string(s.b)
}

// A stemmer holds the word being stemmed. Its first letter counts as a consonant when it is
// "y", as the reference implementation uppercases it for the duration.
type stemmer struct{ b []byte }

// consonant reports whether b[i] is a consonant: a letter other than a, e, i, o and u, where y
// is a consonant at the start of the word and after a vowel, and a vowel after a consonant.
func consonant(b []byte, i int) bool {
	switch b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !consonant(b, i-1)
	}
	return true
}

// measure returns m, the number of vowel-consonant sequences in b: b has the form
// [C](VC){m}[V].
func measure(b []byte) int {
	m := 0
	vowel := false
	for i := range b {
		if consonant(b, i) {
			if vowel {
				m++
			}
			vowel = false
		} else {
			vowel = true
		}
	}
	return m
}

// hasVowel reports whether b contains a vowel.
func hasVowel(b []byte) bool {
	for i := range b {
		if !consonant(b, i) {
			return true
		}
	}
	return false
}

// cvc reports whether b is exactly a run of consonants, one vowel and a final consonant other
// than w, x or y, such as "hop" or "stop". The reference implementation tests the whole stem
// this way, where Porter's paper tests only its last three letters.
func cvc(b []byte) bool {
	n := len(b)
	if n < 3 {
		return false
	}
	for i := 0; i < n-2; i++ {
		if !consonant(b, i) {
			return false
		}
	}
	switch b[n-1] {
	case 'a', 'e', 'i', 'o', 'u', 'w', 'x', 'y':
		return false
	}
	return !consonant(b, n-2)
}

func (s *stemmer) ends(suffix string) bool { return strings.HasSuffix(string(s.b), suffix) }

// stem returns the word without its last n letters.
func (s *stemmer) stem(n int) []byte { return s.b[:len(s.b)-n] }

func (s *stemmer) step1a() {
	switch {
	case s.ends("sses"), s.ends("ies"):
		s.b = s.stem(2)
	case len(s.b) >= 2 && s.b[len(s.b)-1] == 's' && s.b[len(s.b)-2] != 's':
		s.b = s.stem(1)
	}
}

func (s *stemmer) step1b() {
	if s.ends("eed") {
		if measure(s.stem(3)) > 0 {
			s.b = s.stem(1)
		}
		return
	}
	var n int
	switch {
	case s.ends("ed"):
		n = 2
	case s.ends("ing"):
		n = 3
	default:
		return
	}
	if !hasVowel(s.stem(n)) {
		return
	}
	s.b = s.stem(n)
	k := len(s.b)
	switch {
	case s.ends("at"), s.ends("bl"), s.ends("iz"):
		s.b = append(s.b, 'e')
	case k >= 2 && s.b[k-1] == s.b[k-2] && !strings.ContainsRune("aeiouylsz", rune(s.b[k-1])):
		s.b = s.stem(1)
	case cvc(s.b):
		s.b = append(s.b, 'e')
	}
}

func (s *stemmer) step1c() {
	if s.ends("y") && hasVowel(s.stem(1)) {
		s.b[len(s.b)-1] = 'i'
	}
}

// A rule replaces a suffix.
type rule struct{ suffix, with string }

// step2 and step3 list Porter's suffix rules. Where several suffixes match, the longest one
// applies; the lists are in no particular order.
var (
	step2 = []rule{
		{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
		{"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"},
		{"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"},
		{"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"},
		{"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"},
	}
	step3 = []rule{
		{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"},
		{"ful", ""}, {"ness", ""},
	}
	step4 = []rule{
		{"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""},
		{"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""},
		{"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""},
	}
)

// longest returns the rule with the longest suffix that the word ends with.
func (s *stemmer) longest(rules []rule) (rule, bool) {
	var best rule
	found := false
	for _, r := range rules {
		if s.ends(r.suffix) && (!found || len(r.suffix) > len(best.suffix)) {
			best, found = r, true
		}
	}
	return best, found
}

// replace applies the longest matching rule when the stem before the suffix has a measure
// greater than min.
func (s *stemmer) replace(rules []rule, min int) {
	r, ok := s.longest(rules)
	if !ok {
		return
	}
	stem := s.stem(len(r.suffix))
	if measure(stem) > min {
		s.b = append(stem, r.with...)
	}
}

func (s *stemmer) step4() {
	s.replace(step4, 1)
	if s.ends("ment") && measure(s.stem(4)) > 1 {
		s.b = s.stem(4)
	}
	switch {
	case s.ends("ent"):
		if measure(s.stem(3)) > 1 {
			s.b = s.stem(3)
		}
	case s.ends("sion"), s.ends("tion"):
		if measure(s.stem(3)) > 1 {
			s.b = s.stem(3)
		}
	}
}

func (s *stemmer) step5() {
	if s.ends("e") {
		stem := s.stem(1)
		if m := measure(stem); m > 1 || m == 1 && !cvc(stem) {
			s.b = stem
		}
	}
	if s.ends("ll") && measure(s.b) > 1 {
		s.b = s.stem(1)
	}
}
