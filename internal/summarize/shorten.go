package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clauseCuts are the places where a long sentence can end early and stay a sentence:
// before a relative, subordinate or participial clause, or between two main clauses.
var clauseCuts = []string{
	"; ", " — ", " -- ", " – ", ", which ", ", who ", ", whose ", ", while ", ", whereas ",
	", as ", ", after ", ", before ", ", with ", ", but ", ", and ", ", or ", ", so ",
	", including ", ", where ", ", when ", ", although ", ", though ", ", even though ",
	", despite ", ", since ", ", because ", ", amid ", ", until ", ", unless ", ", if ",
	", thanks to ", ", according ", ", in a ", ", in an ", ", in the ", ", in what ",
	", for ", ", from ", ", at ", ", on ", ", by ", ", to ", ", not ", ", only ",
}

// appositives open a phrase that renames the noun before it: "in Zarqa, a poor city".
var appositives = []string{", a ", ", an ", ", the "}

// softCuts are places without a comma where a long sentence can still end: before a
// trailing relative or subordinate clause. They are used only when no clause boundary
// fits, and only after 12 words.
var softCuts = []string{
	" who ", " which ", " when ", " while ", " because ", " after ", " before ", " as ",
	" following ", " amid ", " despite ", " since ", " until ", " during ",
}

// shorten returns s in at most max words, or "" when it cannot be shortened to a sentence
// of at least 8 words. It tries the sentence without its asides (", who was ...,"), without
// its introductory phrase ("In a statement, ..."), and without both, cutting each at the
// last clause boundary that fits when it is still too long, and keeps the longest result,
// preferring by four words one that was not cut.
// A sentence that opens with a subordinate clause ("When ..., he ...") is cut only after
// that clause is dropped, so that no cut leaves the clause on its own.
func shorten(s string, max int) string {
	if wordCount(s) <= max {
		return s
	}
	best, bestRank := "", 0
	intro := dropIntro(s)
	variants := []string{intro, dropAsides(intro)}
	if !subordinator(firstWord(s)) {
		variants = append(variants, s, dropAsides(s))
	}
	for _, v := range variants {
		if subordinator(firstWord(v)) {
			continue
		}
		rank := 0
		if wordCount(v) > max {
			v = cutClause(v, max, 8)
			rank = -4 // a sentence that keeps its end reads better
		}
		n := wordCount(v)
		if rank += n; n >= 8 && (best == "" || rank > bestRank) {
			best, bestRank = v, rank
		}
	}
	if best == "" {
		return ""
	}
	return finish(fixQuotes(best))
}

// subordinator reports whether w opens a subordinate clause, after which a sentence's main
// clause follows.
func subordinator(w string) bool {
	if len(w) > 5 && strings.HasSuffix(w, "ing") && startsUpper(w) {
		return true // a participle: "Reacting to a comment, she said"
	}
	switch w {
	case "When", "While", "With", "As", "Although", "Though", "If", "Because", "Since",
		"Once", "Until", "Like", "Unlike", "Whether", "Whereas", "Having", "Despite", "Even",
		"Given", "Closed", "Asked", "Speaking", "Born", "Known":
		return true
	}
	return false
}

// cutClause returns the longest start of s that ends at a clause boundary and has least to
// max words, or "". A boundary without a comma needs a start of least+4 words.
func cutClause(s string, max, least int) string {
	best := -1
	// A sentence that opens with an introductory phrase ("Out of 17 observations by …, the
	// scientists …") keeps at least the phrase's end: a cut before its first comma would
	// leave the phrase alone, without the clause it introduces.
	w := firstWord(s)
	introduced := introWord(w) || subordinator(w)
	consider := func(i, least int) {
		if n := wordCount(s[:i]); n >= least && n <= max && i > best && (!introduced || strings.Contains(s[:i], ", ")) {
			best = i
		}
	}
	// The places of ", ": a cut that starts with one and holds no other cannot overlap
	// itself, so it occurs at some of them and nowhere else.
	var commas []int
	for off := 0; ; {
		i := strings.Index(s[off:], ", ")
		if i < 0 {
			break
		}
		commas = append(commas, off+i)
		off += i + 2
	}
	for _, c := range clauseCuts {
		if strings.HasPrefix(c, ", ") {
			for _, i := range commas {
				if strings.HasPrefix(s[i:], c) {
					consider(i, least)
				}
			}
			continue
		}
		for off := 0; ; {
			i := strings.Index(s[off:], c)
			if i < 0 {
				break
			}
			consider(i+off, least)
			off += i + len(c)
		}
	}
	// A participial clause: ", killing two", ", leaving the".
	for _, i := range commas {
		if w := firstWord(s[i+2:]); len(w) > 4 && strings.HasSuffix(w, "ing") {
			consider(i, least)
		}
	}
	if !introduced {
		for _, c := range appositives {
			if i := strings.LastIndex(s, c); i > 0 {
				consider(i, least)
			}
		}
	}
	if best < 0 {
		for _, c := range softCuts {
			for off := 0; ; {
				i := strings.Index(s[off:], c)
				if i < 0 {
					break
				}
				consider(i+off, least+4)
				off += i + len(c)
			}
		}
	}
	if best < 0 {
		return ""
	}
	return strings.TrimRight(s[:best], ",;:")
}

// dropAsides removes phrases set off by commas that describe the noun before them, when
// the sentence goes on with a lower-case word after the closing comma: "The trail, which
// begins in El Chorro, has been around" → "The trail has been around"; "Vanessa Hicks, a
// Virginia Beach photographer, shot the picture" → "Vanessa Hicks shot the picture".
func dropAsides(s string) string {
	for off := 0; ; {
		i := strings.Index(s[off:], ", ")
		if i < 0 {
			return s
		}
		i += off
		off = i + 2
		w := firstWord(s[i+2:])
		switch w {
		case "who", "which", "whose", "whom", "a", "an", "the", "now", "also", "once", "then",
			"himself", "herself", "itself", "themselves", "both", "each", "known", "born",
			"formerly", "widely", "best", "previously":
		default:
			continue
		}
		j := strings.Index(s[i+2:], ", ")
		if j < 0 {
			return s
		}
		j += i + 2
		next := firstWord(s[j+2:])
		r, _ := utf8.DecodeRuneInString(next)
		if wordCount(s[i:j]) > 20 || !unicode.IsLower(r) || isFunctionWord([]byte(next)) && !auxiliary(next) {
			continue // the sentence does not go on with its verb: "Thirty years ago, a journey ..., a wallet"
		}
		s = s[:i] + s[j+1:]
		off = i
	}
}

// auxiliary reports whether w is an auxiliary verb that can follow a subject.
func auxiliary(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would",
		"can", "could", "may", "might", "must", "should", "did", "does", "do":
		return true
	}
	return false
}

// dropIntro removes an introductory phrase that ends at the first comma: "In a statement,
// the FA said" → "The FA said".
func dropIntro(s string) string {
	if !introWord(firstWord(s)) {
		return s
	}
	i := strings.Index(s, ", ")
	if i < 0 || wordCount(s[:i]) > 8 {
		return s
	}
	rest := s[i+2:]
	if wordCount(rest) < 6 {
		return s
	}
	r, size := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + rest[size:]
}
