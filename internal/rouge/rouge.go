// Package rouge scores a summary against a reference summary with ROUGE-1, ROUGE-2 and
// ROUGE-L, as the official ROUGE-1.5.5 script does when run as
// "ROUGE-1.5.5.pl -c 95 -m -n 2 -r 1000 -a".
//
// Text is lower-cased, every character other than an ASCII letter or digit separates tokens,
// tokens longer than three characters are stemmed with ROUGE's Porter stemmer (Stem) and no
// stop words are removed. Summaries are lists of sentences, one a line: ROUGE-N counts n-grams
// over the whole summary, across line breaks, and ROUGE-L is the summary-level union longest
// common subsequence over the lines (what other tools call rougeLsum). A corpus score is the
// mean of the per-summary scores (Mean), as ROUGE-1.5.5 averages them.
//
// Like ROUGE-1.5.5, a token longer than three characters that WordNet lists as an irregular
// inflection ("said", "children") becomes its base form ("say", "child") instead of its stem.
// ROUGE-1.5.5 reads WordNet 2.0's lists; this package embeds WordNet 3.0's (exceptions.go,
// made by gen_exceptions.go). The Perl script also rounds each summary's precision and recall
// to five decimals; this package keeps full precision. Neither difference moves a corpus score
// by more than a few hundredths of a point.
package rouge

// A Score is the precision, recall and F1 of one ROUGE measure, each between 0 and 1.
type Score struct {
	P, R, F float64
}

// Scores holds the three measures for one summary.
type Scores struct {
	R1, R2, RL Score
}

// Compare scores a candidate summary against a reference summary. Each is a list of
// sentences; each sentence is one line of ROUGE's input.
func Compare(candidate, reference []string) Scores {
	cand := tokenizeLines(candidate)
	ref := tokenizeLines(reference)
	return Scores{
		R1: ngram(cand, ref, 1),
		R2: ngram(cand, ref, 2),
		RL: lcs(cand, ref),
	}
}

// N returns the ROUGE-N score of a candidate summary against a reference summary, both lists
// of sentences.
func N(candidate, reference []string, n int) Score {
	return ngram(tokenizeLines(candidate), tokenizeLines(reference), n)
}

// L returns the summary-level ROUGE-L score of a candidate summary against a reference
// summary, both lists of sentences.
func L(candidate, reference []string) Score {
	return lcs(tokenizeLines(candidate), tokenizeLines(reference))
}

// Mean returns the mean of each measure over a corpus; the zero Scores when there are none.
func Mean(all []Scores) Scores {
	var m Scores
	if len(all) == 0 {
		return m
	}
	for _, s := range all {
		m.R1 = m.R1.add(s.R1)
		m.R2 = m.R2.add(s.R2)
		m.RL = m.RL.add(s.RL)
	}
	k := 1 / float64(len(all))
	m.R1 = m.R1.scale(k)
	m.R2 = m.R2.scale(k)
	m.RL = m.RL.scale(k)
	return m
}

func (s Score) add(t Score) Score     { return Score{s.P + t.P, s.R + t.R, s.F + t.F} }
func (s Score) scale(k float64) Score { return Score{s.P * k, s.R * k, s.F * k} }
func newScore(hit, candN, refN int) Score {
	var s Score
	if candN > 0 {
		s.P = float64(hit) / float64(candN)
	}
	if refN > 0 {
		s.R = float64(hit) / float64(refN)
	}
	if s.P+s.R > 0 {
		s.F = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// ngram returns ROUGE-N: the clipped count of the candidate's n-grams found in the reference.
// N-grams run across sentence boundaries, as ROUGE-1.5.5 joins the lines before counting.
func ngram(cand, ref [][]string, n int) Score {
	refGrams, refN := grams(ref, n)
	candGrams, candN := grams(cand, n)
	hit := 0
	for g, c := range candGrams {
		hit += min(c, refGrams[g])
	}
	return newScore(hit, candN, refN)
}

// grams counts the n-grams of the concatenated lines and returns them with their total.
func grams(lines [][]string, n int) (map[string]int, int) {
	var toks []string
	for _, l := range lines {
		toks = append(toks, l...)
	}
	counts := make(map[string]int)
	total := 0
	for i := 0; i+n <= len(toks); i++ {
		key := toks[i]
		for _, t := range toks[i+1 : i+n] {
			key += " " + t
		}
		counts[key]++
		total++
	}
	return counts, total
}
