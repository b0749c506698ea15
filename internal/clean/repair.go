package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// repair fixes the typography of one normalised block: sentences glued together by a
// scraper ("occurs.Also" → "occurs. Also"), curly quotes glued to the word before or after
// them ("with“specific dates”" → "with “specific dates”") and spaces put before a comma or
// a full stop or inside brackets where an inline element ended ("Speaker , Benjamin").
func repair(s string) string {
	return spaceQuotes(unglue(spacePunct(s)))
}

// spacePunct removes the space a scraper put before a comma or a full stop ("Speaker ,
// Benjamin", "Litern . Mit") and inside brackets ("( Logout / Ubah )"), where the text of
// an inline element was joined to what follows it. A space before a colon, a semicolon, a
// question or exclamation mark is French typography and stays; so does " ..." and " .5".
func spacePunct(s string) string {
	if !strings.Contains(s, " ,") && !strings.Contains(s, " .") && !strings.Contains(s, "( ") && !strings.Contains(s, " )") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && i > 0 && i+1 < len(s) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next := s[i+1]
			after := byte(' ')
			if i+2 < len(s) {
				after = s[i+2]
			}
			word := unicode.IsLetter(prev) || unicode.IsDigit(prev)
			switch {
			case (next == ',' || next == '.') && after == ' ' && (word || isClosing(prev)) && prev != '.':
				continue // "Speaker , Benjamin", "Litern . Mit": the space goes
			case next == ')' && (word || unicode.IsPunct(prev)) && prev != '(':
				continue
			case prev == '(' && next != ' ' && next != ')':
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// unglue inserts the space a scraper dropped between two sentences: after a full stop,
// question or exclamation mark (and any closing quotes or brackets) that ends a lower-case
// word and comes right before a capitalised word. It leaves "U.S.", "3.5", "e.g.", "Node.js",
// "ASP.NET", URLs, e-mail addresses and domains such as "Amazon.Com" alone.
func unglue(s string) string {
	if !strings.ContainsAny(s, ".!?") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isClosing(r) {
				break
			}
			j += size
		}
		if j >= len(s) || !gluedAt(s, i, j) {
			continue
		}
		b.WriteString(s[last:j])
		b.WriteByte(' ')
		last = j
		i = j - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// gluedAt reports whether the punctuation at s[i] followed by closers up to s[j] ends a
// sentence glued to a capitalised word starting at s[j].
func gluedAt(s string, i, j int) bool {
	// The word after: a capital letter then a lower-case one.
	r1, n1 := utf8.DecodeRuneInString(s[j:])
	if !unicode.IsUpper(r1) || j+n1 >= len(s) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[j+n1:])
	if !unicode.IsLower(r2) {
		return false
	}
	// The word before (after any closing quotes or brackets): at least two letters, the
	// last lower-case, no dots, slashes or @.
	k := i
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !isClosing(r) {
			break
		}
		k -= size
	}
	start := strings.LastIndexAny(s[:k], " \t\n") + 1
	before := strings.TrimLeft(s[start:k], "(\"'“‘«[„")
	if utf8.RuneCountInString(before) < 2 || strings.ContainsAny(before, "./@:_\\#=&%") {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(before)
	// A year ("in 2020.The") or a number before "!" or "?" may end a sentence too.
	year := len(before) >= 4 && strings.Trim(before, "0123456789") == ""
	if !unicode.IsLower(prev) && !year && !(unicode.IsDigit(prev) && s[i] != '.') {
		return false
	}
	// The word after must not continue as a domain or a file name ("Amazon.Com", "x.Py").
	end := j
	for end < len(s) && s[end] != ' ' {
		end++
	}
	after := s[j:end]
	if domainLike(after) {
		return false
	}
	word := strings.ToLower(strings.TrimRightFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }))
	switch word {
	case "com", "net", "org", "de", "co", "uk", "io", "gov", "edu", "info", "fr", "es", "it", "pl", "js", "html", "php", "aspx", "htm", "txt", "pdf", "jpg", "png":
		return false
	}
	return true
}

// domainLike reports whether w continues like a domain, a file name or an address: a dot
// or an @ directly followed by a letter or digit ("Example.com", "x@y"), an ellipsis aside.
func domainLike(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != '.' && w[i] != '@' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[i+1:])
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !(w[i] == '.' && i > 0 && w[i-1] == '.') {
			return true
		}
	}
	return false
}

// isClosing reports whether r closes a quotation or a parenthesis.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

// spaceQuotes separates curly double quotes from the words they were glued to: an opening
// quote gets a space before it, a closing one a space after it. In text that opens quotes
// with „ (German, Polish and others), “ closes them.
func spaceQuotes(s string) string {
	if !hasDoubleQuote(s) {
		return s
	}
	lowOpen := strings.ContainsRune(s, '„')
	if utf8.ValidString(s) && !quoteGlued(s, lowOpen, nil) {
		return s // the loop below would copy s as it is
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	quoteGlued(s, lowOpen, &b)
	return b.String()
}

// hasDoubleQuote reports whether s holds “ or ”: both are E2 80 9C/9D in UTF-8, and E2 80
// starts most punctuation of news text (’ — …), so this looks for the pair once rather than
// for each quote in turn as strings.ContainsAny does.
func hasDoubleQuote(s string) bool {
	for {
		i := strings.Index(s, "\xe2\x80")
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if c := s[i+2]; c == 0x9c || c == 0x9d {
			return true
		}
		s = s[i+2:]
	}
}

// quoteGlued reports whether a quotation mark in s is glued to a word as spaceQuotes sees
// it; with b, it writes s to b with those quotes spaced (characters that are not UTF-8
// become U+FFFD).
func quoteGlued(s string, lowOpen bool, b *strings.Builder) bool {
	glued := false
	var prev rune
	for i, r := range s {
		opening := r == '“' && !lowOpen || r == '„'
		closing := r == '”' || r == '“' && lowOpen
		if opening && isWordRune(prev) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if isWordRune(next) {
				if b == nil {
					return true
				}
				glued = true
				b.WriteByte(' ')
			}
		}
		if b != nil {
			b.WriteRune(r)
		}
		if closing && (isWordRune(prev) || strings.ContainsRune(".,!?", prev)) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if unicode.IsLetter(next) {
				if b == nil {
					return true
				}
				glued = true
				b.WriteByte(' ')
			}
		}
		prev = r
	}
	return glued
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
