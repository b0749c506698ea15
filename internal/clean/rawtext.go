package clean

import (
	"io"
	"strings"
)

// withoutScripts returns a reader of a page with the content of its scripts and style
// sheets left out, all but the JSON-LD scripts that describe the article; it reads the
// page's own bytes, copying none. The parser would read every
// byte of them one at a time and keep them as text nodes that cleaning skips anyway; on
// pages heavy with inline code they are most of the bytes. Comments are stepped over, so a
// "<script" inside one starts nothing. A script that never ends is left to the parser.
func withoutScripts(page string) io.Reader {
	var parts []io.Reader
	last := 0 // page[last:] is not taken yet
	for i := 0; ; {
		j := strings.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := page[i:]
		if strings.HasPrefix(rest, "<!--") {
			k := strings.Index(rest[4:], "-->")
			if k < 0 {
				break
			}
			i += 4 + k + 3
			continue
		}
		name := rawElement(rest)
		if name == "" {
			i++
			continue
		}
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			break
		}
		body := i + end + 1
		n := indexFold(page[body:], "</"+name)
		if n < 0 {
			break
		}
		if name != "script" || !strings.Contains(strings.ToLower(rest[:end]), "ld+json") {
			parts = append(parts, strings.NewReader(page[last:body]))
			last = body + n
		}
		i = body + n + 2
	}
	if last == 0 {
		return strings.NewReader(page)
	}
	parts = append(parts, strings.NewReader(page[last:]))
	return io.MultiReader(parts...)
}

// rawElement returns "script" or "style" when s starts with the start tag of one, in any
// case, and "" otherwise.
func rawElement(s string) string {
	for _, name := range [...]string{"script", "style"} {
		if len(s) > len(name)+1 && strings.EqualFold(s[1:1+len(name)], name) {
			switch s[1+len(name)] {
			case '>', ' ', '\t', '\n', '\r', '\f', '/':
				return name
			}
		}
	}
	return ""
}

// indexFold returns the index of the first instance of t in s, ignoring ASCII case, or
// -1; t starts with "</".
func indexFold(s, t string) int {
	for k := 0; ; {
		m := strings.Index(s[k:], "</")
		if m < 0 {
			return -1
		}
		k += m
		if len(s)-k >= len(t) && strings.EqualFold(s[k:k+len(t)], t) {
			return k
		}
		k += 2
	}
}
