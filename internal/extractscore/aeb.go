package extractscore

import (
	"math"
	"strings"
)

// shingleSize is the length of the word n-grams AEB compares.
const shingleSize = 4

// Match is one document's AEB comparison: the true positive, false positive and false
// negative shingle counts, each divided by their sum so that every document weighs the same.
// All three are zero when neither text has a word.
type Match struct {
	TP, FP, FN float64
}

// shingles counts the word 4-grams of s. A text of fewer than four words yields one shorter
// shingle; a text without words yields none.
func shingles(s string) map[string]int {
	toks := Tokens(s)
	n := max(1, len(toks)-shingleSize+1)
	counts := make(map[string]int, n)
	for i := range n {
		end := min(i+shingleSize, len(toks))
		if end <= i {
			break
		}
		// U+0000 never occurs in a token, so it separates them unambiguously.
		counts[strings.Join(toks[i:end], "\x00")]++
	}
	return counts
}

// Shingles compares a predicted text with the true one as AEB does.
func Shingles(truth, pred string) Match {
	t, p := shingles(truth), shingles(pred)
	var m Match
	for k, tc := range t {
		pc := p[k]
		m.TP += float64(min(tc, pc))
		m.FN += float64(max(0, tc-pc))
		m.FP += float64(max(0, pc-tc))
	}
	for k, pc := range p {
		if _, ok := t[k]; !ok {
			m.FP += float64(pc)
		}
	}
	if s := m.TP + m.FP + m.FN; s > 0 {
		m.TP, m.FP, m.FN = m.TP/s, m.FP/s, m.FN/s
	}
	return m
}

// Precision returns the document's precision: 1 when the texts match exactly, 0 when
// nothing predicted is true.
func (m Match) Precision() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FP == 0:
		return 0
	}
	return m.TP / (m.TP + m.FP)
}

// Recall returns the document's recall: 1 when the texts match exactly.
func (m Match) Recall() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FN == 0:
		return 0
	}
	return m.TP / (m.TP + m.FN)
}

// F1 returns the document's own F1, 2tp/(2tp+fp+fn), or NaN when both texts are empty.
func (m Match) F1() float64 {
	d := 2*m.TP + m.FP + m.FN
	if d == 0 {
		return math.NaN()
	}
	return 2 * m.TP / d
}

// AEB returns the benchmark's score of a set of documents: precision is the mean over the
// documents with a predicted shingle, recall the mean over those with a true shingle, and F1
// the harmonic mean of the two means. A mean over no document is NaN, and F1 is then 0 if
// the other mean is 0 and NaN otherwise, as in the Python scorer.
func AEB(ms []Match) Score {
	var ps, rs float64
	var np, nr int
	for _, m := range ms {
		if m.TP+m.FP > 0 {
			ps += m.Precision()
			np++
		}
		if m.TP+m.FN > 0 {
			rs += m.Recall()
			nr++
		}
	}
	s := Score{Precision: math.NaN(), Recall: math.NaN()}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	switch {
	case math.IsNaN(s.Precision) || math.IsNaN(s.Recall):
		s.F1 = math.NaN()
		if s.Precision == 0 || s.Recall == 0 {
			s.F1 = 0
		}
	case s.Precision+s.Recall == 0:
		s.F1 = 0
	default:
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
