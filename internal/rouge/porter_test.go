package rouge

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		// The examples of Porter (1980), "An algorithm for suffix stripping".
		{"caresses", "caress"}, {"ponies", "poni"}, {"ties", "ti"}, {"caress", "caress"},
		{"cats", "cat"}, {"feed", "feed"}, {"agreed", "agre"}, {"plastered", "plaster"},
		{"bled", "bled"}, {"motoring", "motor"}, {"sing", "sing"}, {"conflated", "conflat"},
		{"troubled", "troubl"}, {"sized", "size"}, {"hopping", "hop"}, {"tanned", "tan"},
		{"falling", "fall"}, {"hissing", "hiss"}, {"fizzed", "fizz"}, {"failing", "fail"},
		{"filing", "file"}, {"happy", "happi"}, {"sky", "sky"}, {"relational", "relat"},
		{"conditional", "condit"}, {"rational", "ration"}, {"valenci", "valenc"},
		{"hesitanci", "hesit"}, {"digitizer", "digit"}, {"conformabli", "conform"},
		{"radicalli", "radic"}, {"differentli", "differ"}, {"vileli", "vile"},
		{"analogousli", "analog"}, {"vietnamization", "vietnam"}, {"predication", "predic"},
		{"operator", "oper"}, {"feudalism", "feudal"}, {"decisiveness", "decis"},
		{"hopefulness", "hope"}, {"callousness", "callous"}, {"formaliti", "formal"},
		{"sensitiviti", "sensit"}, {"sensibiliti", "sensibl"}, {"triplicate", "triplic"},
		{"formative", "form"}, {"formalize", "formal"}, {"electriciti", "electr"},
		{"electrical", "electr"}, {"hopeful", "hope"}, {"goodness", "good"},
		{"revival", "reviv"}, {"allowance", "allow"}, {"inference", "infer"},
		{"airliner", "airlin"}, {"gyroscopic", "gyroscop"}, {"adjustable", "adjust"},
		{"defensible", "defens"}, {"irritant", "irrit"}, {"replacement", "replac"},
		{"adjustment", "adjust"}, {"dependent", "depend"}, {"adoption", "adopt"},
		{"homologou", "homolog"}, {"communism", "commun"}, {"activate", "activ"},
		{"angulariti", "angular"}, {"homologous", "homolog"}, {"effective", "effect"},
		{"bowdlerize", "bowdler"}, {"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"},
		{"controll", "control"}, {"roll", "roll"},
		// Porter's revised rules (tartarus.org), which ROUGE uses.
		{"archaeology", "archaeolog"}, {"possibly", "possibl"},
		// Chin-Yew Lin's step 4: -ement, -ment and -ent are tried in turn.
		{"agreement", "agreem"}, {"settlement", "settlem"}, {"government", "govern"},
		// Initial y is a consonant; y after a consonant is a vowel.
		{"yelling", "yell"}, {"syzygy", "syzygi"}, {"rhythm", "rhythm"}, {"saying", "sai"},
		// News words.
		{"police", "polic"}, {"killed", "kill"}, {"officials", "offici"}, {"says", "sai"},
		{"president", "presid"}, {"ukraine", "ukrain"}, {"attacks", "attack"},
		// Short words and digits.
		{"as", "as"}, {"was", "wa"}, {"2015", "2015"}, {"1990s", "1990"},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := perlStem(tt.in); got != tt.want {
			t.Errorf("perlStem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStemMatchesPerl compares Stem with a line-by-line transcription of the Perl stemmer
// in ROUGE-1.5.5 on every word of the summary corpora, when they are present.
func TestStemMatchesPerl(t *testing.T) {
	t.Parallel()
	words := map[string]bool{}
	for _, name := range []string{"cnn-validation1000.jsonl", "bbc2225.jsonl"} {
		f, err := os.Open("../../../shared/data/summaries/" + name)
		if err != nil {
			t.Skipf("corpus not present: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var r struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			for _, w := range strings.FieldsFunc(strings.ToLower(r.Text), func(r rune) bool { return !isAlnum(byte(r)) || r > 127 }) {
				words[w] = true
			}
		}
		f.Close()
	}
	bad := 0
	for w := range words {
		if got, want := Stem(w), perlStem(w); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("Stem(%q) = %q, Perl gives %q", w, got, want)
			}
		}
	}
	t.Logf("%d words compared, %d differ", len(words), bad)
}

// The regular expressions of ROUGE-1.5.5's stemmer, built from its character classes.
const (
	perlC  = `[^aeiou]`           // consonant
	perlV  = `[aeiouy]`           // vowel
	perlCC = perlC + `[^aeiouy]*` // consonant sequence
	perlVV = perlV + `[aeiou]*`   // vowel sequence
)

var (
	perlMgr0 = regexp.MustCompile(`^(` + perlCC + `)?` + perlVV + perlCC)
	perlMeq1 = regexp.MustCompile(`^(` + perlCC + `)?` + perlVV + perlCC + `(` + perlVV + `)?$`)
	perlMgr1 = regexp.MustCompile(`^(` + perlCC + `)?` + perlVV + perlCC + perlVV + perlCC)
	perlHasV = regexp.MustCompile(`^(` + perlCC + `)?` + perlV)
	perlCVC  = regexp.MustCompile(`^` + perlCC + perlV + `[^aeiouwxy]$`)
	perlSSES = regexp.MustCompile(`(ss|i)es$`)
	perlS    = regexp.MustCompile(`([^s])s$`)
	perlION  = regexp.MustCompile(`(s|t)(ion)$`)
	perlStep = suffixes(
		`eed`, `ed|ing`, `y`, `at|bl|iz`, `ment`, `ent`, `e`,
		`ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi`,
		`icate|ative|alize|iciti|ical|ful|ness`,
		`al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize`,
	)
)

// suffixes compiles each alternation of suffixes into a pattern matching it at the end.
func suffixes(alts ...string) map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, a := range alts {
		m[a] = regexp.MustCompile(`(` + a + `)$`)
	}
	return m
}

// perlStem transcribes the stem subroutine of ROUGE-1.5.5.pl rule by rule, with its regular
// expressions, as a reference for Stem.
func perlStem(w string) string {
	if len(w) < 3 {
		return w
	}
	first := w[0] == 'y'
	if first {
		w = "Y" + w[1:]
	}
	// match returns the part before the first (leftmost, hence longest) suffix of the
	// alternation that ends w, and the suffix.
	match := func(alts string) (string, string, bool) {
		m := perlStep[alts].FindStringSubmatchIndex(w)
		if m == nil {
			return "", "", false
		}
		return w[:m[0]], w[m[2]:m[3]], true
	}
	// Step 1a
	if m := perlSSES.FindStringSubmatchIndex(w); m != nil {
		w = w[:m[0]] + w[m[2]:m[3]]
	} else if m := perlS.FindStringSubmatchIndex(w); m != nil {
		w = w[:m[0]] + w[m[2]:m[3]]
	}
	// Step 1b
	if pre, _, ok := match(`eed`); ok {
		if perlMgr0.MatchString(pre) {
			w = w[:len(w)-1]
		}
	} else if pre, _, ok := match(`ed|ing`); ok {
		if perlHasV.MatchString(pre) {
			w = pre
			n := len(w)
			if _, _, ok := match(`at|bl|iz`); ok {
				w += "e"
			} else if n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylsz", rune(w[n-1])) {
				w = w[:n-1]
			} else if perlCVC.MatchString(w) {
				w += "e"
			}
		}
	}
	// Step 1c
	if pre, _, ok := match(`y`); ok && perlHasV.MatchString(pre) {
		w = pre + "i"
	}
	step2 := map[string]string{
		"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
		"alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
		"ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
		"iviti": "ive", "biliti": "ble", "logi": "log",
	}
	if pre, suf, ok := match(`ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi`); ok && perlMgr0.MatchString(pre) {
		w = pre + step2[suf]
	}
	step3 := map[string]string{"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
	if pre, suf, ok := match(`icate|ative|alize|iciti|ical|ful|ness`); ok && perlMgr0.MatchString(pre) {
		w = pre + step3[suf]
	}
	// Step 4
	if pre, _, ok := match(`al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize`); ok && perlMgr1.MatchString(pre) {
		w = pre
	}
	if pre, _, ok := match(`ment`); ok && perlMgr1.MatchString(pre) {
		w = pre
	}
	if pre, _, ok := match(`ent`); ok {
		if perlMgr1.MatchString(pre) {
			w = pre
		}
	} else if m := perlION.FindStringSubmatchIndex(w); m != nil {
		if pre := w[:m[0]] + w[m[2]:m[3]]; perlMgr1.MatchString(pre) {
			w = pre
		}
	}
	// Step 5
	if pre, _, ok := match(`e`); ok {
		if perlMgr1.MatchString(pre) || perlMeq1.MatchString(pre) && !perlCVC.MatchString(pre) {
			w = pre
		}
	}
	if strings.HasSuffix(w, "ll") && perlMgr1.MatchString(w) {
		w = w[:len(w)-1]
	}
	if first {
		w = "y" + w[1:]
	}
	return w
}
