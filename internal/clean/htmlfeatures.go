package clean

import (
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefs/briefs/internal/extractscore"
)

// negStems and posStems are fragments of class and id names that mark boilerplate and the
// story. A name may hold both ("content-sidebar"); both then count.
var (
	negStems = []string{"comment", "related", "share", "sharing", "social", "sidebar", "widget", "footer",
		"nav", "menu", "breadcrumb", "promo", "advert", "sponsor", "banner", "cookie", "consent", "newsletter",
		"subscri", "signup", "login", "popup", "modal", "overlay", "outbrain", "taboola", "recommend",
		"popular", "trending", "teaser", "tagcloud", "byline", "author", "caption", "credit", "toolbar",
		"pagination", "pager", "disclaimer", "skip", "rating", "reaction", "masthead", "header", "topbar",
		"follow", "donate", "paywall", "print", "embed", "rail", "aside", "more", "next", "prev", "meta",
		"tags", "category", "categories", "date", "time", "dateline", "widget", "sponsored", "partner"}
	negTokens = wordsSet("ad ads adv advertising adsense gpt dfp mod hide hidden sr only visually")
	posStems  = []string{"article", "content", "post", "entry", "story", "text", "body", "main", "blog",
		"detail", "single", "prose", "richtext", "markdown", "copy", "paragraph"}
)

// hints returns how many boilerplate and story hints the class and id names of an element give.
func hints(n *html.Node) (neg, pos int) {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, tok := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' || r == ':' || r == '/'
		}) {
			if negTokens[tok] {
				neg++
				continue
			}
			for _, s := range negStems {
				if strings.Contains(tok, s) {
					neg++
					break
				}
			}
			for _, s := range posStems {
				if strings.Contains(tok, s) {
					pos++
					break
				}
			}
		}
	}
	return neg, pos
}

// pageContext holds what the features of a page's units need to know about the page.
type pageContext struct {
	inBest    []bool    // the unit is inside the element with the most prose
	bestDist  []float64 // how many levels the unit's element is below the best element
	elemProse []float64 // prose score of the unit's element's parent, relative to the best
	jsonLD    string    // the normalised JSON-LD articleBody, if any
	title     string    // the page's title, lower-cased
	articles  int       // how many <article> elements the page has
}

// newPageContext scores the page's elements, Readability-fashion, and finds the one with
// the most prose below it.
func newPageContext(us []unit, elems []element, meta pageInfo) pageContext {
	c := pageContext{
		inBest: make([]bool, len(us)), bestDist: make([]float64, len(us)), elemProse: make([]float64, len(us)),
		title: strings.ToLower(meta.title),
	}
	if meta.articleBody != "" {
		c.jsonLD = extractscore.Normalize(meta.articleBody)
	}
	for _, e := range elems {
		if e.tag == atom.Article {
			c.articles++
		}
	}
	for _, u := range us {
		for e := u.dom.elem; e >= 0; e = elems[e].parent {
			elems[e].chars += u.dom.chars
			elems[e].linkChars += u.dom.linkChars
		}
		if u.dom.elem < 0 || u.dom.chars < 25 || u.dom.linkChars*2 > u.dom.chars {
			continue
		}
		// A block of prose gives its parent full credit, its grandparent half and so on.
		sc := 1 + float64(u.st.commas) + math.Min(3, float64(u.dom.chars)/100)
		e := elems[u.dom.elem].parent
		for lvl := 1; e >= 0 && lvl <= 3; lvl++ {
			elems[e].score += sc / float64(lvl)
			e = elems[e].parent
		}
	}
	best, bestScore := -1, 0.0
	for i, e := range elems {
		s := e.score
		if e.chars > 0 {
			s *= 1 - float64(e.linkChars)/float64(e.chars)
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	for i, u := range us {
		depth := 0
		for e := u.dom.elem; e >= 0; e = elems[e].parent {
			if e == best {
				c.inBest[i] = true
				c.bestDist[i] = math.Log1p(float64(depth)) / 2
				break
			}
			depth++
		}
		if e := u.dom.elem; e >= 0 && bestScore > 0 {
			if p := elems[e].parent; p >= 0 {
				c.elemProse[i] = math.Min(1, elems[p].score/bestScore)
			}
		}
	}
	return c
}

// htmlFeatureNames names the features htmlFeatures computes: the text features, then these.
var htmlFeatureNames = append(append([]string{}, textFeatureNames...),
	"link density", "all link", "neg hints", "neg near", "pos hints", "pos near",
	"in article", "in main", "in nav", "in header", "in footer", "in aside", "in figure", "in list",
	"in table", "in form", "in body marker", "heading", "quote", "pre",
	"tag p", "tag li", "tag cell", "tag div", "tag h1", "in best", "best depth", "parent prose",
	"jsonld yes", "jsonld no", "is title", "many articles",
)

// htmlFeatures returns the features of unit i of a page, in the order of htmlFeatureNames.
func htmlFeatures(us []unit, i int, c *docContext, pc *pageContext) []float64 {
	f := textFeatures(us, i, c)
	d := us[i].dom
	ld := 0.0
	if d.chars > 0 {
		ld = float64(d.linkChars) / float64(d.chars)
	}
	has := func(l landmark) float64 { return b(d.in&l != 0) }
	f = append(f, ld, has(inLink), math.Min(3, float64(d.neg))/3, b(d.negNear), math.Min(3, float64(d.pos))/3, b(d.posNear),
		has(inArticle), has(inMain), has(inNav), has(inHeader), has(inFooter), has(inAside), has(inFigure), has(inList),
		has(inTable), has(inForm), has(inBody), has(inHeading), has(inQuote), has(inPre),
		b(d.tag == atom.P), b(d.tag == atom.Li), b(d.tag == atom.Td || d.tag == atom.Th || d.tag == atom.Tr),
		b(d.tag == atom.Div), b(d.tag == atom.H1), b(pc.inBest[i]), pc.bestDist[i], pc.elemProse[i])
	jy, jn := 0.0, 0.0
	if pc.jsonLD != "" && len(us[i].text) >= 20 {
		if strings.Contains(pc.jsonLD, extractscore.Normalize(us[i].text)) {
			jy = 1
		} else {
			jn = 1
		}
	}
	f = append(f, jy, jn, b(pc.title != "" && strings.ToLower(us[i].text) == pc.title), b(pc.articles > 3))
	return f
}
