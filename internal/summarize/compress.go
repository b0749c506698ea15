package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// compress shortens a sentence for a brief without changing what it says: it drops a
// leading dateline or leading connective, parenthetical asides, and a trailing attribution
// such as ", police said", repairs quotation marks left unpaired by sentence splitting and
// ends the sentence with punctuation. Names and numbers are kept verbatim.
func compress(s string) string {
	s = stripDateline(s)
	s = dropParentheticals(s)
	s = dropDashAside(s)
	s = dropAttribution(s)
	s = dropConnective(s)
	s = fixQuotes(s)
	return finish(s)
}

// dashes are the separators that set off a dateline or an aside.
var dashes = []string{" -- ", " — ", " – ", " - "}

// stripDateline removes a leading dateline or source tag: "(CNN)", "(CNN) -- ",
// "LONDON, England (CNN) -- ", "WASHINGTON (Reuters) - ", "KIEV, Ukraine — ".
func stripDateline(s string) string {
	rest, ok := "", false
	switch {
	case strings.HasPrefix(s, "("):
		end := strings.IndexByte(s, ')')
		if end < 0 || end > 40 || wordCount(s[1:end]) > 4 || !hasUpper(s[1:end]) {
			return s
		}
		rest, ok = s[end+1:], true
	case isCapsWord(firstWord(s)):
		// A place in capitals, maybe a region, then a source tag and/or a dash.
		limit := min(len(s), 70)
		head := s[:limit]
		cut := -1
		if p := strings.IndexByte(head, '('); p > 0 {
			if q := strings.IndexByte(head[p:], ')'); q > 0 && wordCount(head[p:p+q]) <= 4 {
				cut = p + q + 1
			}
		}
		if cut < 0 {
			for _, d := range dashes {
				if p := strings.Index(head, d); p > 0 && (cut < 0 || p < cut) {
					cut = p
				}
			}
		}
		if cut < 0 || wordCount(s[:cut]) > 6 || strings.ContainsAny(s[:cut], ".!?\"“") {
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
	return rest
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
			if depth == 0 && open > 0 {
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
	if wordCount(head) < 5 || !isAttribution(strings.TrimRight(strings.TrimSpace(tail), ".!?")) {
		return s
	}
	if quoted {
		return head + "." + s[k+1:k+1+len(s[k+1:])-len(tail)]
	}
	return head + "."
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
			"her", "them", "us", "me", "state", "television", "radio", "newspaper", "agency":
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

// finish collapses runs of spaces, removes spaces before punctuation and makes sure the
// sentence ends with a full stop, question or exclamation mark.
func finish(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{" ,", " .", " ;", " :", " !", " ?"} {
		for strings.Contains(s, p) {
			s = strings.ReplaceAll(s, p, p[1:])
		}
	}
	s = strings.TrimRight(s, " ,;:—–-")
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

// clauseCuts are the places where a long sentence can end early and stay a sentence:
// before a relative or subordinate clause, or between two main clauses.
var clauseCuts = []string{
	"; ", " — ", " -- ", " – ", ", which ", ", who ", ", while ", ", whereas ", ", as ",
	", after ", ", before ", ", with ", ", but ", ", and ", ", including ", ", where ",
	", when ", ", although ", ", though ", ", despite ", ", since ", ", because ", ", amid ",
	", following ", ", saying ", ", adding ", ", according ", ", making ", ", leaving ",
}

// shorten returns s cut at a clause boundary so that it has at most max words, or "" when
// no cut leaves a sentence of at least 8 words.
func shorten(s string, max int) string {
	if wordCount(s) <= max {
		return s
	}
	best := -1
	for _, c := range clauseCuts {
		for off := 0; ; {
			i := strings.Index(s[off:], c)
			if i < 0 {
				break
			}
			i += off
			off = i + len(c)
			if n := wordCount(s[:i]); n >= 8 && n <= max && i > best {
				best = i
			}
		}
	}
	if best < 0 {
		return ""
	}
	return finish(fixQuotes(s[:best]))
}
