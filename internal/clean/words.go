package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords lists the most frequent function words of the languages the corpora hold. A
// high share of them marks running prose, whatever the topic; menus and headline lists
// have few. Languages without a list fall back to the document's own frequent words.
var stopWords = map[string][]string{
	"en": strings.Fields(`a about after all also an and any are as at be because been but by can could did do
		does for from had has have he her his how i if in into is it its just more most my no not of on one or
		our out over she so some than that the their them then there these they this to up was we were what
		when which who will with would you your`),
	"de": strings.Fields(`aber als also am an auch auf aus bei bis da das dass dem den denn der des die dies doch
		du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja kann man mehr mit nach
		nicht noch nur oder schon sein sich sie sind so um und uns von vor war was wenn werden wie wir wird zu zum
		zur über`),
	"fr": strings.Fields(`à au aux avec ce ces cette comme dans de des du elle en est et il ils je la le les
		leur lui mais me même nous on ont ou par pas plus pour qu que qui sa se ses son sont sur un une vous y
		été était être`),
	"es": strings.Fields(`a al como con de del el en entre es esta este fue ha han hay la las le lo los más
		muy no o para pero por que se ser si sin sobre son su sus también un una y ya está`),
	"pt": strings.Fields(`a ao aos as com como da das de do dos e ela ele em entre era está foi há isso mais
		mas muito na nas não no nos o os ou para pela pelo por que se sem ser seu sua são também um uma é`),
	"it": strings.Fields(`a al alla anche che ci come con da dal dalla del della di e è gli ha i il in la le
		lo ma nel nella non per più quando questo se si sono su sua suo tra un una`),
	"nl": strings.Fields(`aan al als bij dan dat de die dit door een en er had heb heeft het hij hoe in is
		je maar met na naar niet nog of om ook op over te tot uit van voor was wat we wel werd wordt zijn ze zich`),
	"pl": strings.Fields(`a ale bo być był była było by co czy dla do gdy go i ich jak jako jest jego jej już
		na nie o od oraz po pod przez przy się so tak także też to tylko w we z za że ze`),
	"sv": strings.Fields(`att av de den det du en ett för har han hon i inte jag med men mot när om och på
		som till var vi vid är`),
	"da": strings.Fields(`af at de den der det du en er et for fra han har hun i ikke jeg med men når og om
		på som til var vi`),
	"no": strings.Fields(`av at de den der det du en er et for fra han har hun i ikke jeg med men når og om
		på som til var vi ble`),
	"fi": strings.Fields(`ei en ja jo kuin mutta myös niin oli on ovat se sen ja joka jotka että hän tai kun`),
}

// stopLangs fixes the order in which languages are tried, so that ties resolve the same way
// on every run.
var stopLangs = []string{"en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "no", "fi"}

// wordSet is a set of lower-case words.
type wordSet map[string]bool

// lowerWords returns the words of s, lower-cased, with the punctuation around them removed.
func lowerWords(s string) []string {
	words := make([]string, 0, len(s)/6+1)
	need := 0 // bytes of the words that need lower-casing
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		var inWord bool
		size := 1
		if c < utf8.RuneSelf {
			inWord = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			inWord = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			if w := trimWord(s[start:i]); w != "" {
				words = append(words, w)
				if !isLowerASCII(w) {
					need += len(w)
				}
			}
			start = -1
		}
		i += size
	}
	if start >= 0 {
		if w := trimWord(s[start:]); w != "" {
			words = append(words, w)
			if !isLowerASCII(w) {
				need += len(w)
			}
		}
	}
	if need == 0 {
		return words
	}
	// The words that need it are lower-cased one after another into one string, as
	// strings.ToLower does it, and replaced by their spans of it.
	var b strings.Builder
	b.Grow(need)
	for _, w := range words {
		if !isLowerASCII(w) {
			writeLower(&b, w)
		}
	}
	low := b.String()
	off := 0
	for k, w := range words {
		if isLowerASCII(w) {
			continue
		}
		n := len(w)
		if !isASCII(w) {
			n = 0
			for _, r := range w {
				n += utf8.RuneLen(unicode.ToLower(r))
			}
		}
		words[k] = low[off : off+n]
		off += n
	}
	return words
}

// isLowerASCII reports whether w is ASCII without capitals, which lower-casing leaves as it is.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isASCII reports whether w is all ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// writeLower writes w to b, lower-cased as strings.ToLower does it. w is valid UTF-8.
func writeLower(b *strings.Builder, w string) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			for _, r := range w[i:] {
				b.WriteRune(unicode.ToLower(r))
			}
			return
		}
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

// trimWord returns w without the apostrophes and hyphens around it, as
// strings.Trim(w, "'’-") does.
func trimWord(w string) string {
	for w != "" {
		if w[0] == '\'' || w[0] == '-' {
			w = w[1:]
		} else if strings.HasPrefix(w, "’") {
			w = w[len("’"):]
		} else {
			break
		}
	}
	for w != "" {
		if c := w[len(w)-1]; c == '\'' || c == '-' {
			w = w[:len(w)-1]
		} else if strings.HasSuffix(w, "’") {
			w = w[:len(w)-len("’")]
		} else {
			break
		}
	}
	return w
}

// appendFields appends the space-separated words of s to dst, as strings.Fields splits
// them.
func appendFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		space := false
		size := 1
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// stopIndex maps each stop word to the languages (bits in the order of stopLangs) whose
// list holds it, and stopSets holds each language's list as a set; neither is modified.
var (
	stopIndex = indexStopWords()
	stopSets  = stopWordSets()
)

func indexStopWords() map[string]uint16 {
	ix := map[string]uint16{}
	for i, lang := range stopLangs {
		for _, w := range stopWords[lang] {
			ix[w] |= 1 << i
		}
	}
	return ix
}

func stopWordSets() map[string]wordSet {
	sets := map[string]wordSet{}
	for _, lang := range stopLangs {
		sets[lang] = wordSet{}
		for _, w := range stopWords[lang] {
			sets[lang][w] = true
		}
	}
	return sets
}

// guessStopWords picks the stop-word list of the language the texts with the words tws are
// written in, with its index in stopLangs, or builds one from the texts' own most frequent
// short words when no list fits (index -1). The list returned must not be modified.
func guessStopWords(tws []*textWords) stopList {
	var hits [16]int
	total := 0
	for _, tw := range tws {
		total += len(tw.lw)
		for i, n := range tw.langs {
			hits[i] += int(n)
		}
	}
	best, bestHits := -1, 0
	for i := range stopLangs {
		if hits[i] > bestHits {
			best, bestHits = i, hits[i]
		}
	}
	if best >= 0 && float64(bestHits) >= 0.15*float64(total) {
		return stopList{lang: best, set: stopSets[stopLangs[best]]}
	}
	counts := map[string]int{}
	for _, tw := range tws {
		for _, w := range tw.lw {
			counts[w]++
		}
	}
	return stopList{lang: -1, set: frequentWords(counts)}
}

// frequentWords returns the 40 most frequent words of at most four letters: in any language
// that separates words with spaces, these are mostly function words.
func frequentWords(counts map[string]int) wordSet {
	type wc struct {
		w string
		n int
	}
	var all []wc
	for w, n := range counts {
		if n >= 3 && len([]rune(w)) <= 4 {
			all = append(all, wc{w, n})
		}
	}
	// Sort by count, then by word, so that the set does not depend on map order.
	slices.SortFunc(all, func(a, b wc) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.w, b.w)
	})
	set := wordSet{}
	for i := 0; i < len(all) && i < 40; i++ {
		set[all[i].w] = true
	}
	return set
}
