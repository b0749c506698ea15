package extractscore

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	// Python: re.findall(r'\w+', s). Combining marks are not word characters there.
	got := Tokens("Hello, wörld! 3.5 e_g  naïve Ω₂ ①  x\u0301y 日本語 ٣")
	want := []string{"Hello", "wörld", "3", "5", "e_g", "naïve", "Ω₂", "①", "x", "y", "日本語", "٣"}
	if !slices.Equal(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
	if got := Tokens(" ,.;"); len(got) != 0 {
		t.Errorf("Tokens of punctuation = %q", got)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \t b\n\nc  ", "a b c"},
		{"a\u00a0\u2009b\u3000c", "a b c"},
		{"a\x1cb", "a b"}, // Python's \s includes the information separators
		{"a\u200bb", "a\u200bb"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	// Values from score_aeb.py's shingle_match.
	tests := []struct {
		truth, pred string
		want        Match
	}{
		{"a b c d e f", "a b c d x f", Match{0.2, 0.4, 0.4}},
		{"one two", "one two three", Match{0, 0.5, 0.5}},
		{"", "x", Match{0, 1, 0}},
		{"", "", Match{}},
		{"a b c d", "a b c d", Match{1, 0, 0}},
	}
	for _, tt := range tests {
		got := Shingles(tt.truth, tt.pred)
		if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
			t.Errorf("Shingles(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
		}
	}
}

func TestAEB(t *testing.T) {
	ms := []Match{
		Shingles("a b c d e f", "a b c d x f"), Shingles("one two", "one two three"),
		Shingles("", "x"), Shingles("p q r s", ""), Shingles("", ""),
	}
	got := AEB(ms)
	// metrics_from in score_aeb.py gives 1/9 for all three.
	if !near(got.Precision, 1.0/9) || !near(got.Recall, 1.0/9) || !near(got.F1, 1.0/9) {
		t.Errorf("AEB = %+v, want 1/9 each", got)
	}
	if got := AEB([]Match{Shingles("a b c d", "")}); got.F1 != 0 || !math.IsNaN(got.Precision) || got.Recall != 0 {
		t.Errorf("AEB of an empty prediction = %+v, want F1 0, precision NaN, recall 0", got)
	}
}

func TestSnippets(t *testing.T) {
	pred := "By Aaron Humes: The Americas cannot ignore the risk\n\nof further COVID-19 surges.\nShare to Facebook"
	s := MatchSnippets(pred,
		[]string{"The Americas cannot ignore the risk of further", "We hope you enjoy Python 3.6.0!"},
		[]string{"Share to Facebook", "Subscribe to Python Insider"})
	if s != (Snippets{TP: 1, FP: 1, FN: 1, TN: 1}) {
		t.Errorf("MatchSnippets = %+v", s)
	}
	all := s.Add(Missing([]string{"x"}, []string{"y", "z"}))
	if all != (Snippets{TP: 1, FP: 1, FN: 2, TN: 3}) {
		t.Errorf("Add = %+v", all)
	}
	sc := all.Score()
	if !near(sc.Precision, 0.5) || !near(sc.Recall, 1.0/3) || !near(sc.F1, 0.4) {
		t.Errorf("Score = %+v", sc)
	}
}

func TestHalf(t *testing.T) {
	n := [2]int{}
	for i := range 1000 {
		n[Half(strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('0'+i%10))+strings.Repeat("y", i/26))]++
	}
	if n[0] < 400 || n[1] < 400 {
		t.Errorf("Half splits 1000 names %d / %d", n[0], n[1])
	}
	// The split is fixed: these names fall where the published figures put them.
	if Half("blog.python.org") != 0 || Half("thw.de-frauen") != 1 {
		t.Errorf("Half moved: blog.python.org %d, thw.de-frauen %d", Half("blog.python.org"), Half("thw.de-frauen"))
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestPythonAgreement scores made-up predictions for the first pages of aeb-dev and
// trafeval-dev both here and with the Python scorers in shared/tools, when python3 and
// the corpora are there, and requires the same figures to three decimals.
func TestPythonAgreement(t *testing.T) {
	const data = "../../../shared/data/extraction"
	const tools = "../../../shared/tools"
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	if _, err := os.Stat(filepath.Join(tools, "score_aeb.py")); err != nil {
		t.Skip("no scorers:", err)
	}
	aeb, err := LoadAEB(filepath.Join(data, "aeb-dev"))
	if err != nil {
		t.Skip("no corpus:", err)
	}
	traf, err := LoadTrafeval(filepath.Join(data, "trafeval-dev"))
	if err != nil {
		t.Skip("no corpus:", err)
	}
	// Predictions: the second half of each text dump's lines, a crude but varied guess.
	pred := func(p Page) string {
		lines := strings.Split(string(p.Text), "\n")
		return strings.Join(lines[len(lines)/2:], "\n")
	}
	dir := t.TempDir()
	for _, sub := range []string{"aeb", "traf"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var ms []Match
	for _, p := range aeb {
		s := pred(p)
		ms = append(ms, Shingles(p.Truth, s))
		if err := os.WriteFile(filepath.Join(dir, "aeb", p.Name+".txt"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var ss Snippets
	for _, p := range traf {
		s := pred(p)
		ss = ss.Add(MatchSnippets(s, p.With, p.Without))
		if err := os.WriteFile(filepath.Join(dir, "traf", p.Name+".txt"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "aeb.json")
	cmd := exec.Command("python3", filepath.Join(tools, "score_aeb.py"), filepath.Join(dir, "aeb"),
		"--gt", filepath.Join(data, "aeb-dev"), "--n-bootstrap", "2", "--json", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("score_aeb.py: %v\n%s", err, b)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var py map[string]struct{ F1, Precision, Recall float64 }
	if err := json.Unmarshal(raw, &py); err != nil {
		t.Fatal(err)
	}
	got := AEB(ms)
	for _, m := range py {
		if math.Abs(m.F1-got.F1) > 5e-4 || math.Abs(m.Precision-got.Precision) > 5e-4 || math.Abs(m.Recall-got.Recall) > 5e-4 {
			t.Errorf("AEB: Go %+v, Python %+v", got, m)
		}
	}
	cmd = exec.Command("python3", filepath.Join(tools, "score_snippets.py"), filepath.Join(dir, "traf"),
		"--evaldata", filepath.Join(data, "trafeval-dev", "evaldata.json"))
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score_snippets.py: %v\n%s", err, b)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	fields := strings.Fields(lines[len(lines)-1]) // name precision recall accuracy F1 tp/fp/fn/tn missing
	var tp, fp, fn, tn int
	if _, err := fmt.Sscanf(fields[5], "%d/%d/%d/%d", &tp, &fp, &fn, &tn); err != nil {
		t.Fatalf("reading %q: %v", lines[len(lines)-1], err)
	}
	if (Snippets{tp, fp, fn, tn}) != ss {
		t.Errorf("snippets: Go %+v, Python %d/%d/%d/%d", ss, tp, fp, fn, tn)
	}
}
