package clean

import (
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIsCredit(t *testing.T) {
	for _, s := range []string{
		"", "(AP Photo/Rich Pedroncelli)", "(ap photo)", "(Reuters)", "(REUTERſ)", "Photo: Hau Dinh, AP",
		"photos / Getty", "Image…: A", "Source... Reuters", "Fotos:Max", "Crédit : AFP", "CRÉDIT: AFP",
		"Getty Images", "gEtTy iMaGeS", "1of4Next", "12 of 40 Slide", "1 of 4 slides", "xPhoto: A", "_Photo: A",
		"éPhoto: A", "(Image" + strings.Repeat("x", 59) + ")", "(Image" + strings.Repeat("x", 60) + ")",
		"(Image" + strings.Repeat("é", 60) + ")", "(Image" + strings.Repeat("é", 61) + ")", "Photo:\n\n  Jane",
		"Source: the", "The source: Reuters", "(CNN)The photo: A", "\u212aeep (AP)", "Quelles: X", "Fuentes / EFE",
	} {
		if got, want := isCredit(s), creditRE.MatchString(s); got != want {
			t.Errorf("isCredit(%q) = %v, creditRE says %v", s, got, want)
		}
	}
}

// TestIsCreditRandom compares isCredit with creditRE on texts pieced together at random.
func TestIsCreditRandom(t *testing.T) {
	parts := []string{"(", ")", "AP", "ap", "Reuters", "getty", "Getty Images", "Image", "Photo", "photos", "Crédit",
		"CRÉDIT", "Source", "Quelle", "Fuente", "Bild", "Foto", "Picture", "dpa", "EPA", "afp", ":", "/", "...", ".",
		" ", "  ", "\n", "\t", "1", "12", "of", "OF", "Next", "next", "Jane", "é", "É", "x", "_", "ſ", "\u212a", "\xff",
		strings.Repeat("y", 30), strings.Repeat("ü", 20)}
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	matches := 0
	for range 100000 {
		b.Reset()
		for range 1 + rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		got, want := isCredit(s), creditRE.MatchString(s)
		if got != want {
			t.Fatalf("isCredit(%q) = %v, creditRE says %v", s, got, want)
		}
		if want {
			matches++
		}
	}
	if matches < 1000 {
		t.Errorf("only %d of the random texts are credits", matches)
	}
}

var corpora = flag.Bool("corpora", false, "compare isCredit with creditRE on every line of the development corpora")

// TestIsCreditCorpora compares isCredit with creditRE on every line of the development
// corpora, and of the summaries' JSON lines: go test ./internal/clean -run CreditCorpora -corpora.
func TestIsCreditCorpora(t *testing.T) {
	if !*corpora {
		t.Skip("-corpora not set")
	}
	names, _ := filepath.Glob(filepath.Join(*trainData, "*", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(*trainData, "*", "pages", "*.txt"))
	more2, _ := filepath.Glob(filepath.Join(*trainData, "..", "summaries", "*.jsonl"))
	for _, n := range append(append(names, more...), more2...) {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		// A line of JSON holds a whole story, its quotes escaped: a long text all the same.
		for _, line := range strings.Split(string(data), "\n") {
			if got, want := isCredit(line), creditRE.MatchString(line); got != want {
				t.Errorf("%s: isCredit(%q) = %v, creditRE says %v", n, line, got, want)
			}
		}
	}
}

// FuzzIsCredit checks that isCredit says what creditRE says.
func FuzzIsCredit(f *testing.F) {
	for _, s := range []string{"(AP Photo/Rich Pedroncelli)", "Photo: Hau Dinh, AP", "1of4Next", "Getty Images", "Crédit : AFP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCredit(s), creditRE.MatchString(s); got != want {
			t.Fatalf("isCredit(%q) = %v, creditRE says %v", s, got, want)
		}
	})
}
