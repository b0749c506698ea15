package rouge

import (
	"math"
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"The cat sat.", []string{"the", "cat", "sat"}},
		{"Police said: 3.5% of U.S. voters", []string{"polic", "say", "3", "5", "of", "u", "s", "voter"}},
		{"state-owned e-mail", []string{"state", "own", "e", "mail"}},
		{"Zürich’s café", []string{"z", "rich", "s", "caf"}}, // bytes of non-ASCII letters separate
		{"CHILDREN were told", []string{"child", "be", "tell"}},
		{"gas was his", []string{"gas", "was", "his"}}, // three letters or fewer: not stemmed
		{"", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestCompare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		cand, ref  []string
		r1, r2, rl Score
	}{
		{
			// Unigrams: the×2, cat, on, mat = 5 of 6; bigrams: the cat, on the, the mat = 3 of 5;
			// LCS: the cat on the mat = 5.
			name: "one sentence",
			cand: []string{"the cat sat on the mat"},
			ref:  []string{"the cat is on the mat"},
			r1:   Score{5.0 / 6, 5.0 / 6, 5.0 / 6},
			r2:   Score{3.0 / 5, 3.0 / 5, 3.0 / 5},
			rl:   Score{5.0 / 6, 5.0 / 6, 5.0 / 6},
		},
		{
			// The union-LCS example of Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8,
			// c2 = w1 w3 w8 w9 w5. LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union = 4 words:
			// R = 4/5, P = 4/10. Unigrams: ant (clipped to one), bee, cat, emu. Bigrams: only
			// "ant bee" of the candidate's 9, which run across the line break.
			name: "union LCS",
			cand: []string{"ant bee dog elk fox", "ant cat fox gnu emu"},
			ref:  []string{"ant bee cat yak emu"},
			r1:   f(4, 10, 5),
			r2:   f(1, 9, 4),
			rl:   f(4, 10, 5),
		},
		{
			// A repeated candidate word is credited once per occurrence in the reference.
			name: "clipping",
			cand: []string{"the the the the"},
			ref:  []string{"the cat"},
			r1:   f(1, 4, 2),
			r2:   f(0, 3, 1),
			rl:   f(1, 4, 2),
		},
		{
			// Case, punctuation, stemming and PTB spacing do not matter.
			name: "normalised",
			cand: []string{"Police arrested three men on Friday."},
			ref:  []string{"police arrest three men on friday ."},
			r1:   f(6, 6, 6),
			r2:   f(5, 5, 5),
			rl:   f(6, 6, 6),
		},
		{
			name: "empty candidate",
			cand: nil,
			ref:  []string{"a reference"},
		},
		{
			name: "empty reference",
			cand: []string{"a candidate"},
			ref:  []string{""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.cand, tt.ref)
			for _, c := range []struct {
				name      string
				got, want Score
			}{{"R1", got.R1, tt.r1}, {"R2", got.R2, tt.r2}, {"RL", got.RL, tt.rl}} {
				if !near(c.got.P, c.want.P) || !near(c.got.R, c.want.R) || !near(c.got.F, c.want.F) {
					t.Errorf("Compare(%q, %q).%s = %+v, want %+v", tt.cand, tt.ref, c.name, c.got, c.want)
				}
			}
		})
	}
}

// f returns the score of hit matches among cand candidate and ref reference units.
func f(hit, cand, ref int) Score {
	p, r := float64(hit)/float64(cand), float64(hit)/float64(ref)
	if hit == 0 {
		return Score{}
	}
	return Score{p, r, 2 * p * r / (p + r)}
}

// TestLCSBacktrace checks that the LCS marked, where several exist, is the one
// ROUGE-1.5.5 marks. With reference "a b" and candidate "b a" both "a" and "b" are an LCS;
// the Perl backtrace drops reference tokens first, so it marks "a".
func TestLCSBacktrace(t *testing.T) {
	t.Parallel()
	mask := make([]bool, 2)
	markLCS([]string{"a", "b"}, []string{"b", "a"}, mask, nil)
	if want := []bool{true, false}; !slices.Equal(mask, want) {
		t.Errorf("markLCS(a b, b a) marks %v, want %v", mask, want)
	}
}

func TestMean(t *testing.T) {
	t.Parallel()
	a := Scores{R1: Score{1, 1, 1}}
	b := Scores{R1: Score{0, 0, 0}, RL: Score{0.5, 0.5, 0.5}}
	m := Mean([]Scores{a, b})
	if !near(m.R1.F, 0.5) || !near(m.RL.F, 0.25) || m.R2 != (Score{}) {
		t.Errorf("Mean = %+v, want R1.F 0.5, RL.F 0.25, R2 zero", m)
	}
	if m := Mean(nil); m != (Scores{}) {
		t.Errorf("Mean(nil) = %+v, want zero", m)
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("the cat sat on the mat", "the cat is on the mat")
	f.Add("Zully Broussard decided to give a kidney .", "A new computer program helped\nher donation")
	f.Fuzz(func(t *testing.T, cand, ref string) {
		s := Compare(splitLines(cand), splitLines(ref))
		for _, x := range []Score{s.R1, s.R2, s.RL} {
			for _, v := range []float64{x.P, x.R, x.F} {
				if v < 0 || v > 1 || math.IsNaN(v) {
					t.Fatalf("Compare(%q, %q) = %+v: out of range", cand, ref, s)
				}
			}
		}
		if s.RL.R > s.R1.R+1e-12 || s.RL.P > s.R1.P+1e-12 {
			t.Fatalf("Compare(%q, %q): ROUGE-L %+v exceeds ROUGE-1 %+v", cand, ref, s.RL, s.R1)
		}
	})
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func BenchmarkCompare(b *testing.B) {
	cand := []string{
		"Zully Broussard selflessly decided to give one of her kidneys to a stranger.",
		"Her generosity paired up with big data and resulted in six patients receiving transplants.",
		"It works on a simple swapping principle but takes it to a much higher level, according to California Pacific Medical Center in San Francisco.",
	}
	ref := []string{
		"Zully Broussard decided to give a kidney to a stranger .",
		"A new computer program helped her donation spur transplants for six kidney patients .",
	}
	n := 0
	for _, s := range append(cand, ref...) {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		Compare(cand, ref)
	}
}
