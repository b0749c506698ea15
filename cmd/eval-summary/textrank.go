package main

import (
	"math"
	"slices"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/rouge"
	"github.com/briefs/briefs/internal/summarize"
)

// textRank is the TextRank baseline (Mihalcea and Tarau, 2004): the sentences of the cleaned
// article are the nodes of a graph whose edges weigh the words two sentences share,
// |Si ∩ Sj| / (log |Si| + log |Sj|), counted over ROUGE's stemmed tokens without stop words;
// PageRank with damping 0.85 ranks them, and the n best are returned in article order,
// uncompressed.
func textRank(d clean.Doc, n int) []string {
	var sents []string
	for _, b := range d.Blocks {
		if b.Kind != clean.Code && b.Kind != clean.Heading {
			sents = append(sents, summarize.Sentences(b.Text)...)
		}
	}
	if len(sents) <= n {
		return sents
	}
	bags := make([]map[string]bool, len(sents))
	for i, s := range sents {
		bags[i] = map[string]bool{}
		for _, t := range rouge.Tokens(s) {
			if !stopToken(t) {
				bags[i][t] = true
			}
		}
	}
	k := len(sents)
	w := make([]float64, k*k)
	out := make([]float64, k) // each node's total edge weight
	for i := range k {
		for j := i + 1; j < k; j++ {
			if len(bags[i]) < 2 || len(bags[j]) < 2 {
				continue
			}
			shared := 0
			for t := range bags[i] {
				if bags[j][t] {
					shared++
				}
			}
			if shared == 0 {
				continue
			}
			x := float64(shared) / (math.Log(float64(len(bags[i]))) + math.Log(float64(len(bags[j]))))
			w[i*k+j], w[j*k+i] = x, x
			out[i] += x
			out[j] += x
		}
	}
	const damping = 0.85
	rank := make([]float64, k)
	next := make([]float64, k)
	for i := range rank {
		rank[i] = 1
	}
	for range 50 {
		change := 0.0
		for i := range k {
			sum := 0.0
			for j := range k {
				if x := w[j*k+i]; x > 0 {
					sum += x / out[j] * rank[j]
				}
			}
			next[i] = 1 - damping + damping*sum
			change = max(change, math.Abs(next[i]-rank[i]))
		}
		rank, next = next, rank
		if change < 1e-6 {
			break
		}
	}
	order := make([]int, k)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case rank[a] > rank[b]:
			return -1
		case rank[a] < rank[b]:
			return 1
		}
		return a - b
	})
	top := order[:n]
	slices.Sort(top)
	picked := make([]string, n)
	for i, j := range top {
		picked[i] = sents[j]
	}
	return picked
}

// stopToken reports whether t, a ROUGE token, is a common English word that TextRank does
// not count.
func stopToken(t string) bool {
	switch t {
	case "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be",
		"been", "befor", "but", "by", "can", "could", "did", "do", "for", "from", "had", "has",
		"have", "he", "her", "his", "him", "how", "i", "if", "in", "into", "is", "it", "its",
		"just", "more", "most", "no", "not", "of", "on", "one", "or", "other", "our", "out",
		"over", "s", "said", "say", "sai", "she", "so", "some", "than", "that", "the", "their",
		"them", "then", "there", "these", "they", "thi", "those", "to", "up", "us", "was", "we",
		"were", "what", "when", "which", "while", "who", "will", "with", "would", "you", "your":
		return true
	}
	return false
}
