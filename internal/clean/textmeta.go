package clean

import (
	"regexp"
	"strings"
	"time"

	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/dates"
)

// metaWindow is how many units before the story's first kept unit are searched for its
// headline, byline and date.
const metaWindow = 12

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
		title, d.Title = pickTitle(us, keep, start)
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

// leadingDate reads a date at the start of s, after at most a label such as "date" or
// "Published", and returns it with the text after it.
func leadingDate(s string, zone *time.Location) (time.Time, string, bool) {
	t, start, end, ok := dates.FindNear(s, zone, 20)
	if !ok {
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
