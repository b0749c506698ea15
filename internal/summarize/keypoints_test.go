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

// TestTopicsNoise checks names that the example site once listed as topics: a courtesy
// title cut off by its full stop, a party and state tag, a country glued to the name after
// it, a capitalised adverb opening a sentence, a credit in square brackets and the first
// word of a sentence-case title.
func TestTopicsNoise(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		title     string
		text      []string
		want, not []string
	}{
		{
			"honorific and party tag", "New York man pleads guilty to threatening to kill Omar",
			[]string{
				"A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.) in a phone call.",
				"Patrick Carlineo Jr., 55, could face up to 10 years in prison, the office of the U.S. Attorney said.",
				"Omar said she did not want Carlineo to go to prison.",
			},
			[]string{"Ilhan Omar", "New York"},
			[]string{"Rep", "Rep.", "D-Minn", "Omar", "Ilhan"},
		},
		{
			"glued names", "Does Marie Yovanovitch Have a Net Worth of $17 Million?",
			[]string{
				"Former U.S. ambassador to Ukraine Marie Yovanovitch has a net worth of $17 million, a tweet claimed.",
				"On Nov. 15, former U.S. ambassador to the Ukraine Marie Yovanovitch testified before the House Intelligence Committee.",
				"Some users pointed to articles published on Walikali to support their claim.",
			},
			[]string{"Marie Yovanovitch", "Ukraine"},
			[]string{"Ukraine Marie Yovanovitch", "Does Marie Yovanovitch", "Nov"},
		},
		{
			"adverb and credit", "US service members killed in Afghanistan helicopter crash",
			[]string{
				"Two United States service members have been killed in a helicopter crash in Afghanistan, the NATO-led mission said.",
				"Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country [File: Reuters].",
				"Roughly half of them train Afghan forces, the mission said on Wednesday.",
				"The Taliban claimed responsibility for downing the helicopter in Logar province.",
				"A spokesman for the Taliban said its fighters shot it down.",
			},
			[]string{"Afghanistan", "Taliban"},
			[]string{"Roughly", "File", "Reuters", "US service", "NATO-led", "Two United States"},
		},
		{
			"sentence-case title", "Major WeWork layoffs to begin today",
			[]string{
				"More than a third of WeWork's 12,000 employees will likely receive notice this week.",
				"Major cuts are part of an effort by the struggling office-space company to cut costs, chairman Marcelo Claure said.",
			},
			[]string{"WeWork", "Marcelo Claure"},
			[]string{"Major WeWork", "Major"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := clean.Doc{Title: tt.title}
			for _, p := range tt.text {
				d.Blocks = append(d.Blocks, clean.Block{Text: p})
			}
			got := Doc(d, 3).Topics
			for _, want := range tt.want {
				if !slices.Contains(got, want) {
					t.Errorf("Topics = %q, want %q among them", got, want)
				}
			}
			for _, junk := range tt.not {
				if slices.Contains(got, junk) {
					t.Errorf("Topics = %q, want no %q", got, junk)
				}
			}
		})
	}
}
