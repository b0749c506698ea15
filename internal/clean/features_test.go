package clean

import (
	"slices"
	"testing"
)

// TestFeatureNames checks that every feature has a name, so that the weights line up.
func TestFeatureNames(t *testing.T) {
	us := textPageUnits("Home\nThe meeting came as Russia launched its second night of attacks on Kyiv.\nShare this:")
	c := newDocContext(us)
	for i := range us {
		if got := len(textFeatures(nil, us, i, &c)); got != len(textFeatureNames) {
			t.Fatalf("textFeatures has %d features, textFeatureNames %d", got, len(textFeatureNames))
		}
	}
	hu, pf, _, _, elems := htmlPage("<html><body><nav>Home</nav><article><h1>Talks</h1><p>The meeting came as Russia launched its second night of attacks on Kyiv.</p></article></body></html>", nil)
	for i := range hu {
		// Appending to a buffer gives the same features as a fresh slice.
		if f := pf.at(i, make([]float64, 3, 200)[:0]); len(f) != len(htmlFeatureNames) || !slices.Equal(f, pf.at(i, nil)) {
			t.Fatalf("htmlFeatures has %d features, htmlFeatureNames %d", len(f), len(htmlFeatureNames))
		}
	}
	z := make([]float64, len(hu))
	if got := len(smoothFeatures(hu, z, 0, 0, 0)) + len(treeSmoother(hu, elems, z)(0)); got != len(htmlSmooth) {
		t.Fatalf("second-stage page features %d, weights %d", got, len(htmlSmooth))
	}
	if got := len(smoothFeatures(us, z, 0, 0, 0)); got != len(textSmooth) {
		t.Fatalf("second-stage text features %d, weights %d", got, len(textSmooth))
	}
	if len(textModel) != len(textFeatureNames) || len(htmlModel) != len(htmlFeatureNames) {
		t.Fatalf("weights %d and %d for %d and %d features: retrain", len(textModel), len(htmlModel), len(textFeatureNames), len(htmlFeatureNames))
	}
}
