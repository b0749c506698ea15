package site

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGoldenBriefPage compares a brief page, unminified, with testdata/brief.golden.
// Regenerate it with go test ./internal/site -run Golden -update and review the diff.
func TestGoldenBriefPage(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("https://user.github.io/proj/"), nil, Options{}, fixture())
	got := files["briefs/rubio-and-lavrov-hold-tense-talks/index.html"]
	golden := filepath.Join("testdata", "brief.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("brief page differs from %s; run with -update and review the diff:\n%s", golden, got)
	}
}
