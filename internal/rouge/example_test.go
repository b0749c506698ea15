package rouge_test

import (
	"fmt"

	"github.com/briefs/briefs/internal/rouge"
)

func ExampleCompare() {
	summary := []string{"Police arrested three men on Friday.", "The men were charged with theft."}
	reference := []string{"three men arrested by police .", "they are charged with theft ."}
	s := rouge.Compare(summary, reference)
	fmt.Printf("ROUGE-1 %.1f, ROUGE-2 %.1f, ROUGE-L %.1f\n", 100*s.R1.F, 100*s.R2.F, 100*s.RL.F)
	// Output:
	// ROUGE-1 63.6, ROUGE-2 30.0, ROUGE-L 45.5
}
