package extractscore

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTokens checks that tokens are non-empty runs of word characters taken from the
// text in order, and that Normalize is idempotent and leaves no run of spaces.
func FuzzTokens(f *testing.F) {
	f.Add("Hello, wörld! 3.5 e_g naïve x\u0301y 日本語")
	f.Add("  a\u00a0b\x1cc  ")
	f.Fuzz(func(t *testing.T, s string) {
		rest := s
		for _, tok := range Tokens(s) {
			if tok == "" {
				t.Fatal("empty token")
			}
			for _, r := range tok {
				if !isWord(r) && utf8.ValidString(tok) {
					t.Fatalf("token %q holds %q", tok, r)
				}
			}
			i := strings.Index(rest, tok)
			if i < 0 {
				t.Fatalf("token %q not in the text in order", tok)
			}
			rest = rest[i+len(tok):]
		}
		n := Normalize(s)
		if Normalize(n) != n || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q is not normal", s, n)
		}
	})
}

// FuzzTitle checks that DeclaredTitle returns valid UTF-8 and that SameTitle is symmetric
// and reflexive.
func FuzzTitle(f *testing.F) {
	f.Add([]byte(`<meta property="og:title" content="A - B | C"><script type="application/ld+json">{"headline":"A"}</script>`), "A - B | C")
	f.Add([]byte("<script type=application/ld+json>[[[[[[[[[[{\"headline\":1}]]]]]]]]]]"), " :: » x")
	f.Fuzz(func(t *testing.T, page []byte, other string) {
		d := DeclaredTitle(page)
		if !utf8.ValidString(d) {
			t.Fatalf("DeclaredTitle = %q, not UTF-8", d)
		}
		if !SameTitle(d, d) || !SameTitle(other, other) {
			t.Fatalf("a title differs from itself: %q, %q", d, other)
		}
		if SameTitle(d, other) != SameTitle(other, d) {
			t.Fatalf("SameTitle(%q, %q) is not symmetric", d, other)
		}
	})
}
