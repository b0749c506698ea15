package clean

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize repairs the characters of one line or block of text: it decodes HTML entities
// left in scraped text (when decodeEntities is set), undoes mojibake, drops control and
// invisible formatting characters, turns every kind of space into a plain space, collapses
// runs of them and trims the ends, and returns the result in Unicode NFC.
func normalize(s string, decodeEntities bool) string {
	if decodeEntities && strings.IndexByte(s, '&') >= 0 && strings.IndexByte(s, ';') >= 0 {
		s = html.UnescapeString(s)
	}
	s = fixMojibake(s)
	if isNormalized(s) {
		// Nothing below would change s (a text cleaned once is mostly like this).
		if !norm.NFC.IsNormalString(s) {
			return norm.NFC.String(s)
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			// Bytes that were not UTF-8 carry nothing we can read.
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			// Soft hyphens, zero-width spaces and joiners, word joiners, stray BOMs.
			// (The joiners matter in some scripts; in scraped news text they are noise.)
			continue
		case unicode.IsControl(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isNormalized reports whether normalize's loop would leave s as it is: s holds no control,
// invisible or replacement character and no white space but single spaces between words.
func isNormalized(s string) bool {
	space := true // a space here would be dropped or doubled
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
			case c < 0x20 || c == 0x7f:
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) ||
			r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' {
			return false
		}
		space = false
		i += size
	}
	return !space || s == ""
}

// cp1252High maps the characters Windows-1252 puts at bytes 0x80 to 0x9F back to those bytes.
// Latin-1 decodes the same bytes to the C1 controls U+0080 to U+009F, handled separately.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
	'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

// cp1252Byte returns the byte that Windows-1252 (or Latin-1) decodes to r.
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// fixMojibake undoes UTF-8 that was decoded as Windows-1252 or Latin-1: "â€™" becomes "’"
// and "Ã©" becomes "é". Only a lead character (Â to ô) followed by the continuation
// characters that complete exactly one valid UTF-8 sequence is replaced, so legitimate
// Latin-1 text such as "café" or "Ñandú" is left alone.
func fixMojibake(s string) string {
	if !hasMojibakeLead(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0xc2 && r <= 0xf4 {
			if fixed, n := decodeMojibake(s[i:]); n > 0 {
				b.WriteRune(fixed)
				i += n
				continue
			}
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// hasMojibakeLead reports whether s holds a character that can start a mojibake sequence.
func hasMojibakeLead(s string) bool {
	for i := 0; i < len(s); i++ {
		// Â to ô are encoded in UTF-8 as C3 82 to C3 B4, and C2/C3 starts them all.
		if s[i] == 0xc3 && i+1 < len(s) && s[i+1] >= 0x82 && s[i+1] <= 0xb4 {
			return true
		}
	}
	return false
}

// decodeMojibake reads one mojibake sequence at the start of s and returns the rune it
// stands for and the number of bytes of s it spans, or 0 bytes when s does not start with one.
func decodeMojibake(s string) (rune, int) {
	var buf [4]byte
	lead, size := utf8.DecodeRuneInString(s)
	buf[0] = byte(lead)
	var want int
	switch {
	case buf[0] >= 0xf0:
		want = 4
	case buf[0] >= 0xe0:
		want = 3
	default:
		want = 2
	}
	n := size
	for k := 1; k < want; k++ {
		r, sz := utf8.DecodeRuneInString(s[n:])
		c, ok := cp1252Byte(r)
		if !ok || c < 0x80 || c > 0xbf || sz == 0 {
			return 0, 0
		}
		buf[k] = c
		n += sz
	}
	r, sz := utf8.DecodeRune(buf[:want])
	if r == utf8.RuneError || sz != want {
		return 0, 0
	}
	// A decoded C1 control or a non-character means the guess was wrong.
	if unicode.IsControl(r) || !unicode.IsPrint(r) && !unicode.IsSpace(r) {
		return 0, 0
	}
	return r, n
}
