package clean

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/content"
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
	var feats [][]float64
	names, model := htmlFeatureNames, htmlModel
	if os.Getenv("DEBUG_TEXT") != "" {
		us = textPageUnits(string(data))
		c := newDocContext(us)
		for i := range us {
			feats = append(feats, textFeatures(nil, us, i, &c))
			z = append(z, textModel.logit(feats[i]))
		}
		keep = decide(us, z, textSmooth, nil)
		names, model = textFeatureNames, textModel
	} else {
		var elems []element
		var pf *pageFeatures
		us, pf, _, _, elems = htmlPage(string(data), nil)
		for i := range us {
			feats = append(feats, pf.at(i, nil))
		}
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
		if m := os.Getenv("DEBUG_MATCH"); m != "" && strings.Contains(u.text, m) {
			printContributions(feats[i], names, model)
		}
	}
}

// TestDebugDoc prints the Doc that Article makes of the file named by $DEBUG_DOC, read
// as text, or as HTML or Markdown by its extension.
func TestDebugDoc(t *testing.T) {
	path := os.Getenv("DEBUG_DOC")
	if path == "" {
		t.Skip("set DEBUG_DOC")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := content.Text
	switch {
	case strings.HasSuffix(path, ".html"):
		f = content.HTML
	case strings.HasSuffix(path, ".md"):
		f = content.Markdown
	}
	d, err := Article(content.Article{Path: path, Format: f, Body: string(data), BodyLine: 1})
	fmt.Printf("err=%v\ntitle=%q\ndate=%v\nauthor=%q\nsource=%q url=%q lang=%q\n----\n%s----\n",
		err, d.Title, d.Date, d.Author, d.Source, d.SourceURL, d.Lang, d.Text())
	for _, b := range d.Blocks {
		fmt.Printf("%d %s %.60q\n", b.Line, b.Kind, b.Text)
	}
}

// printContributions prints the largest terms of a unit's first-stage log-odds.
func printContributions(f []float64, names []string, m linear) {
	for k, x := range f {
		if t := m[k] * x; t > 0.2 || t < -0.2 {
			fmt.Printf("      %-24s %6.2f\n", names[k], t)
		}
	}
}
