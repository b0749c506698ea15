package clean

import (
	"bufio"
	"bytes"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefs/briefs/internal/content"
)

// markdown is the goldmark instance every article shares: its parser and renderer keep no
// state between calls (the state of a parse is in its parser.Context), so one serves all
// goroutines, and building one per article was a tenth of what cleaning Markdown allocated.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.GFM))
})

// cleanMarkdown reads a Markdown article (CommonMark with GitHub's extensions) into blocks.
// An editor wrote it, so nothing is dropped as boilerplate; the text is only normalised.
// Each block's HTML is its inline markup as goldmark renders it without raw HTML. A level-one
// heading that opens the article is its title.
func cleanMarkdown(a content.Article) Doc {
	src := []byte(a.Body)
	md := markdown()
	root := md.Parser().Parse(text.NewReader(src))
	r := mdReader{src: src, md: md, lines: lineStarts(src), firstLine: max(a.BodyLine, 1)}
	r.blocks(root, Paragraph)
	var d Doc
	if len(r.out) > 0 && r.out[0].Kind == Heading && r.h1First {
		d.Title = r.out[0].Text
		r.out = r.out[1:]
	}
	d.Blocks = r.out
	return d
}

// mdReader turns a goldmark tree into blocks.
type mdReader struct {
	buf       bytes.Buffer  // what render renders into
	w         *bufio.Writer // writes to buf
	src       []byte
	md        goldmark.Markdown
	lines     []int // byte offset of the start of each line of src
	firstLine int   // the file line src starts on
	out       []Block
	h1First   bool // the first block is a level-one heading
}

// blocks appends the blocks below n; kind is what a paragraph there becomes (a list item
// inside a list, a quotation inside a blockquote).
func (r *mdReader) blocks(n ast.Node, kind Kind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			if len(r.out) == 0 && c.Level == 1 {
				r.h1First = true
			}
			r.add(Heading, c, r.inline(c), r.render(c))
		case *ast.Paragraph, *ast.TextBlock:
			r.add(kind, c, r.inline(c), r.render(c))
		case *ast.List:
			r.blocks(c, ListItem)
		case *ast.ListItem:
			r.blocks(c, ListItem)
		case *ast.Blockquote:
			r.blocks(c, Quote)
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			var b strings.Builder
			lines := c.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				b.Write(seg.Value(r.src))
			}
			if code := normalizeCode(b.String()); code != "" {
				r.add(Code, c, code, "")
			}
		case *east.Table:
			for row := c.FirstChild(); row != nil; row = row.NextSibling() {
				var cells []string
				for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
					cells = append(cells, r.inline(cell))
				}
				r.add(Paragraph, row, strings.Join(cells, " | "), "")
			}
		default:
			// Thematic breaks, raw HTML blocks, link reference definitions: no text.
		}
	}
}

// add appends a block unless its text is empty.
func (r *mdReader) add(kind Kind, n ast.Node, text, html string) {
	if text = normalize(text, false); text == "" && kind != Code {
		return
	}
	r.out = append(r.out, Block{Kind: kind, Text: text, HTML: html, Line: r.line(n)})
}

// inline returns the plain text of a node's inline content.
func (r *mdReader) inline(n ast.Node) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(r.src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(r.src))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.Image:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// render returns the inline HTML of a paragraph or heading as goldmark renders it, raw
// HTML omitted, without the element that wraps it.
func (r *mdReader) render(n ast.Node) string {
	r.buf.Reset()
	if r.w == nil {
		r.w = bufio.NewWriter(&r.buf) // goldmark makes a 4 KB writer per call unless given one
	}
	if err := r.md.Renderer().Render(r.w, r.src, n); err != nil {
		r.w.Reset(&r.buf)
		return ""
	}
	s := strings.TrimSpace(r.buf.String())
	if strings.HasPrefix(s, "<") {
		if i := strings.IndexByte(s, '>'); i > 0 && (s[1] == 'p' || s[1] == 'h') {
			if j := strings.LastIndex(s, "</"); j > i {
				s = s[i+1 : j]
			}
		}
	}
	return strings.TrimSpace(s)
}

// line returns the file line where a block starts, or 0 when it has no source lines.
func (r *mdReader) line(n ast.Node) int {
	off := -1
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		off = n.Lines().At(0).Start
	} else if c := n.FirstChild(); c != nil {
		if t, ok := c.(*ast.Text); ok {
			off = t.Segment.Start
		} else if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			off = c.Lines().At(0).Start
		}
	}
	if off < 0 {
		return 0
	}
	// The number of line starts at or before off.
	lo, hi := 0, len(r.lines)
	for lo < hi {
		mid := (lo + hi) / 2
		if r.lines[mid] <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return r.firstLine + lo - 1
}

// lineStarts returns the byte offset at which each line of src starts.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
