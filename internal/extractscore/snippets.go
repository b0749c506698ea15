package extractscore

import "strings"

// Snippets counts one document's snippet matches as trafilatura's evaluation does: a "with"
// snippet found in the prediction is a true positive and one missing a false negative; a
// "without" snippet found is a false positive and one absent a true negative. Matching is
// case-sensitive substring search after white space is normalised on both sides.
type Snippets struct {
	TP, FP, FN, TN int
}

// MatchSnippets compares a prediction with a document's snippets.
func MatchSnippets(pred string, with, without []string) Snippets {
	p := Normalize(pred)
	var s Snippets
	for _, w := range with {
		if strings.Contains(p, Normalize(w)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range without {
		if strings.Contains(p, Normalize(w)) {
			s.FP++
		} else {
			s.TN++
		}
	}
	return s
}

// Missing returns the counts of a document with no prediction: every "with" snippet is
// missing and every "without" snippet absent.
func Missing(with, without []string) Snippets {
	return Snippets{FN: len(with), TN: len(without)}
}

// Add returns the sum of the counts of s and t, for pooling documents.
func (s Snippets) Add(t Snippets) Snippets {
	return Snippets{TP: s.TP + t.TP, FP: s.FP + t.FP, FN: s.FN + t.FN, TN: s.TN + t.TN}
}

// Score returns the pooled precision tp/(tp+fp), recall tp/(tp+fn) and F1
// 2tp/(2tp+fp+fn); each is 0 when its denominator is.
func (s Snippets) Score() Score {
	var sc Score
	if s.TP+s.FP > 0 {
		sc.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		sc.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if d := 2*s.TP + s.FP + s.FN; d > 0 {
		sc.F1 = 2 * float64(s.TP) / float64(d)
	}
	return sc
}
