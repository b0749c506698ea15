package extractscore_test

import (
	"fmt"

	"github.com/briefs/briefs/internal/extractscore"
)

func Example() {
	truth := "The meeting came as Russia launched its second night of massive attacks on Kyiv."
	pred := "Share this: The meeting came as Russia launched its second night of massive attacks on Kyiv."
	s := extractscore.AEB([]extractscore.Match{extractscore.Shingles(truth, pred)})
	fmt.Printf("AEB: P %.3f R %.3f F1 %.3f\n", s.Precision, s.Recall, s.F1)

	snip := extractscore.MatchSnippets(pred, []string{"second night of massive attacks"}, []string{"Share this:"})
	sc := snip.Score()
	fmt.Printf("snippets: %+v, F1 %.3f\n", snip, sc.F1)
	// Output:
	// AEB: P 0.846 R 1.000 F1 0.917
	// snippets: {TP:1 FP:1 FN:0 TN:0}, F1 0.667
}
