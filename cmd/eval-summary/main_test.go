package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/clean"
)

func TestLead3(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{`(CNN)One. "Two." Three! Four? Five.`, []string{"(CNN)One.", `"Two."`, "Three!"}},
		{"Dr. Who came. The U.S. Army went.", []string{"Dr.", "Who came.", "The U.S."}},
		{"No final stop", []string{"No final stop"}},
		{"One.\n\nTwo.", []string{"One.", "Two."}},
	}
	for _, tt := range tests {
		if got := lead3(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("lead3(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRun scores two tiny corpora; the summarizer copies the reference sentences, so its
// scores are high, and every row of the table is there.
func TestRun(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	article := func(id, title string) map[string]any {
		return map[string]any{
			"id":    id,
			"title": title,
			"text": "The city council approved a new budget for schools on Tuesday night. " +
				"Spending on teachers will rise by four percent next year, the mayor said. " +
				"Parents had campaigned for more money for months. " +
				"The budget also pays for two new libraries in the north of the city.",
			"highlights": []string{"City council approves new budget for schools .", "Spending on teachers to rise by four percent ."},
		}
	}
	for _, name := range files {
		var b bytes.Buffer
		for _, id := range []string{"a", "b"} {
			line, err := json.Marshal(article(id, "Council Approves School Budget"))
			if err != nil {
				t.Fatal(err)
			}
			b.Write(append(line, '\n'))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errs bytes.Buffer
	if err := run(context.Background(), []string{"-data", dir, "-sweep"}, &out, &errs); err != nil {
		t.Fatalf("run: %v\n%s", err, errs.String())
	}
	table := out.String()
	for _, want := range []string{"Lead-3", "TextRank n=3", "ours n=3", "ours n=4", "ours n=5", "lede+bullets", "cnn-validation1000", "bbc2225"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if err := run(context.Background(), []string{"-data", t.TempDir()}, &out, &errs); err == nil {
		t.Error("run with no corpora succeeded, want an error")
	}
}

func TestTextRank(t *testing.T) {
	t.Parallel()
	d := clean.Doc{Blocks: []clean.Block{
		{Text: "The council approved the school budget on Tuesday. Teachers welcomed the school budget. " +
			"It rained in the afternoon. The school budget raises teacher pay by four percent."},
		{Kind: clean.Heading, Text: "The school budget in numbers"},
		{Text: "A bake sale raised money for a trip."},
	}}
	// The two sentences that share most with the others, in article order; never the
	// heading, the rain or the bake sale.
	got := textRank(d, 2)
	want := []string{"Teachers welcomed the school budget.", "The school budget raises teacher pay by four percent."}
	if !slices.Equal(got, want) {
		t.Errorf("textRank = %q, want %q", got, want)
	}
	if got := textRank(clean.Doc{Blocks: []clean.Block{{Text: "One sentence only."}}}, 3); !slices.Equal(got, []string{"One sentence only."}) {
		t.Errorf("textRank(one sentence) = %q", got)
	}
}

func TestMeasure(t *testing.T) {
	t.Parallel()
	texts := []string{"The mayor, 54, said 1,343 people left. He said so."}
	bullets := [][]string{{
		"LONDON (Reuters) - The mayor said 1,343 people left.",
		`He said "so.`,
		"The mayor said 1,434 people left.",
		"the mayor said",
	}}
	s := measure(bullets, []string{"The mayor said 1,343 people left."}, texts)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"dateline", s.dateline, 0.25},
		{"pronoun", s.pronoun, 0.25},
		{"quotes", s.quotes, 0.25},
		{"numbers", s.numbers, 0.25},
		{"sentence", s.sentence, 0.25},
		{"dupes", s.dupes, 1},
		{"few", s.few, 0},
		{"ledeCopy", s.ledeCopy, 1},
	} {
		if c.got != c.want {
			t.Errorf("measure: %s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	seen := map[int]int{}
	for i := range 1000 {
		k := fold(fmt.Sprintf("article-%d", i))
		if k < 0 || k >= folds {
			t.Fatalf("fold = %d, want 0..%d", k, folds-1)
		}
		seen[k]++
	}
	for k := range folds {
		if seen[k] < 150 {
			t.Errorf("fold %d has %d of 1000 ids, want about 200", k, seen[k])
		}
	}
	if fold("article-1") != fold(fmt.Sprint("article-", 1)) {
		t.Error("fold is not stable")
	}
}
