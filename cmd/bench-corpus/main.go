// Command bench-corpus writes a briefs site of N raw articles for benchmarks, built from the
// development corpora in ../shared/data/summaries.
//
// Usage:
//
//	bench-corpus [-data ../shared/data/summaries] [-n 10000] -o DIR
//
// It cycles the corpora's articles (CNN and BBC, duplicates left out), giving each copy a
// distinct title and date, and writes them in turn as a scraped text dump with navigation
// and promos around the story (.txt), a saved HTML page (.html) and Markdown with front
// matter (.md). The same flags always give the same site.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefs/briefs/internal/site"
	"github.com/briefs/briefs/internal/summarize"
)

func main() {
	data := flag.String("data", "../shared/data/summaries", "the `folder` of cnn-validation1000.jsonl and bbc2225.jsonl")
	n := flag.Int("n", 10000, "the number of articles")
	out := flag.String("o", "", "the site `folder` to write; it must not exist or be empty")
	flag.Parse()
	if *out == "" || *n < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*data, *n, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bench-corpus:", err)
		os.Exit(1)
	}
}

// An article of the corpora.
type article struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Text       string   `json:"text"`
	Category   string   `json:"category"`
	Highlights []string `json:"highlights"`
	Duplicate  string   `json:"duplicate_of"`
	source     string
}

func run(data string, n int, out string) error {
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", out)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var corpus []article
	for _, f := range []struct{ name, source string }{{"cnn-validation1000.jsonl", "CNN"}, {"bbc2225.jsonl", "BBC News"}} {
		as, err := readJSONL(filepath.Join(data, f.name), f.source)
		if err != nil {
			return err
		}
		corpus = append(corpus, as...)
	}
	if len(corpus) == 0 {
		return fmt.Errorf("no articles in %s", data)
	}
	if err := os.MkdirAll(filepath.Join(out, "content"), 0o755); err != nil {
		return err
	}
	cfg := fmt.Sprintf("title = \"Bench %d\"\nbase_url = \"https://bench.example.org/\"\nbullets = 3\n", n)
	if err := os.WriteFile(filepath.Join(out, "briefs.toml"), []byte(cfg), 0o644); err != nil {
		return err
	}
	start := time.Date(2020, 1, 1, 6, 0, 0, 0, time.UTC)
	for i := range n {
		a := corpus[i%len(corpus)]
		round := i / len(corpus)
		title := headline(a)
		if round > 0 {
			title = fmt.Sprintf("%s (%d)", title, round+1)
		}
		date := start.Add(time.Duration(i) * 53 * time.Minute)
		paras := paragraphs(a.Text)
		slug := site.Slugify(title)
		if len(slug) > 60 {
			slug = strings.TrimRight(slug[:60], "-")
		}
		name := fmt.Sprintf("%05d-%s", i, slug)
		var ext, body string
		switch i % 3 {
		case 0:
			ext, body = ".txt", textDump(a, title, date, paras)
		case 1:
			ext, body = ".html", htmlPage(a, title, date, paras)
		default:
			ext, body = ".md", markdown(a, title, date, paras)
		}
		dir := filepath.Join(out, "content", date.Format("2006"), date.Format("01"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name+ext), []byte(body), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("wrote %d articles into %s\n", n, out)
	return nil
}

func readJSONL(path, source string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var as []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if a.Duplicate != "" || strings.TrimSpace(a.Text) == "" {
			continue
		}
		a.source = source
		as = append(as, a)
	}
	return as, sc.Err()
}

// headline is the article's title, or for CNN (which has none) its first highlight.
func headline(a article) string {
	if t := strings.TrimSpace(a.Title); t != "" {
		return t
	}
	if len(a.Highlights) > 0 {
		h := strings.Join(strings.Fields(a.Highlights[0]), " ")
		h = strings.NewReplacer(" .", "", " ,", ",", " 's", "'s", " n't", "n't").Replace(h)
		return strings.TrimSuffix(strings.ToUpper(h[:1])+h[1:], ".")
	}
	return a.ID
}

// paragraphs splits a text into paragraphs of about three sentences.
func paragraphs(text string) []string {
	var out []string
	for _, block := range strings.Split(text, "\n") {
		sents := summarize.Sentences(block)
		for i := 0; i < len(sents); i += 3 {
			out = append(out, strings.Join(sents[i:min(i+3, len(sents))], " "))
		}
	}
	return out
}

func textDump(a article, title string, date time.Time, paras []string) string {
	var b strings.Builder
	b.WriteString("Home\nNews\nWorld\nBusiness\nSport\nSign in\n")
	b.WriteString(title + "\n")
	b.WriteString("Published " + date.Format("2 January 2006 15:04") + "\n")
	b.WriteString("Share this article\n")
	for _, p := range paras {
		b.WriteString(p + "\n")
	}
	b.WriteString("Most popular stories\n- Ten restaurants that define the city's food scene\n- Traffic alert: bridge closures this weekend\n")
	b.WriteString("Comments (0)\n© " + date.Format("2006") + " " + a.source + ". All rights reserved.\n")
	return b.String()
}

func htmlPage(a article, title string, date time.Time, paras []string) string {
	e := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s - %s</title>\n", e(title), e(a.source))
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><meta property=\"og:site_name\" content=\"%s\">\n", e(title), e(a.source))
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\"></head><body>\n", date.Format(time.RFC3339))
	b.WriteString("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav></header>\n<main><article>\n")
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"byline\">By Staff reporter · <time datetime=\"%s\">%s</time></p>\n", e(title), date.Format(time.RFC3339), date.Format("2 January 2006"))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
	}
	b.WriteString("</article><aside><h2>Related</h2><ul><li><a href=\"/a\">Markets rally as rates hold</a></li><li><a href=\"/b\">Storm warnings for the coast</a></li></ul></aside></main>\n")
	b.WriteString("<footer><p>© " + date.Format("2006") + " " + e(a.source) + "</p><a href=\"/privacy\">Privacy</a></footer></body></html>\n")
	return b.String()
}

func markdown(a article, title string, date time.Time, paras []string) string {
	var b strings.Builder
	t, _ := json.Marshal(title)
	fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\nsource: %s\n", t, date.Format(time.RFC3339), a.source)
	if a.Category != "" {
		fmt.Fprintf(&b, "tags: [%s]\n", a.Category)
	}
	b.WriteString("---\n\n")
	for _, p := range paras {
		b.WriteString(p + "\n\n")
	}
	return b.String()
}
