package summarize

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/clean"
)

// An article is one of the real articles in testdata/articles.jsonl.
type article struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Text       string   `json:"text"`
	Highlights []string `json:"highlights"`
}

func readArticles(tb testing.TB) []article {
	tb.Helper()
	f, err := os.Open("testdata/articles.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// doc makes the clean.Doc of a raw article the simple way: one paragraph per non-empty line.
func (a article) doc() clean.Doc {
	d := clean.Doc{Path: a.ID, Title: a.Title}
	for _, l := range strings.Split(a.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			d.Blocks = append(d.Blocks, clean.Block{Kind: clean.Paragraph, Text: l})
		}
	}
	return d
}

func BenchmarkDoc(b *testing.B) {
	arts := readArticles(b)
	docs := make([]clean.Doc, len(arts))
	size := 0
	for i, a := range arts {
		docs[i] = a.doc()
		size += len(a.Text)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Doc(docs[i%len(docs)], 3)
		i++
	}
}

func BenchmarkSentences(b *testing.B) {
	arts := readArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Sentences(a.Text)
		}
	}
}

// BenchmarkDocCNN summarizes the cleaned CNN development articles, one after another, and
// reports articles per second: go test ./internal/summarize -run '^$' -bench DocCNN -cpu 1.
// It is skipped when ../shared/data is not there.
func BenchmarkDocCNN(b *testing.B) {
	c := loadCorpus(b, "cnn-validation1000.jsonl")
	size := 0
	for _, d := range c.docs {
		for _, bl := range d.Blocks {
			size += len(bl.Text)
		}
	}
	b.SetBytes(int64(size / len(c.docs)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Doc(c.docs[i%len(c.docs)], 3)
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
}
