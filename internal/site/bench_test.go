package site

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/summarize"
)

// synthetic returns n stories over about a hundred days, each with five of two hundred topics
// and an article of twelve blocks.
func synthetic(n int) []Story {
	stories := make([]Story, n)
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range stories {
		var topics []string
		for k := range 5 {
			topics = append(topics, fmt.Sprintf("Topic %d", (i*7+k*13)%200))
		}
		var blocks []clean.Block
		for k := range 12 {
			kind := []clean.Kind{clean.Paragraph, clean.Paragraph, clean.Heading, clean.ListItem}[k%4]
			blocks = append(blocks, clean.Block{Kind: kind, Text: fmt.Sprintf("Paragraph %d of story %d, with enough words in it to look like a sentence of a news article.", k, i)})
		}
		title := fmt.Sprintf("Story number %d about the events of the day", i)
		stories[i] = Story{
			Slug: Slugify(title),
			Doc: clean.Doc{Title: title, Date: start.Add(time.Duration(i) * 150 * time.Minute),
				Source: "Example News", SourceURL: fmt.Sprintf("https://news.example.com/%d", i), Blocks: blocks},
			Brief: summarize.Brief{
				Title:   title,
				Lede:    "A lede sentence that says what happened, to whom, and why it matters today.",
				Bullets: []string{"The first development of the day", "The second development, with a number: 415", "A third, quoted development"},
				Topics:  topics,
			},
		}
	}
	return stories
}

func BenchmarkRender(b *testing.B) {
	stories := synthetic(1000)
	for _, opts := range []Options{{}, {Minify: true}} {
		b.Run(fmt.Sprintf("minify=%v", opts.Minify), func(b *testing.B) {
			s, err := New(testConfig("https://example.org/"), theme(b), nil, opts)
			if err != nil {
				b.Fatal(err)
			}
			var size int64
			write := func(_ string, data []byte) error {
				size += int64(len(data))
				return nil
			}
			if _, err := s.Render(context.Background(), stories, write); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size) // bytes written per render
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Render(context.Background(), stories, func(string, []byte) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSlugify(b *testing.B) {
	in := "Rubio And Sergey Lavrov Hold Tense Talks Amid Record Russian Strikes in Zürich"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Slugify(in)
	}
}

// BenchmarkRenderUnchanged measures a render whose memo says nothing changed: the cost of
// building every page's data and fingerprinting it, which a no-change rebuild pays.
func BenchmarkRenderUnchanged(b *testing.B) {
	stories := synthetic(1000)
	s, err := New(testConfig("https://example.org/"), theme(b), nil, Options{Minify: true})
	if err != nil {
		b.Fatal(err)
	}
	memo, _, err := s.RenderTo(context.Background(), stories, Output{Write: func(string, []byte) error { return nil }})
	if err != nil {
		b.Fatal(err)
	}
	out := Output{
		Write: func(name string, _ []byte) error { return fmt.Errorf("%s rendered again", name) },
		Keep:  func(string, int) bool { return true },
		Prev:  memo,
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := s.RenderTo(context.Background(), stories, out); err != nil {
			b.Fatal(err)
		}
	}
}
