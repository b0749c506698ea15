package summarize

import (
	"github.com/briefs/briefs/internal/dates"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTopics is the most topics a brief lists.
const maxTopics = 8

// A mention is a candidate topic: a name as the article spells it.
type mention struct {
	name  string
	words int
	count int     // mentions, including those of shorter forms merged into it
	first int     // position of the first mention, in sentences
	score float64 // mentions weighted by position
}

// topics returns the named people, places and organisations of the article, most important
// first: runs of capitalised words ("Vladimir Putin", "Bank of England") and acronyms
// ("NATO"), weighted by how often and how early they occur, with a mention in the title
// counting double. A capitalised word at the start of a sentence or in a title-case title
// counts only when the article also capitalises it elsewhere, so "The", "However" and
// "Reporting" are not topics; nor are days, months and words the article also writes in
// lower case. A shorter form merges into the longer name that contains it ("Putin" into
// "Vladimir Putin") and a demonym into its country ("Russian" into "Russia").
func topics(v *vocab, titleText string, title []word, sents []sentence) []string {
	var ms []mention
	index := map[string]int{}
	add := func(name string, pos int, weight float64) {
		i, ok := index[name]
		if !ok {
			i = len(ms)
			index[name] = i
			ms = append(ms, mention{name: name, words: strings.Count(name, " ") + 1, first: pos})
		}
		ms[i].count++
		ms[i].score += weight / (1 + float64(pos)/20)
	}
	var run []word
	v.titled = make(map[int32]bool, len(title))
	for _, w := range title {
		v.titled[w.id] = true
	}
	for _, name := range v.names(titleText, title, true, run) {
		add(name, 0, 2)
	}
	pos := 0 // of the sentence among the story's, without bylines and labels
	for _, s := range sents {
		if s.junk {
			continue
		}
		for _, name := range v.names(s.src, s.words, false, run) {
			add(name, pos, 1)
		}
		pos++
	}
	// "Jens Stoltenberg of NATO" is two names when both are mentioned on their own.
	for i := range ms {
		left, right, ok := splitName(ms[i].name)
		if !ok {
			continue
		}
		_, known := index[right]
		leftKnown := false
		for j := range ms {
			leftKnown = leftKnown || ms[j].name == left || containsName(left, ms[j].name)
		}
		if !known || !leftKnown {
			continue
		}
		ms = splitMention(ms, index, i, left, right)
	}
	// "Ukraine Marie Yovanovitch" is two names glued together when a name of two words or
	// more that is mentioned on its own ends or starts it. The rest is a name of its own
	// when the article capitalises it mid-sentence ("Welcome Jose Mourinho" is not).
	for i := range ms {
		known, rest, ok := gluedName(ms[i].name, index)
		if !ok {
			continue
		}
		if v.midName(rest) {
			ms = splitMention(ms, index, i, known, rest)
		} else {
			ms = splitMention(ms, index, i, known)
		}
	}
	// Merge each name into the most important longer name that contains it.
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return ms[a].words - ms[b].words })
	merged := make([]bool, len(ms))
	for _, i := range order {
		into := -1
		for j := range ms {
			if j == i || merged[j] || ms[j].count == 0 || !containsName(ms[j].name, ms[i].name) {
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
		// A name met once is a topic only when it is prominent: in the title or the opening.
		if !merged[i] && m.count > 0 && (m.count >= 2 || m.first <= 2) {
			out = append(out, m)
		}
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
	for _, m := range out[:min(len(out), maxTopics)] {
		names = append(names, m.name)
	}
	return names
}

// names returns the names among the words ws of the sentence or title src; run is scratch
// space.
func (v *vocab) names(src string, ws []word, title bool, run []word) []string {
	if !title && v.titleCase(ws) || shouting(ws) {
		return nil
	}
	var out []string
	brackets := strings.IndexByte(src, '[') >= 0
	flush := func() {
		for len(run) > 0 && v.fn[run[len(run)-1].id] {
			run = run[:len(run)-1] // a trailing connector: "Bank of"
		}
		// Drop titles and what qualifies them: "Russian President Vladimir Putin" is
		// "Vladimir Putin", "Mr Smith" is "Smith".
		for i := len(run) - 2; i >= 0; i-- {
			if honorific(run[i].text) {
				run = run[i+1:]
				break
			}
		}
		if n := len(run); n > 0 && n <= 5 && !(n == 1 && (v.ordinary(run[0]) || honorific(run[0].text))) && !dateWord(run[n-1].text) {
			out = append(out, joinWords(src, run))
		}
		run = run[:0]
	}
	for i, w := range ws {
		switch {
		case brackets && bracketed(src, w.off):
			flush() // an editor's note or a credit: "[File: Reuters]"
		case v.nameWord(w, w.start, title):
			run = append(run, w)
		case (w.start || title) && len(run) == 0 && i+1 < len(ws) && !w.brk && !v.stop[w.id] && (!v.lower[w.id] || v.caps[w.id] >= 2) && (i > 0 || !title || v.midCap[w.id]) && v.nameWord(w, false, false) && v.nameWord(ws[i+1], false, title):
			// "British Airways" opening a sentence, "Sergey Lavrov" in a title: a
			// capitalised word followed by a name. The first word of a title is capitalised
			// anyway, so it must be capitalised mid-sentence somewhere ("Major WeWork
			// layoffs" is about WeWork).
			run = append(run, w)
		case len(run) > 0 && connector(w.text):
			run = append(run, w)
		default:
			flush()
		}
		if w.brk {
			flush()
		}
	}
	flush()
	return out
}

// joinWords returns the words of run separated by single spaces: the stretch of src they
// span when that is what it holds, a new string otherwise.
func joinWords(src string, run []word) string {
	first, last := run[0], run[len(run)-1]
	span := src[first.off : last.off+len(last.text)]
	n := len(run) - 1
	for _, w := range run {
		n += len(w.text)
	}
	if n == len(span) && strings.Count(span, " ") == len(run)-1 {
		return span
	}
	parts := make([]string, len(run))
	for i, w := range run {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// nameWord reports whether w can be part of a name. A capitalised word that starts a
// sentence must be a name there too (see startName). A word of a title must be capitalised
// in the article and never in lower case, and the title's first word must pass startName. A party and state tag such as
// "D-Minn" and an adjective such as "NATO-led" are no names.
func (v *vocab) nameWord(w word, start, title bool) bool {
	r, size := utf8.DecodeRuneInString(w.text)
	if !unicode.IsUpper(r) || size == len(w.text) || v.fn[w.id] || partyTag(w.text) || adjectival(w.text) {
		return false // lower case, a lone capital ("A", "I"), or "The"
	}
	switch {
	case caps(w.text):
		return true // an acronym: "NATO", "U.S."
	case title:
		return v.caps[w.id] > 0 && !v.lower[w.id] && (!w.start || v.startName(w))
	case start:
		return v.startName(w)
	}
	return true
}

// bracketed reports whether the word at src[off] is inside square brackets.
func bracketed(src string, off int) bool {
	open := strings.LastIndexByte(src[:off], '[')
	return open >= 0 && strings.LastIndexByte(src[:off], ']') < open
}

// adjectival reports whether w is a compound that ends in a lower-case word, as the
// adjectives "NATO-led" and "Russia-linked" do.
func adjectival(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// partyTag reports whether w is a party and state tag, "D-Minn" or "R-Texas", that follows
// the name of an American politician.
func partyTag(w string) bool {
	if len(w) < 4 || w[1] != '-' || !strings.ContainsRune("DRI", rune(w[0])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[2:])
	return unicode.IsUpper(r)
}

// startName reports whether a capitalised word in a place where any word is capitalised (the
// start of a sentence or a title) is a name: the article capitalises it in the middle of a
// sentence too, or it is in the title and the article capitalises it at least twice and
// never writes it in lower case ("Rubio conveyed ...", "Rubio stressed ..."). "Roughly" and
// "Verified" opening sentences are no names.
func (v *vocab) startName(w word) bool {
	return v.midCap[w.id] || v.titled[w.id] && v.caps[w.id] >= 2 && !v.lower[w.id]
}

// ordinary reports whether a one-word name is no name at all: a day, a month, a word the
// article otherwise writes in lower case, or a long word in capitals.
func (v *vocab) ordinary(w word) bool {
	if caps(w.text) {
		return len(w.text) > 6
	}
	if dateWord(w.text) {
		return true
	}
	var buf [16]byte
	switch string(appendLower(buf[:0], w.text)) {
	case "may", "today", "yesterday", "tomorrow", "sir", "madam":
		return true
	}
	return v.lower[w.id]
}

// dateWord reports whether w names a month ("Feb" too) or a weekday, in any language
// package dates knows; a name that ends in one ("Last Saturday") is a date, not a topic.
func dateWord(w string) bool {
	return len(w) >= 3 && dates.Month(w) != 0 || len(w) >= 4 && dates.IsWeekday(w)
}

// caps reports whether w is written in capitals, with at least two letters.
func caps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			n++
		}
	}
	return n >= 2
}

// splitMention moves the mentions of ms[i] to the names parts, adding those ms lacks (index
// maps a name to its place in ms), and returns ms.
func splitMention(ms []mention, index map[string]int, i int, parts ...string) []mention {
	m := ms[i]
	ms[i].count, ms[i].score = 0, 0
	for _, part := range parts {
		j, ok := index[part]
		if !ok {
			j = len(ms)
			index[part] = j
			ms = append(ms, mention{name: part, words: strings.Count(part, " ") + 1, first: m.first})
		}
		ms[j].count += m.count
		ms[j].score += m.score
		ms[j].first = min(ms[j].first, m.first)
	}
	return ms
}

// containsName reports whether name long contains name short, so that short is another
// way to mention long: its surname ("Putin" for "Vladimir Putin"), the first name of a
// two-word name ("Cayman" for "Cayman Naib"), the same name spelt with or without a space
// ("TimeWarner" for "Time Warner"), or the country a demonym comes from ("Russian" for
// "Russia", "Ukrainian" for "Ukraine", "Chinese" for "China"). A name with a connector
// does not absorb its parts ("England" is not "Bank of England"), nor a two-word name its
// acronym ("AOL" is not "AOL Europe").
func containsName(long, short string) bool {
	if len(short) >= len(long) {
		// A demonym is longer than its country's name.
		if strings.Contains(long, " ") || strings.Contains(short, " ") || len(short)-len(long) > 3 {
			return false
		}
		stem := long
		if strings.ContainsAny(long[len(long)-1:], "aey") {
			stem = long[:len(long)-1]
		}
		return len(stem) >= 4 && len(short) > len(long) && strings.HasPrefix(short, stem)
	}
	if !strings.Contains(short, " ") && equalWithoutSpaces(long, short) {
		return true
	}
	n := len(short)
	suffix := long[len(long)-n-1] == ' ' && long[len(long)-n:] == short
	prefix := long[n] == ' ' && long[:n] == short && strings.Count(long, " ") == 1 && !caps(short) && !caps(long[n+1:])
	if !suffix && !prefix {
		return false
	}
	for _, w := range strings.Fields(long) {
		if connector(w) {
			return false
		}
	}
	return true
}

// equalWithoutSpaces reports whether a with its spaces removed is b.
func equalWithoutSpaces(a, b string) bool {
	j := 0
	for i := 0; i < len(a); i++ {
		if a[i] == ' ' {
			continue
		}
		if j >= len(b) || a[i] != b[j] {
			return false
		}
		j++
	}
	return j == len(b)
}

// gluedName splits a name without a connector into a known name of two or more words that
// ends or starts it ("Marie Yovanovitch" in "Ukraine Marie Yovanovitch") and the rest.
func gluedName(name string, known map[string]int) (found, rest string, ok bool) {
	for _, w := range strings.Fields(name) {
		if connector(w) {
			return "", "", false
		}
	}
	for i := 0; i < len(name); i++ {
		if name[i] != ' ' {
			continue
		}
		left, right := name[:i], name[i+1:]
		if _, k := known[right]; k && strings.Contains(right, " ") {
			return right, left, true
		}
		if _, k := known[left]; k && strings.Contains(left, " ") {
			return left, right, true
		}
	}
	return "", "", false
}

// midName reports whether every word of name is capitalised in the middle of a sentence
// somewhere in the article.
func (v *vocab) midName(name string) bool {
	for _, w := range strings.Fields(name) {
		var buf [32]byte
		id, ok := v.ids[string(appendLower(buf[:0], w))]
		if !ok || !v.midCap[id] {
			return false
		}
	}
	return true
}

// splitName splits a name at its connector: "Jens Stoltenberg of NATO" is "Jens
// Stoltenberg" and "NATO".
func splitName(name string) (left, right string, ok bool) {
	for _, c := range []string{" of the ", " of ", " de ", " von ", " van "} {
		if i := strings.Index(name, c); i > 0 {
			return name[:i], name[i+len(c):], true
		}
	}
	return "", "", false
}

// connector reports whether w may join the capitalised words of one name: "Bank of
// England", "Coalition of the Willing", "Charles de Gaulle", "Hit & Run".
func connector(w string) bool {
	switch w {
	case "of", "the", "de", "du", "des", "del", "della", "der", "den", "van", "von", "da",
		"dos", "al", "bin", "el", "la", "le", "y", "&":
		return true
	}
	return false
}

// honorific reports whether w is a courtesy or office title that a name can drop:
// "Mr Smith" is "Smith" and "President Zelensky" is "Zelensky".
func honorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Herr", "Frau", "Mme", "Sr",
		"Sra", "President", "Vice", "Prime", "Minister", "Chancellor", "Secretary", "Senator",
		"Sen", "Rep", "Representative", "Governor", "Gov", "Mayor", "King", "Queen", "Pope",
		"Prince", "Princess", "Judge", "Justice", "General", "Gen", "Colonel", "Captain",
		"Coach", "Manager", "Chairman", "Chief", "Executive", "Director", "Foreign", "Defense",
		"Defence", "Interior", "Finance", "Premier", "Ambassador", "Commissioner", "Officer",
		"Detective", "Sheriff", "Lt", "Sgt", "Capt", "Col", "Gen.", "Rev", "Reverend",
		"Bishop", "Archbishop", "Cardinal", "Sheikh", "Emir", "Ayatollah", "Speaker",
		"Leader", "Deputy", "Supreme", "Attorney", "Former", "Acting", "Striker", "Midfielder",
		"Defender", "Goalkeeper", "Forward", "Actor", "Actress", "Singer", "Rapper", "Star",
		"Ombudsman", "Spokesman", "Spokeswoman", "Spokesperson", "Lawmaker", "Councillor",
		"Councilman", "Councilwoman", "Congressman", "Congresswoman", "Assemblyman", "Delegate":
		return true
	}
	return false
}

// titleCase reports whether words are written as a headline ("Polemos Launches Token On
// MEXC And Uniswap"): function words capitalised after the first word, or every word of
// four letters or more capitalised. A sentence full of names ("Russian President Vladimir
// Putin met the NATO envoy") is not.
func (v *vocab) titleCase(ws []word) bool {
	long, up, fn := 0, 0, 0
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.text)
		capital := unicode.IsUpper(r)
		if i > 0 && capital && v.fn[w.id] {
			fn++
		}
		if utf8.RuneCountInString(w.text) >= 4 {
			long++
			if capital {
				up++
			}
		}
	}
	return fn >= 2 || long >= 4 && up == long
}

// shouting reports whether most words are in capitals, as in a shouted headline.
func shouting(ws []word) bool {
	up := 0
	for _, w := range ws {
		if caps(w.text) {
			up++
		}
	}
	return up >= 4 && up*2 > len(ws)
}
