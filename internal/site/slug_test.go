package site

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestSlugify(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Rubio And Sergey Lavrov Hold Tense Talks Amid Record Russian Strikes - All Details Here",
			"rubio-and-sergey-lavrov-hold-tense-talks-amid-record-russian-strikes-all-details"},
		{"Zelensky secures €10 billion (£8.6bn) in aid", "zelensky-secures-10-billion-8-6bn-in-aid"},
		{"Trump's “disappointment and frustration”", "trumps-disappointment-and-frustration"},
		{"Zürich, Straße, Ærø, Łódź, São Paulo, Ñuñoa, Đà Nẵng", "zurich-strasse-aero-lodz-sao-paulo-nunoa-da-nang"},
		{"İstanbul'da ağır ıslak", "istanbulda-agir-islak"},
		{"Москва объявила о новых мерах", "москва-объявила-о-новых-мерах"},
		{"Αθήνα", "αθήνα"},
		{"東京 2025", "東京-2025"},
		{"नई दिल्ली", "नई-दिल्ली"},
		{"ﬁnal Ｔａｌｋｓ ²", "final-talks-2"},
		{"  --Hello,   World!!--  ", "hello-world"},
		{"U.S.-China trade", "u-s-china-trade"},
		{"C++ & Go", "c-go"},
		{"", ""},
		{"!!! — ???", ""},
		{"\u0301\u0301", ""},
	}
	for _, tt := range tests {
		if got := Slugify(tt.in); got != tt.want {
			t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlugifyCutsAtAWord(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word ", 30)
	got := Slugify(long)
	if n := utf8.RuneCountInString(got); n > maxSlug || n < maxSlug-5 || strings.HasSuffix(got, "-") || !strings.HasSuffix(got, "-word") {
		t.Errorf("Slugify(30 words) = %q (%d runes), want whole words up to %d runes", got, n, maxSlug)
	}
	one := strings.Repeat("a", 200)
	if got := Slugify(one); got != one[:maxSlug] {
		t.Errorf("Slugify(200 a's) = %q, want the first %d", got, maxSlug)
	}
	cyr := strings.Repeat("слово ", 30)
	if got := Slugify(cyr); utf8.RuneCountInString(got) > maxSlug || !strings.HasSuffix(got, "-слово") {
		t.Errorf("Slugify(30 Russian words) = %q", got)
	}
}

func FuzzSlugify(f *testing.F) {
	for _, s := range []string{
		"Rubio And Sergey Lavrov Hold Tense Talks", "Zürich Straße", "Москва", "नई दिल्ली", "東京",
		"Trump's", "İ", "a\u0301", "\u0301a", strings.Repeat("ab ", 40), "ǅ", "ﬀ", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slugify(s)
		if !utf8.ValidString(slug) {
			t.Fatalf("Slugify(%q) = %q: invalid UTF-8", s, slug)
		}
		if again := Slugify(slug); again != slug {
			t.Fatalf("Slugify(%q) = %q, but Slugify(%q) = %q", s, slug, slug, again)
		}
		if utf8.RuneCountInString(slug) > maxSlug {
			t.Fatalf("Slugify(%q) = %q: longer than %d runes", s, slug, maxSlug)
		}
		if strings.HasPrefix(slug, "-") || strings.HasSuffix(slug, "-") || strings.Contains(slug, "--") {
			t.Fatalf("Slugify(%q) = %q: stray dashes", s, slug)
		}
		if err := checkSlug(slug); slug != "" && err != nil {
			t.Fatalf("Slugify(%q) = %q: %v", s, slug, err)
		}
		// ͺ is a letter, but its compatibility decomposition is a space and a mark.
		hasWord := strings.ContainsFunc(norm.NFKD.String(strings.ToValidUTF8(s, " ")), func(r rune) bool { return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isApostrophe(r) })
		if hasWord && slug == "" {
			t.Fatalf("Slugify(%q) is empty", s)
		}
		for _, r := range slug {
			if unicode.IsUpper(r) || !(r == '-' || unicode.In(r, unicode.L, unicode.N, unicode.M)) {
				t.Fatalf("Slugify(%q) = %q: has %q", s, slug, r)
			}
		}
	})
}
