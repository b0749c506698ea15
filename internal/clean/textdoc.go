package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/content"
)

// maxPasses bounds how often cleanText cleans its own output.
const maxPasses = 6

// cleanText cleans a plain-text article: a dump of a page's visible text or a story typed
// or pasted by an editor.
//
// Cleaning is repeated on its own output until that no longer changes, so that cleaning
// a cleaned text gives the same text: the models judge each line by its neighbours, and
// removing boilerplate changes them. The metadata comes from the first pass, which sees
// the whole text; each block keeps the line of the file it came from.
func cleanText(a content.Article) Doc {
	var m memo
	d := cleanTextOnce(a.Body, a.BodyLine, nil, a, &m)
	for range maxPasses {
		text, lines := d.Text(), textLines(d)
		next := cleanTextOnce(text, 1, lines, a, &m)
		if next.Text() == text {
			break
		}
		d.Blocks = next.Blocks
		d.Title = firstNonEmpty(d.Title, next.Title)
		if d.Date.IsZero() {
			d.Date = next.Date
		}
		d.Author = firstNonEmpty(d.Author, next.Author)
		d.Source = firstNonEmpty(d.Source, next.Source)
	}
	d.Title = trimTitle(d.Title, d.Blocks, outletWords(d.Source, ""))
	return d
}

// cleanTextOnce cleans a text once. lines, when not nil, maps the lines of body (from 1)
// to the lines of the file they came from; m holds what earlier passes measured.
func cleanTextOnce(body string, bodyLine int, lines []int, a content.Article, m *memo) Doc {
	us := textUnits(body, bodyLine)
	if lines != nil {
		for i := range us {
			if l := us[i].line; l >= 1 && l <= len(lines) {
				us[i].line = lines[l-1]
			}
		}
	}
	lang := measureAll(us, m)
	us = withoutCommentSection(us)
	keep := decide(us, classify(us, textModel.logit, textFeatures), textSmooth, nil)
	keepProseIfNone(us, keep)
	dropRepeats(us, keep)
	var d Doc
	d.Lang = lang
	textMeta(&d, us, keep, a)
	d.Blocks = textBlocks(us, keep)
	return d
}

// keepProseIfNone keeps the paragraphs of a text that is mostly prose when the models kept
// nothing of it. A story pasted as one or two long paragraphs (as a news corpus stores it)
// has no neighbours for the models to judge it by, and losing it whole is the worst outcome;
// a page dump of menus and notices is mostly short lines and stays empty.
func keepProseIfNone(us []unit, keep []bool) {
	total, prose := 0, 0
	for i, u := range us {
		if keep[i] {
			return
		}
		total += u.st.words
		if isProse(u) {
			prose += u.st.words
		}
	}
	if total == 0 || prose*10 < total*6 {
		return
	}
	for i, u := range us {
		keep[i] = isProse(u)
	}
}

// isProse reports whether u is a paragraph of running text: 25 words or more in at least
// two sentences, and not a consent notice.
func isProse(u unit) bool {
	return u.st.words >= 25 && u.st.sentences >= 2 && !u.st.consent
}

// textLines returns, for each line of d.Text(), the file line of the block it belongs to.
func textLines(d Doc) []int {
	var lines []int
	for i, bl := range d.Blocks {
		if i > 0 {
			if !(bl.Kind == ListItem && d.Blocks[i-1].Kind == ListItem) {
				lines = append(lines, bl.Line) // the blank line between blocks
			}
		}
		for range strings.Count(bl.Text, "\n") + 1 {
			lines = append(lines, bl.Line)
		}
	}
	return lines
}

// decide turns the first-stage log-odds into keep or drop with the second-stage model,
// which weighs each unit's odds against its neighbours': a weak unit between two strong
// ones stays, a lone strong one far from the story goes. extra, when not nil, returns
// more second-stage features of a unit (a page's tree gives some).
func decide(us []unit, z []float64, m linear, extra func(i int) []float64) []bool {
	first, last := storyRegion(us, z)
	keep := make([]bool, len(us))
	for i := range us {
		f := smoothFeatures(us, z, i, first, last)
		if extra != nil {
			f = append(f, extra(i)...)
		}
		keep[i] = m.logit(f) > 0 && !isPromo(us[i]) && !teaserRun(us, i)
	}
	keepLikelyIfNone(us, z, keep)
	return keep
}

// dropRepeats keeps only the first of the kept prose units that say the same thing at
// length (15 words or more): a gallery prints a photo's caption under every slide, a page
// its teaser above and below the story, and a story says each paragraph once. Short lines
// ("Eat every 2–3 hours") may well come back in a plan or a table. Text dumps only: a
// page's markup tells a gallery from a list whose items repeat a sentence.
func dropRepeats(us []unit, keep []bool) {
	var seen map[string]bool
	for i, u := range us {
		if !keep[i] || u.st.dup == 0 || u.st.words < 15 || !contentLike(u.st) {
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		if seen[u.text] {
			keep[i] = false
		}
		seen[u.text] = true
	}
}

// isPromo reports whether a unit is boilerplate whatever its neighbours: a label, a bar
// and a headline ("Also Read | …", "MIRA | …"); a link that opens with "Also" ("Also on
// rt.com Journalists threatened…"); on a page, a label and a colon before a
// link ("SEE MORE: <a>Chiefs hold off Chargers…</a>"); a byline such as "Posted by Jane
// Doe on November 19, 2019"; a cookie notice; or a prompt that opens with a junk phrase
// and is mostly junk phrases ("Subscribe now to our eNATION edition for the full story.").
func isPromo(u unit) bool {
	s := u.st
	linked := u.dom.chars > 0 && u.dom.linkChars*10 >= u.dom.chars*6
	return s.labelPipe && !s.endPunct || s.labelColon && linked || s.alsoPromo || s.byline && !s.endPunct && s.words <= 15 ||
		s.consent || s.prompt
}

// keepLikelyIfNone keeps the prose units that the first stage found likelier than not to
// be story, or nearly so, when the second stage kept no prose and at most two units: a
// short story alone among menus (a notice of two paragraphs on a portal's page) has no
// story neighbours to vouch for it, and an empty result, or a tag cloud, is the worst one.
// A story that is a list or a table keeps more than two units.
func keepLikelyIfNone(us []unit, z []float64, keep []bool) {
	likely := false
	kept := 0
	for i, u := range us {
		if keep[i] {
			kept++
			if contentLike(u.st) || kept > 2 {
				return
			}
		}
		likely = likely || z[i] > -1 && contentLike(u.st)
	}
	if !likely {
		return
	}
	for i, u := range us {
		keep[i] = z[i] > -1 && contentLike(u.st) && !isPromo(u)
	}
}

// promoTailRE matches a promo glued to the end of a paragraph after its last sentence: a
// label of one to four words, a bar and a headline ("…occurs.Also Read | Amazon quick…").
var promoTailRE = regexp.MustCompile(`([.!?…]["”’»)]?)\s*(?:\p{L}[\p{L}\p{N}'’]*\s+){0,3}\p{L}[\p{L}\p{N}'’]*\s*\|\s*[^|]{8,}$`)

// cutPromo removes a promo glued to the end of a paragraph.
func cutPromo(s string) string {
	if strings.IndexByte(s, '|') < 0 {
		return s
	}
	m := promoTailRE.FindStringSubmatchIndex(s)
	if m == nil || m[0] < 20 {
		return s
	}
	return s[:m[3]]
}

// textBlocks turns the kept units into blocks: it repairs their text, splits flattened
// lists and marks short unpunctuated lines that introduce what follows as headings.
func textBlocks(us []unit, keep []bool) []Block {
	var blocks []Block
	for i, u := range us {
		if !keep[i] {
			continue
		}
		text := repair(u.text)
		if text == "" {
			continue
		}
		kind := u.kind
		if kind == ListItem {
			for _, item := range splitFlatList(text) {
				blocks = append(blocks, Block{Kind: ListItem, Text: item, Line: u.line})
			}
			continue
		}
		if next := nextKept(keep, i); next >= 0 && isHeading(u.st) && !us[next].st.colon {
			kind = Heading
		}
		blocks = append(blocks, Block{Kind: kind, Text: text, Line: u.line})
	}
	return blocks
}

// nextKept returns the index of the first kept unit after i, or -1.
func nextKept(keep []bool, i int) int {
	for j := i + 1; j < len(keep); j++ {
		if keep[j] {
			return j
		}
	}
	return -1
}

// isHeading reports whether a unit reads like a heading: one to twelve words without the
// punctuation that ends a sentence or a clause.
func isHeading(s stats) bool {
	return s.words >= 1 && s.words <= 12 && !s.endPunct && !s.colon && s.commas <= 1 && s.letters > 0
}

// splitFlatList splits a list item into the items a scraper flattened into it: "Russia
// proposed new ideas for ending the conflict Rubio stressed U.S. demands for a roadmap" is
// two items. It only splits a long item with no sentence punctuation, between a lower-case
// word and a capitalised one followed by a lower-case one, where the earlier word is not a
// function word and the later one is not an acronym, and only when every item keeps at
// least four words.
func splitFlatList(s string) []string {
	words := strings.Fields(s)
	if len(words) < 12 || strings.ContainsAny(s, ";!?") || hasSentenceStop(words) {
		return []string{s}
	}
	var items []string
	start := 0
	for i := 1; i < len(words); i++ {
		if i-start < 4 || len(words)-i < 4 {
			continue
		}
		prev, cur := words[i-1], words[i]
		r, _ := utf8.DecodeRuneInString(cur)
		pr, _ := utf8.DecodeLastRuneInString(prev)
		p0, _ := utf8.DecodeRuneInString(prev)
		if !unicode.IsUpper(r) || !unicode.IsLower(pr) || !unicode.IsLower(p0) || isAcronym(cur) || listGlue[strings.ToLower(prev)] {
			continue
		}
		// The capitalised word must start a clause: the word after it is lower-case.
		if i+1 < len(words) {
			nr, _ := utf8.DecodeRuneInString(words[i+1])
			if !unicode.IsLower(nr) {
				continue
			}
		}
		items = append(items, strings.Join(words[start:i], " "))
		start = i
	}
	if len(items) == 0 {
		return []string{s}
	}
	return append(items, strings.Join(words[start:], " "))
}

// hasSentenceStop reports whether a word other than the last ends a sentence with a period
// (an abbreviation such as "U.S." or "Dr." does not count).
func hasSentenceStop(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, ".") && !strings.Contains(strings.TrimSuffix(w, "."), ".") && utf8.RuneCountInString(w) > 3 {
			return true
		}
	}
	return false
}

// isAcronym reports whether w is written in capitals, like "U.S." or "NATO".
func isAcronym(w string) bool {
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper == letters && (letters > 1 || strings.Contains(w, "."))
}

// listGlue holds words after which a capitalised word continues the phrase rather than
// starting a new item: articles, prepositions, conjunctions, titles.
var listGlue = wordsSet(`a an the of in on at to for from by with and or as than into onto over under about
	against between during without within via per mr mrs ms dr st der die das des dem den und von mit für
	le la les de du des et à au aux en el los las y del con por para di da il lo e`)

// wordsSet returns the set of the space-separated words in s.
func wordsSet(s string) wordSet {
	set := wordSet{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}
