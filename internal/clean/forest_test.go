package clean

import (
	"math"
	"slices"
)

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

// forestParams are the settings of fitForest.
type forestParams struct {
	trees    int     // boosting rounds
	depth    int     // depth of each tree
	rate     float64 // learning rate
	lambda   float64 // L2 penalty on leaf values
	minChild float64 // least sum of example weights in a leaf
	bins     int     // most thresholds tried per feature
}

// fitForest fits a gradient-boosted forest with logistic loss on the examples, with
// histogram splits. It is deterministic.
func fitForest(train []example, nf int, prm forestParams) forest {
	// Normalise the weights to a mean of 1.
	sumW := 0.0
	for _, e := range train {
		sumW += e.weight
	}
	w := make([]float64, len(train))
	for i, e := range train {
		w[i] = e.weight * float64(len(train)) / sumW
	}
	// Thresholds and bins.
	thr := make([][]float64, nf)
	bin := make([][]uint8, nf)
	for f := range nf {
		vals := make([]float64, len(train))
		for i, e := range train {
			vals[i] = e.f[f]
		}
		slices.Sort(vals)
		uniq := slices.Compact(slices.Clone(vals))
		var cuts []float64
		if len(uniq) <= prm.bins {
			for k := 1; k < len(uniq); k++ {
				cuts = append(cuts, float32ish((uniq[k-1]+uniq[k])/2))
			}
		} else {
			for k := 1; k < prm.bins; k++ {
				v := vals[k*len(vals)/prm.bins]
				if len(cuts) == 0 || v > cuts[len(cuts)-1] {
					cuts = append(cuts, float32ish(v))
				}
			}
		}
		thr[f] = cuts
		bin[f] = make([]uint8, len(train))
		for i, e := range train {
			k, _ := slices.BinarySearch(cuts, e.f[f])
			// x < cuts[k] goes left of split k; x == cuts[k] goes right.
			if k < len(cuts) && e.f[f] >= cuts[k] {
				k++
			}
			bin[f][i] = uint8(k)
		}
	}
	pos, all := 0.0, 0.0
	for i, e := range train {
		pos += w[i] * e.y
		all += w[i]
	}
	base := math.Log(pos / (all - pos))
	var m forest
	margin := make([]float64, len(train))
	for i := range margin {
		margin[i] = base
	}
	g := make([]float64, len(train))
	h := make([]float64, len(train))
	idx := make([]int, len(train))
	for range prm.trees {
		for i, e := range train {
			p := sigmoid(margin[i])
			g[i] = w[i] * (p - e.y)
			h[i] = w[i] * p * (1 - p)
			idx[i] = i
		}
		root := int32(len(m.nodes))
		m.roots = append(m.roots, root)
		var grow func(ids []int, depth int)
		grow = func(ids []int, depth int) {
			G, H, W := 0.0, 0.0, 0.0
			for _, i := range ids {
				G += g[i]
				H += h[i]
				W += w[i]
			}
			leaf := func() {
				v := -prm.rate * G / (H + prm.lambda)
				m.nodes = append(m.nodes, node{feature: -1, value: float32(v)})
				for _, i := range ids {
					margin[i] += float64(float32(v))
				}
			}
			if depth == prm.depth || W < 2*prm.minChild {
				leaf()
				return
			}
			bestGain, bestF, bestK := 1e-9, -1, 0
			parent := G * G / (H + prm.lambda)
			gh := make([]float64, 3*(prm.bins+1))
			for f := range nf {
				nb := len(thr[f]) + 1
				if nb < 2 {
					continue
				}
				clear(gh[:3*nb])
				for _, i := range ids {
					k := int(bin[f][i])
					gh[3*k] += g[i]
					gh[3*k+1] += h[i]
					gh[3*k+2] += w[i]
				}
				gl, hl, wl := 0.0, 0.0, 0.0
				for k := 0; k < nb-1; k++ {
					gl += gh[3*k]
					hl += gh[3*k+1]
					wl += gh[3*k+2]
					if wl < prm.minChild || W-wl < prm.minChild {
						continue
					}
					gain := gl*gl/(hl+prm.lambda) + (G-gl)*(G-gl)/(H-hl+prm.lambda) - parent
					if gain > bestGain {
						bestGain, bestF, bestK = gain, f, k
					}
				}
			}
			if bestF < 0 {
				leaf()
				return
			}
			var left, right []int
			for _, i := range ids {
				if int(bin[bestF][i]) <= bestK {
					left = append(left, i)
				} else {
					right = append(right, i)
				}
			}
			at := len(m.nodes)
			m.nodes = append(m.nodes, node{feature: int16(bestF), threshold: float32(thr[bestF][bestK])})
			m.nodes[at].left = int32(len(m.nodes))
			grow(left, depth+1)
			m.nodes[at].right = int32(len(m.nodes))
			grow(right, depth+1)
		}
		grow(idx, 0)
	}
	// Fold the base score into the first tree's leaves.
	if len(m.roots) > 0 {
		end := len(m.nodes)
		if len(m.roots) > 1 {
			end = int(m.roots[1])
		}
		for k := int(m.roots[0]); k < end; k++ {
			if m.nodes[k].feature < 0 {
				m.nodes[k].value += float32(base)
			}
		}
	}
	return m
}

// float32ish rounds v to the float32 the generated code will hold, so that training and
// inference split at the same value.
func float32ish(v float64) float64 { return float64(float32(v)) }
