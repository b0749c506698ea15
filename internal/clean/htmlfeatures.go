package clean

import (
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefs/briefs/internal/extractscore"
)

// The categories of boilerplate that class and id names hint at.
const (
	hintComment = iota
	hintShare
	hintRelated
	hintNav
	hintAd
	hintMedia
	hintMeta
	hintSide
	hintCategories
)

// hintStems lists, for each category, fragments of class and id names that suggest it; a
// name of several words ("related-posts", "commentList") is matched word by word and as
// a whole. posStems suggest the story. A name may hint at both ("content-sidebar").
var (
	hintStems = [hintCategories][]string{
		hintComment: {"comment", "reply", "replies", "discuss", "disqus", "respond", "response"},
		hintShare:   {"share", "sharing", "social", "follow", "facebook", "twitter", "whatsapp", "linkedin", "pinterest"},
		hintRelated: {"related", "recommend", "popular", "trending", "teaser", "outbrain", "taboola", "suggest",
			"latest", "headlines", "more", "next", "prev", "readalso", "also", "most"},
		hintNav: {"nav", "menu", "breadcrumb", "pagination", "pager", "skip", "toolbar", "topbar", "masthead",
			"header", "footer", "copyright", "legal"},
		hintAd: {"advert", "sponsor", "promo", "banner", "newsletter", "subscri", "signup", "paywall", "donate",
			"cookie", "consent", "popup", "modal", "overlay", "login", "register", "partner", "commercial"},
		hintMedia: {"caption", "credit", "figure", "photo", "image", "gallery", "media", "video", "embed", "img"},
		hintMeta:  {"byline", "author", "meta", "date", "time", "dateline", "tags", "category", "categories", "rating"},
		hintSide:  {"sidebar", "widget", "rail", "aside", "column", "sticky"},
	}
	hintTokens = map[string]int{"ad": hintAd, "ads": hintAd, "adv": hintAd, "gpt": hintAd, "dfp": hintAd,
		"adsense": hintAd, "dsgvo": hintAd, "tag": hintMeta, "by": hintMeta, "side": hintSide}
	posStems = []string{"article", "content", "post", "entry", "story", "text", "body", "main", "blog",
		"detail", "single", "prose", "richtext", "markdown", "paragraph"}
)

// A hint is what an element's class and id names suggest: a set of boilerplate categories
// and whether the story.
type hint struct {
	cats uint16 // bit c set for category c
	pos  bool
}

// hintsOf returns the hints of an element's class and id names, caching them by name
// since pages repeat the same names many times.
func hintsOf(n *html.Node, cache map[string]hint) hint {
	var h hint
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" || a.Val == "" {
			continue
		}
		c, ok := cache[a.Val]
		if !ok {
			c = nameHints(a.Val)
			cache[a.Val] = c
		}
		h.cats |= c.cats
		h.pos = h.pos || c.pos
	}
	return h
}

// A stemIndex finds which stems occur in a word by looking up each three-byte window of
// the word, instead of searching for every stem.
type stemIndex map[string][]stemHint

// A stemHint is one stem and what it hints at: a category, or the story when cat < 0.
type stemHint struct {
	stem string
	cat  int
}

// stems indexes hintStems and posStems; it is never modified.
var stems = indexStems()

func indexStems() stemIndex {
	ix := stemIndex{}
	add := func(s string, cat int) {
		ix[s[:3]] = append(ix[s[:3]], stemHint{s, cat})
	}
	for c, list := range hintStems {
		for _, s := range list {
			add(s, c)
		}
	}
	for _, s := range posStems {
		add(s, -1)
	}
	return ix
}

// nameHints returns the hints of one class or id attribute value.
func nameHints(v string) hint {
	var h hint
	for _, tok := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' || r == ':' || r == '/' || r == '.'
	}) {
		if c, ok := hintTokens[tok]; ok {
			h.cats |= 1 << c
			continue
		}
		for i := 0; i+3 <= len(tok); i++ {
			for _, sh := range stems[tok[i:i+3]] {
				if strings.HasPrefix(tok[i:], sh.stem) {
					if sh.cat < 0 {
						h.pos = true
					} else {
						h.cats |= 1 << sh.cat
					}
				}
			}
		}
	}
	return h
}

// pageContext holds what the features of a page's units need to know about the page.
type pageContext struct {
	inBest    []bool    // the unit is inside the element with the most prose
	bestDist  []float64 // how many levels the unit's element is below the best element
	elemProse []float64 // prose score of the unit's element's parent, relative to the best
	jsonLD    string    // the normalised JSON-LD articleBody, if any
	title     string    // the page's title, lower-cased
	articles  int       // how many <article> elements the page has
	titleAt   int       // index of the unit that shows the title (the first h1 when none), -1 if none
	outlet    wordSet   // the words that name the outlet (outletWords)
}

// newPageContext scores the page's elements, Readability-fashion, and finds the one with
// the most prose below it.
func newPageContext(us []unit, elems []element, meta pageInfo) pageContext {
	c := pageContext{
		inBest: make([]bool, len(us)), bestDist: make([]float64, len(us)), elemProse: make([]float64, len(us)),
		title: strings.ToLower(meta.title), outlet: outletWords(meta.source, meta.url),
	}
	if meta.articleBody != "" {
		c.jsonLD = extractscore.Normalize(meta.articleBody)
	}
	for _, e := range elems {
		if e.tag == atom.Article {
			c.articles++
		}
	}
	c.titleAt = -1
	for i, u := range us {
		if c.title != "" && strings.ToLower(u.text) == c.title {
			c.titleAt = i
			break
		}
		if c.titleAt < 0 && u.dom.tag == atom.H1 {
			c.titleAt = i
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

// htmlFeatureNames names the features htmlFeatures computes: the shared ones, then these.
var htmlFeatureNames = append(append([]string{}, unitFeatureNames...),
	"link density", "all link", "pos hint", "pos near",
	"in article", "in main", "in nav", "in header", "in footer", "in aside", "in figure", "in list",
	"in table", "in form", "in body marker", "heading", "quote", "pre",
	"tag p", "tag li", "tag cell", "tag div", "tag h1", "in best", "best depth", "parent prose",
	"comment hint", "comment near", "share hint", "share near", "related hint", "related near",
	"nav hint", "nav near", "ad hint", "ad near", "media hint", "media near", "meta hint", "meta near",
	"side hint", "side near",
	"jsonld yes", "jsonld no", "is title", "many articles", "in noscript",
	"just after title", "after title", "log dist title",
	"best and short", "best and list", "best and table", "best and heading", "jsonld and short",
	"link heavy open", "link density in best", "names outlet", "names outlet short",
)

// htmlFeatures appends the features of unit i of a page to dst, in the order of
// htmlFeatureNames.
func htmlFeatures(dst []float64, us []unit, i int, c *docContext, pc *pageContext) []float64 {
	f := unitFeatures(dst, us, i, c)
	d := us[i].dom
	ld := 0.0
	if d.chars > 0 {
		ld = float64(d.linkChars) / float64(d.chars)
	}
	has := func(l landmark) float64 { return b(d.in&l != 0) }
	f = append(f, ld, has(inLink), b(d.posAny), b(d.posNear),
		has(inArticle), has(inMain), has(inNav), has(inHeader), has(inFooter), has(inAside), has(inFigure), has(inList),
		has(inTable), has(inForm), has(inBody), has(inHeading), has(inQuote), has(inPre),
		b(d.tag == atom.P), b(d.tag == atom.Li), b(d.tag == atom.Td || d.tag == atom.Th || d.tag == atom.Tr),
		b(d.tag == atom.Div), b(d.tag == atom.H1), b(pc.inBest[i]), pc.bestDist[i], pc.elemProse[i])
	for c := range hintCategories {
		f = append(f, b(d.cats&(1<<c) != 0), b(d.catsNear&(1<<c) != 0))
	}
	jy, jn := 0.0, 0.0
	if pc.jsonLD != "" && len(us[i].text) >= 20 {
		if strings.Contains(pc.jsonLD, extractscore.Normalize(us[i].text)) {
			jy = 1
		} else {
			jn = 1
		}
	}
	f = append(f, jy, jn, b(pc.title != "" && strings.ToLower(us[i].text) == pc.title), b(pc.articles > 3), has(inNoscript))
	d2t := 0
	if pc.titleAt >= 0 {
		d2t = i - pc.titleAt
	}
	f = append(f, b(d2t > 0 && d2t <= 3), b(d2t > 0), math.Log1p(math.Abs(float64(d2t)))/4)
	short := us[i].st.words < 7
	f = append(f, b(pc.inBest[i] && short), b(pc.inBest[i] && d.in&inList != 0), b(pc.inBest[i] && d.in&inTable != 0),
		b(pc.inBest[i] && d.in&inHeading != 0), b(pc.jsonLD != "" && short))
	// A block that is mostly a link and no sentence ("SEE MORE: Headline", a teaser's
	// headline) is a promo, above all among the story's paragraphs.
	f = append(f, b(ld > 0.5 && !us[i].st.endPunct), ld*b(pc.inBest[i]))
	// A dateline ("(CNN)President Trump…") names the outlet inside the story.
	outlet := namesOutlet(us[i].lw, pc.outlet) && !datelineRE.MatchString(us[i].text)
	f = append(f, b(outlet), b(outlet && us[i].st.words < 20))
	return f
}

// treeSmoothNames names the second-stage features treeSmoother adds for pages.
var treeSmoothNames = []string{"parent mean", "grand mean", "parent alone", "grand alone", "in story tree", "story tree share",
	"link density"}

// treeSmoother returns a function giving the extra second-stage features of a page's unit
// i: the mean first-stage probability, weighted by length, of the other units in the same
// parent element and in the same grandparent element (blocks of a story sit together), and
// whether the unit lies inside the element whose units hold the most evidence for the story,
// the tree's counterpart of storyRegion.
func treeSmoother(us []unit, elems []element, z []float64) func(i int) []float64 {
	type acc struct{ p, w float64 }
	parent := map[int]acc{}
	grand := map[int]acc{}
	weight := func(u unit) float64 { return math.Log1p(float64(u.dom.chars)) }
	gain := make([]float64, len(elems))
	total := 0.0
	for i, u := range us {
		w := weight(u)
		p := sigmoid(z[i])
		if u.dom.parent >= 0 {
			a := parent[u.dom.parent]
			parent[u.dom.parent] = acc{a.p + w*p, a.w + w}
		}
		if u.dom.grand >= 0 {
			a := grand[u.dom.grand]
			grand[u.dom.grand] = acc{a.p + w*p, a.w + w}
		}
		g := (p - 0.5) * w
		if p > 0.5 {
			total += g
		}
		for e := u.dom.elem; e >= 0; e = elems[e].parent {
			gain[e] += g
		}
	}
	best := -1
	for e, g := range gain {
		if best < 0 || g > gain[best] {
			best = e
		}
	}
	mean := func(m map[int]acc, k, i int) (float64, bool) {
		a, ok := m[k]
		if !ok {
			return 0.5, true
		}
		w := weight(us[i])
		a.p -= w * sigmoid(z[i])
		a.w -= w
		if a.w <= 1e-9 {
			return 0.5, true
		}
		return a.p / a.w, false
	}
	share := 0.0
	if best >= 0 && total > 0 {
		share = math.Max(0, gain[best]) / total
	}
	return func(i int) []float64 {
		pm, pa := mean(parent, us[i].dom.parent, i)
		gm, ga := mean(grand, us[i].dom.grand, i)
		in := false
		for e := us[i].dom.elem; e >= 0 && best >= 0; e = elems[e].parent {
			if e == best {
				in = true
				break
			}
		}
		ld := 0.0
		if d := us[i].dom; d.chars > 0 {
			ld = float64(d.linkChars) / float64(d.chars)
		}
		return []float64{pm, gm, b(pa), b(ga), b(in), share * b(in), ld}
	}
}
