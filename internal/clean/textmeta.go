package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/dates"
)

// metaWindow is how many units before the story's first kept unit are searched for its
// headline, byline and date.
const metaWindow = 12

// titleWindow is how many units before the story's first kept unit are searched for its
// headline: a page may put a lead image, its caption, share buttons and a byline between
// them.
const titleWindow = 30

// textMeta reads the title, date, author and source of a plain-text article from the units
// around the start of its story, and drops the headline from the kept units so that the
// body does not repeat it.
func textMeta(d *Doc, us []unit, keep []bool, a content.Article) {
	start := nextKept(keep, -1)
	if start < 0 {
		start = len(us)
	}
	lo := max(0, start-metaWindow)
	title := -1
	tlo := max(0, start-titleWindow)
	// A first line that opens with a date ("date 2025-07-10 Rubio and Lavrov hold talks").
	if len(us) > 0 {
		if t, rest, ok := leadingDate(us[0].text, a.Zone); ok {
			d.Date = t
			if isHeadline(rest) {
				d.Title, title = rest, 0
			}
		}
	}
	if title < 0 {
		title = pickTitle(us, keep, tlo, start)
		if title >= 0 {
			d.Title = us[title].text
		}
	}
	if title >= 0 {
		keep[title] = false
		// Pages often print the headline twice, above and below the dateline: the body
		// does not repeat it either way.
		for j := nextKept(keep, title); j >= 0 && j <= title+4; j = nextKept(keep, j) {
			if us[j].text == us[title].text {
				keep[j] = false
			}
		}
		if !keep[start] {
			start = max(nextKept(keep, start), start+1)
		}
	}
	d.Title = repair(d.Title)
	for j := max(0, lo); j < min(len(us), start+3); j++ {
		u := us[j]
		near := u.st.date || u.st.byline || u.st.words <= 12
		if d.Date.IsZero() && near && j != title {
			if t, _, _, ok := dates.FindOrdered(u.text, a.Zone, d.Lang != "en"); ok {
				d.Date = t
			}
		}
		if d.Author == "" && u.st.byline {
			d.Author = bylineName(u.text, a.Zone)
		}
	}
	d.Source = textSource(us, keep, start)
}

// pickTitle returns the unit in us[lo:start+1] that is the story's headline, or -1.
//
// A scraped page puts its headline near the story, among bylines, dates, captions, share
// prompts and menus, several of which read like headlines too ("Get short URL", "News
// reporter @jane"). The headline is told apart by its words: most of them come back in the
// story's first paragraphs. Of the headline-like units that share at least two words and
// nearly as many as the best with the story, the first is taken, since a headline comes
// before the byline, the date and the caption. A unit that shares nothing with the story is
// never the headline: the summarizer then writes one, which beats showing "Close share
// panel" as a title.
//
// The story's own first unit (start) may be the headline when something follows it, and
// either something before it was dropped or it stands alone as a heading ("Council approves
// park" above a blank line, as an editor types a story). Cleaning repeats until the text
// stops changing, so a cleaned text never starts with such a unit, and cleaning it again
// takes nothing more away.
func pickTitle(us []unit, keep []bool, lo, start int) int {
	if start >= len(us) {
		return -1
	}
	story := storyVocab(us, keep, start, 6)
	type candidate struct{ i, shared int }
	var cands []candidate
	best := 0
	for j := lo; j <= start; j++ {
		u := us[j]
		// A headline may be printed twice (above and below the dateline); a menu item is
		// often printed more.
		if !isHeadline(u.text) || u.kind == ListItem || u.st.junk > 0 || u.st.dup > 1 || strings.Contains(u.text, "@") {
			continue
		}
		alone := u.kind == Heading || j+1 < len(us) && us[j+1].blank
		if j == start && (start == 0 && !alone || u.kind != Paragraph && u.kind != Heading || nextKept(keep, start) < 0) {
			continue
		}
		n := 0
		seen := map[string]bool{}
		for _, w := range lowerWords(u.text) {
			if k := vocabKey(w); k != "" && !seen[k] {
				seen[k] = true
				if story[k] > 0 && !(j == start && story[k] == 1) {
					n++
				}
			}
		}
		cands = append(cands, candidate{j, n})
		best = max(best, n)
	}
	for _, c := range cands {
		if best >= 2 && c.shared >= 2 && c.shared*10 >= best*6 {
			return c.i
		}
	}
	return -1
}

// storyVocab counts the vocabulary keys of the first n kept units from start on.
func storyVocab(us []unit, keep []bool, start, n int) map[string]int {
	vocab := map[string]int{}
	for j := start; j < len(us) && n > 0; j++ {
		if !keep[j] {
			continue
		}
		n--
		for _, w := range lowerWords(us[j].text) {
			if k := vocabKey(w); k != "" {
				vocab[k]++
			}
		}
	}
	return vocab
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

// leadingDate reads a date at the start of s, after at most a label such as "date" or
// "Published", and returns it with the text after it.
func leadingDate(s string, zone *time.Location) (time.Time, string, bool) {
	t, start, end, ok := dates.Find(s, zone)
	if !ok || start > 20 {
		return time.Time{}, "", false
	}
	for _, w := range strings.Fields(s[:start]) {
		if len(lowerWords(w)) > 0 && !dateWords[lowerWords(w)[0]] && !dates.IsWeekday(w) {
			return time.Time{}, "", false
		}
	}
	rest := strings.TrimLeft(s[end:], " -–—|:,")
	return t, rest, true
}

// isHeadline reports whether s reads like a headline: three to thirty words with letters,
// not ending with a full stop, a comma or a colon, and not a byline or a date.
func isHeadline(s string) bool {
	fields := strings.Fields(s)
	if len(fields) < 3 || len(fields) > 30 || isByline(fields) || isDateLine(s, fields, lowerWords(s)) {
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

// bylineName returns the name in a byline, without the "By" and any date, role or outlet
// that follows it after a separator.
func bylineName(s string, zone *time.Location) string {
	return cleanAuthor(s, zone)
}

// cleanAuthor returns the name or names in a byline: "By Jane Doe | Reuters" → "Jane Doe",
// "Catherine Shu @catherineshu / 2 days" → "Catherine Shu", "Von Max Muster, 10.07.2025"
// → "Max Muster".
func cleanAuthor(s string, zone *time.Location) string {
	if _, start, _, ok := dates.Find(s, zone); ok {
		s = s[:start]
	}
	fields := strings.Fields(s)
	if len(fields) > 2 && strings.EqualFold(fields[1], "by") {
		fields = fields[1:]
	}
	if len(fields) > 0 && isBylineWord(fields[0]) {
		fields = fields[1:]
	}
	if len(fields) > 0 && strings.EqualFold(fields[0], "by") {
		fields = fields[1:]
	}
	for i, f := range fields {
		if strings.HasPrefix(f, "@") || f == "/" || f == "|" || f == "-" || f == "–" || f == "—" || f == "•" || f == "·" {
			fields = fields[:i]
			break
		}
	}
	for len(fields) > 0 && dateWords[strings.ToLower(fields[len(fields)-1])] {
		fields = fields[:len(fields)-1] // "Posted by Jane Doe on" before a date
	}
	name := strings.Join(fields, " ")
	if i := strings.IndexAny(name, "|•·"); i >= 0 {
		name = name[:i]
	}
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(name), "-:,;"))
}

// isBylineWord reports whether w opens a byline: "By", "Von", "Por", "Par"…
func isBylineWord(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ":")) {
	case "by", "von", "por", "par", "di", "door", "av", "autor", "autorin", "author", "written", "reported":
		return true
	}
	return false
}

// datelineRE matches the outlet in a dateline that opens a story: "(CNN)", "LONDON, England
// (CNN) --", "WASHINGTON (Reuters) -".
var datelineRE = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.,' ]{0,40})?\((\p{Lu}[\p{L}.&]{1,20}(?: \p{Lu}[\p{L}.&]+){0,2})\)`)

// copyrightRE matches the holder in a copyright line: "© 2005-2019 SlashGear, All Rights
// Reserved.", "© Copyright Gannett 2018", "Copyright © 2020 The Foo Times".
var copyrightRE = regexp.MustCompile(`(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*|[Cc]opyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(\p{Lu}[\p{L}\p{N}.&' -]{1,40}?)\s*(?:\d{4})?\s*(?:[,.|]|$|[Aa]ll [Rr]ights)`)

// textSource returns the outlet a text names: in the dateline of its first paragraph, or
// else in a copyright line.
func textSource(us []unit, keep []bool, start int) string {
	if start < len(us) {
		if m := datelineRE.FindStringSubmatch(us[start].text); m != nil {
			return m[1]
		}
	}
	for _, u := range us {
		if !u.st.copyright || u.st.words > 15 {
			continue
		}
		if m := copyrightRE.FindStringSubmatch(u.text); m != nil {
			name := strings.TrimSpace(m[1])
			if !strings.EqualFold(name, "copyright") {
				return name
			}
		}
	}
	return ""
}
