package clean

// A linear is a logistic-regression model: the log-odds that a unit belongs to the story
// are the dot product of its weights and the unit's features.
type linear []float64

// logit returns the log-odds for the features f.
func (m linear) logit(f []float64) float64 {
	z := 0.0
	for i, x := range f {
		if i < len(m) {
			z += m[i] * x
		}
	}
	return z
}

// A forest is a gradient-boosted ensemble of regression trees: the log-odds that a unit
// belongs to the story are the sum of one leaf value from each tree.
type forest struct {
	nodes []node
	roots []int32 // index in nodes of each tree's root
}

// A node is a split of a tree, or a leaf when feature < 0.
type node struct {
	feature   int16
	threshold float32 // go left when the feature is below it
	left      int32   // index in nodes; the right child follows the left subtree
	right     int32
	value     float32 // the leaf's contribution to the log-odds
}

// logit returns the log-odds for the features f.
func (m forest) logit(f []float64) float64 {
	z := 0.0
	for _, r := range m.roots {
		n := &m.nodes[r]
		for n.feature >= 0 {
			if f[n.feature] < float64(n.threshold) {
				n = &m.nodes[n.left]
			} else {
				n = &m.nodes[n.right]
			}
		}
		z += float64(n.value)
	}
	return z
}
