// Command eval-clean measures package clean on the extraction corpora: for each set
// (aeb-dev, trafeval-dev) and track (html: the saved page; text: the page's text dump) it
// prints the F1, precision and recall of clean.Article beside the keep-everything baseline
// (the text dump as is), the same F1 on each half of the pages (split by a stable hash of
// the name: the models are trained on half 0 only, so half 1 is held out) and the pages
// cleaned per second of processor time (one core; garbage collection included).
//
// Usage:
//
//	go run ./cmd/eval-clean [-data ../shared/data/extraction] [-out DIR] [-worst N]
//
// With -out, predictions are written as DIR/<set>-<track>/<name>.txt so that the Python
// scorers in shared/tools can be run on them, and the titles found as
// DIR/<set>-<track>/titles.tsv (name, title found, title the page declares; tab-separated). With -worst, the N worst pages of each set
// and track are listed after the table.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/extractscore"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval-clean:", err)
		os.Exit(1)
	}
}

// A result is one set and track's figures.
type result struct {
	set, track string
	ours, base extractscore.Score
	halves     [2]extractscore.Score
	pagesPerS  float64
	worst      []pageScore
	titles     []string // the title found for each page
}

// An agreement counts the pages on which two sources of a title agree.
type agreement struct{ same, of int }

// titleRow is one set's title agreements: the text track's title with the HTML track's, and
// each track's with the headline the page declares (extractscore.DeclaredTitle).
type titleRow struct {
	set                              string
	textHTML, htmlDeclared, textDecl agreement
}

// A pageScore is one page's own F1, for listing the worst pages.
type pageScore struct {
	name string
	f1   float64
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval-clean", flag.ContinueOnError)
	data := fs.String("data", "../shared/data/extraction", "folder holding aeb-dev/ and trafeval-dev/")
	out := fs.String("out", "", "write predictions to `DIR`/<set>-<track>/<name>.txt")
	worst := fs.Int("worst", 0, "list the `N` worst pages of each set and track")
	digits := fs.Int("digits", 3, "print scores with `N` decimals")
	if err := fs.Parse(args); err != nil {
		return err
	}
	aeb, err := extractscore.LoadAEB(filepath.Join(*data, "aeb-dev"))
	if err != nil {
		return err
	}
	traf, err := extractscore.LoadTrafeval(filepath.Join(*data, "trafeval-dev"))
	if err != nil {
		return err
	}
	var results []result
	var titles []titleRow
	for _, set := range []struct {
		name  string
		pages []extractscore.Page
	}{{"aeb-dev", aeb}, {"trafeval-dev", traf}} {
		for _, track := range []string{"html", "text"} {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := evaluate(set.name, track, set.pages, *out)
			if err != nil {
				return err
			}
			results = append(results, r)
		}
		n := len(results)
		titles = append(titles, compareTitles(set.name, set.pages, results[n-2].titles, results[n-1].titles))
	}
	printTable(stdout, results, *digits)
	printTitles(stdout, titles)
	if *worst > 0 {
		for _, r := range results {
			fmt.Fprintf(stdout, "\n%s %s, worst pages (own F1):\n", r.set, r.track)
			for _, p := range r.worst[:min(*worst, len(r.worst))] {
				fmt.Fprintf(stdout, "  %.3f %s\n", p.f1, p.name)
			}
		}
	}
	return nil
}

// evaluate cleans every page of a set in one track and scores the predictions.
func evaluate(set, track string, pages []extractscore.Page, out string) (result, error) {
	r := result{set: set, track: track}
	dir := ""
	if out != "" {
		dir = filepath.Join(out, set+"-"+track)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return r, err
		}
	}
	preds := make([]string, len(pages))
	r.titles = make([]string, len(pages))
	runtime.GC() // do not charge this track for the garbage of the last one
	var elapsed time.Duration
	for i, p := range pages {
		a, err := article(p, track)
		if err == nil {
			t0 := cpuTime()
			var d clean.Doc
			d, err = clean.Article(a)
			elapsed += cpuTime() - t0
			if err == nil {
				preds[i] = d.Text()
			}
			r.titles[i] = d.Title
		}
		if dir != "" {
			if err := os.WriteFile(filepath.Join(dir, p.Name+".txt"), []byte(preds[i]), 0o644); err != nil {
				return r, err
			}
		}
	}
	if dir != "" {
		var b strings.Builder
		for i, p := range pages {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", p.Name, r.titles[i], declaredTitle(p))
		}
		if err := os.WriteFile(filepath.Join(dir, "titles.tsv"), []byte(b.String()), 0o644); err != nil {
			return r, err
		}
	}
	r.pagesPerS = float64(len(pages)) / elapsed.Seconds()
	r.ours, r.halves, r.worst = score(pages, preds)
	base := make([]string, len(pages))
	for i, p := range pages {
		base[i] = string(p.Text)
	}
	r.base, _, _ = score(pages, base)
	return r, nil
}

// article reads a corpus page as content.Load would read it from a site: the saved page as
// name.html, or the text dump as name.txt.
func article(p extractscore.Page, track string) (content.Article, error) {
	if track == "html" {
		return content.Parse(p.Name+".html", p.HTML, nil)
	}
	return content.Parse(p.Name+".txt", p.Text, nil)
}

// score scores predictions against the pages' references: AEB's shingle match when the
// pages carry a true text, the snippet test otherwise. It returns the score of all pages,
// of each half, and the pages sorted from worst to best.
func score(pages []extractscore.Page, preds []string) (all extractscore.Score, halves [2]extractscore.Score, worst []pageScore) {
	var ms [3][]extractscore.Match
	var ss [3]extractscore.Snippets
	for i, p := range pages {
		h := extractscore.Half(p.Name)
		if p.Truth != "" || len(p.With) == 0 {
			m := extractscore.Shingles(p.Truth, preds[i])
			ms[2] = append(ms[2], m)
			ms[h] = append(ms[h], m)
			worst = append(worst, pageScore{p.Name, m.F1()})
			continue
		}
		s := extractscore.MatchSnippets(preds[i], p.With, p.Without)
		ss[2] = ss[2].Add(s)
		ss[h] = ss[h].Add(s)
		worst = append(worst, pageScore{p.Name, s.Score().F1 - float64(s.FP)})
	}
	slices.SortStableFunc(worst, func(a, b pageScore) int {
		switch {
		case a.f1 < b.f1:
			return -1
		case a.f1 > b.f1:
			return 1
		}
		return 0
	})
	if len(ms[2]) > 0 {
		return extractscore.AEB(ms[2]), [2]extractscore.Score{extractscore.AEB(ms[0]), extractscore.AEB(ms[1])}, worst
	}
	return ss[2].Score(), [2]extractscore.Score{ss[0].Score(), ss[1].Score()}, worst
}

// printTable prints the results as one table.
func printTable(w io.Writer, rs []result, digits int) {
	n := min(max(digits, 1), 6) + 2 // the width of one score
	fmt.Fprintf(w, "%-13s %-5s | %-*s %-*s %-*s | %-*s %-*s %-*s | %-*s %-*s | %s\n",
		"set", "track", n, "F1", n, "P", n, "R", n+9, "baseline F1", n, "P", n, "R", n, "half0", n, "half1", "pages/s")
	for _, r := range rs {
		d := n - 2
		fmt.Fprintf(w, "%-13s %-5s | %.*f %.*f %.*f | %-*.*f %.*f %.*f | %.*f %.*f | %.0f\n",
			r.set, r.track, d, r.ours.F1, d, r.ours.Precision, d, r.ours.Recall,
			n+9, d, r.base.F1, d, r.base.Precision, d, r.base.Recall, d, r.halves[0].F1, d, r.halves[1].F1, r.pagesPerS)
	}
}

// compareTitles counts the pages whose text-track title agrees with their HTML-track title
// (of the pages where the HTML track found one), and those where each track's title agrees
// with the headline the page declares (of the pages that declare one).
func compareTitles(set string, pages []extractscore.Page, html, text []string) titleRow {
	row := titleRow{set: set}
	count := func(a *agreement, got, want string) {
		if want == "" {
			return
		}
		a.of++
		if extractscore.SameTitle(got, want) {
			a.same++
		}
	}
	for i, p := range pages {
		count(&row.textHTML, text[i], html[i])
		decl := declaredTitle(p)
		count(&row.htmlDeclared, html[i], decl)
		count(&row.textDecl, text[i], decl)
	}
	return row
}

// printTitles prints the title agreements, one line per set.
func printTitles(w io.Writer, rows []titleRow) {
	fmt.Fprintf(w, "\n%-13s %-14s %-14s %s\n", "titles", "text = html", "html = page's", "text = page's")
	for _, r := range rows {
		fmt.Fprintf(w, "%-13s %-14s %-14s %s\n", r.set, r.textHTML, r.htmlDeclared, r.textDecl)
	}
}

// String returns the agreement as "52/95 (55%)".
func (a agreement) String() string {
	if a.of == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", a.same, a.of, 100*float64(a.same)/float64(a.of))
}

// declaredTitle returns the headline a corpus page declares, read from the page as
// content.Parse decodes it.
func declaredTitle(p extractscore.Page) string {
	a, err := content.Parse(p.Name+".html", p.HTML, nil)
	if err != nil {
		return ""
	}
	return extractscore.DeclaredTitle([]byte(a.Body))
}
