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
