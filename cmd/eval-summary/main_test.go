package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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
