package summarize

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ledeOf returns the lede: the sentence lead, or when lead is -1 the best sentence left
// that can open a brief.
func ledeOf(sents []sentence, order, chosen []int, bullets []string, title []int32, lead int, p Weights) string {
	if lead >= 0 {
		return ledeText(sents[lead].raw)
	}
	return lede(sents, order, chosen, bullets, title, p.Target)
}

// offTopic returns a test of whether a sentence is too far down the story and too far from
// its subject to open the brief: in the second half of the story (or after its first three
// sentences), sharing no content word with the title or the sentences taken. A teaser for
// another story that cleaning left at the end is such a sentence.
func offTopic(sents []sentence, title []int32, taken []int) func(*sentence) bool {
	story := 0
	for i := range sents {
		if !sents[i].junk {
			story++
		}
	}
	half := max(3, (story+1)/2)
	topic := map[int32]bool{}
	for _, t := range title {
		topic[t] = true
	}
	for _, i := range taken {
		for _, t := range sents[i].terms {
			topic[t] = true
		}
	}
	return func(s *sentence) bool {
		return s.story >= half && !slices.ContainsFunc(s.terms, func(t int32) bool { return topic[t] })
	}
}

// opening returns the sentence that makes the lede: the best scored of the first few
// sentences that can open a brief (see ledeable), are not in taken and are not off topic
// (see offTopic), or -1 when there is none.
func opening(sents []sentence, v *vocab, taken []int, title []int32, p Weights) int {
	off := offTopic(sents, title, taken)
	best, seen := -1, 0
	for i := range sents {
		s := &sents[i]
		if slices.Contains(taken, i) || !ledeable(s, v, p.Target) || off(s) || repeats(s, sents, taken, p.Redundancy) {
			continue
		}
		if best < 0 || s.score > sents[best].score {
			best = i
		}
		if seen++; seen == p.LedeCandidates {
			break
		}
	}
	return best
}

// ledeable reports whether a sentence can open a brief: a statement of at least ten words,
// not quoted speech, not a question, not opening with a pronoun, not addressing the reader or
// speaking for the writer, and not an item of a list.
func ledeable(s *sentence, v *vocab, target int) bool {
	if s.quote || s.item || startsQuoted(s.raw) || personal(s.words) || !concrete(s.words, v) {
		return false
	}
	s.prepare(target)
	return s.text != "" && !s.pronoun && !strings.HasSuffix(s.text, "?") && wordCount(s.text) >= 10
}

// concrete reports whether a sentence names something: it has a number, or a word that the
// article capitalises in the middle of a sentence. "How sad to see something like that" is
// not concrete.
func concrete(ws []word, v *vocab) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.text)
		if unicode.IsDigit(r) || unicode.IsUpper(r) && v.midCap[w.id] && !v.fn[w.id] {
			return true
		}
	}
	return false
}

// ledeText compresses a sentence into a lede of at most MaxLedeWords words.
func ledeText(raw string) string {
	t := compress(raw)
	if wordCount(t) > MaxLedeWords {
		if short := shorten(t, MaxLedeWords); short != "" {
			return short
		}
		return finish(firstWords(t, MaxLedeWords))
	}
	return t
}

// lede returns the best sentence to open the brief that is not a bullet: not quoted
// speech, not a question, not opening with a pronoun, not addressing the reader or speaking
// for the writer, not off topic (see offTopic), at most MaxLedeWords words. The first
// sentence of a paragraph gets a bonus, so candidates are taken in the order of rank until
// no later one can win.
func lede(sents []sentence, order, bullets []int, texts []string, title []int32, target int) string {
	const leadBonus = 1.2
	off := offTopic(sents, title, bullets)
	best, bestScore := -1, math.Inf(-1)
	for _, i := range order {
		s := &sents[i]
		if best >= 0 && max(s.score, s.score*leadBonus) <= bestScore {
			break
		}
		sc := s.score
		if s.lead {
			sc *= leadBonus
		}
		if sc <= bestScore || slices.Contains(bullets, i) || s.quote || startsQuoted(s.raw) || personal(s.words) || off(s) {
			continue
		}
		s.prepare(target)
		t := s.text
		if t == "" || s.pronoun || strings.HasSuffix(t, "?") || slices.Contains(texts, t) {
			continue
		}
		best, bestScore = i, sc
	}
	if best < 0 {
		return ""
	}
	return ledeText(sents[best].raw)
}

// startsQuoted reports whether s opens with a quotation mark.
func startsQuoted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '“' || r == '«' || r == '„' || r == '\''
}

// personal reports whether a sentence speaks to the reader or for the writer: it uses
// "you", "I" or "we".
func personal(ws []word) bool {
	for _, w := range ws {
		switch w.text[0] { // the first letters of the words below
		case 'y', 'Y', 'I', 'm', 'M', 'w', 'W', 'o', 'O', 'u':
		default:
			continue
		}
		switch w.text {
		case "you", "You", "your", "Your", "I", "my", "My", "we", "We", "our", "Our", "us",
			"I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "we're", "We're",
			"we’re", "We’re", "we've", "We've", "you're", "You're", "you’re", "You’re":
			return true
		}
	}
	return false
}
