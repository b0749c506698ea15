package summarize

import (
	"github.com/briefs/briefs/internal/dates"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits plain text into sentences. Each sentence is a substring of text with the
// surrounding space trimmed, so the sentences hold every non-space character of text, in order.
//
// A sentence ends at a full stop, question mark, exclamation mark or ellipsis (and the closing
// quotes and brackets after it) that is followed by the start of a new sentence, and at a line
// break that ends a line without such punctuation, as a headline or a list item does. Full
// stops that are not sentence ends are recognised: abbreviations (U.S., Dr., Jan. 5, p.m.,
// e.g., No. 1), initials (J. K. Rowling), decimals and amounts (3.5%, €1.13bn) and list
// numbers ("1. First"). A sentence glued to the next one without a space ("occurs.Also") is
// split when the next starts with a capitalised word.
func Sentences(text string) []string {
	var out []string
	for len(text) > 0 {
		line := nextLine(text)
		out = appendLineSentences(out, text[:line])
		text = text[line:]
	}
	return out
}

// nextLine returns the length of the first line of text, with its line break, where a line
// ends at a blank line, and at a single line break unless the break falls inside a sentence
// that was wrapped: the line ends in a letter or comma and the next begins in lower case.
func nextLine(text string) int {
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		before := strings.TrimRight(text[:i], " \t\r")
		after := strings.TrimLeft(text[i+1:], " \t\r")
		if before == "" || after == "" || after[0] == '\n' {
			return i + 1
		}
		last, _ := utf8.DecodeLastRuneInString(before)
		next, _ := utf8.DecodeRuneInString(after)
		if (unicode.IsLetter(last) || last == ',') && unicode.IsLower(next) {
			continue // a wrapped line
		}
		return i + 1
	}
	return len(text)
}

// appendLineSentences appends the sentences of one line to out.
func appendLineSentences(out []string, line string) []string {
	start := 0
	for i := 0; i < len(line); {
		// Only these bytes start a terminal: . ! ? and the first bytes of … ‼ ⁇ ⁈ ⁉ (E2),
		// 。 (E3) and ！ ？ (EF). None of them continues a character, so looking at every
		// byte finds the terminals that a walk over the characters finds.
		switch line[i] {
		case '.', '!', '?', 0xe2, 0xe3, 0xef:
		default:
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		end := i + size
		// Take the whole run of terminal punctuation ("?!", "...") and what closes after it.
		for end < len(line) {
			r2, s2 := utf8.DecodeRuneInString(line[end:])
			if !isTerminal(r2) && !isCloser(r2) {
				break
			}
			end += s2
		}
		if isBoundary(line, start, i, end) {
			if s := strings.TrimSpace(line[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
		i = end
	}
	if s := strings.TrimSpace(line[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or a parenthesis.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』':
		return true
	}
	return false
}

// isOpener reports whether r can open a quotation or a parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '「', '『', '¿', '¡':
		return true
	}
	return false
}

// isBoundary reports whether the terminal punctuation line[i:end] ends the sentence that
// started at line[start].
func isBoundary(line string, start, i, end int) bool {
	term, _ := utf8.DecodeRuneInString(line[i:])
	if end == len(line) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(line[end:])
	wide := term == '。' || term == '！' || term == '？'
	if !unicode.IsSpace(next) {
		// No space follows. CJK punctuation needs none; otherwise split only a glued
		// sentence: "occurs.Also Read", "end."Next", "Really?Yes".
		if wide {
			return true
		}
		return glued(line, i, end)
	}
	rest := strings.TrimLeft(line[end:], " \t\r\n\u00a0")
	if rest == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(rest)
	for isOpener(first) && len(rest) > 1 {
		_, s := utf8.DecodeRuneInString(rest)
		rest = rest[s:]
		first, _ = utf8.DecodeRuneInString(rest)
	}
	if unicode.IsLower(first) {
		return false // "e.g. the", "p.m. on", "flew at me... the buzz", "Yahoo! said"
	}
	if term != '.' || end-i > 1 && line[i+1] == '.' {
		return true // ? ! … and "..." end a sentence before a capital, a digit or a symbol
	}
	word := wordBefore(line, start, i)
	enumerator := onlyDigits(word) && strings.TrimSpace(line[start:i]) == word
	return !abbreviation(word, firstWord(rest), enumerator)
}

// glued reports whether the full stop at line[i] with closers up to end ends a sentence that
// the next one is glued to, as in "occurs.Also" or "said."Next": the stop follows a
// lower-case word of two letters or more and a capitalised word follows. "U.S.Army",
// "3.5", "example.com" and "Node.js" are not split.
func glued(line string, i, end int) bool {
	if i < 2 {
		return false
	}
	a, sa := utf8.DecodeLastRuneInString(line[:i])
	b, _ := utf8.DecodeLastRuneInString(line[:i-sa])
	if !unicode.IsLower(a) || !unicode.IsLetter(b) {
		return false
	}
	rest := line[end:]
	c, sc := utf8.DecodeRuneInString(rest)
	if isOpener(c) {
		rest = rest[sc:]
		c, sc = utf8.DecodeRuneInString(rest)
	}
	d, _ := utf8.DecodeRuneInString(rest[sc:])
	return unicode.IsUpper(c) && unicode.IsLower(d)
}

// wordBefore returns the word that ends at line[i], including inner full stops ("U.S",
// "p.m", "e.g"), without opening quotes or brackets, nor a source tag glued to it:
// "(CNN)U.S" gives "U.S".
func wordBefore(line string, start, i int) string {
	j := i
	for j > start {
		r, s := utf8.DecodeLastRuneInString(line[:j])
		if unicode.IsSpace(r) || isOpener(r) || r == ')' || r == ']' || r == '—' || r == '–' || r == '/' {
			break
		}
		j -= s
	}
	return line[j:i]
}

// firstWord returns the leading run of letters and digits of s.
func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return s[:i]
		}
	}
	return s
}

func onlyDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// abbreviation reports whether word, followed by a full stop, abbreviates rather than ends
// a sentence, given the word after the stop (which starts with a capital, a digit or a
// symbol). enumerator is set when the word is a number that starts the line, as in "1. First".
func abbreviation(word, next string, enumerator bool) bool {
	if word == "" || enumerator {
		return enumerator
	}
	if len(word) <= 2 && onlyDigits(word) && dates.Month(next) != 0 {
		return true // an ordinal date: "am 3. Oktober", "le 1. mai"
	}
	r, size := utf8.DecodeRuneInString(word)
	if size == len(word) && unicode.IsUpper(r) {
		return true // an initial: "J. K. Rowling", "George W. Bush", "Taraji P. Henson"
	}
	lower := strings.ToLower(word)
	nextDigit := next != "" && next[0] >= '0' && next[0] <= '9'
	switch lower {
	case "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
		"capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "cpl",
		"pvt", "spc", "pfc", "st", "mt", "ft", "jr", "sr", "messrs", "mme", "mlle", "rt", "cf", "vs", "v",
		"e.g", "i.e", "viz", "al", "approx", "ca", "nos", "fig", "figs", "vol", "ch", "art",
		"sec", "ave", "blvd", "dept", "univ", "assn", "bros", "nr", "tel", "ext":
		return true
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"no", "op", "pp", "p", "para", "ref":
		return nextDigit // "Jan. 5", "No. 1", "p. 12"; "He said no. Then" ends
	case "a.m", "p.m":
		// "10 p.m. ET" continues; "at 10 p.m. Police said" starts a new sentence.
		return isZone(next)
	}
	if dotted(word) {
		// A dotted abbreviation such as "U.S." or "Ph.D." continues before a name
		// ("U.S. Army") and ends a sentence before a word that usually starts one
		// ("in the U.S. The").
		return !commonStarter(next)
	}
	return false
}

// dotted reports whether w is an abbreviation written with inner full stops, "U.S",
// "Ph.D", "e.g": groups of one to three letters joined by stops.
func dotted(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	n := 0 // letters in the current group
	for i, r := range w {
		switch {
		case r == '.':
			if n == 0 && i < len(w)-1 {
				return false
			}
			n = 0
		case unicode.IsLetter(r):
			if n++; n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func isZone(w string) bool {
	switch w {
	case "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
		"GMT", "BST", "UTC", "CET", "CEST":
		return true
	}
	return false
}

// commonStarter reports whether w is a word that often starts an English sentence and is not
// a name.
func commonStarter(w string) bool {
	switch w {
	case "A", "An", "The", "This", "That", "These", "Those", "There", "Their", "They", "Then",
		"He", "She", "It", "Its", "We", "I", "You", "His", "Her", "Our", "My", "In", "On", "At",
		"As", "By", "For", "From", "But", "And", "Or", "So", "Yet", "If", "When", "While",
		"After", "Before", "Since", "Although", "Though", "However", "Meanwhile", "Still",
		"Some", "Many", "Most", "One", "Two", "No", "Not", "All", "Both", "Each", "Other",
		"Officials", "Police", "What", "Why", "How", "Who", "Where", "Now", "Last", "Earlier",
		"Later", "According", "Under", "With", "Without", "During", "Despite", "About":
		return true
	}
	return false
}
