package dates

import (
	"bufio"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// findRef is find as it was written first: each pattern's regular expression run over the
// whole text. find must return exactly what it returns.
func findRef(s string, loc *time.Location, dayFirst bool) (t time.Time, start, end int, ok bool) {
	if loc == nil {
		loc = time.UTC
	}
	start = -1
	if !hasDigits(s) {
		return time.Time{}, 0, 0, false
	}
	year := hasYear(s)
	for p := range 5 {
		if !mayMatch(p, s) || p != 2 && !year {
			continue
		}
		for _, m := range patternRE(p).FindAllStringSubmatchIndex(s, -1) {
			if start >= 0 && m[0] >= start {
				break
			}
			m[1] = len(strings.TrimRightFunc(s[:m[1]], unicode.IsSpace))
			if !bounded(s, m[0], m[1]) {
				continue
			}
			if tt, good := build(p, s, m, loc, dayFirst); good {
				t, start, end = tt, m[0], m[1]
				break
			}
		}
	}
	if start < 0 {
		return time.Time{}, 0, 0, false
	}
	return t, start, end, true
}

// sameAsRef fails t when find and FindNear disagree with findRef on s.
func sameAsRef(t *testing.T, s string) {
	t.Helper()
	for _, dayFirst := range []bool{false, true} {
		wt, ws, we, wok := findRef(s, nil, dayFirst)
		gt, gs, ge, gok := FindOrdered(s, nil, dayFirst)
		if gok != wok || gs != ws || ge != we || !gt.Equal(wt) || gt.Location().String() != wt.Location().String() {
			t.Fatalf("FindOrdered(%q, %v) = %v [%d, %d) %v; the regular expressions give %v [%d, %d) %v",
				s, dayFirst, gt, gs, ge, gok, wt, ws, we, wok)
		}
	}
	wt, ws, we, wok := findRef(s, nil, false)
	for _, n := range []int{0, 1, 20, 21, len(s)} {
		want := wok && ws <= n
		gt, gs, ge, gok := FindNear(s, nil, n)
		if gok != want || want && (gs != ws || ge != we || !gt.Equal(wt)) {
			t.Fatalf("FindNear(%q, %d) = %v [%d, %d) %v; Find gives %v [%d, %d) %v", s, n, gt, gs, ge, gok, wt, ws, we, wok)
		}
	}
}

func TestFindSameAsRegexps(t *testing.T) {
	for _, s := range []string{
		"", "2020", "xxxxxxxxxxxxxxxxxxxxxxxxJanuary 5, 2020", "123 May 2020", "1 23 May 2020",
		"2021-03-08T14:02:11ZebraMay 5, 2020", "Mayo 5 de 2020", "5º de mayo de 2020", "5º mayo 2020 10h30",
		"3.Oktober 2020 um 10:00 Uhr", "Published: Jan. 5, 2020 at 10:00 a.m. ET (updated Jan 6, 2020)",
		"Ünïcödé März 3, 2021", "\xffMay 5, 2020", "May\xff 5, 2020", "May 5,\xff2020", "12/13/2014 and 2014-13-01 and 2014-12-01",
		"„am 3. März 2021“ und (am 4. März 2021)", "10.07.2025, 14:30 Uhr", "1.2.3.4.5.2020", "May 5, 2020\t \n", "May  \t 5 2020-",
	} {
		sameAsRef(t, s)
	}
}

var corpora = flag.Bool("corpora", false, "compare find with the regular expressions on the development corpora")

// TestFindSameOnCorpora compares find with findRef on every line of the development corpora
// (../shared/data) and on each whole text: go test ./internal/dates -run Corpora -corpora.
func TestFindSameOnCorpora(t *testing.T) {
	if !*corpora {
		t.Skip("-corpora not set")
	}
	root := "../../../shared/data"
	names, _ := filepath.Glob(filepath.Join(root, "extraction", "*", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(root, "extraction", "*", "pages", "*.txt"))
	names = append(names, more...)
	if len(names) == 0 {
		t.Skip("no corpora at", root)
	}
	texts := []string{}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, n := range []string{"cnn-validation1000.jsonl", "bbc2225.jsonl"} {
		f, err := os.Open(filepath.Join(root, "summaries", n))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var it struct{ Text string }
			json.Unmarshal(sc.Bytes(), &it)
			texts = append(texts, it.Text)
		}
		f.Close()
	}
	for _, text := range texts {
		sameAsRef(t, text)
		for _, line := range strings.Split(text, "\n") {
			sameAsRef(t, line)
		}
	}
}

// FuzzFindSame checks that find returns what the regular expressions run over the whole
// text return.
func FuzzFindSame(f *testing.F) {
	for _, s := range []string{
		" date 2025-07-10 Rubio And Sergey Lavrov", "Chris Davies - Nov 19, 2019, 8:15 pm CST",
		"Redacción EC 07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17", "Stand: 10.07.2025, 14:30 Uhr",
		"Publié le 12 juillet 2024 à 10h30", "2021-03-08T14:02:11+01:00", "31/13/2019", "99999-99-99T99:99",
		"xxxxxxxxxxxxxxxxxxxxxxxxJanuary 5, 2020", "5º de mayo de 2020", "Nov. 20, 2019 at 3:04 p.m. ET",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameAsRef(t, s)
	})
}

// TestFindSameRandom compares find with findRef on texts pieced together at random from
// the parts of dates and the text around them.
func TestFindSameRandom(t *testing.T) {
	parts := []string{"May", "Mai", "mayo", "Jan.", "Sept", "März", "juillet", "xyzzy", "abcdefghijklmnopqrstuvw",
		"5", "12", "31", "123", "2020", "1999", "20", "07", "2025-07-10", "10.07.2025", "07/05/2022",
		" ", "  ", "\t", "\n", ",", ".", "-", "/", ":", "+", "T", "Z", "º", "st", "th", "de ", "del ", "um ", "at ",
		"à ", "a las ", "10:30", "8:15", "20H06", "10h30", "pm", "p.m.", "AM", "Uhr", "+01:00", "-0500",
		"(", ")", "\"", "’", "é", "\u00a0", "\xff", "_", "?"}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 50000 {
		b.Reset()
		for range 1 + rng.IntN(14) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		sameAsRef(t, b.String())
	}
}

// TestNamesSameAsToLower checks Month and IsWeekday against the look-ups with
// strings.ToLower they replace.
func TestNamesSameAsToLower(t *testing.T) {
	words := []string{"", ".", "May", "MAY.", "Mai", "März", "MÄRZ", "września", "WRZEŚNIA", "Sept.", "sept,", "Montag,",
		"Thursday,", "Mi.", "DONNERSTAG", "lunedì", "LUNEDÌ", "Sábado", "İ", "\u212aelvin", "xyzzy", "Ⱥ", "\xff"}
	for w := range monthByName {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:]+".")
	}
	for w := range weekdayByName {
		words = append(words, w, strings.ToUpper(w)+",", strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		if got, want := Month(w), monthByName[strings.ToLower(strings.TrimSuffix(w, "."))]; got != want {
			t.Errorf("Month(%q) = %v, want %v", w, got, want)
		}
		if got, want := IsWeekday(w), weekdayByName[strings.ToLower(strings.TrimRight(w, ".,"))]; got != want {
			t.Errorf("IsWeekday(%q) = %v, want %v", w, got, want)
		}
	}
}
