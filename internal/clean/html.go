package clean

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefs/briefs/internal/content"
)

// domInfo describes where a unit sits in a page: its element, the hints its ancestors'
// classes and ids give, and the landmarks it is inside.
type domInfo struct {
	page      bool      // the unit comes from a page (otherwise from text)
	tag       atom.Atom // the block element that holds the text
	elem      int       // index of that element in page.elems, -1 for none
	parent    int       // index of the element's parent, -1 for none
	grand     int       // index of its grandparent, -1 for none
	chars     int       // characters of text
	linkChars int       // characters inside links
	cats      uint16    // the boilerplate categories the ancestors' class and id names hint at
	catsNear  uint16    // those the three nearest ancestors hint at
	posAny    bool      // an ancestor's name hints at the story
	posNear   bool      // one of the three nearest does
	comment   int       // the outermost comment section the unit is in, -1 for none
	in        landmark  // the landmarks the unit is inside
}

// landmark is a set of structural elements a unit can be inside.
type landmark uint16

// The landmarks.
const (
	inArticle landmark = 1 << iota
	inMain
	inNav
	inHeader
	inFooter
	inAside
	inFigure
	inList
	inTable
	inForm
	inBody    // itemprop=articleBody or a similar story marker
	inHeading // h1-h6
	inQuote
	inPre
	inLink     // the whole block is one link
	inNoscript // shown only without JavaScript
)

// An element is one element of the page that holds units, for scoring containers.
type element struct {
	parent    int // index of the parent element, -1 for the root
	tag       atom.Atom
	chars     int // characters of text below it
	linkChars int
	score     float64 // evidence of prose below it, in the manner of Readability
}

// page is the state of the walk over one page's DOM.
type page struct {
	units []unit
	elems []element
	// The walk's current state.
	buf    strings.Builder
	links  int // bytes of buf inside links
	inLink int // depth of <a> elements
	stack  []frame
	first  frame // the frame the current block's first text was in
	hints  map[string]hint
	names  nameCache
}

// A frame is one open element on the walk's stack.
type frame struct {
	elem  int // the innermost block element, -1 for none
	cats  uint16
	near  [3]uint16 // the categories of this element and of its parent and grandparent
	pos   bool
	posAt int // depth of the nearest element hinting at the story
	// comment is the outermost element that names itself a comment section, -1 for none.
	comment int
	depth   int
	in      landmark
}

// skipped lists elements whose content is never part of the visible story.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Select: true, atom.Option: true, atom.Button: true,
	atom.Input: true, atom.Textarea: true, atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Dialog: true, atom.Label: true,
}

// blockTags lists elements that start a new block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true, atom.Form: true,
	atom.Fieldset: true, atom.Address: true, atom.Hr: true, atom.Br: true, atom.Details: true,
	atom.Summary: true, atom.Body: true, atom.Center: true, atom.Legend: true, atom.Picture: true,
	atom.Menu: true,
}

// pageUnits walks a parsed page and returns its blocks of text as units, with the page's
// elements for container scoring.
func pageUnits(root *html.Node) ([]unit, []element) {
	p := &page{hints: map[string]hint{}, names: newNameCache()}
	p.stack = append(p.stack, frame{elem: -1, posAt: -100, comment: -1})
	p.walk(root)
	p.flush()
	return p.units, p.elems
}

// walk visits n and its descendants.
func (p *page) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		p.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			p.walk(c)
		}
		return
	default:
		return
	}
	a := n.DataAtom
	if skipped[a] || a == atom.Img || isHidden(n, p.names) {
		return
	}
	block := blockTags[a]
	if block {
		p.flush()
	}
	if a == atom.Br || a == atom.Hr {
		return
	}
	top := p.stack[len(p.stack)-1]
	f := top
	f.depth++
	if block {
		f.elem = len(p.elems)
		p.elems = append(p.elems, element{parent: top.elem, tag: a})
	}
	h := hintsOf(n, p.hints)
	f.cats |= h.cats
	f.near = [3]uint16{h.cats, top.near[0], top.near[1]}
	if h.pos {
		f.pos = true
		f.posAt = f.depth
	}
	f.in |= landmarkOf(n)
	if f.comment < 0 && p.names.of(n).comment {
		f.comment = max(f.elem, 0)
		if !block {
			f.comment = top.elem
		}
	}
	p.stack = append(p.stack, f)
	if a == atom.A {
		p.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c)
	}
	if a == atom.A {
		p.inLink--
	}
	if block {
		p.flush()
	}
	p.stack = p.stack[:len(p.stack)-1]
}

// text adds the text of a text node to the current block.
func (p *page) text(s string) {
	if p.buf.Len() == 0 {
		if strings.TrimSpace(s) == "" {
			return
		}
		p.first = p.stack[len(p.stack)-1]
	}
	p.buf.WriteString(s)
	if p.inLink > 0 {
		p.links += len(strings.TrimSpace(s))
	}
}

// flush ends the current block: its text becomes a unit.
func (p *page) flush() {
	if p.buf.Len() == 0 {
		return
	}
	raw := p.buf.String()
	p.buf.Reset()
	links := p.links
	p.links = 0
	f := p.first
	in := f.in
	pre := in&inPre != 0
	var text string
	if pre {
		text = normalizeCode(raw)
	} else {
		text = cutPromo(normalize(raw, false))
	}
	if text == "" {
		return
	}
	tag := atom.Atom(0)
	parent, grand := -1, -1
	if f.elem >= 0 {
		tag = p.elems[f.elem].tag
		parent = p.elems[f.elem].parent
		if parent >= 0 {
			grand = p.elems[parent].parent
		}
	}
	kind := Paragraph
	switch {
	case pre:
		kind = Code
	case in&inHeading != 0:
		kind = Heading
	case tag == atom.Li || tag == atom.Dd || tag == atom.Dt:
		kind = ListItem
	case in&inQuote != 0:
		kind = Quote
	}
	chars := len(text)
	if links >= chars*9/10 {
		in |= inLink
	}
	p.units = append(p.units, unit{
		text: text,
		kind: kind,
		dom: domInfo{
			page: true, tag: tag, elem: f.elem, parent: parent, grand: grand, chars: chars, linkChars: min(links, chars),
			cats: f.cats, catsNear: f.near[0] | f.near[1] | f.near[2], posAny: f.pos, posNear: f.depth-f.posAt < 3, in: in, comment: f.comment,
		},
	})
}

// normalizeCode cleans preformatted text: it keeps line breaks and indentation but drops
// trailing spaces and leading and trailing blank lines.
func normalizeCode(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(fixMojibake(l), " \t\u00a0")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// nameFlags are what an element's class and id names say about it.
type nameFlags struct {
	hidden  bool // a class that hides it: "sr-only", "visually-hidden"
	hover   bool // a class with a part naming a hover pop-up: "fusion-tooltip", "rollover-people-block"
	comment bool // a class or id naming a section of readers' comments: "commentlist", "disqus_thread"
}

// A nameCache holds the flags of each class and id value seen on a page, since pages
// repeat the same names many times.
type nameCache struct {
	class, id map[string]nameFlags
}

// newNameCache returns an empty cache.
func newNameCache() nameCache {
	return nameCache{class: map[string]nameFlags{}, id: map[string]nameFlags{}}
}

// of returns the flags of an element's class and id names.
func (c nameCache) of(n *html.Node) nameFlags {
	var f nameFlags
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" || a.Val == "" {
			continue
		}
		m := c.id
		if a.Key == "class" {
			m = c.class
		}
		g, ok := m[a.Val]
		if !ok {
			g = flagsOf(a.Key == "class", a.Val)
			m[a.Val] = g
		}
		f.hidden = f.hidden || g.hidden
		f.hover = f.hover || g.hover
		f.comment = f.comment || g.comment
	}
	return f
}

// flagsOf returns the flags of one class (when class is set) or id value.
func flagsOf(class bool, v string) nameFlags {
	var f nameFlags
	v = strings.ToLower(v)
	if class {
		for _, c := range strings.Fields(v) {
			f.hidden = f.hidden || hiddenClasses[c]
		}
	}
	for _, tok := range strings.FieldsFunc(v, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		f.hover = f.hover || class && hiddenParts[tok]
		f.comment = f.comment || strings.HasPrefix(tok, "comment") && !strings.HasPrefix(tok, "commentar") ||
			strings.HasPrefix(tok, "disqus")
	}
	return f
}

// isHidden reports whether an element is hidden from readers: the hidden attribute,
// display:none or visibility:hidden in its style, a class that hides it (for screen
// readers only), or a pop-up shown only while the pointer hovers over the text it explains.
func isHidden(n *html.Node, names nameCache) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return names.of(n).hidden || isPopup(n, names)
}

// isPopup reports whether an element is an inline pop-up: an inline element named for
// hovering ("tooltip", "rollover") inside another one. The outer element holds the text
// the reader sees ("Rep. <span class=rollover-people><a>Ilhan Omar</a>"), the inner one
// what shows on hover ("<span class=rollover-people-block>…").
func isPopup(n *html.Node, names nameCache) bool {
	if blockTags[n.DataAtom] || n.DataAtom == atom.A || !names.of(n).hover {
		return false
	}
	for p := n.Parent; p != nil && p.Type == html.ElementNode && !blockTags[p.DataAtom]; p = p.Parent {
		if names.of(p).hover {
			return true
		}
	}
	return false
}

// hiddenClasses are class names of hidden elements; hiddenParts are parts of the class
// names of inline pop-ups ("rollover-people-block", "fusion-tooltip").
var (
	hiddenClasses = wordsSet(`hidden hide sr-only visually-hidden visuallyhidden screen-reader-text
		screenreader-only offscreen element-invisible is-hidden u-hidden invisible d-none display-none`)
	hiddenParts = wordsSet("tooltip popover hovercard rollover")
)

// landmarkOf returns the landmark an element opens, if any.
func landmarkOf(n *html.Node) landmark {
	var l landmark
	switch n.DataAtom {
	case atom.Article:
		l = inArticle
	case atom.Main:
		l = inMain
	case atom.Nav, atom.Menu:
		l = inNav
	case atom.Header:
		l = inHeader
	case atom.Footer:
		l = inFooter
	case atom.Aside:
		l = inAside
	case atom.Figure, atom.Figcaption, atom.Picture:
		l = inFigure
	case atom.Ul, atom.Ol, atom.Dl:
		l = inList
	case atom.Table:
		l = inTable
	case atom.Form:
		l = inForm
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		l = inHeading
	case atom.Blockquote:
		l = inQuote
	case atom.Pre:
		l = inPre
	case atom.Noscript:
		l = inNoscript
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "menu", "menubar":
				l |= inNav
			case "complementary":
				l |= inAside
			case "contentinfo":
				l |= inFooter
			case "banner":
				l |= inHeader
			case "main":
				l |= inMain
			case "article":
				l |= inArticle
			}
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") || strings.EqualFold(a.Val, "text") {
				l |= inBody
			}
		}
	}
	return l
}

// cleanHTML cleans a saved web page.
func cleanHTML(a content.Article) Doc {
	us, pf, meta, lang, elems := htmlPage(a.Body, a.Zone)
	if us == nil && elems == nil {
		// The parser gave up (elements nested more than 512 deep): read the page's text
		// as a dump, one block per line, and clean that.
		t := a
		t.Body = textDump(a.Body)
		return cleanText(t)
	}
	z := make([]float64, len(us))
	var f []float64
	for i := range us {
		f = pf.at(i, f[:0])
		z[i] = htmlModel.logit(f)
	}
	keep := decide(us, z, htmlSmooth, treeSmoother(us, elems, z))
	d := Doc{Title: meta.title, Date: meta.date, Author: meta.author, Source: meta.source, SourceURL: meta.url, Lang: meta.lang}
	if d.Lang == "" {
		d.Lang = lang
	}
	keepTables(us, keep, elems)
	dropCaptions(us, keep)
	dropTitle(us, keep, d.Title)
	d.Blocks = rowBlocks(us, keep, elems)
	if bs := ldBlocks(meta.articleBody, d.Blocks); bs != nil {
		d.Blocks = bs
	}
	d.Title = trimTitle(d.Title, d.Blocks, outletWords(d.Source, d.SourceURL))
	return d
}

// pageFeatures computes the features of a page's units.
type pageFeatures struct {
	us []unit
	c  docContext
	pc pageContext
}

// at appends the features of unit i to dst.
func (p *pageFeatures) at(i int, dst []float64) []float64 {
	return htmlFeatures(dst, p.us, i, &p.c, &p.pc)
}

// htmlPage parses a page and returns its units with what computes their features, the
// page's metadata, the language its stop words suggest and the elements that hold the
// units.
func htmlPage(body string, zone *time.Location) ([]unit, *pageFeatures, pageInfo, string, []element) {
	// With scripting off, <noscript> holds elements rather than raw text: some pages
	// (Blogger's among them) put the only static copy of the story there.
	root, err := html.ParseWithOptions(withoutScripts(body), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, nil, pageInfo{}, "", nil
	}
	meta := pageMeta(root, zone)
	us, elems := pageUnits(root)
	lang := measureAll(us, nil)
	us = withoutComments(us)
	pf := &pageFeatures{us: us, c: newDocContext(us), pc: newPageContext(us, elems, meta)}
	return us, pf, meta, lang, elems
}

// withoutComments returns the units outside readers' comment sections, unless the page has
// no prose outside them: then it is a forum, or a site that wraps its story in such names.
func withoutComments(us []unit) []unit {
	outside, inside := false, false
	for _, u := range us {
		if u.dom.comment >= 0 {
			inside = true
		} else if contentLike(u.st) {
			outside = true
		}
	}
	if !outside || !inside {
		return us
	}
	kept := make([]unit, 0, len(us))
	for _, u := range us {
		if u.dom.comment < 0 {
			kept = append(kept, u)
		}
	}
	return kept
}

// dropCaptions drops the captions a page marks as such or prints more than once:
// a block inside a figure, or inside an element whose class names a caption, photo or
// gallery, that carries a photo credit ("… (Image: GETTY)") or whose text comes back
// elsewhere on the page, as a slideshow repeats a caption under each slide.
func dropCaptions(us []unit, keep []bool) {
	for i, u := range us {
		media := u.dom.in&inFigure != 0 || u.dom.catsNear&(1<<hintMedia) != 0
		if keep[i] && media && (u.st.dup > 0 || u.st.credit) {
			keep[i] = false
		}
	}
}

// ldBlocks returns the blocks of a page's JSON-LD articleBody when the page shows much less
// of the story than it declares there: a page whose script fills in the story (a "lazy"
// page) shows menus and a teaser to a reader without it. It returns nil when the body is
// short (many pages put a summary there) or when the blocks hold a third of its words or
// more. The body's lines become paragraphs; markup in it is read as a text dump.
func ldBlocks(body string, blocks []Block) []Block {
	words := len(strings.Fields(body))
	if words < 100 {
		return nil
	}
	shown := 0
	for _, b := range blocks {
		shown += len(strings.Fields(b.Text))
	}
	if shown*3 >= words {
		return nil
	}
	if strings.Contains(body, "</") || strings.Contains(body, "<br") {
		body = textDump(body)
	}
	var out []Block
	for _, line := range strings.Split(body, "\n") {
		if t := repair(normalize(line, true)); t != "" {
			out = append(out, Block{Kind: Paragraph, Text: t})
		}
	}
	return out
}

// dropTitle drops the units before the story that repeat its title.
func dropTitle(us []unit, keep []bool, title string) {
	if title == "" {
		return
	}
	t := strings.ToLower(title)
	for i, u := range us {
		if keep[i] && u.st.words <= 40 && strings.ToLower(u.text) == t {
			keep[i] = false
		}
	}
}

// dumpSkipped lists the elements with content textDump leaves out (void elements such as
// <meta> have no end tag to close them, and <head> often lacks one).
var dumpSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Select: true, atom.Button: true, atom.Textarea: true, atom.Title: true,
}

// textDump returns the visible text of a page the way a naive scraper dumps it: one line
// per block element, scripts and styles left out. It needs no tree, so it copes with pages
// the parser rejects.
func textDump(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if dumpSkipped[a] {
				skip++
			}
			if blockTags[a] {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if dumpSkipped[a] && skip > 0 {
				skip--
			}
			if blockTags[a] {
				b.WriteByte('\n')
			}
		case html.TextToken:
			if skip == 0 {
				b.WriteString(strings.ReplaceAll(string(z.Text()), "\n", " "))
			}
		}
	}
}
