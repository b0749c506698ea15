// Eval-summary measures the summarizer on the development corpora: for each article it runs
// the path "briefs summarize --jsonl" runs (content.Parse, clean.Article, summarize.Doc) and
// scores the bullets against the reference highlights with ROUGE-1, ROUGE-2 and ROUGE-L, next
// to two baselines, Lead-3 and TextRank. A second table describes the shape of the bullets
// and ledes: their length, and how often they break the rules of a brief.
//
// Usage:
//
//	go run ./cmd/eval-summary [-data ../shared/data/summaries] [-n 3] [-limit 0] [-sweep] [-cv] [-show N]
//
// It reads cnn-validation1000.jsonl and bbc2225.jsonl from -data (one JSON object a line:
// id, text, highlights, and title for BBC). Lead-3 is the first three sentences of the raw
// text split after ".", "!" or "?" (and a closing quote) before whitespace, the split that
// the reference figures in the data README used. TextRank ranks the sentences of the cleaned
// article (see textRank). An article that clean.Article rejects is summarized from one
// paragraph per non-empty line; the table says how many were.
//
// With -cv it also cross-validates the summarizer's weights on the CNN corpus, the main
// development set: five folds by a hash of the article id, the weights tuned on four and
// scored on the fifth (see crossValidate). It takes some minutes.
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
	n := fs.Int("n", config.DefaultBullets, "bullets per brief")
	limit := fs.Int("limit", 0, "articles per file; 0 for all")
	sweep := fs.Bool("sweep", false, "also score 3, 4 and 5 bullets")
	cv := fs.Bool("cv", false, "cross-validate the weights on the first corpus: tune on four folds, score the fifth")
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
	var all []row
	var notes []string
	for _, name := range files {
		items, err := read(filepath.Join(*data, name), *limit)
		if err != nil {
			return err
		}
		short := strings.TrimSuffix(name, ".jsonl")
		docs, fell, rate := cleanAll(items)
		notes = append(notes, fmt.Sprintf("%s: %d articles, cleaned at %.0f/s, %d summarized without the cleaner", short, len(items), rate, fell))
		for i, it := range items[:min(*show, len(items))] {
			printBrief(stdout, it, summarize.Doc(docs[i], *n))
		}
		rows, err := evaluate(ctx, short, items, docs, ns)
		if err != nil {
			return err
		}
		all = append(all, rows...)
		if *cv && name == files[0] {
			fmt.Fprintf(stdout, "%s: cross-validation, n=%d\n", short, config.DefaultBullets)
			s, err := crossValidate(ctx, stdout, docs, items, config.DefaultBullets)
			if err != nil {
				return err
			}
			all = append(all, row{file: short, system: fmt.Sprintf("ours n=%d, %d-fold CV", config.DefaultBullets, folds), scores: s, lead: rows[0].scores})
		}
	}
	if err := printScores(stdout, all); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	if err := printShapes(stdout, all); err != nil {
		return err
	}
	for _, s := range notes {
		fmt.Fprintln(stdout, s)
	}
	return nil
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

// A row is one system on one corpus.
type row struct {
	file, system string
	scores       rouge.Scores
	lead         rouge.Scores // Lead-3's scores on the same corpus
	rate         float64      // articles a second on one core; 0 when not measured
	shape        *shape       // nil when not measured
}

// cleanAll cleans the articles, and returns how many the cleaner rejected and how many it
// cleaned a second.
func cleanAll(items []item) (docs []clean.Doc, fell int, rate float64) {
	docs = make([]clean.Doc, len(items))
	start := time.Now()
	for i, it := range items {
		var ok bool
		if docs[i], ok = cleanDoc(it); !ok {
			fell++
		}
	}
	return docs, fell, float64(len(items)) / time.Since(start).Seconds()
}

// evaluate scores Lead-3, TextRank and the summarizer at each n in ns on one corpus.
func evaluate(ctx context.Context, file string, items []item, docs []clean.Doc, ns []int) ([]row, error) {
	texts := make([]string, len(items))
	lead := make([][]string, len(items))
	tr := make([][]string, len(items))
	for i, it := range items {
		texts[i] = it.Text
		lead[i] = lead3(it.Text)
		tr[i] = textRank(docs[i], config.DefaultBullets)
	}
	leadScores := score(lead, items)
	leadShape, trShape := measure(lead, nil, texts), measure(tr, nil, texts)
	rows := []row{
		{file: file, system: "Lead-3", scores: leadScores, lead: leadScores, shape: &leadShape},
		{file: file, system: fmt.Sprintf("TextRank n=%d", config.DefaultBullets), scores: score(tr, items), lead: leadScores, shape: &trShape},
	}
	for _, n := range ns {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		briefs := make([]summarize.Brief, len(items))
		start := time.Now()
		for i := range docs {
			briefs[i] = summarize.Doc(docs[i], n)
		}
		rate := float64(len(items)) / time.Since(start).Seconds()
		bullets := make([][]string, len(items))
		ledes := make([]string, len(items))
		withLede := make([][]string, len(items))
		onlyLede := make([][]string, len(items))
		for i, b := range briefs {
			bullets[i], ledes[i] = b.Bullets, b.Lede
			withLede[i] = append([]string{b.Lede}, b.Bullets...)
			onlyLede[i] = []string{b.Lede}
		}
		sh := measure(bullets, ledes, texts)
		rows = append(rows,
			row{file: file, system: fmt.Sprintf("ours n=%d", n), scores: score(bullets, items), lead: leadScores, rate: rate, shape: &sh},
			row{file: file, system: fmt.Sprintf("ours n=%d lede+bullets", n), scores: score(withLede, items), lead: leadScores},
			row{file: file, system: fmt.Sprintf("ours n=%d lede alone", n), scores: score(onlyLede, items), lead: leadScores})
	}
	return rows, nil
}

// printScores writes the ROUGE table.
func printScores(w io.Writer, rows []row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tsystem\tR-1\tR-2\tR-L\tΔR-1\tΔR-2\tΔR-L\tarticles/s\t")
	for _, r := range rows {
		rate := "-"
		if r.rate > 0 {
			rate = fmt.Sprintf("%.0f", r.rate)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\t%+.2f\t%+.2f\t%+.2f\t%s\t\n", r.file, r.system,
			100*r.scores.R1.F, 100*r.scores.R2.F, 100*r.scores.RL.F,
			100*(r.scores.R1.F-r.lead.R1.F), 100*(r.scores.R2.F-r.lead.R2.F), 100*(r.scores.RL.F-r.lead.RL.F), rate)
	}
	return tw.Flush()
}

// printShapes writes the shape table: per brief, the bullets and the briefs with too few;
// per bullet, the words (mean, 90th percentile, most) and the share that is too long, opens
// with a pronoun, keeps a dateline, has an unpaired quotation mark, does not read as a
// sentence, or has a number the article does not spell that way; per brief, the share with
// two bullets that say the same; and the lede's words, too-long ledes and ledes that repeat a
// bullet.
func printShapes(w io.Writer, rows []row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tsystem\tbullets\t<3\twords\tp90\tmax\t>30w\tpronoun\tdateline\tquote\t!sentence\tnumber\tdupes\tlede\t>35w\t=bullet\t")
	pct := func(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }
	for _, r := range rows {
		if r.shape == nil {
			continue
		}
		s := r.shape
		lede := []string{"-", "-", "-"}
		if s.lede > 0 {
			lede = []string{fmt.Sprintf("%.1f", s.lede), pct(s.ledeLong), pct(s.ledeCopy)}
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\t%.1f\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.file, r.system,
			s.bullets, pct(s.few), s.words, s.p90, s.most, pct(s.long), pct(s.pronoun), pct(s.dateline),
			pct(s.quotes), pct(s.sentence), pct(s.numbers), pct(s.dupes), strings.Join(lede, "\t"))
	}
	return tw.Flush()
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
