package clean

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/extractscore"
)

// Training the models: go generate ./internal/clean (or the go test command below) reads the
// extraction corpora, labels the units of half 0 of their pages (extractscore.Half) and fits
// the logistic-regression weights in weights.go. Half 1 stays held out, so cmd/eval-clean's
// half-1 column is an honest estimate.

//go:generate go test -run ^TestTrain$ -train

var (
	train     = flag.Bool("train", false, "fit the models on half 0 of the corpora and rewrite weights.go")
	sweep     = flag.Bool("sweep", false, "with -train, compare forest settings within half 0")
	trainData = flag.String("traindata", "../../../shared/data/extraction", "folder holding aeb-dev/ and trafeval-dev/")
)

// An example is one labelled unit.
type example struct {
	f       []float64
	y       float64 // 1 story, 0 boilerplate
	weight  float64
	half    int
	quarter int // a second split of each half, for choosing settings within half 0
}

// trafevalWeight is the weight of one snippet-labelled unit; an AEB page weighs 1 in all.
var trafevalWeight = flag.Float64("trafevalweight", 0.05, "weight of one snippet-labelled unit (an AEB page weighs 1)")

func TestTrain(t *testing.T) {
	if !*train {
		t.Skip("run with -train to refit the models")
	}
	aeb, err := extractscore.LoadAEB(filepath.Join(*trainData, "aeb-dev"))
	if err != nil {
		t.Fatal(err)
	}
	traf, err := extractscore.LoadTrafeval(filepath.Join(*trainData, "trafeval-dev"))
	if err != nil {
		t.Fatal(err)
	}
	var textPages, htmlPages []labelled
	for _, set := range [][]extractscore.Page{aeb, traf} {
		for _, p := range set {
			us := textPageUnits(bodyOf(t, p.Name+".txt", p.Text))
			c := newDocContext(us)
			f := make([][]float64, len(us))
			for i := range us {
				f[i] = textFeatures(nil, us, i, &c)
			}
			textPages = append(textPages, labelPage(us, f, p))
			hu, pf, _, _, elems := htmlPage(bodyOf(t, p.Name+".html", p.HTML), nil)
			hf := make([][]float64, len(hu))
			for i := range hu {
				hf[i] = pf.at(i, nil)
			}
			l := labelPage(hu, hf, p)
			l.smoother = func(z []float64) func(int) []float64 { return treeSmoother(hu, elems, z) }
			htmlPages = append(htmlPages, l)
		}
	}
	text := fitTrack(t, "text", textPages, textTrainer, len(textFeatureNames))
	page := fitTrack(t, "html", htmlPages, htmlTrainer, len(htmlFeatureNames))
	text.out.names, page.out.names = textFeatureNames, htmlFeatureNames
	writeWeights(t, map[string]weightsOut{
		"textModel":  text.out,
		"textSmooth": {w: text.second, names: smoothFeatureNames},
		"htmlModel":  page.out,
		"htmlSmooth": {w: page.second, names: append(append([]string{}, smoothFeatureNames...), treeSmoothNames...)},
	})
}

// A labelled page holds the units of one page with their first-stage features, labels and
// weights (0 for units without a label).
type labelled struct {
	us      []unit
	f       [][]float64
	y, w    []float64
	half    int
	quarter int
	page    extractscore.Page // the reference, without the page's bytes
	// smoother gives the extra second-stage features of a page's units (nil for text).
	smoother func(z []float64) func(int) []float64
}

// A trainer fits a first-stage model on examples and returns its scoring function with
// the model to write (a *forest, or linear weights).
type trainer struct {
	name string
	fit  func(train []example, nf int) (func([]float64) float64, weightsOut)
}

// forestTrainer returns a trainer of forests with the given settings.
func forestTrainer(prm forestParams) trainer {
	return trainer{fmt.Sprintf("forest %+v", prm), func(train []example, nf int) (func([]float64) float64, weightsOut) {
		m := fitForest(train, nf, prm)
		return m.logit, weightsOut{forest: &m}
	}}
}

// linearTrainer fits a logistic regression.
var linearTrainer = trainer{"linear", func(train []example, nf int) (func([]float64) float64, weightsOut) {
	w := fitLinear(train, nf)
	return linear(w).logit, weightsOut{w: w}
}}

// A pipeline is a fitted pair of stages.
type pipeline struct {
	first  func([]float64) float64
	out    weightsOut
	second linear
}

// examples returns the labelled units of the pages for which use is true.
func examples(pages []labelled, use func(labelled) bool) []example {
	var ex []example
	for _, p := range pages {
		if !use(p) {
			continue
		}
		for i := range p.us {
			if p.w[i] > 0 {
				ex = append(ex, example{f: p.f[i], y: p.y[i], weight: p.w[i], half: p.half, quarter: p.quarter})
			}
		}
	}
	return ex
}

// smoothExamples returns the second-stage examples of the pages for which use is true,
// given the first stage.
func (pl *pipeline) smoothExamples(pages []labelled, use func(labelled) bool) []example {
	var ex []example
	for _, p := range pages {
		if !use(p) {
			continue
		}
		z := pl.logits(p)
		a, b := storyRegion(p.us, z)
		var more func(int) []float64
		if p.smoother != nil {
			more = p.smoother(z)
		}
		for i := range p.us {
			if p.w[i] > 0 {
				f := smoothFeatures(p.us, z, i, a, b)
				if more != nil {
					f = append(f, more(i)...)
				}
				ex = append(ex, example{f: f, y: p.y[i], weight: p.w[i], half: p.half})
			}
		}
	}
	return ex
}

// logits returns the first-stage log-odds of a page's units.
func (pl *pipeline) logits(p labelled) []float64 {
	z := make([]float64, len(p.us))
	for i := range p.us {
		z[i] = pl.first(p.f[i])
	}
	return z
}

// trainPipeline fits both stages on the pages for which use is true.
func trainPipeline(pages []labelled, use func(labelled) bool, tr trainer, nf int) *pipeline {
	pl := &pipeline{}
	pl.first, pl.out = tr.fit(examples(pages, use), nf)
	ex := pl.smoothExamples(pages, use)
	pl.second = fitLinear(ex, len(ex[0].f))
	return pl
}

// score runs the pipeline on the pages for which use is true, as cleaning would, and scores
// the kept text: AEB F1 on pages with a truth, snippet F1 on the others.
func (pl *pipeline) score(pages []labelled, use func(labelled) bool) (aeb, snip extractscore.Score) {
	var ms []extractscore.Match
	var ss extractscore.Snippets
	for _, p := range pages {
		if !use(p) {
			continue
		}
		z := pl.logits(p)
		var more func(int) []float64
		if p.smoother != nil {
			more = p.smoother(z)
		}
		keep := decide(p.us, z, pl.second, more)
		var b strings.Builder
		for i, u := range p.us {
			if keep[i] {
				b.WriteString(u.text)
				b.WriteString("\n\n")
			}
		}
		if p.page.Truth != "" {
			ms = append(ms, extractscore.Shingles(p.page.Truth, b.String()))
		} else {
			ss = ss.Add(extractscore.MatchSnippets(b.String(), p.page.With, p.page.Without))
		}
	}
	return extractscore.AEB(ms), ss.Score()
}

// fitTrack fits the models of one track on half 0. With -sweep it first compares the
// trainers by fitting on one quarter of the pages (half 0 split again) and scoring the
// other, so that half 1 stays unseen.
func fitTrack(t *testing.T, name string, pages []labelled, tr trainer, nf int) *pipeline {
	if *sweep {
		q := func(k int) func(p labelled) bool {
			return func(p labelled) bool { return p.half == 0 && p.quarter == k }
		}
		for _, c := range sweepTrainers {
			p0 := trainPipeline(pages, q(0), c, nf)
			p1 := trainPipeline(pages, q(1), c, nf)
			for _, shift := range []float64{-0.5, -0.25, 0, 0.25, 0.5} {
				p0.second[0] += shift
				p1.second[0] += shift
				a0, s0 := p0.score(pages, q(1))
				a1, s1 := p1.score(pages, q(0))
				p0.second[0] -= shift
				p1.second[0] -= shift
				t.Logf("%s sweep %s, threshold %+.2f: quarters' mean AEB F1 %.4f, snippet F1 %.4f",
					name, c.name, -shift, (a0.F1+a1.F1)/2, (s0.F1+s1.F1)/2)
			}
		}
	}
	h0 := func(p labelled) bool { return p.half == 0 }
	pl := trainPipeline(pages, h0, tr, nf)
	aeb, snip := pl.score(pages, h0)
	t.Logf("%s %s: half 0 (training) AEB F1 %.4f, snippet F1 %.4f", name, tr.name, aeb.F1, snip.F1)
	return pl
}

// sweepTrainers are the first-stage trainers -sweep compares.
var sweepTrainers = []trainer{
	linearTrainer,
	forestTrainer(forestParams{trees: 100, depth: 2, rate: 0.1, lambda: 1, minChild: 100, bins: 32}),
	forestTrainer(forestParams{trees: 60, depth: 4, rate: 0.1, lambda: 5, minChild: 100, bins: 32}),
}

// bodyOf returns the body content.Parse reads from a corpus file, as cleaning sees it.
func bodyOf(t *testing.T, name string, data []byte) string {
	a, err := content.Parse(name, data, nil)
	if err != nil {
		t.Logf("%s: %v", name, err)
	}
	return a.Body
}

// textPageUnits returns the measured units of a text dump, as cleanText computes them.
func textPageUnits(body string) []unit {
	us := textUnits(body, 1)
	measureAll(us, nil)
	return withoutCommentSection(us)
}

// labelPage labels the units of one page, whose features are f.
func labelPage(us []unit, f [][]float64, p extractscore.Page) labelled {
	ref := p
	ref.HTML, ref.Text = nil, nil
	l := labelled{us: us, f: f, half: extractscore.Half(p.Name), quarter: extractscore.Half(p.Name + "/quarter"), page: ref}
	if p.Truth != "" {
		l.y, l.w = labelByTruth(us, p.Truth)
	} else {
		l.y, l.w = labelBySnippets(us, p.With, p.Without)
	}
	return l
}

// labelByTruth labels units against a true article text: a unit of four words or more is
// story when most of its word 4-grams occur in the truth; a shorter one when its words occur
// in the truth right where the story units around it leave off. Each unit weighs its share
// of the page's words, so that every page weighs 1.
func labelByTruth(us []unit, truth string) (labels, weights []float64) {
	tt := extractscore.Tokens(truth)
	first := map[string]int{} // 4-gram → first position in the truth
	for i := 0; i+4 <= len(tt); i++ {
		k := strings.Join(tt[i:i+4], "\x00")
		if _, ok := first[k]; !ok {
			first[k] = i
		}
	}
	labels = make([]float64, len(us))
	weights = make([]float64, len(us))
	pos := make([]int, len(us)) // where a story unit ends in the truth, -1 if not story
	total := 0.0
	for i, u := range us {
		pos[i] = -1
		toks := extractscore.Tokens(u.text)
		weights[i] = float64(len(toks) + 2)
		total += weights[i]
		if len(toks) < 4 {
			continue
		}
		in, at := 0, -1
		for k := 0; k+4 <= len(toks); k++ {
			if p, ok := first[strings.Join(toks[k:k+4], "\x00")]; ok {
				in++
				if at < 0 {
					at = p - k
				}
			}
		}
		if in*2 >= len(toks)-3 {
			labels[i] = 1
			pos[i] = at + len(toks)
		}
	}
	for i, u := range us {
		weights[i] /= total
		toks := extractscore.Tokens(u.text)
		if len(toks) == 0 || len(toks) >= 4 {
			continue
		}
		// The end of the previous story unit, within two units.
		for j := i - 1; j >= max(0, i-2); j-- {
			if pos[j] >= 0 && occursAt(tt, toks, pos[j], 3) {
				labels[i] = 1
				break
			}
		}
	}
	return labels, weights
}

// occursAt reports whether toks occur in tt starting within slack tokens of at.
func occursAt(tt, toks []string, at, slack int) bool {
	for s := max(0, at-1); s <= at+slack && s+len(toks) <= len(tt); s++ {
		if equalWords(tt[s:s+len(toks)], toks) {
			return true
		}
	}
	return false
}

// labelBySnippets labels the units that hold a "with" snippet as story and those that hold
// a "without" snippet as boilerplate; other units get no label (weight 0).
func labelBySnippets(us []unit, with, without []string) (labels, weights []float64) {
	labels = make([]float64, len(us))
	weights = make([]float64, len(us))
	norm := make([]string, len(us))
	for i, u := range us {
		norm[i] = extractscore.Normalize(u.text)
	}
	mark := func(snips []string, y float64) {
		for _, s := range snips {
			s = extractscore.Normalize(s)
			for i := range us {
				if strings.Contains(norm[i], s) {
					if weights[i] > 0 && labels[i] != y {
						weights[i] = -1 // holds both kinds: leave it out
						continue
					}
					labels[i], weights[i] = y, *trafevalWeight
				}
			}
		}
	}
	mark(with, 1)
	mark(without, 0)
	for i := range weights {
		weights[i] = max(weights[i], 0)
	}
	return labels, weights
}

// fitLinear fits logistic-regression weights on the examples by Newton's method with a
// small ridge penalty.
func fitLinear(train []example, d int) []float64 {
	w := make([]float64, d)
	const ridge = 0.05
	for range 30 {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for i := range hess {
			hess[i] = make([]float64, d)
			hess[i][i] = ridge
			grad[i] = ridge * w[i]
		}
		for _, e := range train {
			p := sigmoid(linear(w).logit(e.f))
			g := e.weight * (p - e.y)
			h := e.weight * p * (1 - p)
			for i, x := range e.f {
				if x == 0 {
					continue
				}
				grad[i] += g * x
				for j, y := range e.f {
					hess[i][j] += h * x * y
				}
			}
		}
		step := solve(hess, grad)
		for i := range w {
			w[i] -= step[i]
		}
	}
	return w
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range m {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if m[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		if m[r][r] != 0 {
			x[r] = s / m[r][r]
		}
	}
	return x
}

// weightsOut is one model to write: a forest, or the weights of a linear model with the
// names of its features.
type weightsOut struct {
	forest *forest
	w      []float64
	names  []string
}

// The first-stage trainers, chosen with -sweep (within half 0): forests did no better than
// logistic regression there, so the simpler model stays.
var (
	textTrainer = linearTrainer
	htmlTrainer = linearTrainer
)

// writeWeights rewrites weights.go with the given models, sorted by variable name.
func writeWeights(t *testing.T, models map[string]weightsOut) {
	var buf bytes.Buffer
	buf.WriteString("// Code generated by go test -run ^TestTrain$ -train; DO NOT EDIT.\n\n")
	buf.WriteString("package clean\n")
	var vars []string
	for v := range models {
		vars = append(vars, v)
	}
	for _, v := range sortedStrings(vars) {
		m := models[v]
		if m.forest != nil {
			fmt.Fprintf(&buf, "\n// %s scores units by the features of %d names; fitted on half 0 of the corpora.\n", v, len(m.names))
			fmt.Fprintf(&buf, "var %s = forest{\n\troots: []int32{", v)
			for i, r := range m.forest.roots {
				if i > 0 {
					buf.WriteString(", ")
				}
				fmt.Fprint(&buf, r)
			}
			buf.WriteString("},\n\tnodes: []node{\n")
			for _, n := range m.forest.nodes {
				if n.feature < 0 {
					fmt.Fprintf(&buf, "\t\t{feature: -1, value: %v},\n", n.value)
				} else {
					fmt.Fprintf(&buf, "\t\t{%d, %v, %d, %d, 0},\n", n.feature, n.threshold, n.left, n.right)
				}
			}
			buf.WriteString("\t},\n}\n")
			continue
		}
		fmt.Fprintf(&buf, "\n// %s weighs the features named in its comments; fitted on half 0 of the corpora.\n", v)
		fmt.Fprintf(&buf, "var %s = linear{\n", v)
		for i, x := range m.w {
			fmt.Fprintf(&buf, "\t%.4f, // %s\n", x, m.names[i])
		}
		buf.WriteString("}\n")
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("weights.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sortedStrings returns s sorted.
func sortedStrings(s []string) []string {
	out := append([]string{}, s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
