package site

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxSlug is the most runes Slugify returns.
const maxSlug = 80

// latinFold spells the Latin letters that have no decomposition in plain ASCII.
var latinFold = map[rune]string{
	'ß': "ss", 'æ': "ae", 'ø': "o", 'œ': "oe", 'đ': "d", 'ð': "d", 'þ': "th",
	'ł': "l", 'ħ': "h", 'ŧ': "t", 'ı': "i", 'ŋ': "n", 'ĸ': "k", 'ſ': "s",
}

// Slugify returns s as a URL path segment: its words in lower case, joined by "-".
//
// Latin letters are folded to ASCII ("Zürich" → "zurich", "Straße" → "strasse"); letters of
// other scripts are kept, in lower case and NFC ("Москва" → "москва"). Apostrophes vanish
// ("Trump's" → "trumps"); every other run of punctuation, symbols or spaces becomes one "-".
// A slug longer than 80 runes is cut at the last word boundary that fits. Slugify returns ""
// only when s has no letters or digits (after Unicode compatibility decomposition, which
// also turns "ﬁ" into "fi" and "²" into "2"). It is idempotent: Slugify(Slugify(s)) == Slugify(s).
func Slugify(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	latin := false // whether the last base letter was Latin, so its marks are dropped
	dash := false  // whether a separator is pending
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(s, " ")) {
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			if latin || b.Len() == 0 || dash {
				continue // an accent on a Latin letter, or a mark with no letter to carry it
			}
			b.WriteRune(r)
		case isApostrophe(r):
			// Apostrophes join: "Trump's" is one word.
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mc, r):
			if unicode.Is(unicode.Mc, r) && (b.Len() == 0 || dash) {
				continue
			}
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			r = unicode.ToLower(r)
			if unicode.IsLetter(r) {
				latin = unicode.Is(unicode.Latin, r)
			}
			if f, ok := latinFold[r]; ok {
				b.WriteString(f)
				continue
			}
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return truncateSlug(norm.NFC.String(b.String()))
}

// truncateSlug cuts slug to at most maxSlug runes, at the last "-" that fits when there is one.
func truncateSlug(slug string) string {
	if utf8.RuneCountInString(slug) <= maxSlug {
		return slug
	}
	end, n := 0, 0
	for i := range slug {
		if n == maxSlug {
			end = i
			break
		}
		n++
	}
	if slug[end] != '-' {
		if cut := strings.LastIndexByte(slug[:end], '-'); cut > 0 {
			end = cut
		}
	}
	return strings.TrimRight(slug[:end], "-")
}

// isApostrophe reports whether r is an apostrophe, which Slugify drops without a break.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }
