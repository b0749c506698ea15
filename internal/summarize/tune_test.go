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

func loadCorpus(t *testing.T, name string) corpus {
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

func (c corpus) eval(p params, n int) rouge.Scores {
	all := make([]rouge.Scores, len(c.docs))
	for i, d := range c.docs {
		all[i] = rouge.Compare(summarize(d, n, p).Bullets, c.refs[i])
	}
	return rouge.Mean(all)
}

func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("-tune not set")
	}
	cs := []corpus{loadCorpus(t, "cnn-validation1000.jsonl"), loadCorpus(t, "bbc2225.jsonl")}
	try := func(label string, p params) {
		var b strings.Builder
		fmt.Fprintf(&b, "%-28s", label)
		for _, c := range cs {
			s := c.eval(p, 3)
			fmt.Fprintf(&b, "  %5.2f %5.2f %5.2f (P %4.1f R %4.1f)", 100*s.R1.F, 100*s.R2.F, 100*s.RL.F, 100*s.R1.P, 100*s.R1.R)
		}
		t.Log(b.String())
	}
	try("defaults", defaults)
	for _, sh := range []int{8, 12, 16} {
		for _, l := range []float64{0.15, 0.25} {
			p := defaults
			p.short, p.length = sh, l
			try(fmt.Sprintf("short %d length %.2f", sh, l), p)
		}
	}
}
