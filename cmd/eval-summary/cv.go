package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"runtime"
	"sync"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/rouge"
	"github.com/briefs/briefs/internal/summarize"
)

// folds is the number of cross-validation folds.
const folds = 5

// fold returns the fold of an article: a stable hash of its id, so that the folds do not
// depend on the order of the file.
func fold(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % folds)
}

// A grid lists the values the tuner tries for one weight.
type grid struct {
	name   string
	values []float64
	set    func(*summarize.Weights, float64)
}

// grids returns the weights the tuner varies, with the values it tries. Position stays at 1:
// it sets the scale of the others.
func grids() []grid {
	return []grid{
		{"decay", []float64{0.3, 0.4, 0.5, 0.6, 0.8}, func(w *summarize.Weights, x float64) { w.Decay = x }},
		{"centrality", []float64{0.4, 0.55, 0.7, 0.85, 1}, func(w *summarize.Weights, x float64) { w.Centrality = x }},
		{"title", []float64{0, 0.15, 0.3, 0.45, 0.6}, func(w *summarize.Weights, x float64) { w.Title = x }},
		{"quote", []float64{0.3, 0.45, 0.6, 0.8, 1}, func(w *summarize.Weights, x float64) { w.Quote = x }},
		{"personal", []float64{0.5, 0.75, 1}, func(w *summarize.Weights, x float64) { w.Personal = x }},
		{"redundancy", []float64{0.5, 0.6, 0.7}, func(w *summarize.Weights, x float64) { w.Redundancy = x }},
		{"length", []float64{0.05, 0.1, 0.15, 0.2, 0.3}, func(w *summarize.Weights, x float64) { w.Length = x }},
		{"short", []float64{8, 10, 12, 14, 16}, func(w *summarize.Weights, x float64) { w.Short = int(x) }},
		{"target", []float64{18, 21, 24, 27, 30}, func(w *summarize.Weights, x float64) { w.Target = int(x) }},
	}
}

// crossValidate tunes the weights on four folds of the corpus and scores the fifth, for each
// fold in turn, and returns the mean score over all articles, each scored by weights that
// were tuned without it. It writes each fold's weights and score to w.
func crossValidate(ctx context.Context, w io.Writer, docs []clean.Doc, items []item, n int) (rouge.Scores, error) {
	all := make([]rouge.Scores, len(items))
	for k := range folds {
		var train, test []int
		for i, it := range items {
			if fold(it.ID) == k {
				test = append(test, i)
			} else {
				train = append(train, i)
			}
		}
		wt, err := tune(ctx, docs, items, train, n)
		if err != nil {
			return rouge.Scores{}, err
		}
		scores := scoreWith(wt, docs, items, test, n)
		for j, i := range test {
			all[i] = scores[j]
		}
		s := rouge.Mean(scores)
		fmt.Fprintf(w, "  fold %d: %4d test articles  %.2f / %.2f / %.2f  weights %+v\n",
			k, len(test), 100*s.R1.F, 100*s.R2.F, 100*s.RL.F, wt)
	}
	return rouge.Mean(all), nil
}

// tune returns the weights that maximise the mean of ROUGE-1, -2 and -L F1 on the articles
// idx, found by coordinate ascent from DefaultWeights over the values of grids: each weight
// in turn is set to its best value while the others stay, twice over.
func tune(ctx context.Context, docs []clean.Doc, items []item, idx []int, n int) (summarize.Weights, error) {
	best := summarize.DefaultWeights()
	bestObj := objective(rouge.Mean(scoreWith(best, docs, items, idx, n)))
	for range 2 {
		for _, g := range grids() {
			if err := ctx.Err(); err != nil {
				return best, err
			}
			for _, x := range g.values {
				w := best
				g.set(&w, x)
				if w == best {
					continue
				}
				if obj := objective(rouge.Mean(scoreWith(w, docs, items, idx, n))); obj > bestObj {
					best, bestObj = w, obj
				}
			}
		}
	}
	return best, nil
}

func objective(s rouge.Scores) float64 { return s.R1.F + s.R2.F + s.RL.F }

// scoreWith scores the briefs of the articles idx made with the weights w, on all cores.
func scoreWith(w summarize.Weights, docs []clean.Doc, items []item, idx []int, n int) []rouge.Scores {
	out := make([]rouge.Scores, len(idx))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for g := range workers {
		wg.Go(func() {
			for j := g; j < len(idx); j += workers {
				i := idx[j]
				out[j] = rouge.Compare(w.Doc(docs[i], n).Bullets, items[i].Highlights)
			}
		})
	}
	wg.Wait()
	return out
}
