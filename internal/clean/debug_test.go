package clean

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugPage prints the units of the page named by $DEBUG_PAGE with their odds.
func TestDebugPage(t *testing.T) {
	path := os.Getenv("DEBUG_PAGE")
	if path == "" {
		t.Skip("set DEBUG_PAGE")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var us []unit
	var z []float64
	var keep []bool
	if os.Getenv("DEBUG_TEXT") != "" {
		us = textPageUnits(string(data))
		c := newDocContext(us)
		for i := range us {
			z = append(z, textModel.logit(textFeatures(us, i, &c)))
		}
		keep = decide(us, z, textSmooth, nil)
	} else {
		var feats [][]float64
		var elems []element
		us, feats, _, _, elems = htmlPage(string(data), nil)
		for i := range us {
			z = append(z, htmlModel.logit(feats[i]))
		}
		keep = decide(us, z, htmlSmooth, treeSmoother(us, elems, z))
	}
	for i, u := range us {
		k := "-"
		if keep[i] {
			k = "+"
		}
		txt := u.text
		if len(txt) > 90 {
			txt = txt[:90]
		}
		fmt.Printf("%s %6.2f %v cats=%x pos=%v in=%x %q\n", k, z[i], u.dom.tag, u.dom.cats, u.dom.posAny, u.dom.in, txt)
	}
}
