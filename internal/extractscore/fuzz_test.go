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
