package clean

import (
	"math"
	"strings"
)

// unitFeatureNames names the features unitFeatures computes, in order. The models in
// weights.go are trained on exactly these; change one and retrain (see train_test.go).
var unitFeatureNames = []string{
	"bias",
	"words=1", "words=2-3", "words=4-6", "words=7-12", "words=13-25", "words=26-60", "words>60",
	"log words", "end punct", "end colon", "sentences>=2", "stop density", "stop density long",
	"caps ratio", "caps ratio multi", "all caps", "digits", "commas/word", "pipe", "copyright", "url",
	"junk", "junk density", "label pipe", "byline", "date", "duplicate", "list item", "blank before",
	"in region", "log dist region", "before region", "after region", "position",
	"prev content", "next content", "content window", "log short run", "first", "last",
	"rel words", "content like", "window junk",
	"glued", "glued first", "dated", "dated colon", "comment line", "comments before", "comments before in region",
	"says", "says before", "says window", "dated window",
	"content before", "content after", "junk before", "junk after", "ellipsis end", "credit", "after junk label",
	"repeated", "credit near", "label colon", "teaser", "teaser run",
}

// textFeatureNames names the features of a text's units: unitFeatureNames, then these.
var textFeatureNames = append(append([]string{}, unitFeatureNames...),
	"region and short", "region and item", "region and heading", "between prose")

// docContext holds what the features of one unit need to know about the whole document.
type docContext struct {
	content  []bool // content-like units: long prose
	shortRun []int  // length of the run of short non-prose units each unit sits in
	junky    []bool // units with junk phrases or junk shapes
	comments []int  // how many comment-section headers come before each unit
	says     []int  // how many commenter headers come before each unit
	first    int    // the densest region of prose, units first..last
	last     int
	maxWords int
}

// contentLike reports whether a unit reads like prose: a sentence of some length with the
// function words of running text.
func contentLike(s stats) bool {
	return s.words >= 10 && (s.endPunct || s.sentences >= 1) && float64(s.stop) >= 0.08*float64(s.words)
}

// newDocContext computes the document-level facts the features use.
func newDocContext(us []unit) docContext {
	n := len(us)
	c := docContext{content: make([]bool, n), shortRun: make([]int, n), junky: make([]bool, n), comments: make([]int, n), says: make([]int, n)}
	gain := make([]float64, n)
	for i, u := range us {
		if i > 0 {
			c.comments[i] = c.comments[i-1] + int(b(us[i-1].st.comment))
			c.says[i] = c.says[i-1] + int(b(us[i-1].st.says))
		}
		c.content[i] = contentLike(u.st)
		c.junky[i] = u.st.junk > 0 || u.st.labelPipe || u.st.copyright || u.st.pipe
		c.maxWords = max(c.maxWords, u.st.words)
		if c.content[i] {
			gain[i] = float64(min(u.st.words, 80))
		} else {
			gain[i] = -3 - 0.3*float64(u.st.words)
		}
	}
	c.first, c.last = densest(gain)
	for i := 0; i < n; {
		if us[i].st.words >= 7 || us[i].st.endPunct {
			i++
			continue
		}
		j := i
		for j < n && us[j].st.words < 7 && !us[j].st.endPunct {
			j++
		}
		for k := i; k < j; k++ {
			c.shortRun[k] = j - i
		}
		i = j
	}
	return c
}

// densest returns the bounds of the run of gains with the largest sum (Kadane's algorithm),
// or 0, -1 when every gain is negative.
func densest(gain []float64) (first, last int) {
	best, cur := 0.0, 0.0
	first, last = 0, -1
	start := 0
	for i, g := range gain {
		if cur <= 0 {
			cur, start = 0, i
		}
		cur += g
		if cur > best {
			best, first, last = cur, start, i
		}
	}
	return first, last
}

// textFeatures appends the features of unit i of a text to dst, in the order of
// textFeatureNames.
func textFeatures(dst []float64, us []unit, i int, c *docContext) []float64 {
	f := unitFeatures(dst, us, i, c)
	in := i >= c.first && i <= c.last
	s := us[i].st
	before, after := 0, 0
	for k := max(0, i-3); k < i; k++ {
		before += int(b(c.content[k]))
	}
	for k := i + 1; k <= min(len(us)-1, i+3); k++ {
		after += int(b(c.content[k]))
	}
	return append(f, b(in && s.words < 7), b(in && us[i].kind == ListItem), b(in && isHeading(s)),
		b(before > 0 && after > 0))
}

// unitFeatures appends the features of unit i that texts and pages share to dst, in the
// order of unitFeatureNames.
func unitFeatures(dst []float64, us []unit, i int, c *docContext) []float64 {
	u := us[i]
	s := u.st
	n := len(us)
	f := dst
	w := float64(s.words)
	f = append(f, 1)
	f = append(f, b(s.words == 1), b(s.words >= 2 && s.words <= 3), b(s.words >= 4 && s.words <= 6),
		b(s.words >= 7 && s.words <= 12), b(s.words >= 13 && s.words <= 25), b(s.words >= 26 && s.words <= 60),
		b(s.words > 60))
	f = append(f, math.Log1p(w)/5, b(s.endPunct), b(s.colon), b(s.sentences >= 2))
	stop := 0.0
	if s.words > 0 {
		stop = float64(s.stop) / w
	}
	f = append(f, stop, stop*b(s.words >= 7))
	caps := 0.0
	if s.words > 0 {
		caps = float64(s.caps) / w
	}
	f = append(f, caps, caps*b(s.words >= 4), b(s.upper), s.digits, math.Min(1, float64(s.commas)/math.Max(w, 1)*5))
	f = append(f, b(s.pipe), b(s.copyright), b(s.url))
	f = append(f, b(s.junk > 0), math.Min(1, float64(s.junk)*3/math.Max(w, 1)), b(s.labelPipe), b(s.byline), b(s.date),
		b(s.dup > 0), b(u.kind == ListItem), b(u.blank))
	in := i >= c.first && i <= c.last
	dist := 0
	switch {
	case i < c.first:
		dist = c.first - i
	case i > c.last:
		dist = i - c.last
	}
	f = append(f, b(in), math.Log1p(float64(dist))/3, b(i < c.first), b(i > c.last), float64(i)/float64(max(n-1, 1)))
	prev, next := false, false
	if i > 0 {
		prev = c.content[i-1]
	}
	if i+1 < n {
		next = c.content[i+1]
	}
	win, cnt, junkWin, saysWin, datedWin := 0, 0, 0, 0, 0
	for k := max(0, i-3); k <= min(n-1, i+3); k++ {
		if k == i {
			continue
		}
		cnt++
		if c.content[k] {
			win++
		}
		if c.junky[k] {
			junkWin++
		}
		if us[k].st.says {
			saysWin++
		}
		if us[k].st.date || us[k].st.dated && us[k].st.words <= 12 {
			datedWin++
		}
	}
	f = append(f, b(prev), b(next), ratio(win, cnt), math.Log1p(float64(c.shortRun[i]))/3, b(i == 0), b(i == n-1))
	f = append(f, w/math.Max(float64(c.maxWords), 1), b(c.content[i]), ratio(junkWin, cnt))
	f = append(f, b(s.glued > 0 && s.words > 6), b(s.glued > 0 && s.words > 6 && firstGlued(u.text)),
		b(s.dated), b(s.dated && s.colon), b(s.comment), b(c.comments[i] > 0), b(c.comments[i] > 0 && in),
		b(s.says), math.Log1p(float64(c.says[i]))/2, ratio(saysWin, cnt), ratio(datedWin, cnt))
	var side [2][2]int // [before, after][content, junk]
	var sideN [2]int
	for k := max(0, i-3); k <= min(n-1, i+3); k++ {
		if k == i {
			continue
		}
		d := int(b(k > i))
		sideN[d]++
		side[d][0] += int(b(c.content[k]))
		side[d][1] += int(b(c.junky[k]))
	}
	f = append(f, ratio(side[0][0], sideN[0]), ratio(side[1][0], sideN[1]), ratio(side[0][1], sideN[0]), ratio(side[1][1], sideN[1]))
	t := strings.TrimRight(u.text, " ]»")
	f = append(f, b(strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "[…")), b(s.credit))
	// "Legal Disclaimer:", "Share this:", "Mehr zum Thema:": a short label of boilerplate.
	junkLabel := false
	if i > 0 {
		p := us[i-1].st
		junkLabel = p.colon && p.words <= 4 && p.junk > 0
	}
	// A text shown three times or more (a caption under every photo, a menu repeated in
	// the footer) is a template's, not the story's.
	// A caption sits next to its photo's credit ("Photo: Hau Dinh, AP").
	creditNear := i > 0 && us[i-1].st.credit || i+1 < n && us[i+1].st.credit
	f = append(f, b(junkLabel), b(s.dup >= 2), b(creditNear && !s.credit), b(s.labelColon), b(s.teaser), b(teaserRun(us, i)))
	return f
}

// teaserRun reports whether unit i and a neighbour are both headlines glued to teasers: a
// grid of related stories.
func teaserRun(us []unit, i int) bool {
	return us[i].st.teaser && (i > 0 && us[i-1].st.teaser || i+1 < len(us) && us[i+1].st.teaser)
}

// firstGlued reports whether a small letter glued to a capital occurs within the first
// fifteen words of text, where a teaser's headline ends.
func firstGlued(text string) bool {
	fields := strings.Fields(text)
	return gluedWords(fields[:min(15, len(fields))]) > 0
}

// b returns 1 for true and 0 for false.
func b(v bool) float64 {
	if v {
		return 1
	}
	return 0
}

// ratio returns a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// smoothFeatureNames names the features of the second stage, which rereads each unit's
// first-stage probability in the light of its neighbours' (a learned form of jusText's
// context smoothing).
var smoothFeatureNames = []string{
	"bias", "logit", "p-1", "p+1", "p-2", "p+2", "window mean", "in region", "log dist region",
	"log words", "end punct", "short", "edge", "prose after kept", "prose before kept",
}

// smoothFeatures returns the second-stage features of unit i given the first-stage log-odds
// z of every unit and the region [first, last] where the story most likely lies.
func smoothFeatures(us []unit, z []float64, i, first, last int) []float64 {
	n := len(us)
	p := func(k int) float64 {
		if k < 0 || k >= n {
			return 0
		}
		return sigmoid(z[k])
	}
	sum, cnt := 0.0, 0
	for k := max(0, i-5); k <= min(n-1, i+5); k++ {
		if k != i {
			sum += p(k)
			cnt++
		}
	}
	dist := 0
	switch {
	case i < first:
		dist = first - i
	case i > last:
		dist = i - last
	}
	s := us[i].st
	return []float64{
		1, math.Max(-8, math.Min(8, z[i])) / 4, p(i - 1), p(i + 1), p(i - 2), p(i + 2), sum / math.Max(1, float64(cnt)),
		b(dist == 0), math.Log1p(float64(dist)) / 3, math.Log1p(float64(s.words)) / 5, b(s.endPunct), b(s.words < 4),
		b(i == 0 || i == n-1), b(contentLike(s)) * p(i-1), b(contentLike(s)) * p(i+1),
	}
}

// storyRegion returns the run of units whose first-stage probabilities, weighted by length,
// add up to the most evidence for the story.
func storyRegion(us []unit, z []float64) (first, last int) {
	gain := make([]float64, len(us))
	for i, u := range us {
		gain[i] = (sigmoid(z[i]) - 0.5) * math.Log(2+float64(u.st.words))
	}
	return densest(gain)
}

// sigmoid returns the probability for log-odds z.
func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
