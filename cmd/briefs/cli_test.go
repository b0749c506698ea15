package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSite creates a site from a map of slash paths to contents and returns its root.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const goodArticle = `---
title: Council approves riverside park
date: 2025-03-14
source: The Example Gazette
---
The city council voted 7-2 on Thursday to approve a $48 million plan that turns the old rail yard into a riverside park.

The plan includes a 1.2-mile trail, two playgrounds and a wetland that will absorb storm water from nearby streets.

Construction is expected to begin in September and take about three years, officials said on Thursday.

Council member David Okafor voted against the plan, saying part of the site should have gone to affordable housing.
`

func TestBuildBadInput(t *testing.T) {
	t.Parallel()
	big := strings.Repeat("<p>A long page that goes on and on about very little at all.</p>\n", 20<<20/64)
	root := writeSite(t, map[string]string{
		"content/good.md":         goodArticle,
		"content/empty.txt":       "",
		"content/binary.txt":      "\x00\x01\x02\x03PNG\x00\x00",
		"content/latin1.txt":      "Caf\xe9 owners protest\nThe owners of the caf\xe9s on the main square said on Monday that the new rules would cost them dearly and that they would appeal.\nThey said the city had not consulted them before the vote, and that many of them would have to close their terraces at nine.\n",
		"content/big.html":        "<html><head><title>Big page</title></head><body><article>" + big + "</article></body></html>",
		"content/broken.md":       "---\ntitle: Broken\ndate: [2025\n---\nbody\n",
		"content/baddate.md":      "---\ntitle: Odd date\ndate: the day after tomorrow\n---\nbody text\n",
		"content/weirddate.txt":   "Officials meet\nPublished: Smarch 47th, year of the goat\nOfficials met on Tuesday to discuss the budget, which must be passed by the end of the month to avoid a shutdown of several services.\nThe talks will continue next week, a spokesperson said after the meeting ended late in the evening.\n",
		"content/images/logo.png": "\x89PNG\r\n\x1a\n",
	})
	dest := filepath.Join(root, "public")
	out, errs, code := cli(t, "", "build", "-s", root)
	if code != 0 {
		t.Fatalf("build exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"empty.txt: empty file",
		"binary.txt: binary file",
		"broken.md:3: front matter:",
		`baddate.md:3: front matter: "date": unrecognised date`,
		"note: " + filepath.ToSlash("content/images/logo.png") + ": not an article",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "warning") {
		t.Errorf("summary line does not count warnings: %q", out)
	}
	pages, _ := filepath.Glob(filepath.Join(dest, "briefs", "*", "index.html"))
	if len(pages) < 3 { // good, latin1, big, weirddate
		t.Errorf("only %d brief pages built from the readable articles", len(pages))
	}
	home, _ := os.ReadFile(filepath.Join(dest, "index.html"))
	if !bytes.Contains(home, []byte("riverside park")) {
		t.Errorf("the good article is missing from the home page")
	}
	if !bytes.Contains(home, []byte("Café")) {
		t.Errorf("the windows-1252 article was not decoded")
	}
}

func TestBuildStrict(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{
		"content/good.md":  goodArticle,
		"content/empty.md": "",
	})
	dest := filepath.Join(root, "public")
	if _, _, code := cli(t, "", "build", "-s", root); code != 0 {
		t.Fatalf("non-strict build failed")
	}
	before := tree(t, dest)
	os.WriteFile(filepath.Join(root, "content/good.md"), []byte(strings.Replace(goodArticle, "7-2", "8-1", 1)), 0o644)
	_, errs, code := cli(t, "", "build", "--strict", "-s", root)
	if code != 1 || !strings.Contains(errs, "strict") {
		t.Errorf("strict build with a warning: exit %d, stderr %q; want 1 and a message", code, errs)
	}
	after := tree(t, dest)
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("strict failure changed %s", name)
		}
	}
}

func TestBuildTemplateError(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{
		"content/good.md":      goodArticle,
		"templates/brief.html": "{{define \"main\"}}\n<h1>{{.Nope</h1>\n{{end}}\n",
	})
	dest := filepath.Join(root, "public")
	os.MkdirAll(dest, 0o755)
	os.WriteFile(filepath.Join(dest, "index.html"), []byte("previous build"), 0o644)
	_, errs, code := cli(t, "", "build", "-s", root)
	if code != 1 {
		t.Fatalf("build with a broken template: exit %d, want 1", code)
	}
	if !strings.Contains(errs, "templates/brief.html:2") {
		t.Errorf("error does not name the template file and line: %q", errs)
	}
	if data, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(data) != "previous build" {
		t.Errorf("public/ was touched by a failed build")
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.Contains(e.Name(), "building") {
			t.Errorf("staging folder %s left behind", e.Name())
		}
	}
}

func TestBuildRefusesForeignDest(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{"content/good.md": goodArticle})
	other := writeSite(t, map[string]string{"notes.txt": "precious"})
	for _, dest := range []string{root, other, filepath.Dir(root)} {
		_, errs, code := cli(t, "", "build", "-s", root, "-d", dest)
		if code != 1 || !strings.Contains(errs, "refusing") {
			t.Errorf("build -d %s: exit %d, %q; want a refusal", dest, code, errs)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(other, "notes.txt")); string(data) != "precious" {
		t.Errorf("a foreign folder was replaced")
	}
}

func TestRebuildKeepsUnchangedFiles(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{"content/good.md": goodArticle})
	cli(t, "", "build", "-s", root)
	idx := filepath.Join(root, "public", "index.html")
	before, err := os.Stat(idx)
	if err != nil {
		t.Fatal(err)
	}
	cli(t, "", "build", "-s", root)
	after, err := os.Stat(idx)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("an unchanged page was rewritten")
	}
}

func TestNew(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "mysite")
	out, errs, code := cli(t, "", "new", dir)
	if code != 0 {
		t.Fatalf("new: exit %d %s", code, errs)
	}
	if !strings.Contains(out, "briefs build") {
		t.Errorf("new does not say what to do next: %q", out)
	}
	for _, f := range []string{"briefs.toml", "content/welcome.txt", "templates/layout.html", "static/style.css", ".gitignore"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("new site lacks %s", f)
		}
	}
	if _, errs, code := cli(t, "", "build", "-s", dir, "--strict"); code != 0 {
		t.Errorf("the new site does not build cleanly: %s", errs)
	}
	if _, errs, code := cli(t, "", "new", dir); code != 1 || !strings.Contains(errs, "not empty") {
		t.Errorf("new into a non-empty folder: exit %d %q", code, errs)
	}
}

func TestCleanCommand(t *testing.T) {
	t.Parallel()
	seed := filepath.Join(repoRoot, "content", "2025", "07", "000_a5455975cd5561f8.txt")
	out, errs, code := cli(t, "", "clean", seed)
	if code != 0 {
		t.Fatalf("clean: exit %d %s", code, errs)
	}
	if strings.Contains(out, "Also Read") || strings.Contains(out, "Legal Disclaimer") || !strings.Contains(out, "Kuala Lumpur") {
		t.Errorf("clean output:\n%s", out)
	}
	if strings.HasPrefix(out, "Rubio And Sergey Lavrov") {
		t.Errorf("clean repeats the title")
	}
	dir := t.TempDir()
	other := filepath.Join(repoRoot, "content", "2019", "11", "taylor-swift-amas.md")
	if _, errs, code := cli(t, "", "clean", "-o", dir, seed, other); code != 0 {
		t.Fatalf("clean -o: %s", errs)
	}
	for _, f := range []string{"000_a5455975cd5561f8.txt", "taylor-swift-amas.txt"} {
		if data, err := os.ReadFile(filepath.Join(dir, f)); err != nil || len(data) < 200 {
			t.Errorf("clean -o wrote %s: %d bytes, %v", f, len(data), err)
		}
	}
	out, _, code = cli(t, "", "clean", seed, "--json")
	var rec struct {
		Title string `json:"title"`
		Date  string `json:"date"`
		Body  string `json:"body"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil || code != 0 {
		t.Fatalf("clean --json: %v\n%s", err, out)
	}
	if !strings.Contains(rec.Title, "Lavrov") || !strings.HasPrefix(rec.Date, "2025-07-10") || rec.Body == "" {
		t.Errorf("clean --json record = %+v", rec)
	}
	if _, errs, code := cli(t, "", "clean", filepath.Join(dir, "missing.txt")); code != 1 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("clean of a missing file: exit %d, %q", code, errs)
	}
	if _, _, code := cli(t, "", "clean"); code != 2 {
		t.Errorf("clean with no file: exit %d, want 2", code)
	}
}

func TestSummarizeCommand(t *testing.T) {
	t.Parallel()
	seed := filepath.Join(repoRoot, "content", "2025", "07", "000_a5455975cd5561f8.txt")
	out, errs, code := cli(t, "", "summarize", "--json", "--bullets", "4", seed)
	if code != 0 {
		t.Fatalf("summarize: exit %d %s", code, errs)
	}
	var b struct {
		Title, Lede string
		Bullets     []string
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("summarize --json: %v\n%s", err, out)
	}
	if len(b.Bullets) < 3 || len(b.Bullets) > 4 || b.Lede == "" || b.Title == "" {
		t.Errorf("summarize --json = %+v", b)
	}
	if _, _, code := cli(t, "", "summarize", "--bullets", "9", seed); code != 2 {
		t.Errorf("--bullets 9: exit %d, want 2", code)
	}
}

func TestSummarizeJSONL(t *testing.T) {
	t.Parallel()
	var in strings.Builder
	body := strings.SplitN(goodArticle, "---\n", 3)[2]
	for i := range 20 {
		line, _ := json.Marshal(map[string]string{"id": string(rune('a' + i)), "text": body})
		in.Write(line)
		in.WriteString("\n")
	}
	in.WriteString(`{"id": "bad", "text": ""}` + "\n")
	in.WriteString("not json\n")
	in.WriteString(`{"id": "titled", "title": "Park plan passes", "text": ` + string(must(json.Marshal(body))) + "}\n")
	out, _, code := cli(t, in.String(), "summarize", "--jsonl")
	if code != 1 {
		t.Errorf("exit %d, want 1 for the bad lines", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 23 {
		t.Fatalf("%d output lines for 23 input lines:\n%s", len(lines), out)
	}
	for i, l := range lines {
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("line %d is not JSON: %q", i+1, l)
		}
		switch {
		case i < 20:
			if o["id"] != string(rune('a'+i)) || o["lede"] == "" || len(o["bullets"].([]any)) < 3 {
				t.Errorf("line %d = %v", i+1, o)
			}
		case i < 22:
			if o["error"] == nil {
				t.Errorf("line %d = %v, want an error", i+1, o)
			}
		default:
			if o["title"] != "Park plan passes" {
				t.Errorf("line %d title = %v", i+1, o["title"])
			}
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestUsage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{nil, 2, ""},
		{[]string{"frobnicate"}, 2, ""},
		{[]string{"help"}, 0, "Commands:"},
		{[]string{"help", "build"}, 0, "usage: briefs build [-s SITE]"},
		{[]string{"build", "-h"}, 0, "-base-url"},
		{[]string{"build", "--nope"}, 2, ""},
		{[]string{"version"}, 0, "briefs 0."},
		{[]string{"--version"}, 0, "briefs 0."},
		{[]string{"new"}, 2, ""},
	}
	for _, tt := range tests {
		out, _, code := cli(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out, tt.out) {
			t.Errorf("briefs %v: exit %d, output %q; want %d and %q", tt.args, code, out, tt.code, tt.out)
		}
	}
}

func TestBuildQuiet(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{"content/good.md": goodArticle, "content/empty.md": ""})
	out, errs, code := cli(t, "", "build", "--quiet", "-s", root)
	if code != 0 || out != "" || !strings.Contains(errs, "empty.md: empty file") {
		t.Errorf("build --quiet: exit %d, stdout %q, stderr %q; want 0, nothing, the warning", code, out, errs)
	}
}
