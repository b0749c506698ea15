// Eval-summary measures the summarizer on the development corpora: for each article it runs
// the path "briefs summarize --jsonl" runs (content.Parse, clean.Article, summarize.Doc) and
// scores the bullets against the reference highlights with ROUGE-1, ROUGE-2 and ROUGE-L, next
// to the Lead-3 baseline.
//
// Usage:
//
//	go run ./cmd/eval-summary [-data ../shared/data/summaries] [-n 3] [-limit 0] [-sweep]
//
// It reads cnn-validation1000.jsonl and bbc2225.jsonl from -data (one JSON object a line:
// id, text, highlights, and title for BBC) and prints one table. Lead-3 is the first three
// sentences of the raw text split after ".", "!" or "?" (and a closing quote) before
// whitespace, the split that the reference figures in the data README used. An article that
// clean.Article rejects is summarized from one paragraph per non-empty line; the table says
// how many were.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/rouge"
	"github.com/briefs/briefs/internal/summarize"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval-summary:", err)
		os.Exit(1)
	}
}

// files are the corpora, in the order of the table.
var files = []string{"cnn-validation1000.jsonl", "bbc2225.jsonl"}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval-summary", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data/summaries", "folder with the corpora")
	n := fs.Int("n", 3, "bullets per brief")
	limit := fs.Int("limit", 0, "articles per file; 0 for all")
	sweep := fs.Bool("sweep", false, "also score 3, 4 and 5 bullets")
	show := fs.Int("show", 0, "print the first N briefs of each file with their references")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ns := []int{*n}
	if config.DefaultBullets != *n {
		ns = append(ns, config.DefaultBullets)
	}
	if *sweep {
		for k := summarize.MinBullets; k <= summarize.MaxBullets; k++ {
			if !slices.Contains(ns, k) {
				ns = append(ns, k)
			}
		}
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tsystem\tR-1\tR-2\tR-L\tbullets\twords\tp90\t>30w\tlede\tfallback\t")
	for _, name := range files {
		items, err := read(filepath.Join(*data, name), *limit)
		if err != nil {
			return err
		}
		short := strings.TrimSuffix(name, ".jsonl")
		for _, it := range items[:min(*show, len(items))] {
			d, _ := cleanDoc(it)
			printBrief(stdout, it, summarize.Doc(d, *n))
		}
		rows, err := evaluate(ctx, items, ns)
		if err != nil {
			return err
		}
		for _, r := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f\t%d\t%.1f%%\t%s\t%s\t\n",
				short, r.system, 100*r.scores.R1.F, 100*r.scores.R2.F, 100*r.scores.RL.F,
				r.shape.bullets, r.shape.words, r.shape.p90, 100*r.shape.long, r.lede, r.fallback)
		}
	}
	return tw.Flush()
}

// An item is one article of a corpus with its reference bullets.
type item struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Text       string   `json:"text"`
	Highlights []string `json:"highlights"`
}

func read(path string, limit int) ([]item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() && (limit <= 0 || len(items) < limit) {
		line++
		var it item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%s: no articles", path)
	}
	return items, nil
}

// A row is one line of the table.
type row struct {
	system   string
	scores   rouge.Scores
	shape    shape
	lede     string // mean words of the lede, or "-"
	fallback string // articles summarized without clean.Article, or "-"
}

// evaluate scores Lead-3 and the summarizer at each n in ns on one corpus.
func evaluate(ctx context.Context, items []item, ns []int) ([]row, error) {
	docs := make([]clean.Doc, len(items))
	fell := 0
	start := time.Now()
	for i, it := range items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var ok bool
		docs[i], ok = cleanDoc(it)
		if !ok {
			fell++
		}
	}
	cleaning := time.Since(start)

	var rows []row
	lead := make([][]string, len(items))
	for i, it := range items {
		lead[i] = lead3(it.Text)
	}
	rows = append(rows, row{system: "Lead-3", scores: score(lead, items), shape: measure(lead), lede: "-", fallback: "-"})
	for _, n := range ns {
		start := time.Now()
		briefs := make([]summarize.Brief, len(items))
		for i := range docs {
			briefs[i] = summarize.Doc(docs[i], n)
		}
		took := time.Since(start)
		bullets := make([][]string, len(items))
		withLede := make([][]string, len(items))
		ledeWords := 0
		for i, b := range briefs {
			bullets[i] = b.Bullets
			withLede[i] = append([]string{b.Lede}, b.Bullets...)
			ledeWords += len(strings.Fields(b.Lede))
		}
		rate := float64(len(items)) / took.Seconds()
		rows = append(rows,
			row{
				system:   fmt.Sprintf("ours n=%d (%.0f/s; clean %.0f/s)", n, rate, float64(len(items))/cleaning.Seconds()),
				scores:   score(bullets, items),
				shape:    measure(bullets),
				lede:     fmt.Sprintf("%.1f", float64(ledeWords)/float64(len(items))),
				fallback: fmt.Sprintf("%d/%d", fell, len(items)),
			},
			row{
				system:   fmt.Sprintf("ours n=%d lede+bullets", n),
				scores:   score(withLede, items),
				shape:    measure(withLede),
				lede:     "-",
				fallback: "-",
			})
	}
	return rows, nil
}

// cleanDoc runs the cleaner the way "briefs summarize --jsonl" does. When the cleaner
// rejects the article it falls back to one paragraph per non-empty line and reports false.
func cleanDoc(it item) (clean.Doc, bool) {
	a, err := content.Parse(it.ID+".txt", []byte(it.Text), nil)
	if err == nil {
		a.Path = it.ID
		a.Meta.Title = it.Title
		var d clean.Doc
		if d, err = clean.Article(a); err == nil {
			return d, true
		}
	}
	d := clean.Doc{Path: it.ID, Title: it.Title}
	for _, l := range strings.Split(it.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			d.Blocks = append(d.Blocks, clean.Block{Kind: clean.Paragraph, Text: l})
		}
	}
	return d, false
}

// printBrief writes a brief next to the reference bullets.
func printBrief(w io.Writer, it item, b summarize.Brief) {
	fmt.Fprintf(w, "== %s\n# %s\n%s\n", it.ID, b.Title, b.Lede)
	for _, s := range b.Bullets {
		fmt.Fprintf(w, "- %s\n", s)
	}
	fmt.Fprintf(w, "topics: %s\nreference:\n", strings.Join(b.Topics, ", "))
	for _, s := range it.Highlights {
		fmt.Fprintf(w, "  * %s\n", s)
	}
	fmt.Fprintln(w)
}

func score(summaries [][]string, items []item) rouge.Scores {
	all := make([]rouge.Scores, len(items))
	for i, it := range items {
		all[i] = rouge.Compare(summaries[i], it.Highlights)
	}
	return rouge.Mean(all)
}

// lead3 returns the first three sentences of text, split after ".", "!" or "?", and a
// closing quote when one follows, before whitespace.
func lead3(text string) []string {
	var out []string
	text = strings.TrimSpace(text)
	start := 0
	for i := 0; i < len(text) && len(out) < 3; i++ {
		j := i
		if !strings.ContainsRune(".!?", rune(text[i])) {
			continue
		}
		if j+1 < len(text) && strings.ContainsRune(`"'`, rune(text[j+1])) {
			j++
		}
		if j+1 < len(text) && unicode.IsSpace(rune(text[j+1])) {
			out = append(out, strings.TrimSpace(text[start:j+1]))
			start = j + 1
			i = j
		}
	}
	if len(out) < 3 {
		if s := strings.TrimSpace(text[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// shape describes the bullets of a system.
type shape struct {
	bullets float64 // per brief
	words   float64 // per bullet
	p90     int     // 90th percentile of words per bullet
	long    float64 // share of bullets over summarize.MaxBulletWords words
}

func measure(summaries [][]string) shape {
	var words []int
	long := 0
	for _, s := range summaries {
		for _, b := range s {
			n := len(strings.Fields(b))
			words = append(words, n)
			if n > summarize.MaxBulletWords {
				long++
			}
		}
	}
	if len(words) == 0 {
		return shape{}
	}
	slices.Sort(words)
	total := 0
	for _, w := range words {
		total += w
	}
	return shape{
		bullets: float64(len(words)) / float64(len(summaries)),
		words:   float64(total) / float64(len(words)),
		p90:     words[len(words)*9/10],
		long:    float64(long) / float64(len(words)),
	}
}
