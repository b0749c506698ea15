package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/clean"
)

// maxTopics is the most topics a brief lists.
const maxTopics = 8

// A mention is a candidate topic: a name as the article spells it.
type mention struct {
	name  string
	words int
	count int     // mentions, including those of shorter forms merged into it
	first int     // position of the first mention, in sentences
	score float64 // frequency weighted by position
}

// topics returns the named people, places and organisations of the article, most important
// first: runs of capitalised words that do not start a sentence ("Vladimir Putin",
// "Bank of England") and acronyms ("NATO"), weighted by how often and how early they occur,
// with the title counting double. A shorter form merges into the longer name that contains
// it ("Putin" into "Vladimir Putin"), and a demonym into its country ("Russian" into
// "Russia").
func topics(d clean.Doc, sents []sentence) []string {
	var ms []mention
	index := map[string]int{}
	add := func(name string, pos int, weight float64) {
		i, ok := index[name]
		if !ok {
			i = len(ms)
			index[name] = i
			ms = append(ms, mention{name: name, words: len(strings.Fields(name)), first: pos})
		}
		ms[i].count++
		ms[i].score += weight / (1 + float64(pos)/20)
	}
	lowerSeen := lowerWords(sents)
	if d.Title != "" {
		for _, name := range names(d.Title, true, lowerSeen) {
			add(name, 0, 2)
		}
	}
	for _, s := range sents {
		for _, name := range names(s.raw, false, lowerSeen) {
			add(name, s.pos, 1)
		}
	}
	// Merge a name into the longest, most mentioned name that contains it.
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return ms[a].words - ms[b].words })
	merged := make([]bool, len(ms))
	for _, i := range order {
		into := -1
		for j := range ms {
			if j == i || merged[j] || !contains(ms[j].name, ms[i].name) {
				continue
			}
			if into < 0 || ms[j].score > ms[into].score {
				into = j
			}
		}
		if into >= 0 {
			ms[into].count += ms[i].count
			ms[into].score += ms[i].score
			ms[into].first = min(ms[into].first, ms[i].first)
			merged[i] = true
		}
	}
	var out []mention
	for i, m := range ms {
		if merged[i] {
			continue
		}
		// A name met once is a topic only when it is prominent: in the title or the opening.
		if m.count < 2 && m.first > 2 {
			continue
		}
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b mention) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		case a.first != b.first:
			return a.first - b.first
		}
		return strings.Compare(a.name, b.name)
	})
	var names []string
	for _, m := range out {
		names = append(names, m.name)
		if len(names) == maxTopics {
			break
		}
	}
	return names
}

// contains reports whether name long contains name short: as a run of its words ("Putin" in
// "Vladimir Putin"), or as the country a demonym comes from ("Russian" in "Russia").
func contains(long, short string) bool {
	if long == short {
		return false
	}
	if strings.Contains(" "+long+" ", " "+short+" ") {
		return true
	}
	if strings.Contains(long, " ") || strings.Contains(short, " ") {
		return false
	}
	// "Russian" → "Russia", "Ukrainian" → "Ukraine", "Chinese" → "China".
	stem := strings.TrimSuffix(long, "e")
	stem = strings.TrimSuffix(stem, "a")
	stem = strings.TrimSuffix(stem, "y")
	return len(stem) >= 4 && len(short) > len(long) && len(short)-len(long) <= 3 && strings.HasPrefix(short, stem)
}

// lowerWords returns the words the article uses in lower case, so that a capitalised
// ordinary word at the start of a sentence ("Key", "Market") is not taken for a name.
func lowerWords(sents []sentence) map[string]bool {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range strings.FieldsFunc(s.raw, notWordRune) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				seen[w] = true
			}
		}
	}
	return seen
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' && r != '.' && r != '&'
}

// names returns the capitalised names in one sentence. A capitalised word that starts the
// sentence counts only when it is not an ordinary word the article also writes in lower case
// and not a function word. In a title every capitalised run counts, as titles capitalise
// freely, but only when it holds a word that is not an ordinary word.
func names(s string, title bool, lower map[string]bool) []string {
	if titleCased(s) && !title || mostlyCaps(s) {
		return nil
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '“' || r == '”' || r == '(' || r == ')'
	})
	var out []string
	var run []string
	flush := func() {
		for len(run) > 0 && connector(run[len(run)-1]) {
			run = run[:len(run)-1]
		}
		for len(run) > 1 && honorific(run[0]) {
			run = run[1:]
		}
		if len(run) > 0 && len(run) <= 5 {
			name := strings.Join(run, " ")
			if !ordinary(name, lower) {
				out = append(out, name)
			}
		}
		run = run[:0]
	}
	sentenceStart := true
	for _, raw := range words {
		w, endsClause := trimWord(raw)
		switch {
		case w == "":
			flush()
		case isName(w) && !(sentenceStart && ordinaryStart(w, lower)):
			run = append(run, w)
		case len(run) > 0 && connector(w):
			run = append(run, w)
		default:
			flush()
		}
		if endsClause {
			flush()
		}
		sentenceStart = w == "" && sentenceStart || strings.HasSuffix(raw, ":")
	}
	flush()
	return out
}

// trimWord strips punctuation and a possessive from a word and reports whether punctuation
// after it ends the run of a name ("Kyiv," or "Putin.").
func trimWord(w string) (string, bool) {
	end := strings.TrimRightFunc(w, func(r rune) bool {
		return unicode.IsPunct(r) && r != '.' || r == '.' && !strings.Contains(strings.TrimRight(w, "."), ".")
	})
	breaks := len(end) < len(w)
	end = strings.TrimLeftFunc(end, unicode.IsPunct)
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(end, p) {
			end = strings.TrimSuffix(end, p)
			breaks = true
			break
		}
	}
	return end, breaks
}

// isName reports whether w can be part of a name: capitalised (with a letter after the
// capital or a full stop, as in "U.S."), or an acronym of capitals and digits.
func isName(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if size == len(w) {
		return false // a lone capital: "A", "I"
	}
	return !isStop(appendLower(nil, w)) || isCapsWord(w) && len(w) >= 2
}

// ordinaryStart reports whether a capitalised word that starts a sentence is an ordinary
// word there: the article uses it in lower case, or it is a function word.
func ordinaryStart(w string, lower map[string]bool) bool {
	l := string(appendLower(nil, w))
	return lower[l] || isStop([]byte(l)) || isCapsWord(w) && false
}

// ordinary reports whether a one-word name is no name at all: a day, a month, a word the
// article otherwise writes in lower case, or a function word in capitals.
func ordinary(name string, lower map[string]bool) bool {
	if strings.Contains(name, " ") {
		return false
	}
	l := string(appendLower(nil, name))
	if isCapsWord(name) {
		return len(name) > 6 || isStop([]byte(l))
	}
	switch l {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "however", "meanwhile", "also",
		"today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "sir":
		return true
	}
	return lower[l]
}

// connector reports whether w may join the capitalised words of one name: "Bank of
// England", "Coalition of the Willing", "Charles de Gaulle".
func connector(w string) bool {
	switch w {
	case "of", "of the", "the", "de", "du", "des", "del", "della", "der", "den", "van", "von",
		"da", "dos", "al", "bin", "el", "la", "le", "y", "&":
		return true
	}
	return false
}

// honorific reports whether w is a courtesy title that a name can drop: "Mr Smith" is
// "Smith".
func honorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Herr",
		"Frau", "M", "Mme", "Sr", "Sra", "Dom":
		return true
	}
	return false
}

// mostlyCaps reports whether s is written in capitals, as a shouted headline is.
func mostlyCaps(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up > 8 && up > low
}
