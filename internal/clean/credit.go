package clean

import (
	"regexp"
	"strings"
)

// creditRE matches the photo credits and gallery counters of captions.
var creditRE = regexp.MustCompile(`(?i)\((?:AP|AFP|Reuters|Getty|dpa|EPA|Image|Photo|Foto|Bild|Picture)[^)]{0,60}\)|` +
	`\b(?:Photo|Image|Foto|Bild|Credit|Crédit|Quelle|Fuente|Source)s?\s*(?::|/|\.\.\.)\s*\p{Lu}|Getty Images|^\d+\s?of\s?\d+\p{Lu}`)

// creditWords are the words creditRE looks for after a bracket or before a colon.
var creditWords = wordsSet("ap afp reuters getty dpa epa image images photo photos foto fotos bild picture credit crédit quelle fuente source")

// The alternatives of creditRE, each anchored at the start of the text: a credit in
// brackets, a label before a colon or a slash, and a gallery counter. The fourth, "Getty
// Images", is a plain search.
var (
	creditParenRE = regexp.MustCompile(`(?i)^\((?:AP|AFP|Reuters|Getty|dpa|EPA|Image|Photo|Foto|Bild|Picture)[^)]{0,60}\)`)
	creditLabelRE = regexp.MustCompile(`(?i)^(?:Photo|Image|Foto|Bild|Credit|Crédit|Quelle|Fuente|Source)s?\s*(?::|/|\.\.\.)\s*\p{Lu}`)
	creditCountRE = regexp.MustCompile(`(?i)^\d+\s?of\s?\d+\p{Lu}`)
	creditLabels  = strings.Fields("photo image foto bild credit crédit quelle fuente source")
)

// isCredit reports whether creditRE matches text. Rather than run the expression over the
// whole text, it tries each alternative where it can start: at a bracket, at a word that
// opens with a label, at the start. Its case-insensitive words are compared with
// strings.EqualFold on as many bytes as they have, which holds unless the text has one of
// the two characters that fold to an ASCII letter in more bytes (ſ and the Kelvin sign);
// such a text is left to creditRE.
func isCredit(text string) bool {
	if strings.ContainsRune(text, 'ſ') || strings.ContainsRune(text, '\u212a') {
		return creditRE.MatchString(text)
	}
	if text != "" && text[0] >= '0' && text[0] <= '9' && creditCountRE.MatchString(text) {
		return true
	}
	lastSep := strings.LastIndexAny(text, ":/.") // a label needs one after it
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '(' {
			// The words in brackets start with these letters, in either case.
			if i+1 < len(text) && strings.IndexByte("argdeipfb", text[i+1]|0x20) >= 0 &&
				creditParenRE.MatchString(text[i:min(len(text), i+300)]) { // a match spans 250 bytes at most
				return true
			}
			continue
		}
		switch c | 0x20 { // an ASCII letter in lower case; no other byte becomes one
		case 'g':
			if hasFoldAt(text, i, "getty images") {
				return true
			}
		case 'p', 'i', 'f', 'b', 'c', 'q', 's':
			// \b: the label's first letter is a word character, so the one before is not.
			if i < lastSep && (i == 0 || !isWordByte(text[i-1])) && labelAt(text, i) {
				return true
			}
		}
	}
	return false
}

// labelAt reports whether creditRE's label alternative matches at text[i], which starts a
// word.
func labelAt(text string, i int) bool {
	for _, l := range creditLabels {
		if hasFoldAt(text, i, l) {
			return creditLabelRE.MatchString(text[i:])
		}
	}
	return false
}

// hasFoldAt reports whether text[i:] starts with w under Unicode case folding, with as
// many bytes as w has.
func hasFoldAt(text string, i int, w string) bool {
	return len(text)-i >= len(w) && strings.EqualFold(text[i:i+len(w)], w)
}

// isWordByte reports whether c is an ASCII word character, as \b reads them.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
