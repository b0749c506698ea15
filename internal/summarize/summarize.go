package summarize

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/clean"
)

// Limits on the shape of a brief.
const (
	MinBullets     = 3  // fewest bullets Doc writes, unless the article is shorter
	MaxBullets     = 5  // most bullets Doc writes
	MaxBulletWords = 30 // longest bullet, in words
	MaxLedeWords   = 35 // longest lede, in words
	minWords       = 5  // shortest sentence worth a bullet
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
// When the article opens with a list of key points (see keyPoints) the list becomes the
// bullets. Otherwise Doc scores each sentence by its position, by how many of the article's
// frequent words it holds and by its overlap with the title, and picks the best sentences
// that do not repeat one another, in article order. The lede is the best remaining sentence
// that can open a brief. The title is d.Title or, when that is empty, a headline made from
// one of the first sentences.
func Doc(d clean.Doc, n int) Brief {
	return DefaultWeights().Doc(d, n)
}

// Doc summarizes a cleaned article as the package-level Doc does, with the weights w.
func (p Weights) Doc(d clean.Doc, n int) Brief {
	n = min(max(n, MinBullets), MaxBullets)
	size := 0
	for _, b := range d.Blocks {
		size += len(b.Text)
	}
	v := newVocab(size/12 + 16)
	sents := split(d.Blocks, v, size)
	title := v.words(nil, d.Title, false)
	score(sents, v, v.terms(nil, title), p)
	order := rank(sents)

	b := Brief{Title: d.Title}
	var chosen []int
	if items, inList := keyList(d.Blocks, sents); items != nil {
		// The article's own key points are the bullets, and the lede is its opening: the
		// gist that the list elaborates.
		lead := opening(sents, inList, p)
		b.Bullets, chosen = listBullets(items, inList, sents, order, n, lead, p)
		b.Lede = ledeOf(sents, order, chosen, b.Bullets, lead, p)
	} else {
		// The bullets come first: the sentences that say most. The lede is then the article's
		// gist among the sentences left: the best of its first few sentences that can open a
		// brief, or else the best remaining sentence.
		chosen = choose(sents, order, n, nil, nil, p)
		b.Bullets = texts(sents, chosen)
		b.Lede = ledeOf(sents, order, chosen, b.Bullets, opening(sents, chosen, p), p)
	}
	if b.Title == "" {
		b.Title = headline(d.Blocks, sents, p.Target)
	}
	b.Topics = topics(v, d.Title, title, sents)
	return b
}

// keyList returns the items of the article's own list of key points (see keyPoints) as
// bullets, and the sentences they come from; nil when the article has no such list of at
// least MinBullets usable items.
func keyList(blocks []clean.Block, sents []sentence) (items []string, inList []int) {
	first, count, ok := keyPoints(blocks)
	if !ok {
		return nil, nil
	}
	if items = listItems(blocks[first : first+count]); len(items) < MinBullets {
		return nil, nil
	}
	for i := range sents {
		if sents[i].block >= first && sents[i].block < first+count {
			inList = append(inList, i)
		}
	}
	return items, inList
}

// listBullets makes n bullets from the items of a key-points list, the sentences inList
// they come from, and the other sentences; lead is the lede's sentence, or -1. A list of
// fewer than n items is topped up with the best other sentences. A list that leaves out
// the article's figures gives up some of its room: its items are joined in pairs, and the
// bullets it frees go to the other sentences richest in figures. listBullets returns the
// bullets and the sentences they come from.
func listBullets(items []string, inList []int, sents []sentence, order []int, n, lead int, p Weights) ([]string, []int) {
	taken := slices.Clone(inList)
	var covered []int32
	for _, i := range inList {
		covered = append(covered, sents[i].terms...)
	}
	if lead >= 0 {
		taken = append(taken, lead)
		covered = append(covered, sents[lead].terms...)
	}
	room, rest := n, order
	if !hasDigit(items) && numbered(sents, taken, p) {
		room, rest = min(n-n/2, (len(items)+1)/2), byFigures(sents, order)
	}
	out := condense(items, room)
	extra := choose(sents, rest, n-len(out), taken, covered, p)
	return append(out, texts(sents, extra)...), append(slices.Clone(inList), extra...)
}

// texts returns the bullet texts of the sentences chosen.
func texts(sents []sentence, chosen []int) []string {
	out := make([]string, len(chosen))
	for j, i := range chosen {
		out[j] = sents[i].text
	}
	return out
}

// ledeOf returns the lede: the sentence lead, or when lead is -1 the best sentence left
// that can open a brief.
func ledeOf(sents []sentence, order, chosen []int, bullets []string, lead int, p Weights) string {
	if lead >= 0 {
		return ledeText(sents[lead].raw)
	}
	return lede(sents, order, chosen, bullets, p.Target)
}

// opening returns the sentence that makes the lede: the best scored of the first few
// sentences that can open a brief (see ledeable) and are not in taken, or -1 when there is
// none.
func opening(sents []sentence, taken []int, p Weights) int {
	best, seen := -1, 0
	for i := range sents {
		s := &sents[i]
		if slices.Contains(taken, i) || !ledeable(s, p.Target) || repeats(s, sents, taken, p.Redundancy) {
			continue
		}
		if best < 0 || s.score > sents[best].score {
			best = i
		}
		if seen++; seen == p.LedeCandidates {
			break
		}
	}
	return best
}

// ledeable reports whether a sentence can open a brief: a statement of at least ten words,
// not quoted speech, not a question, not opening with a pronoun, not addressing the reader or
// speaking for the writer, and not an item of a list.
func ledeable(s *sentence, target int) bool {
	if s.quote || s.item || startsQuoted(s.raw) || personal(s.words) {
		return false
	}
	s.prepare(target)
	return s.text != "" && !s.pronoun && !strings.HasSuffix(s.text, "?") && wordCount(s.text) >= 10
}

// ledeText compresses a sentence into a lede of at most MaxLedeWords words.
func ledeText(raw string) string {
	t := compress(raw)
	if wordCount(t) > MaxLedeWords {
		if short := shorten(t, MaxLedeWords); short != "" {
			return short
		}
		return finish(firstWords(t, MaxLedeWords))
	}
	return t
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

func unique(ts []int32) []int32 {
	out := make([]int32, 0, len(ts))
	for _, t := range ts {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// listItems returns the items of a key-points list as bullets: compressed, at most
// MaxBulletWords words, leaving out those under three words.
func listItems(items []clean.Block) []string {
	var out []string
	for _, it := range items {
		t := compress(it.Text)
		if wordCount(t) > MaxBulletWords {
			t = shorten(t, MaxBulletWords)
		}
		if t != "" && wordCount(t) >= 3 {
			out = append(out, t)
		}
	}
	return out
}

// condense fits list items into n bullets by joining neighbours in pairs (see join): of
// the ways to group the items in ones and twos, each pair at most MaxBulletWords words, it
// takes one with the fewest bullets that is not under n, then one that keeps the most items
// in its first n bullets, then one whose longest bullet is shortest. What still does not
// fit is left out from the end.
func condense(items []string, n int) []string {
	if len(items) <= n {
		return items
	}
	type grouping struct {
		sizes      []int // of the groups, 1 or 2
		kept, long int   // items in the first n groups, words of the longest group
	}
	better := func(a, b grouping) bool {
		ga, gb := len(a.sizes), len(b.sizes)
		switch {
		case (ga >= n) != (gb >= n):
			return ga >= n
		case ga != gb && ga >= n:
			return ga < gb // enough bullets: the fewer, the less is cut
		case ga != gb:
			return ga > gb
		case a.kept != b.kept:
			return a.kept > b.kept
		}
		return a.long < b.long
	}
	var best grouping
	var walk func(i int, g grouping)
	walk = func(i int, g grouping) {
		if i == len(items) {
			if best.sizes == nil || better(g, best) {
				best = grouping{slices.Clone(g.sizes), g.kept, g.long}
			}
			return
		}
		for size := 1; size <= 2 && i+size <= len(items); size++ {
			w := wordCount(items[i])
			if size == 2 {
				if w += wordCount(items[i+1]); w > MaxBulletWords {
					break
				}
			}
			next := grouping{append(g.sizes, size), g.kept, max(g.long, w)}
			if len(g.sizes) < n {
				next.kept += size
			}
			walk(i+size, next)
		}
	}
	walk(0, grouping{})
	out := make([]string, 0, len(best.sizes))
	i := 0
	for _, size := range best.sizes {
		if size == 2 {
			out = append(out, join(items[i], items[i+1]))
		} else {
			out = append(out, items[i])
		}
		i += size
	}
	return out[:min(n, len(out))]
}

// join makes one sentence of two: "Russia proposed new ideas." and "Both sides agreed." give
// "Russia proposed new ideas; both sides agreed." The second keeps its capital unless its
// first word is a function word.
func join(a, b string) string {
	a = strings.TrimRight(a, ".!")
	if w := firstWord(b); isFunctionWord(appendLower(nil, w)) {
		r, size := utf8.DecodeRuneInString(b)
		b = string(unicode.ToLower(r)) + b[size:]
	}
	return a + "; " + b
}

// hasDigit reports whether any of texts has a digit.
func hasDigit(texts []string) bool {
	return slices.ContainsFunc(texts, func(t string) bool { return strings.ContainsAny(t, "0123456789") })
}

// numbered reports whether a sentence outside taken that can be a bullet has a number.
func numbered(sents []sentence, taken []int, p Weights) bool {
	for i := range sents {
		s := &sents[i]
		if slices.Contains(taken, i) || !strings.ContainsAny(s.raw, "0123456789") {
			continue
		}
		if s.prepare(p.Target); s.text != "" && strings.ContainsAny(s.text, "0123456789") {
			return true
		}
	}
	return false
}

// byFigures returns order sorted by the number of figures each sentence holds, most
// first, and otherwise as it was.
func byFigures(sents []sentence, order []int) []int {
	out := slices.Clone(order)
	slices.SortStableFunc(out, func(a, b int) int { return figures(sents[b].words) - figures(sents[a].words) })
	return out
}

// figures returns the number of words that are numbers: "415", "1,343", "2022", "€10".
func figures(ws []word) int {
	n := 0
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w.text); unicode.IsDigit(r) && !strings.Contains(w.text, "-") {
			n++
		}
	}
	return n
}

// lede returns the best sentence to open the brief that is not a bullet: not quoted
// speech, not a question, not opening with a pronoun, not addressing the reader or speaking
// for the writer, at most MaxLedeWords words. The first sentence of a paragraph gets a
// bonus, so candidates are taken in the order of rank until no later one can win.
func lede(sents []sentence, order, bullets []int, texts []string, target int) string {
	const leadBonus = 1.2
	best, bestScore := -1, math.Inf(-1)
	for _, i := range order {
		s := &sents[i]
		if best >= 0 && max(s.score, s.score*leadBonus) <= bestScore {
			break
		}
		sc := s.score
		if s.lead {
			sc *= leadBonus
		}
		if sc <= bestScore || slices.Contains(bullets, i) || s.quote || startsQuoted(s.raw) || personal(s.words) {
			continue
		}
		s.prepare(target)
		t := s.text
		if t == "" || s.pronoun || strings.HasSuffix(t, "?") || slices.Contains(texts, t) {
			continue
		}
		best, bestScore = i, sc
	}
	if best < 0 {
		return ""
	}
	return ledeText(sents[best].raw)
}

// startsQuoted reports whether s opens with a quotation mark.
func startsQuoted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '“' || r == '«' || r == '„' || r == '\''
}

// personal reports whether a sentence speaks to the reader or for the writer: it uses
// "you", "I" or "we".
func personal(ws []word) bool {
	for _, w := range ws {
		switch w.text {
		case "you", "You", "your", "Your", "I", "my", "My", "we", "We", "our", "Our", "us",
			"I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "we're", "We're",
			"we’re", "We’re", "we've", "We've", "you're", "You're", "you’re", "You’re":
			return true
		}
	}
	return false
}

// junk reports whether a sentence is page furniture rather than story: a byline, a
// metadata label, a prompt to click, share or subscribe, a credit.
func junk(s string) bool {
	if strings.HasPrefix(s, "By ") && wordCount(s) <= 8 {
		return true
	}
	if w := firstWord(s); isCapsWord(w) && strings.HasPrefix(s[len(w):], ":") {
		return true // "PUBLISHED:", "UPDATED:", "WATCH:"
	}
	if strings.HasPrefix(s, "Copyright") || strings.HasPrefix(s, "©") {
		return true
	}
	if !junkWord(s) {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range []string{
		"click here", "sign up", "subscribe to", "subscribe now", "all rights reserved",
		"copyright ©", "© copyright", "contributed to this report", "contributed reporting",
		"follow us", "follow him on", "follow her on", "e-mail to a friend", "share this",
		"read more", "terms of use", "privacy policy", "use cookies", "cookie policy",
		"our newsletter", "image caption", "image copyright",
		"scroll down for", "last updated at",
	} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// header reports whether the words of a sentence are a header rather than prose: at most
// eight words, capitalised words and numbers joined by nothing but "and", "of" and the like,
// as in a byline that lost its "By" ("Sam Webb and Rebecca Evans.") or a time stamp
// ("08:59 EST, 1 May 2013.").
func (v *vocab) header(ws []word) bool {
	if len(ws) > 8 {
		return false
	}
	named := false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.text)
		switch {
		case unicode.IsLower(r) && !connector(w.text) && w.text != "and":
			return false
		case unicode.IsUpper(r) && !v.fn[w.id]:
			named = true
		}
	}
	return named
}

// junkWord reports whether s has a word that starts one of junk's phrases, so that junk
// lower-cases and searches only the few sentences that may hold one.
func junkWord(s string) bool {
	var buf [16]byte
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			i = len(s)
		}
		w := strings.TrimRight(strings.TrimLeft(s[:i], `"'(“‘[`), `.,;:!?"')”’]`)
		s = s[min(i+1, len(s)):]
		if len(w) < 3 || len(w) > len(buf) {
			continue
		}
		b := buf[:len(w)]
		for j := 0; j < len(w); j++ {
			c := w[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[j] = c
		}
		switch string(b) {
		case "click", "sign", "subscribe", "all", "copyright", "©", "contributed", "follow",
			"e-mail", "share", "read", "terms", "privacy", "cookies", "cookie", "newsletter", "image",
			"scroll", "last":
			return true
		}
	}
	return false
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// quoted reports whether most of s, counted in bytes, is inside quotation marks.
func quoted(s string) bool {
	in, inside, total := false, 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			in = !in
			continue
		case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D):
			in = s[i+2] == 0x9C // “ opens, ” closes
			i += 2
			continue
		}
		total++
		if in {
			inside++
		}
	}
	return total > 0 && inside*2 > total
}

// startsWithPronoun reports whether s opens with a pronoun or demonstrative that points back
// to an earlier sentence.
func startsWithPronoun(s string) bool {
	w := firstWord(s)
	switch w {
	case "He", "She", "They", "It", "His", "Her", "Their", "Its", "This", "These", "Those",
		"That", "Him", "Them", "There":
		rest := strings.TrimLeft(s[len(w):], " ")
		r, _ := utf8.DecodeRuneInString(rest)
		// "That night, ..." or "This year" name their own referent; a verb or noun after a
		// bare pronoun does not. Keep it simple: demonstratives followed by a capital or a
		// time word are fine.
		if (w == "This" || w == "That" || w == "These" || w == "Those") && (unicode.IsUpper(r) || timeWord(firstWord(rest))) {
			return false
		}
		return true
	}
	return false
}

func timeWord(w string) bool {
	switch strings.ToLower(w) {
	case "year", "week", "month", "morning", "afternoon", "evening", "night", "time",
		"season", "summer", "winter", "spring", "autumn", "fall", "day", "weekend":
		return true
	}
	return false
}
