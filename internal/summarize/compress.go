package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// compress shortens a sentence for a brief without changing what it says: it drops a
// leading list marker, dateline or connective, parenthetical asides, and a trailing attribution
// such as ", police said", repairs quotation marks left unpaired by sentence splitting and
// ends the sentence with punctuation. Names and numbers are kept verbatim.
func compress(s string) string {
	s = stripMarker(s)
	s = stripDateline(s)
	s = dropNotes(s)
	s = dropParentheticals(s)
	s = dropDashAside(s)
	s = dropAttribution(s)
	s = dropConnective(s)
	s = fixQuotes(s)
	return finish(s)
}

// stripMarker removes a list marker that a scraper left in the text: "• Police searched the
// apartment" → "Police searched the apartment".
func stripMarker(s string) string {
	for _, m := range []string{"• ", "· ", "▪ ", "► ", "* "} {
		if strings.HasPrefix(s, m) {
			return strings.TrimLeft(s[len(m):], " ")
		}
	}
	return s
}

// dashes are the separators that set off a dateline or an aside.
var dashes = []string{" -- ", " — ", " – ", " - "}

// stripDateline removes a leading dateline or source tag: "(CNN)", "(CNN) -- ",
// "LONDON, England (CNN) -- ", "New Delhi, India (CNN)", "WASHINGTON (Reuters) - ",
// "KIEV, Ukraine — ", and a place glued to the story by a scraper: "Ferguson,
// MissouriLoistine Hoskin cared" → "Loistine Hoskin cared", "LondonA photo" → "A photo".
func stripDateline(s string) string {
	rest, ok := "", false
	switch {
	case strings.HasPrefix(s, "("):
		end := strings.IndexByte(s, ')')
		if end < 0 || end > 40 || wordCount(s[1:end]) > 4 || !hasUpper(s[1:end]) {
			return s
		}
		rest, ok = s[end+1:], true
	case startsUpper(s):
		// A place, maybe a region, then a source tag and/or a dash.
		head := s[:min(len(s), 70)]
		cut := -1
		if p := strings.IndexByte(head, '('); p > 0 && placeLike(head[:p]) {
			if q := strings.IndexByte(head[p:], ')'); q > 0 && wordCount(head[p:p+q]) <= 4 && hasUpper(head[p:p+q]) {
				cut = p + q + 1
			}
		}
		if cut < 0 && isCapsWord(firstWord(s)) {
			for _, d := range dashes {
				if p := strings.Index(head, d); p > 0 && (cut < 0 || p < cut) {
					cut = p
				}
			}
		}
		if cut < 0 {
			return unglue(s)
		}
		if wordCount(s[:cut]) > 6 || strings.ContainsAny(s[:cut], ".!?\"“") {
			return s
		}
		rest, ok = s[cut:], true
	}
	if !ok {
		return s
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	for _, d := range []string{"--", "—", "–", "-"} {
		if strings.HasPrefix(rest, d) {
			rest = strings.TrimLeft(rest[len(d):], " \u00a0")
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)) {
		return s
	}
	return unglue(rest)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// placeLike reports whether s could be a dateline's place: up to five capitalised words and
// commas, "New Delhi, India ".
func placeLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// unglue removes a place that a scraper glued to the first word of the story when it dropped
// the source tag between them: "Ferguson, MissouriLoistine Hoskin" → "Loistine Hoskin",
// "Kuala LumpurThe initial hours" → "The initial hours". The glued word must follow a comma
// or be a word that starts sentences, so that names such as "MacArthur" stay.
func unglue(s string) string {
	prevComma := false
	rest := s
	for k := 0; k < 4 && rest != ""; k++ {
		rest = strings.TrimLeft(rest, " ")
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		if !startsUpper(w) {
			return s
		}
		prev := rune(0)
		for j, r := range w {
			if j >= 3 && unicode.IsLower(prev) && unicode.IsUpper(r) {
				tail := rest[j:]
				if (prevComma || commonStarter(firstWord(tail))) && wordCount(tail) >= 4 {
					return tail
				}
				return s
			}
			prev = r
		}
		prevComma = strings.HasSuffix(w, ",")
		rest = rest[end:]
	}
	return s
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isCapsWord reports whether w is a word of two or more letters, all capitals.
func isCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// dropParentheticals removes asides in parentheses, "€10 billion (£8.6bn) in aid" →
// "€10 billion in aid", unless too little of the sentence would be left.
func dropParentheticals(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	depth, open := 0, -1
	last := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if depth == 0 {
				open = i
			}
			depth++
		case ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 && open > 0 && !openerBefore(s[:open]) {
				cut := open
				for cut > last && s[cut-1] == ' ' {
					cut--
				}
				b.WriteString(s[last:cut])
				last = i + 1
			}
		}
	}
	b.WriteString(s[last:])
	out := b.String()
	if wordCount(out) < 4 {
		return s
	}
	return out
}

// dropNotes removes an editor's note or credit in square brackets, one with a colon or one
// that ends the sentence: "the country in 2001 [File: Reuters]." → "the country in 2001.".
// Brackets inside a sentence that stand for words of a quotation ("[He] said") stay.
func dropNotes(s string) string {
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '[')
		if i < 0 {
			return s
		}
		i += off
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return s
		}
		j += i
		if end := strings.TrimLeft(s[j+1:], ".!?\"'”’) "); end == "" || strings.Contains(s[i:j], ":") {
			out := strings.TrimRight(s[:i], " ") + s[j+1:]
			if wordCount(out) >= 4 {
				s = out
				continue
			}
		}
		off = j + 1
	}
}

// openerBefore reports whether s ends with an opening quotation mark or bracket, maybe
// followed by spaces: a parenthesis there is part of the quoted sentence, as in
// '"(It) felt good"'.
func openerBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return s == "" || isOpener(r)
}

// dropDashAside removes an aside between two dashes: "Russia — which denies it — fired"
// → "Russia fired".
func dropDashAside(s string) string {
	for _, d := range dashes[:3] {
		i := strings.Index(s, d)
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(d):], d)
		if j < 0 {
			continue
		}
		j += i + len(d)
		if wordCount(s[i:j]) > 15 {
			continue
		}
		out := s[:i] + " " + s[j+len(d):]
		if wordCount(out) >= 6 {
			return out
		}
	}
	return s
}

// dropAttribution removes a trailing attribution: "..., police said." →
// "...." and '"...big," Broussard told CNN affiliate KGO.' → '"...big."'.
func dropAttribution(s string) string {
	k := strings.LastIndexByte(s, ',')
	if k < 0 {
		return s
	}
	head, tail := s[:k], s[k+1:]
	quoted := false
	if r, size := utf8.DecodeRuneInString(tail); r == '"' || r == '”' || r == '’' {
		quoted = true
		tail = tail[size:]
	}
	if wordCount(head) < 3 || !isAttribution(strings.TrimRight(strings.TrimSpace(tail), ".!?")) {
		return s
	}
	end := "."
	if strings.HasSuffix(head, ".") {
		end = "" // "the U.S."
	}
	if quoted {
		return head + end + s[k+1:len(s)-len(tail)]
	}
	return head + end
}

// isAttribution reports whether a clause only says who said something: a short subject,
// a reporting verb, then at most a few words of channel and time, as in "police said",
// "the medical center said in a statement", "Broussard told CNN affiliate KGO" or
// "according to California Pacific Medical Center".
func isAttribution(clause string) bool {
	words := strings.Fields(clause)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	verb := -1
	for i, w := range words {
		switch w {
		case "said", "says", "told", "added", "reported", "stated", "explained", "noted",
			"wrote", "announced", "confirmed", "tweeted", "posted":
			verb = i
		case "according":
			if i+1 < len(words) && words[i+1] == "to" {
				verb = i + 1
			}
		}
		if verb >= 0 {
			break
		}
	}
	if verb < 0 || verb > 6 || len(words)-verb-1 > 7 {
		return false
	}
	for _, w := range words[verb+1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		switch strings.Trim(w, ".,;:") {
		case "in", "a", "an", "the", "on", "at", "to", "of", "for", "from", "with", "by",
			"statement", "reporters", "interview", "conference", "release", "briefing",
			"news", "earlier", "later", "last", "this", "late", "week", "month", "year",
			"morning", "afternoon", "evening", "night", "today", "yesterday", "tonight",
			"affiliate", "email", "e-mail", "post", "letter", "press", "spokesman",
			"spokeswoman", "spokesperson", "separately", "media", "local", "told", "him",
			"her", "them", "us", "me", "state", "television", "radio", "newspaper", "agency",
			"its", "his", "their", "page", "website", "account", "feed":
			continue
		}
		return false
	}
	return true
}

// dropConnective removes a leading connective that links the sentence to one the brief may
// not show: "But", "However,", "Meanwhile,".
func dropConnective(s string) string {
	for _, c := range []string{
		"But ", "And ", "So ", "Yet ", "Also, ", "Also ", "However, ", "Meanwhile, ",
		"Moreover, ", "Furthermore, ", "Additionally, ", "In addition, ", "Still, ",
		"Nevertheless, ", "Nonetheless, ", "Simultaneously, ", "Instead, ", "Indeed, ",
		"Separately, ", "Besides, ", "Then, ", "Now, ", "Overall, ", "Thus, ", "Therefore, ",
	} {
		if !strings.HasPrefix(s, c) {
			continue
		}
		rest := s[len(c):]
		r, size := utf8.DecodeRuneInString(rest)
		if wordCount(rest) < 5 || !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isOpener(r) {
			return s
		}
		if unicode.IsLower(r) {
			rest = string(unicode.ToUpper(r)) + rest[size:]
		}
		return rest
	}
	return s
}

// fixQuotes removes quotation marks left without a partner when a quotation that spans
// several sentences was split: '"I know this journey is bigger.' → 'I know this journey is
// bigger.'.
func fixQuotes(s string) string {
	if strings.Count(s, `"`)%2 == 1 {
		switch {
		case strings.HasPrefix(s, `"`):
			s = s[1:]
		case strings.HasSuffix(s, `"`):
			s = s[:len(s)-1]
		default:
			i := strings.LastIndexByte(s, '"')
			s = s[:i] + s[i+1:]
		}
	}
	opens, closes := strings.Count(s, "“"), strings.Count(s, "”")
	switch {
	case opens > closes && strings.HasPrefix(s, "“"):
		s = s[len("“"):]
	case closes > opens && strings.HasSuffix(s, "”"):
		s = s[:len(s)-len("”")]
	case opens > closes:
		i := strings.LastIndex(s, "“")
		s = s[:i] + s[i+len("“"):]
	case closes > opens:
		i := strings.LastIndex(s, "”")
		s = s[:i] + s[i+len("”"):]
	}
	return strings.TrimSpace(s)
}

// singleSpaced reports whether the words of s are separated by single spaces, with no
// other white space: strings.Join(strings.Fields(s), " ") is s.
func singleSpaced(s string) bool {
	space := true // a space here would go
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if space {
				return false
			}
			space = true
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
			space = false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// spaceBeforePunct reports whether a space comes before one of , . ; : ! ? in s.
func spaceBeforePunct(s string) bool {
	for i := strings.IndexByte(s, ' '); i >= 0 && i+1 < len(s); {
		switch s[i+1] {
		case ',', '.', ';', ':', '!', '?':
			return true
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// finish collapses runs of spaces, removes spaces before punctuation and makes sure the
// sentence ends with a full stop, question or exclamation mark.
func finish(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if spaceBeforePunct(s) {
		for _, p := range []string{" ,", " .", " ;", " :", " !", " ?"} {
			for strings.Contains(s, p) {
				s = strings.ReplaceAll(s, p, p[1:])
			}
		}
	}
	s = strings.TrimRight(s, " ,;:—–-")
	if strings.HasSuffix(s, "..") && !strings.HasSuffix(s, "...") {
		s = s[:len(s)-1] // "in the U.S.."
	}
	if s == "" {
		return s
	}
	end := strings.TrimRight(s, `"'”’)»`)
	if end == "" {
		return s
	}
	r, _ := utf8.DecodeLastRuneInString(end)
	if !isTerminal(r) {
		if len(end) < len(s) && strings.ContainsAny(s[len(end):], `"”’»`) {
			return end + "." + s[len(end):]
		}
		return s + "."
	}
	return s
}
