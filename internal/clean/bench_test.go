package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefs/briefs/internal/content"
)

// benchArticles cleans the named testdata articles in a loop.
func benchArticles(b *testing.B, names ...string) {
	var as []content.Article
	for _, n := range names {
		as = append(as, readArticle(b, n))
	}
	benchClean(b, as, "")
}

// benchClean cleans the articles in a loop and, when unit is set, reports how many it
// cleans per second in that unit.
func benchClean(b *testing.B, as []content.Article, unit string) {
	size := 0
	for _, a := range as {
		size += len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, a := range as {
			if _, err := Article(a); err != nil {
				b.Fatal(err)
			}
		}
		n += len(as)
	}
	if unit != "" {
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), unit)
	}
}

func BenchmarkArticleText(b *testing.B) {
	benchArticles(b, "seed.txt", "nbcsports-comments.txt", "thw-de.txt", "cnn.txt")
}

func BenchmarkArticleHTML(b *testing.B) {
	benchArticles(b, "wework.html", "futurism.html", "flowfx-de.html")
}

func BenchmarkArticleMarkdown(b *testing.B) {
	benchArticles(b, "editor.md")
}

// BenchmarkCorpus cleans the 97 saved pages and text dumps of aeb-dev (from
// ../../../shared/data, skipped when absent) and reports pages per second.
func BenchmarkCorpus(b *testing.B) {
	dir := filepath.Join(*trainData, "aeb-dev")
	for _, track := range []struct {
		name   string
		ext    string
		format content.Format
	}{{"html", ".html", content.HTML}, {"text", ".txt", content.Text}} {
		b.Run(track.name, func(b *testing.B) {
			names, _ := filepath.Glob(filepath.Join(dir, "*"+track.ext))
			if len(names) == 0 {
				b.Skip("no corpus at", dir)
			}
			var as []content.Article
			for _, n := range names {
				data, err := os.ReadFile(n)
				if err != nil {
					b.Fatal(err)
				}
				as = append(as, content.Article{Format: track.format, Body: string(data), BodyLine: 1})
			}
			benchClean(b, as, "pages/s")
		})
	}
}

// BenchmarkCNN cleans the 1,000 CNN stories of ../shared/data/summaries (skipped when
// absent), read as text files, and reports articles per second:
// go test ./internal/clean -run '^$' -bench CNN -cpu 1 -benchtime 3x.
func BenchmarkCNN(b *testing.B) {
	f, err := os.Open(filepath.Join(*trainData, "..", "summaries", "cnn-validation1000.jsonl"))
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var as []content.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var it struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			b.Fatal(err)
		}
		as = append(as, content.Article{Format: content.Text, Body: it.Text, BodyLine: 1})
	}
	benchClean(b, as, "articles/s")
}
