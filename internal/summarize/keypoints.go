package summarize

import (
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
	total := 0
	for _, b := range blocks {
		if b.Kind != clean.Code {
			total += wordCount(b.Text)
		}
	}
	before := 0 // words of the article before block i
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
			early := before <= max(150, total*2/5)
			if early || named && before <= total*3/4 {
				return i + 1, items, true
			}
		}
		before += wordCount(b.Text)
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
	if t == "" || wordCount(t) > 14 {
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
