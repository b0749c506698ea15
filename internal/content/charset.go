package content

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode converts data to valid UTF-8. The charset is chosen in this order:
//
//  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//  2. UTF-8 when the bytes are valid UTF-8, whatever the page declares: saved pages are often
//     re-encoded by the browser or scraper that saved them, while the meta tag is not;
//  3. the charset an HTML page declares (<meta charset>, http-equiv);
//  4. UTF-8 with the odd bad byte replaced, when valid multi-byte sequences outnumber the bad bytes;
//  5. windows-1252, the web's de facto default for undeclared 8-bit text.
//
// It returns the text and the name of the charset it used.
func decode(data []byte, isHTML bool) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return toValidUTF8(data[3:]), "utf-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data), "utf-16be"
	}
	if utf8.Valid(data) {
		return string(data), "utf-8"
	}
	if isHTML {
		// DetermineEncoding falls back to windows-1252 when the page declares nothing, which
		// is also step 5 below, so any other answer is the page's own declaration.
		if enc, name, _ := charset.DetermineEncoding(data, "text/html"); name != "utf-8" && name != "windows-1252" && enc != nil {
			return decodeWith(enc, data), name
		}
	}
	if mostlyUTF8(data) {
		return toValidUTF8(data), "utf-8"
	}
	return decodeWith(charmap.Windows1252, data), "windows-1252"
}

func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return toValidUTF8(data)
	}
	return toValidUTF8(out)
}

func toValidUTF8(b []byte) string {
	return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
}

// mostlyUTF8 reports whether data's multi-byte UTF-8 sequences outnumber its invalid bytes,
// the mark of UTF-8 text with a few damaged bytes rather than of an 8-bit charset.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid > invalid
}

// isBinary reports whether data looks like a binary file rather than text: it has a NUL byte
// or many control characters near its start. UTF-16 text (which has NULs) is recognised by its
// byte-order mark before this is called.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8000)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctrl++
		}
	}
	return ctrl > len(head)/100+2
}
