package summarize

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/clean"
)

// blocks builds blocks from lines: "# " is a heading, "- " a list item, anything else a
// paragraph.
func blocks(lines ...string) []clean.Block {
	var out []clean.Block
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "# "):
			out = append(out, clean.Block{Kind: clean.Heading, Text: l[2:]})
		case strings.HasPrefix(l, "- "):
			out = append(out, clean.Block{Kind: clean.ListItem, Text: l[2:]})
		default:
			out = append(out, clean.Block{Kind: clean.Paragraph, Text: l})
		}
	}
	return out
}

const (
	para  = "The central bank raised its main interest rate by half a point on Thursday, the third increase this year, as inflation stayed well above its target."
	item1 = "- The rate rises to 4.5%, its highest level since 2008"
	item2 = "- Mortgage costs will go up for about two million households"
	item3 = "- The bank expects inflation to fall back by the end of next year"
	item4 = "- Two members of the committee voted to keep rates on hold"
)

func TestKeyPoints(t *testing.T) {
	t.Parallel()
	long := strings.Repeat(para+" ", 3)
	tests := []struct {
		name  string
		doc   []clean.Block
		first int // index of the first item; -1 when there is no list
		count int
	}{
		{"heading and four items", blocks(para, "# What the decision means", item1, item2, item3, item4, para), 2, 4},
		{"paragraph ending in a colon", blocks(para, "The main points:", item1, item2, item3), 2, 3},
		{"list opening the article", blocks(item1, item2, item3, para), 0, 3},
		{"two items are not a list of key points", blocks(para, "# Details", item1, item2, para), -1, 0},
		{"eight items are too many", blocks(para, "# Details", item1, item2, item3, item4, item1, item2, item3, item4), -1, 0},
		{"a late list is not key points", blocks(long, long, "# Details", item1, item2, item3, long), -1, 0},
		{"a late list named key points", blocks(long, long, "# Key takeaways", item1, item2, item3, long), 3, 3},
		{"a named list in German", blocks(long, long, "# Das Wichtigste in Kürze", item1, item2, item3, long), 3, 3},
		{"headline links are not key points", blocks(para, "# Most Popular",
			"- Neo Pepe Presale Passes $2M Raised With Stellar Certik Audit",
			"- The Open Platform Is First Unicorn In Web3 Ecosystem",
			"- Polemos Launches Token On MEXC And Uniswap, Advancing Gaming"), -1, 0},
		{"single words are not sentences", blocks(para, "# Ingredients", "- Flour", "- Two eggs", "- Milk", para), -1, 0},
		{"a long paragraph does not head a list", blocks(para, para, item1, item2, item3), -1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, count, ok := keyPoints(tt.doc)
			if !ok {
				first = -1
			}
			if first != tt.first || count != tt.count {
				t.Errorf("keyPoints = %d, %d, %v; want %d, %d", first, count, ok, tt.first, tt.count)
			}
		})
	}
}

func TestTopics(t *testing.T) {
	t.Parallel()
	d := clean.Doc{
		Title: "Putin Meets NATO Envoy In Moscow",
		Blocks: blocks(
			"Russian President Vladimir Putin met the NATO envoy in Moscow on Monday.",
			"However, Putin said Russia would not withdraw its troops, and the envoy left early.",
			"The Kremlin said Putin's talks with Jens Stoltenberg of NATO were frank.",
			"On Tuesday, Russian forces shelled the city of Kharkiv, according to the Bank of England's report on the European Union.",
			"Stoltenberg flew back to Brussels, where the Bank of England and the European Union were meeting.",
		),
	}
	got := Doc(d, 3).Topics
	for _, want := range []string{"Vladimir Putin", "NATO", "Moscow", "Russia", "Jens Stoltenberg", "Kremlin", "Bank of England", "European Union"} {
		if !slices.Contains(got, want) {
			t.Errorf("Topics = %q, want %q among them", got, want)
		}
	}
	for _, junk := range []string{"Putin", "Russian", "Stoltenberg", "However", "The", "Monday", "On Tuesday", "Envoy", "England"} {
		if slices.Contains(got, junk) {
			t.Errorf("Topics = %q, want no %q", got, junk)
		}
	}
	if len(got) == 0 || got[0] != "Vladimir Putin" {
		t.Errorf("Topics = %q, want Vladimir Putin first", got)
	}
}
