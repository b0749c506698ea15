package summarize

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/content"
)

// realSeed is testdata/seed.txt, the scraped sample article, run through the real parser
// and cleaner as "briefs build" runs it.
func realSeed(t *testing.T) clean.Doc {
	t.Helper()
	raw, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := content.Parse("000_a5455975cd5561f8.txt", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := clean.Article(a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedGolden compares the briefs of the cleaned seed article, with 3, 4 and 5 bullets,
// with testdata/seed.golden. Regenerate it with go test ./internal/summarize -update and
// review the diff.
func TestSeedGolden(t *testing.T) {
	t.Parallel()
	d := realSeed(t)
	var got []Brief
	for n := MinBullets; n <= MaxBullets; n++ {
		got = append(got, Doc(d, n))
	}
	out, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, '\n')
	const golden = "testdata/seed.golden"
	if *update {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(out) != string(want) {
		t.Errorf("seed briefs differ from %s; run go test ./internal/summarize -update and review the diff\ngot:\n%s", golden, out)
	}
}
