package summarize_test

import (
	"fmt"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/summarize"
)

func ExampleDoc() {
	d := clean.Doc{
		Title: "Storm Floods Coastal Towns",
		Blocks: []clean.Block{
			{Text: "LISBON (Reuters) - A powerful storm flooded dozens of coastal towns in Portugal on Sunday, forcing about 2,000 people from their homes, the civil protection agency said."},
			{Text: "Storm Martinho brought winds of up to 150 km/h (93 mph) and waves of nine metres to the Atlantic coast. Rail services between Lisbon and Porto were suspended."},
			{Text: "However, officials said the storm would weaken by Tuesday. The government has promised €50 million in emergency aid for the worst-hit towns, Prime Minister Luís Montenegro said."},
			{Text: "Storm Martinho is the third major storm to hit Portugal this winter."},
		},
	}
	b := summarize.Doc(d, 3)
	fmt.Println(b.Title)
	fmt.Println(b.Lede)
	for _, s := range b.Bullets {
		fmt.Println("-", s)
	}
	fmt.Println(b.Topics)
	// Output:
	// Storm Floods Coastal Towns
	// The government has promised €50 million in emergency aid for the worst-hit towns.
	// - A powerful storm flooded dozens of coastal towns in Portugal on Sunday, forcing about 2,000 people from their homes.
	// - Storm Martinho brought winds of up to 150 km/h and waves of nine metres to the Atlantic coast.
	// - Storm Martinho is the third major storm to hit Portugal this winter.
	// [Portugal Storm Martinho Atlantic Lisbon Porto]
}

func ExampleSentences() {
	for _, s := range summarize.Sentences(`Dr. J. K. Rowling met U.S. officials at 10 p.m. on Jan. 5. "It went well." Profits rose 3.5% to €1.2bn.`) {
		fmt.Println(s)
	}
	// Output:
	// Dr. J. K. Rowling met U.S. officials at 10 p.m. on Jan. 5.
	// "It went well."
	// Profits rose 3.5% to €1.2bn.
}
