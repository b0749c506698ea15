package clean

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/content"
)

// FuzzArticle checks that Article never panics, returns valid UTF-8, fails only with
// ErrEmpty, and, for text, that cleaning the cleaned text again changes nothing.
func FuzzArticle(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.*")
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil || filepath.Ext(name) == ".golden" {
			continue
		}
		format := content.Text
		switch filepath.Ext(name) {
		case ".html":
			format = content.HTML
		case ".md":
			format = content.Markdown
		}
		f.Add(data, uint8(format))
	}
	f.Add([]byte("<p>a<b>b</p></b><table><td>x"), uint8(content.HTML))
	f.Add([]byte("- a\n- b\n\n1. c\n2. d"), uint8(content.Text))
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		a := content.Article{Format: content.Format(format % 3), Body: string(data), BodyLine: 1}
		start := time.Now()
		d, err := Article(a)
		// A small input that takes seconds is a blow-up the fuzzer should report; the
		// seeds (whole dev pages) are left out of this check, which a loaded machine under
		// the race detector could fail.
		if el := time.Since(start); len(data) < 16<<10 && el > 5*time.Second {
			t.Fatalf("Article took %v for %d bytes of %s", el, len(data), a.Format)
		}
		if err != nil {
			if !errors.Is(err, ErrEmpty) || len(d.Blocks) != 0 {
				t.Fatalf("Article = %d blocks, %v", len(d.Blocks), err)
			}
			return
		}
		text := d.Text()
		for _, s := range []string{text, d.Title, d.Author, d.Source, d.SourceURL, d.Lang} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
		}
		for _, b := range d.Blocks {
			if !utf8.ValidString(b.Text) || !utf8.ValidString(b.HTML) {
				t.Fatalf("invalid UTF-8 in block %q", b.Text)
			}
		}
		if a.Format != content.Text {
			return
		}
		again, err := Article(content.Article{Format: content.Text, Body: text, BodyLine: 1})
		if err != nil {
			t.Fatalf("cleaning the cleaned text: %v\ntext: %q", err, text)
		}
		if got := again.Text(); got != text {
			t.Fatalf("cleaning is not idempotent:\nonce:  %q\ntwice: %q", text, got)
		}
	})
}
