package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/site"
)

func TestAssignSlugs(t *testing.T) {
	rs := []result{
		{path: "content/b.md", story: site.Story{Slug: "oil"}},
		{path: "content/a.md", story: site.Story{Slug: "oil"}},
		{path: "content/c.md", story: site.Story{Slug: "oil"}, slugSet: true},
		{path: "content/d.md", story: site.Story{Slug: "oil-2"}},
		{path: "content/e.md", story: site.Story{Slug: "gas"}},
	}
	assignSlugs(rs)
	want := map[string]string{
		"content/c.md": "oil",   // the editor's choice wins
		"content/a.md": "oil-2", // then by path
		"content/b.md": "oil-3",
		"content/d.md": "oil-2-2",
		"content/e.md": "gas",
	}
	for _, r := range rs {
		if r.story.Slug != want[r.path] {
			t.Errorf("%s got slug %q, want %q", r.path, r.story.Slug, want[r.path])
		}
	}
}

func TestStoryFrontMatterWins(t *testing.T) {
	a, err := content.Parse("content/x.md", []byte(`---
title: Editor's headline
lede: The editor's lede.
bullets: [First point., Second point.]
tags: [energy]
slug: My Slug!
---
Oil prices rose 3% on Monday after producers agreed to cut output by two million barrels a day.

Analysts said the cut was larger than expected and would tighten supply through the winter months.

Consumers are likely to see higher prices at the pump within weeks, according to industry groups.
`), nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Story(a, 3)
	if err != nil {
		t.Fatal(err)
	}
	if s.Brief.Title != "Editor's headline" || s.Brief.Lede != "The editor's lede." ||
		strings.Join(s.Brief.Bullets, "|") != "First point.|Second point." || s.Slug != "my-slug" ||
		strings.Join(s.Tags, ",") != "energy" || s.Doc.Title != "Editor's headline" {
		t.Errorf("Story = %+v", s)
	}
}

func TestRun(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string) { writeFile(t, root, name, data) }
	body := "Oil prices rose 3% on Monday after producers agreed to cut output by two million barrels a day.\n\n" +
		"Analysts said the cut was larger than expected and would tighten supply through the winter months.\n\n" +
		"Consumers are likely to see higher prices at the pump within weeks, according to industry groups.\n"
	write("content/a.md", "---\ntitle: Oil climbs\ndate: 2025-01-02\n---\n"+body)
	write("content/b.md", "---\ntitle: Oil climbs\ndate: 2025-01-03\ndraft: true\n---\n"+body)
	write("content/c.md", "---\ntitle: Undated oil story\n---\n"+body)
	write("content/d.md", "")
	write("briefs.toml", "title = \"Test\"\n")

	rep, err := Run(context.Background(), Config{Site: root})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 2 || rep.Drafts != 1 || len(rep.Warnings) != 2 || rep.Files == 0 {
		t.Errorf("Run = %+v", rep)
	}
	rep, err = Run(context.Background(), Config{Site: root, Drafts: true, Dest: filepath.Join(root, "out")})
	if err != nil || rep.Articles != 3 {
		t.Errorf("Run with drafts = %+v, %v", rep, err)
	}
	if _, err := os.Stat(filepath.Join(root, "out", "index.html")); err != nil {
		t.Errorf("Dest not honoured: %v", err)
	}
	if _, err := Run(context.Background(), Config{Site: filepath.Join(root, "nowhere")}); err == nil ||
		!strings.Contains(err.Error(), "no content/ folder") {
		t.Errorf("Run on a folder without content/ = %v", err)
	}
	write("briefs.toml", "title = \"Test\"\nbullets = 7\n")
	if _, err := Run(context.Background(), Config{Site: root}); err == nil || !strings.Contains(err.Error(), "briefs.toml:2") {
		t.Errorf("Run with a bad config = %v", err)
	}
}

func TestRunProgress(t *testing.T) {
	root := newSite(t, 4)
	var mu sync.Mutex
	last := map[string][2]int{}
	_, err := Run(context.Background(), Config{Site: root, Progress: func(stage string, done, total int) {
		mu.Lock()
		defer mu.Unlock()
		if done > last[stage][0] {
			last[stage] = [2]int{done, total}
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if a := last["articles"]; a != [2]int{4, 4} {
		t.Errorf("articles progress ended at %v, want 4 of 4", a)
	}
	if p := last["pages"]; p[0] == 0 || p[0] != p[1] {
		t.Errorf("pages progress ended at %v, want all done", p)
	}
}

// writeFile writes data to the file name under root, making its folders.
func writeFile(t *testing.T, root, name, data string) {
	t.Helper()
	p := filepath.Join(root, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
