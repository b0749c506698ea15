package rouge

// lcs returns the summary-level ROUGE-L score. For each reference sentence it marks the
// reference tokens on a longest common subsequence with each candidate sentence and takes the
// union of the marks. A marked token scores while both summaries still have an unused
// occurrence of it, so that no candidate token is credited twice and ROUGE-L never exceeds
// ROUGE-1. The LCS that is marked, where several exist, is the one ROUGE-1.5.5's backtrace
// finds: it prefers dropping a reference token to dropping a candidate token.
func lcs(cand, ref [][]string) Score {
	candLeft := make(map[string]int)
	candN := 0
	for _, s := range cand {
		for _, t := range s {
			candLeft[t]++
			candN++
		}
	}
	refLeft := make(map[string]int)
	refN := 0
	for _, s := range ref {
		for _, t := range s {
			refLeft[t]++
			refN++
		}
	}
	hit := 0
	var table []int32
	for _, r := range ref {
		mask := make([]bool, len(r))
		for _, c := range cand {
			table = markLCS(r, c, mask, table)
		}
		for i, t := range r {
			if mask[i] && refLeft[t] > 0 && candLeft[t] > 0 {
				hit++
				refLeft[t]--
				candLeft[t]--
			}
		}
	}
	return newScore(hit, candN, refN)
}

// markLCS sets mask[i] for each token r[i] on the longest common subsequence of r and c.
// It reuses table, the dynamic-programming table, and returns it.
func markLCS(r, c []string, mask []bool, table []int32) []int32 {
	m, n := len(r), len(c)
	if m == 0 || n == 0 {
		return table
	}
	w := n + 1
	size := (m + 1) * w
	if cap(table) < size {
		table = make([]int32, size)
	}
	table = table[:size]
	clear(table[:w])
	for i := 1; i <= m; i++ {
		row, up := table[i*w:(i+1)*w], table[(i-1)*w:i*w]
		row[0] = 0
		for j := 1; j <= n; j++ {
			switch {
			case r[i-1] == c[j-1]:
				row[j] = up[j-1] + 1
			case up[j] >= row[j-1]:
				row[j] = up[j]
			default:
				row[j] = row[j-1]
			}
		}
	}
	// Walk back the way ROUGE-1.5.5 recorded its moves: diagonal on a match, else up when
	// the cell above is at least the cell to the left, else left.
	i, j := m, n
	for i > 0 && j > 0 {
		switch {
		case r[i-1] == c[j-1]:
			i--
			j--
			mask[i] = true
		case table[(i-1)*w+j] >= table[i*w+j-1]:
			i--
		default:
			j--
		}
	}
	return table
}
