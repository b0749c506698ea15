package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSession(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string) { writeFile(t, root, name, data) }
	story := func(title, date string) string {
		return "---\ntitle: " + title + "\ndate: " + date + "\n---\n" +
			"Oil prices rose 3% on Monday after producers agreed to cut output by two million barrels a day.\n\n" +
			"Analysts said the cut was larger than expected and would tighten supply through the winter.\n\n" +
			"Consumers are likely to see higher prices at the pump within weeks, industry groups said.\n"
	}
	write("content/a.md", story("Oil climbs", "2025-01-02"))
	write("content/b.md", story("Gas falls", "2025-01-03"))
	s := NewSession(Config{Site: root})
	ctx := context.Background()

	first, err := s.Build(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Changed) != len(first.Files) || len(first.Removed) != 0 || first.Report.Articles != 2 {
		t.Fatalf("first build: %d changed of %d files, %d removed, %d articles", len(first.Changed), len(first.Files), len(first.Removed), first.Report.Articles)
	}
	again, err := s.Build(ctx, nil)
	if err != nil || len(again.Changed) != 0 || len(again.Removed) != 0 {
		t.Fatalf("no-change build: %v, changed %v, removed %v", err, again.Changed, again.Removed)
	}

	write("content/a.md", strings.Replace(story("Oil climbs", "2025-01-02"), "3%", "4%", 1))
	edited, err := s.Build(ctx, []string{"content/a.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(edited.Changed, "briefs/oil-climbs/index.html") || slices.Contains(edited.Changed, "briefs/gas-falls/index.html") {
		t.Errorf("after editing a.md, changed = %v", edited.Changed)
	}

	write("templates/brief.html", "{{define \"main\"}}{{.Nope}}{{end}}")
	if _, err := s.Build(ctx, []string{"templates/brief.html"}); err == nil {
		t.Fatal("a broken template built")
	}
	os.Remove(filepath.Join(root, "templates/brief.html"))
	os.Remove(filepath.Join(root, "content/b.md"))
	removed, err := s.Build(ctx, []string{"templates/brief.html", "content/b.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(removed.Removed, "briefs/gas-falls/index.html") || removed.Files["briefs/gas-falls/index.html"] != nil {
		t.Errorf("after deleting b.md, removed = %v", removed.Removed)
	}
	if first.Files["briefs/gas-falls/index.html"] == nil {
		t.Errorf("a later build modified the files of an earlier one")
	}
}
