package summarize

import (
	"math"
	"slices"
	"strings"

	"github.com/briefs/briefs/internal/clean"
)

// Limits on the shape of a brief.
const (
	MinBullets     = 3  // fewest bullets Doc writes, unless the article is shorter
	MaxBullets     = 5  // most bullets Doc writes
	MaxBulletWords = 30 // longest bullet, in words
	MaxLedeWords   = 35 // longest lede, in words
	minWords       = 7  // shortest sentence worth a bullet
)

// A sentence is one candidate for the brief.
type sentence struct {
	raw      string  // as the article has it
	src      string  // raw without a dateline: what words were read from
	pos      int     // position in the article, counting sentences
	story    int     // position among the sentences that are not junk
	block    int     // index of its block
	lead     bool    // first sentence of its block
	words    []word  // its words
	terms    []int32 // its content words
	score    float64 // importance, higher is better
	quote    bool    // mostly quoted speech
	item     bool    // from an item of a list
	junk     bool    // page furniture rather than story: a byline, a label, a credit
	prepared bool    // text and pronoun are set
	text     string  // compressed, at most MaxBulletWords words; "" when unfit for a bullet
	pronoun  bool    // text starts with a pronoun that needs an antecedent
}

// Weights are the weights of the sentence score and the limits of bullet selection. Start
// from DefaultWeights: the zero value gives every sentence the same score.
type Weights struct {
	Position   float64 // weight of the position prior
	Decay      float64 // how fast the position prior falls with the sentence number
	Centrality float64 // weight of the overlap with the article's frequent words
	Title      float64 // weight of the overlap with the title
	Quote      float64 // factor for quoted speech
	Personal   float64 // factor for a sentence that says "you", "I" or "we"
	Redundancy float64 // overlap above which a sentence repeats a chosen one
	Length     float64 // penalty per word of a sentence beyond Short, relative to MaxBulletWords
	Short      int     // sentence length, in words, below which length costs nothing
	Target     int     // a bullet longer than this is cut at a clause boundary when it can be
	// LedeCandidates is how many of the first sentences fit to open a brief, and not used
	// as bullets, compete for the lede.
	LedeCandidates int
}

// DefaultWeights returns the weights Doc uses. They were chosen on the development corpora
// (the CNN stories with their editors' bullets, and the BBC stories with extractive
// references); cmd/eval-summary -cv re-tunes them on four fifths of the CNN stories and
// scores the rest, to show how well they carry over to articles they were not chosen on.
func DefaultWeights() Weights {
	return Weights{
		Position:       1,
		Decay:          0.5,
		Centrality:     0.7,
		Title:          0.3,
		Quote:          0.6,
		Personal:       1,
		Redundancy:     0.6,
		Length:         0.15,
		Short:          12,
		Target:         24,
		LedeCandidates: 2,
	}
}

// Doc summarizes a cleaned article into a brief with n bullets, n clamped to 3..5; fewer
// when the article has fewer usable sentences. Doc is pure and deterministic.
//
// When the article has a list of key points (see keyPoints) the list becomes the bullets,
// condensed when it lacks the article's figures, and the article's opening the lede.
// Otherwise Doc scores each sentence by its position, by how many of the article's frequent
// words it holds and by its overlap with the title, and picks the best sentences that do not
// repeat one another, in article order; the lede is the best of the first sentences left
// that can open a brief. The title is d.Title or, when that is empty, a headline made from
// one of the first sentences.
func Doc(d clean.Doc, n int) Brief {
	return DefaultWeights().Doc(d, n)
}

// Doc summarizes a cleaned article as the package-level Doc does, with the weights p.
func (p Weights) Doc(d clean.Doc, n int) Brief {
	n = min(max(n, MinBullets), MaxBullets)
	size := 0
	for _, b := range d.Blocks {
		size += len(b.Text)
	}
	v := newVocab(size/12 + 16)
	sents := split(d.Blocks, v, size)
	title := v.words(nil, d.Title, false)
	titleTerms := v.terms(nil, title)
	score(sents, v, titleTerms, p)
	order := rank(sents)

	b := Brief{Title: d.Title}
	var chosen []int
	if items, inList := keyList(d.Blocks, sents); items != nil {
		// The article's own key points are the bullets, and the lede is its opening: the
		// gist that the list elaborates.
		lead := opening(sents, v, inList, titleTerms, p)
		b.Bullets, chosen = listBullets(items, inList, sents, order, n, lead, p)
		b.Lede = ledeOf(sents, order, chosen, b.Bullets, titleTerms, lead, p)
	} else {
		// The bullets come first: the sentences that say most. The lede is then the article's
		// gist among the sentences left: the best of its first few sentences that can open a
		// brief, or else the best remaining sentence.
		chosen = choose(sents, order, n, nil, nil, p)
		b.Bullets = texts(sents, chosen)
		b.Lede = ledeOf(sents, order, chosen, b.Bullets, titleTerms, opening(sents, v, chosen, titleTerms, p), p)
	}
	if b.Title == "" {
		b.Title = headline(d.Blocks, sents, p.Target)
	}
	b.Topics = topics(v, d.Title, title, sents)
	return b
}

// texts returns the bullet texts of the sentences chosen.
func texts(sents []sentence, chosen []int) []string {
	out := make([]string, len(chosen))
	for j, i := range chosen {
		out[j] = sents[i].text
	}
	return out
}

// split breaks the article's prose, size bytes of it, into candidate sentences.
func split(blocks []clean.Block, v *vocab, size int) []sentence {
	out := make([]sentence, 0, size/100+1)
	words := make([]word, 0, size/5+1)
	for bi, b := range blocks {
		if b.Kind == clean.Code || b.Kind == clean.Heading {
			continue
		}
		for si, raw := range Sentences(b.Text) {
			n := len(words)
			src := raw
			if si == 0 {
				src = stripDateline(raw)
			}
			words = v.words(words, src, true)
			out = append(out, sentence{
				raw:   raw,
				src:   src,
				pos:   len(out),
				block: bi,
				lead:  si == 0,
				words: words[n:len(words):len(words)],
				quote: quoted(raw) || b.Kind == clean.Quote,
				item:  b.Kind == clean.ListItem,
			})
		}
	}
	terms := make([]int32, 0, len(words))
	story := 0
	for i := range out {
		n := len(terms)
		terms = v.terms(terms, out[i].words)
		out[i].terms = terms[n:len(terms):len(terms)]
		out[i].junk = junk(out[i].raw) || v.header(out[i].words)
		out[i].story = story
		if !out[i].junk {
			story++
		}
	}
	return out
}

// prepare compresses a sentence into the text of a bullet, once.
func (s *sentence) prepare(target int) {
	if s.prepared {
		return
	}
	s.prepared = true
	if s.junk {
		return
	}
	t := compress(s.raw)
	if wordCount(t) > target {
		if short := shorten(t, target); short != "" {
			t = short
		}
	}
	if wordCount(t) > MaxBulletWords {
		t = shorten(t, MaxBulletWords)
	}
	if wordCount(t) >= minWords && hasLower(t) {
		s.text = t
		s.pronoun = startsWithPronoun(t)
	}
}

// score sets each sentence's importance: a position prior that falls with its place among
// the story's sentences, its centrality (how many of the article's frequent words it holds),
// its overlap with the title and a penalty for length beyond p.Short words; quoted speech,
// personal sentences and questions score less.
func score(sents []sentence, v *vocab, title []int32, p Weights) {
	nterms := len(v.stop)
	tf := make([]float64, nterms)
	for _, s := range sents {
		for _, t := range s.terms {
			tf[t]++
		}
	}
	inTitle := make([]bool, nterms)
	for _, t := range title {
		inTitle[t] = true
	}
	seen := make([]int, nterms) // seen[t] == i+1 when t was counted for sentence i
	best := 0.0
	cent := make([]float64, len(sents))
	titled := make([]float64, len(sents))
	for i, s := range sents {
		c, u, tt := 0.0, 0, 0
		for _, t := range s.terms {
			if seen[t] == i+1 {
				continue
			}
			seen[t] = i + 1
			u++
			if tf[t] > 1 {
				c += math.Log(tf[t])
			}
			if inTitle[t] {
				tt++
			}
		}
		if u > 0 {
			cent[i] = c / math.Sqrt(float64(u)+4)
		}
		if len(title) > 0 {
			titled[i] = float64(tt) / float64(len(title))
		}
		best = max(best, cent[i])
	}
	for i := range sents {
		s := &sents[i]
		pos := 1 / math.Pow(float64(s.story+1), p.Decay)
		c := 0.0
		if best > 0 {
			c = cent[i] / best
		}
		s.score = p.Position*pos + p.Centrality*c + p.Title*titled[i] - p.Length*float64(max(0, len(s.words)-p.Short))/MaxBulletWords
		if s.quote {
			s.score *= p.Quote
		}
		if personal(s.words) {
			s.score *= p.Personal
		}
		if strings.HasSuffix(strings.TrimRight(s.raw, `"'”’`), "?") {
			s.score *= 0.5
		}
	}
}

// rank returns the indexes of the sentences from the most to the least important.
func rank(sents []sentence) []int {
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case sents[a].score > sents[b].score:
			return -1
		case sents[a].score < sents[b].score:
			return 1
		}
		return a - b
	})
	return order
}

// choose picks up to n sentences in the order of rank, leaving out the sentences in taken,
// those that repeat a chosen one or the words of covered, and those that start with a
// pronoun whose antecedent is not in the brief. It returns them in article order.
func choose(sents []sentence, order []int, n int, taken []int, covered []int32, p Weights) []int {
	if n <= 0 {
		return nil
	}
	var chosen []int
	picked := make([]bool, len(sents))
	for _, i := range taken {
		picked[i] = true
	}
	for _, i := range order {
		if len(chosen) == n {
			break
		}
		s := &sents[i]
		if picked[i] {
			continue
		}
		s.prepare(p.Target)
		if s.text == "" || s.pronoun && (i == 0 || !picked[i-1]) {
			continue
		}
		if repeats(s, sents, chosen, p.Redundancy) || len(covered) > 0 && overlap(s.terms, covered) > p.Redundancy {
			continue
		}
		chosen = append(chosen, i)
		picked[i] = true
	}
	slices.Sort(chosen)
	return chosen
}

// repeats reports whether s says much the same as one of the chosen sentences: their
// shared content words make up more than limit of the shorter one.
func repeats(s *sentence, sents []sentence, chosen []int, limit float64) bool {
	for _, c := range chosen {
		if overlap(s.terms, sents[c].terms) > limit {
			return true
		}
	}
	return false
}

// overlap returns the share of the smaller set of words that the two share.
func overlap(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	ua, ub := unique(a), unique(b)
	for _, t := range ua {
		if slices.Contains(ub, t) {
			shared++
		}
	}
	return float64(shared) / float64(min(len(ua), len(ub)))
}

// unique returns the distinct words of ts, in the order they first occur.
func unique(ts []int32) []int32 {
	out := make([]int32, 0, len(ts))
	for _, t := range ts {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
