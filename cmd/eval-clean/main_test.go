package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun evaluates a corpus of two pages per set and checks the table and the
// predictions written with -out.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	story := "The meeting came as Russia launched its second night of massive attacks on Kyiv, killing two civilians."
	head := `<head><meta property="og:title" content="Russia launches second night of attacks on Kyiv | Example News"></head>`
	files := map[string]string{
		"aeb-dev/a.html":             "<html>" + head + "<body><nav>Home</nav><article><h1>Russia launches second night of attacks on Kyiv</h1><p>" + story + "</p></article></body></html>",
		"aeb-dev/a.txt":              "Home\nWorld\nPolitics\nRussia launches second night of attacks on Kyiv\nBy Jane Doe\n" + story + "\nShare this:\nFacebook\nTwitter",
		"aeb-dev/a.json":             `{"articleBody": "` + story + `"}`,
		"trafeval-dev/pages/b.html":  "<html><body><p>" + story + "</p><footer>Impressum</footer></body></html>",
		"trafeval-dev/pages/b.txt":   story + "\nImpressum",
		"trafeval-dev/evaldata.json": `{"x": {"file": "b.html", "with": ["second night of massive attacks"], "without": ["Impressum"]}}`,
	}
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "pred")
	var b strings.Builder
	if err := run(context.Background(), []string{"-data", dir, "-out", out}, &b); err != nil {
		t.Fatal(err)
	}
	table, titles, _ := strings.Cut(strings.TrimSpace(b.String()), "\n\n")
	if lines := strings.Split(table, "\n"); len(lines) != 5 || !strings.HasPrefix(lines[0], "set") {
		t.Fatalf("table:\n%s", b.String())
	}
	// The page declares its headline with the site's name; both tracks find the headline.
	if want := "aeb-dev       1/1 (100%)     1/1 (100%)     1/1 (100%)"; !strings.Contains(titles, want) {
		t.Errorf("title agreements lack %q:\n%s", want, titles)
	}
	for _, want := range []string{"aeb-dev       html", "aeb-dev       text", "trafeval-dev  html", "trafeval-dev  text"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks a row %q:\n%s", want, b.String())
		}
	}
	pred, err := os.ReadFile(filepath.Join(out, "aeb-dev-html", "a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(pred), story) {
		t.Errorf("prediction %q lacks the story", pred)
	}
	if err := run(context.Background(), []string{"-data", filepath.Join(dir, "missing")}, &b); err == nil {
		t.Error("run with a missing corpus succeeded")
	}
}
