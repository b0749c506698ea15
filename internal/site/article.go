package site

import (
	"bytes"
	"html/template"
)

// A brief page's article is most of its markup, and html/template spends a reflective call on
// every action of every block. When the blocks are shown by the default theme's _block.html
// and _inline.html, the page's Article holds the markup those templates make, written by
// articleHTML below at a fraction of the cost; TestArticleHTMLMatchesTemplate holds the two
// to the same bytes. A site that changes either template gets no Article, and its
// templates range over Body as before.

// blockTemplates are the partials articleHTML stands for.
var blockTemplates = []string{"_block.html", "_inline.html"}

// themeBlocks reports whether a brief page's set, given by treesOf, shows blocks exactly as
// the default theme does.
func themeBlocks(trees map[string]string) bool {
	want := themeTrees()["brief"]
	for _, name := range blockTemplates {
		if want[name] == "" || trees[name] != want[name] {
			return false
		}
	}
	return true
}

// articleHTML returns what ranging over blocks with {{"\n"}}{{template "_block.html" .}}
// writes with the default theme.
func articleHTML(blocks []Block) template.HTML {
	var b bytes.Buffer
	b.Grow(blocksSize(blocks) + blocksSize(blocks)/16)
	writeBlocks(&b, blocks)
	return template.HTML(b.String())
}

// writeBlocks writes each block after a newline, as the theme's brief.html ranges over Body.
func writeBlocks(b *bytes.Buffer, blocks []Block) {
	for _, bl := range blocks {
		b.WriteByte('\n')
		writeBlock(b, bl)
	}
}

// blocksSize returns the bytes of the blocks' text and HTML, and a few for their tags.
func blocksSize(blocks []Block) int {
	n := 0
	for _, bl := range blocks {
		n += len(bl.Text) + len(bl.HTML) + 16 + blocksSize(bl.Items)
	}
	return n
}

// writeBlock writes one block as _block.html does.
func writeBlock(b *bytes.Buffer, bl Block) {
	switch bl.Kind {
	case "h":
		tag := "h6"
		switch bl.Level {
		case 3:
			tag = "h3"
		case 4:
			tag = "h4"
		case 5:
			tag = "h5"
		}
		b.WriteString("<" + tag + ">")
		writeInline(b, bl)
		b.WriteString("</" + tag + ">")
	case "ul":
		b.WriteString("<ul>")
		for _, it := range bl.Items {
			b.WriteString("\n<li>")
			writeInline(b, it)
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>")
	case "quote":
		b.WriteString("<blockquote>")
		for _, it := range bl.Items {
			b.WriteString("\n<p>")
			writeInline(b, it)
			b.WriteString("</p>")
		}
		b.WriteString("\n</blockquote>")
	case "code":
		b.WriteString("<pre><code>")
		escapeHTML(b, bl.Text)
		b.WriteString("</code></pre>")
	default:
		b.WriteString("<p>")
		writeInline(b, bl)
		b.WriteString("</p>")
	}
}

// writeInline writes a block's safe HTML when it has some, else its text, as _inline.html does.
func writeInline(b *bytes.Buffer, bl Block) {
	if bl.HTML != "" {
		b.WriteString(string(bl.HTML))
		return
	}
	escapeHTML(b, bl.Text)
}

// escapeHTML writes s escaped as html/template escapes text in an element: the bytes below
// replace NUL, quotes, ampersands, plus signs and angle brackets, and nothing else changes
// (every one of them is ASCII, so no multi-byte character is touched).
func escapeHTML(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		repl := htmlEscapes[s[i]]
		if repl == "" {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(repl)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// htmlEscapes maps the bytes escapeHTML replaces to their replacements.
var htmlEscapes = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}
