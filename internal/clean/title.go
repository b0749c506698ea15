package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleWindow is how many units before the story's first kept unit are searched for its
// headline: a page may put a lead image, its caption, share buttons and a byline between
// them. farTitleWindow is how far a headline may stand when the page marks it as one.
const (
	titleWindow    = 30
	farTitleWindow = 60
)

// A titleCandidate is a unit that may be the story's headline.
type titleCandidate struct {
	i      int    // the unit
	text   string // the headline it holds: all its text, or the last step of a breadcrumb
	shared int    // the story's words it shares
	// marked says the page marks the unit as the headline: a date or a byline follows it,
	// or the page prints it again, alone or behind a label ("Share All sharing options
	// for: …", "Opinion|Republicans Are Following Trump to Nowhere").
	marked bool
}

// pickTitle returns the unit of us that holds the story's headline, which starts at unit
// start, with the headline; or -1 and "".
//
// A scraped page puts its headline near the story, among bylines, dates, captions, share
// prompts and menus, several of which read like headlines too ("Get short URL", "News
// reporter @jane"). The headline is told apart by its words: most of them come back in the
// story's first paragraphs. Of the headline-like units that share at least two words and
// nearly as many as the best (or most of their own) with the story, the first that the page
// marks as a headline (a date or byline after it, or the same words printed again) is
// taken; failing that, the first, since a headline comes before the byline, the date and
// the caption. Units further back than titleWindow count only when marked. A unit that
// shares nothing with the story is never the headline: the summarizer then writes one,
// which beats showing "Close share panel" as a title.
//
// The story's own first unit (start) may be the headline when something follows it, and
// either something before it was dropped or it stands alone as a heading ("Council approves
// park" above a blank line, as an editor types a story). Cleaning repeats until the text
// stops changing, so a cleaned text never starts with such a unit, and cleaning it again
// takes nothing more away.
func pickTitle(us []unit, keep []bool, start int) (int, string) {
	if start >= len(us) {
		return -1, ""
	}
	var story map[string]int // storyVocab, once a candidate needs it
	var cands []titleCandidate
	best := 0
	for j := max(0, start-farTitleWindow); j <= start; j++ {
		u := us[j]
		alone := u.kind == Heading || j+1 < len(us) && us[j+1].blank
		if j == start && (start == 0 && !alone || u.kind != Paragraph && u.kind != Heading || nextKept(keep, start) < 0) {
			continue
		}
		text := lastCrumb(u.text)
		// A headline may be printed twice (above and below the dateline); a menu item is
		// often printed more.
		if u.kind == ListItem || u.st.dup > 1 || u.st.credit || u.st.junk*3 > u.st.words || u.st.consent ||
			strings.Contains(text, "@") || !isHeadline(text) {
			continue
		}
		if story == nil {
			story = storyVocab(us, keep, start, 6)
		}
		lw := u.lw
		if text != u.text {
			lw = lowerWords(text)
		}
		c := titleCandidate{i: j, text: text, shared: sharedKeys(lw, story, j == start), marked: markedTitle(us, j, text)}
		if start-j > titleWindow && !c.marked {
			continue
		}
		cands = append(cands, c)
		best = max(best, c.shared)
	}
	// A long caption or sentence may share more words than the headline; a headline
	// shares most of its own.
	eligible := func(c titleCandidate) bool {
		return c.shared >= 2 && (c.shared*10 >= best*6 || c.shared >= 4 && c.shared*10 >= keyCount(lowerWords(c.text))*7)
	}
	pick := -1
	for k, c := range cands {
		if !eligible(c) {
			continue
		}
		if c.marked {
			return c.i, c.text
		}
		if pick < 0 {
			pick = k
		}
	}
	if pick >= 0 {
		return cands[pick].i, cands[pick].text
	}
	// A short headline may share no more than a word with the story ("Intendanten-Wechsel
	// beim MDR"); it still stands right above the story with its date or byline under it.
	for k := len(cands) - 1; k >= 0; k-- {
		c := cands[k]
		if start-c.i <= 4 && c.shared >= 1 && datedBelow(us, c.i) {
			return c.i, c.text
		}
	}
	return -1, ""
}

// datedBelow reports whether a date or a byline follows unit j within two units.
func datedBelow(us []unit, j int) bool {
	for k := j + 1; k < len(us) && k <= j+2; k++ {
		if s := us[k].st; s.date || s.byline || s.dated && s.words <= 12 {
			return true
		}
	}
	return false
}

// keyCount returns how many distinct vocabulary keys the lower-cased words lw have.
func keyCount(lw []string) int {
	seen := map[string]bool{}
	vocabKeys(lw, func(k string) { seen[k] = true })
	return len(seen)
}

// sharedKeys counts the vocabulary keys of the lower-cased words lw that occur in the
// story; for the story's own first unit, only those that occur again in it.
func sharedKeys(lw []string, story map[string]int, first bool) int {
	n := 0
	seen := map[string]bool{}
	vocabKeys(lw, func(k string) {
		if !seen[k] {
			seen[k] = true
			if story[k] > 0 && !(first && story[k] == 1) {
				n++
			}
		}
	})
	return n
}

// markedTitle reports whether the page marks unit j, whose headline is text, as a headline:
// a date or a byline follows within two units, or another unit has the same words, alone
// or behind a label ("Opinion|Republicans Are Following Trump to Nowhere").
func markedTitle(us []unit, j int, text string) bool {
	if us[j].st.dup > 0 || datedBelow(us, j) {
		return true
	}
	for k, u := range us {
		if k == j || len(u.text) <= len(text)+1 || !strings.HasSuffix(u.text, text) {
			continue
		}
		before := strings.TrimRight(u.text[:len(u.text)-len(text)], " ")
		if r, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune("|:»›>-–—", r) {
			return true
		}
	}
	return false
}

// lastCrumb returns the last step of a breadcrumb ("Mensagens » Autoestima » Só quem se
// Ama…" gives "Só quem se Ama…"), or s when it is not one.
func lastCrumb(s string) string {
	for _, sep := range []string{" » ", " › ", " > "} {
		if i := strings.LastIndex(s, sep); i > 0 {
			return strings.TrimSpace(s[i+len(sep):])
		}
	}
	return s
}

// storyVocab counts the vocabulary keys of the first n kept units from start on.
func storyVocab(us []unit, keep []bool, start, n int) map[string]int {
	vocab := map[string]int{}
	for j := start; j < len(us) && n > 0; j++ {
		if !keep[j] {
			continue
		}
		n--
		vocabKeys(us[j].lw, func(k string) { vocab[k]++ })
	}
	return vocab
}

// vocabKeys calls add with the vocabulary key of each of the lower-cased words lw (a
// text's lowerWords): vocabKey's, or for words of a script written without spaces
// (Chinese, Japanese, Thai…), each pair of neighbouring characters that holds one other
// than hiragana (the particles and endings of Japanese), so that "デスクトップアプリ" and
// "デスクトップ" meet.
func vocabKeys(lw []string, add func(string)) {
	for _, w := range lw {
		if k := vocabKey(w); k != "" && !hasDense(w) {
			add(k)
			continue
		}
		var prev rune
		prevAt := -1
		for i, r := range w {
			if prevAt >= 0 && isDenseScript(r) && isDenseScript(prev) &&
				!(unicode.Is(unicode.Hiragana, r) && unicode.Is(unicode.Hiragana, prev)) {
				add(w[prevAt : i+utf8.RuneLen(r)])
			}
			prev, prevAt = r, i
		}
	}
}

// hasDense reports whether w holds a character of a script written without spaces.
func hasDense(w string) bool {
	for _, r := range w {
		if isDenseScript(r) {
			return true
		}
	}
	return false
}

// vocabKey returns the first five letters of a word of four letters or more, so "agrees" and
// "agreed" meet; shorter words, mostly function words in every language, give "".
func vocabKey(w string) string {
	if utf8.RuneCountInString(w) < 4 {
		return ""
	}
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return w
}

// isHeadline reports whether s reads like a headline: three to thirty words with letters,
// not ending with a full stop, a comma or a colon, and not a byline or a date.
func isHeadline(s string) bool {
	if n := countFields(s, 31); n < 3 || n > 30 {
		return false
	}
	fields := strings.Fields(s)
	if isByline(fields) || isDateLine(s, fields, nil) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’»)"))
	if strings.ContainsRune(".,:;", last) && !strings.HasSuffix(s, "...") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "\"'“‘«¿¡("))
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if strings.Contains(s, "|") || strings.Contains(s, "©") {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters*2 >= utf8.RuneCountInString(s)
}

// countFields returns the number of space-separated words in s, as strings.Fields splits
// them, or limit when there are limit or more.
func countFields(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		space := false
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		switch {
		case space:
			in = false
		case !in:
			in = true
			if n++; n == limit {
				return n
			}
		}
	}
	return n
}

// titleSepRE matches the separators between a headline and the names of its site or
// section in a title: "Headline | Site", "Section » Headline", "Headline - All Details Here".
var titleSepRE = regexp.MustCompile(` (?:[|\-–—·•»›]|::) `)

// trimTitle removes from the ends of a title the parts behind a separator that name the
// outlet or are not about the story, told by its blocks: "Energiewende und
// nachhaltiges Wirtschaften - BMBF", "Time 4 talks » Blog Archiv » Weitere
// Digitalisierung der Schweizer Kinos", "… Record Russian Strikes - All Details Here". A
// part is removed only when it has at most six words, only when what is left shares a word
// with the story, and at the start only behind a bar or a chevron ("Opinion | …"), since
// "Corona-Pandemie - „Es kommt …“" opens with a part of its headline. A dash between two
// months or numbers ("Januar - Mai 2020") is a range, not a separator. A title without
// such parts is returned as it is.
func trimTitle(title string, blocks []Block, outlet wordSet) string {
	if !titleSepRE.MatchString(title) {
		return title
	}
	story := blocksVocab(blocks)
	if len(story) == 0 {
		return title
	}
	// The parts are title[starts[k]:ends[k]]; dash[k] says a dash comes before part k.
	starts, ends, dash := []int{0}, []int{}, []bool{false}
	for _, l := range titleSepRE.FindAllStringIndex(title, -1) {
		if isRange(title[:l[0]], title[l[1]:]) {
			continue
		}
		ends = append(ends, l[0])
		starts = append(starts, l[1])
		sep := strings.TrimSpace(title[l[0]:l[1]])
		dash = append(dash, sep == "-" || sep == "–" || sep == "—")
	}
	ends = append(ends, len(title))
	if len(starts) == 1 {
		return title
	}
	off := func(k int) bool {
		part := title[starts[k]:ends[k]]
		lw := lowerWords(part)
		return len(lw) <= 6 && (namesOutlet(lw, outlet) || sharedKeys(lw, story, false) == 0)
	}
	lo, hi := 0, len(starts)
	for hi-lo > 1 && off(hi-1) {
		hi--
	}
	for hi-lo > 1 && off(lo) && (!dash[lo+1] || namesOutlet(lowerWords(title[starts[lo]:ends[lo]]), outlet)) {
		lo++
	}
	t := strings.TrimSpace(title[starts[lo]:ends[hi-1]])
	if t == title || sharedKeys(lowerWords(t), story, false) == 0 || len(strings.Fields(t)) < 2 {
		return title
	}
	return t
}

// isRange reports whether a dash between before and after joins two months, weekdays or
// numbers: "Januar - Mai", "1990 - 2020".
func isRange(before, after string) bool {
	b, a := strings.Fields(before), strings.Fields(after)
	if len(b) == 0 || len(a) == 0 {
		return false
	}
	dateish := func(w string) bool {
		w = strings.Trim(w, ".,()")
		return w != "" && (strings.Trim(w, "0123456789") == "" || isMonthOrDay(strings.ToLower(w)))
	}
	return dateish(b[len(b)-1]) && dateish(a[0])
}

// blocksVocab counts the vocabulary keys of the blocks' text.
func blocksVocab(blocks []Block) map[string]int {
	vocab := map[string]int{}
	for _, b := range blocks {
		vocabKeys(lowerWords(b.Text), func(k string) { vocab[k]++ })
	}
	return vocab
}
