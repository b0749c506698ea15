package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/clean"
)

// keyPoints finds a list of key points that the article carries near its start: a short
// heading-like block followed by 3 to 7 list items that read as sentences, such as
// "Key developments from the meeting" over four items. It returns the index of the first item
// and the number of items, or ok false when there is no such list.
//
// The test is structural and works in any language. A heading that names the list
// ("Key points", "Takeaways", "Highlights" and their French, German, Spanish, Italian,
// Portuguese and Dutch equivalents) lets the list sit further into the article.
func keyPoints(blocks []clean.Block) (first, count int, ok bool) {
	// words returns the words of the article's blocks from..to, code left out: counted
	// only once a list is found, since most articles have none.
	words := func(from, to int) int {
		n := 0
		for _, b := range blocks[from:to] {
			if b.Kind != clean.Code {
				n += wordCount(b.Text)
			}
		}
		return n
	}
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == clean.Code {
			continue
		}
		n := itemRun(blocks[i:])
		switch {
		case i == 0 && n >= 3:
			// The article opens with the list, as a "Story highlights" box does.
			if listOK(blocks[:n]) {
				return 0, n, true
			}
		case n == 0 && i+1 < len(blocks) && headingLike(b):
			items := itemRun(blocks[i+1:])
			if items < 3 || items > 7 || !listOK(blocks[i+1:i+1+items]) {
				break
			}
			named := namesKeyPoints(b.Text)
			before, total := words(0, i), words(0, len(blocks)) // words before block i, and in all
			early := before <= max(150, total*2/5)
			if early || named && before <= total*3/4 {
				return i + 1, items, true
			}
		}
	}
	return 0, 0, false
}

// itemRun returns the number of list items at the start of blocks.
func itemRun(blocks []clean.Block) int {
	n := 0
	for n < len(blocks) && blocks[n].Kind == clean.ListItem {
		n++
	}
	return n
}

// headingLike reports whether b can head a list: a heading, or a short paragraph that does
// not end like a sentence (or ends with a colon).
func headingLike(b clean.Block) bool {
	if b.Kind == clean.Heading {
		return true
	}
	if b.Kind != clean.Paragraph {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if t == "" || wordCountUpTo(t, 15) > 14 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == ':' || !isTerminal(r) && !isCloser(r)
}

// listOK reports whether every item reads as a sentence: 4 to 45 words, mostly in lower case
// (not a list of headlines or links), with letters.
func listOK(items []clean.Block) bool {
	for _, b := range items {
		n := wordCount(b.Text)
		if n < 4 || n > 45 || titleCased(b.Text) {
			return false
		}
	}
	return true
}

// titleCased reports whether most words of four letters or more start with a capital, as
// in a headline ("Polemos Launches Token On MEXC And Uniswap").
func titleCased(s string) bool {
	long, caps := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long >= 2 && caps*10 >= long*7
}

// namesKeyPoints reports whether a heading names a list of key points.
func namesKeyPoints(heading string) bool {
	h := strings.ToLower(heading)
	for _, k := range []string{
		"key point", "key development", "key fact", "key takeaway", "takeaway", "highlight",
		"main point", "what we know", "what you need to know", "at a glance", "in brief",
		"summary", "tl;dr", "the latest", "key moment",
		"points clés", "l'essentiel", "à retenir", "das wichtigste", "auf einen blick",
		"kernpunkte", "puntos clave", "lo más importante", "punti chiave", "in sintesi",
		"pontos-chave", "destaques", "belangrijkste punten", "in het kort",
	} {
		if strings.Contains(h, k) {
			return true
		}
	}
	return false
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
	items = items[:min(len(items), 2*n)] // n bullets hold at most 2n items

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
