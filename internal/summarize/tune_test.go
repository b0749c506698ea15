package summarize

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/rouge"
)

// TestTune prints the ROUGE scores of the summarizer with each weight of defaults varied in
// turn, on the development corpora:
//
//	go test ./internal/summarize -run TestTune -tune -v
var tune = flag.Bool("tune", false, "score parameter variants on ../shared/data/summaries")

type corpus struct {
	name string
	docs []clean.Doc
	refs [][]string
}

func loadCorpus(t testing.TB, name string) corpus {
	f, err := os.Open("../../../shared/data/summaries/" + name)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	c := corpus{name: name}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var it article
		json.Unmarshal(sc.Bytes(), &it)
		a, err := content.Parse(it.ID+".txt", []byte(it.Text), nil)
		a.Path = it.ID
		a.Meta.Title = it.Title
		var d clean.Doc
		if err == nil {
			d, err = clean.Article(a)
		}
		if err != nil {
			d = it.doc()
		}
		c.docs = append(c.docs, d)
		c.refs = append(c.refs, it.Highlights)
	}
	return c
}

func (c corpus) eval(p Weights, n int) rouge.Scores {
	all := make([]rouge.Scores, len(c.docs))
	for i, d := range c.docs {
		all[i] = rouge.Compare(p.Doc(d, n).Bullets, c.refs[i])
	}
	return rouge.Mean(all)
}

func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("-tune not set")
	}
	cs := []corpus{loadCorpus(t, "cnn-validation1000.jsonl"), loadCorpus(t, "bbc2225.jsonl")}
	try := func(label string, p Weights) {
		var b strings.Builder
		fmt.Fprintf(&b, "%-28s", label)
		for _, c := range cs {
			s := c.eval(p, 3)
			fmt.Fprintf(&b, "  %5.2f %5.2f %5.2f (P %4.1f R %4.1f)", 100*s.R1.F, 100*s.R2.F, 100*s.RL.F, 100*s.R1.P, 100*s.R1.R)
		}
		t.Log(b.String())
	}
	try("defaults", DefaultWeights())
	vary := func(name string, values []float64, set func(*Weights, float64)) {
		for _, x := range values {
			p := DefaultWeights()
			set(&p, x)
			try(fmt.Sprintf("%s %g", name, x), p)
		}
	}
	vary("decay", []float64{0.3, 0.7}, func(p *Weights, x float64) { p.Decay = x })
	vary("centrality", []float64{0.5, 0.9}, func(p *Weights, x float64) { p.Centrality = x })
	vary("title", []float64{0, 0.6}, func(p *Weights, x float64) { p.Title = x })
	vary("length", []float64{0.05, 0.25}, func(p *Weights, x float64) { p.Length = x })
	vary("short", []float64{8, 16}, func(p *Weights, x float64) { p.Short = int(x) })
	vary("quote", []float64{0.3, 1}, func(p *Weights, x float64) { p.Quote = x })
	vary("personal", []float64{0.5, 0.8}, func(p *Weights, x float64) { p.Personal = x })
	vary("redundancy", []float64{0.5, 0.7}, func(p *Weights, x float64) { p.Redundancy = x })
	vary("target", []float64{20, 30}, func(p *Weights, x float64) { p.Target = int(x) })
}
