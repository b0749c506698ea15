package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefs/briefs/internal/extractscore"
)

func TestStatCats(t *testing.T) {
	if os.Getenv("STAT") == "" {
		t.Skip()
	}
	aeb, _ := extractscore.LoadAEB(filepath.Join(*trainData, "aeb-dev"))
	traf, _ := extractscore.LoadTrafeval(filepath.Join(*trainData, "trafeval-dev"))
	var pos, neg [hintCategories]float64
	var npos, nneg [hintCategories]int
	for _, set := range [][]extractscore.Page{aeb, traf} {
		for _, p := range set {
			us, f, _, _, _ := htmlPage(string(p.HTML), nil)
			l := labelPage(us, f, p)
			for i, u := range us {
				if l.w[i] == 0 {
					continue
				}
				for c := range hintCategories {
					if u.dom.cats&(1<<c) != 0 {
						if l.y[i] > 0 {
							pos[c] += float64(u.st.words)
							npos[c]++
							if c == hintComment && u.st.words > 20 {
								fmt.Println(p.Name, u.text[:min(100, len(u.text))])
							}
						} else {
							neg[c] += float64(u.st.words)
							nneg[c]++
						}
					}
				}
			}
		}
	}
	for c := range hintCategories {
		fmt.Printf("cat %d: story %d units %.0f words, boilerplate %d units %.0f words\n", c, npos[c], pos[c], nneg[c], neg[c])
	}
}
