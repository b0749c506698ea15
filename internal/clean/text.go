package clean

import (
	"maps"
	"regexp"
	"strings"
	"unicode/utf8"
)

// bulletRE matches the marker of a list item at the start of a line: a dash, an asterisk, a
// bullet or a number followed by a period or a bracket.
var bulletRE = regexp.MustCompile(`^(?:[-*•·▪●◦‣–]|\d{1,2}[.)])\s+`)

// textUnits splits a plain-text body into units, one per line or, when the text is
// hard-wrapped, one per paragraph. bodyLine is the file line the body starts on.
func textUnits(body string, bodyLine int) []unit {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	lines := strings.Split(body, "\n")
	wrapped := hardWrapped(lines)
	var us []unit
	var parts []string // the lines of the last unit, joined when it is complete
	flush := func() {
		if len(parts) > 1 {
			us[len(us)-1].text = strings.Join(parts, " ")
		}
		parts = parts[:0]
	}
	blank := false
	for i, raw := range lines {
		// A promo glued to a paragraph goes before the paragraph is judged.
		text := cutPromo(normalize(raw, true))
		if text == "" {
			blank = true
			continue
		}
		kind := Paragraph
		if m := bulletRE.FindString(text); m != "" && len(m) < len(text) {
			kind = ListItem
			text = text[len(m):]
		}
		indented := strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t")
		if wrapped && !blank && len(us) > 0 && kind == Paragraph &&
			(us[len(us)-1].kind == Paragraph || indented) {
			parts = append(parts, text)
			continue
		}
		flush()
		us = append(us, unit{text: text, line: bodyLine + i, kind: kind, blank: blank})
		parts = append(parts, text)
		blank = false
	}
	if len(us) > 0 {
		flush()
	}
	return us
}

// hardWrapped reports whether the text's paragraphs are wrapped at a fixed width: most of
// its lines are between 40 and 100 characters long and followed by another line, and none
// is much longer.
func hardWrapped(lines []string) bool {
	var filled, nonEmpty int
	for i, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n == 0 {
			continue
		}
		if n > 120 {
			return false
		}
		nonEmpty++
		if n >= 40 && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			filled++
		}
	}
	return nonEmpty >= 4 && filled*2 >= nonEmpty
}

// A memo keeps what measureAll found out about each text it measured, so that cleaning a
// text again (cleanText repeats until the result stops changing) measures only the lines
// that changed, and a line a page repeats is measured once.
type memo struct {
	words map[string]*textWords // readWords of each text
	stats map[string]stats      // measure of each text, with the stop words below
	stop  stopList
}

// measureAll fills in the stats of every unit, including how often each text repeats, and
// returns the language code its stop words suggest ("" when unknown). m, when not nil,
// holds what earlier calls measured and is updated.
func measureAll(us []unit, m *memo) string {
	if m == nil {
		m = &memo{}
	}
	if m.words == nil {
		m.words = make(map[string]*textWords, len(us))
	}
	tws := make([]*textWords, len(us))
	for i := range us {
		tw, ok := m.words[us[i].text]
		if !ok {
			tw = readWords(us[i].text)
			m.words[us[i].text] = tw
		}
		tws[i] = tw
	}
	stop := guessStopWords(tws)
	if m.stats == nil || stop.lang != m.stop.lang || stop.lang < 0 && !maps.Equal(stop.set, m.stop.set) {
		m.stats = make(map[string]stats, len(us))
		m.stop = stop
	}
	seen := make(map[string]int, len(us))
	var fields []string
	for i := range us {
		st, ok := m.stats[us[i].text]
		if !ok {
			fields = appendFields(fields[:0], us[i].text)
			st = measure(us[i].text, fields, tws[i], stop)
			m.stats[us[i].text] = st
		}
		us[i].st = st
		us[i].lw = tws[i].lw
		seen[us[i].text]++
	}
	for i := range us {
		us[i].st.dup = seen[us[i].text] - 1
	}
	if stop.lang < 0 {
		return ""
	}
	return stopLangs[stop.lang]
}

// classify returns, for each unit, the model's log-odds that it belongs to the story.
func classify(us []unit, logit func([]float64) float64, feats func([]float64, []unit, int, *docContext) []float64) []float64 {
	c := newDocContext(us)
	z := make([]float64, len(us))
	var f []float64
	for i := range us {
		f = feats(f[:0], us, i, &c)
		z[i] = logit(f)
	}
	return z
}

// clockRE matches a time of day: "07:47", "6:34".
var clockRE = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// commentStamp reports whether unit j is a comment's time stamp under its author's name: a
// short line with a date or a time of day ("2 days ago at 07:47 am") after a line of one to
// four words that is no sentence and has no date, and before a sentence (the comment).
func commentStamp(us []unit, j int) bool {
	s := us[j].st
	if j == 0 || s.words > 8 || !s.dated && !clockRE.MatchString(us[j].text) {
		return false
	}
	if j+1 >= len(us) {
		return false
	}
	p, n := us[j-1].st, us[j+1].st
	return p.words >= 1 && p.words <= 4 && !p.endPunct && !p.date && !p.dated && !p.colon && n.words >= 5 && n.endPunct
}

// withoutCommentSection returns the units before a readers' comment section: a short line
// about comments ("34 responses to …", "Comments", "Leave a Reply", "[ 167 comments ]")
// followed within the units after it by at least two commenters' headers ("joetoronto
// says:", "Alex on May 2, 2018 at 6:34 am said:") or three names each over a time stamp
// ("Nick A" / "2 days ago at 07:47 am"), when prose comes before it. The section and what follows it
// go before the rest is judged.
func withoutCommentSection(us []unit) []unit {
	prose := 0
	for i, u := range us {
		if contentLike(u.st) {
			prose++
		}
		if !u.st.comment || prose == 0 {
			continue
		}
		says, stamps := 0, 0
		for j := i + 1; j < len(us) && j <= i+40; j++ {
			if us[j].st.says {
				says++
			}
			if commentStamp(us, j) {
				stamps++
			}
		}
		if says >= 2 || stamps >= 3 {
			return us[:i]
		}
	}
	return us
}
