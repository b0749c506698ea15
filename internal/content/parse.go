package content

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strings"
	"time"
)

// MaxSize is the largest content file Parse reads, in bytes.
const MaxSize = 64 << 20

// Errors Parse reports for files it cannot read as an article.
var (
	ErrEmpty  = errors.New("empty file")
	ErrBinary = errors.New("binary file, not text")
)

// formatOf maps a file extension (lower-case, with its dot) to the format it names.
var formatOf = map[string]Format{
	".txt":      Text,
	".text":     Text,
	".html":     HTML,
	".htm":      HTML,
	".xhtml":    HTML,
	".shtml":    HTML,
	".md":       Markdown,
	".markdown": Markdown,
	".mdown":    Markdown,
	".mkd":      Markdown,
}

// IsContent reports whether a file name has an extension briefs reads as an article, or none.
func IsContent(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	_, ok := formatOf[ext]
	return ok || ext == ""
}

// Parse reads one content file. name is the path reported in errors (relative to the site
// root); its extension picks the format, which the content overrides when it plainly says
// otherwise (a .txt file holding an HTML page). Dates without a zone are read in zone.
//
// The error is an *Error naming the file, and the line when there is one: an empty or binary
// file, one larger than MaxSize, or broken front matter.
func Parse(name string, data []byte, zone *time.Location) (Article, error) {
	fail := func(line int, err error) (Article, error) {
		return Article{}, &Error{Path: name, Line: line, Err: err}
	}
	if len(data) > MaxSize {
		return fail(0, fmt.Errorf("file is %d MB; the limit is %d MB", len(data)>>20, MaxSize>>20))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(0, ErrEmpty)
	}
	utf16 := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	if !utf16 && isBinary(data) {
		return fail(0, ErrBinary)
	}
	ext := strings.ToLower(path.Ext(name))
	format, known := formatOf[ext]
	if !known {
		format = sniff(data, Text)
	}
	text, cs := decode(data, format == HTML || looksHTML(data))
	text = normalizeNewlines(text)

	meta, unknown, body, bodyLine, err := splitFrontMatter(text, zone)
	if err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return fail(le.line, le.err)
		}
		return fail(0, err)
	}
	format = sniffBody(body, format, known)
	if strings.TrimSpace(body) == "" && meta.Title == "" {
		return fail(bodyLine, ErrEmpty)
	}
	a := Article{
		Path:     name,
		Format:   format,
		Meta:     meta,
		Body:     body,
		BodyLine: bodyLine,
		Zone:     zone,
		Charset:  cs,
	}
	for _, k := range unknown {
		a.Warnings = append(a.Warnings, &Error{Path: name, Line: keyLine(text[:len(text)-len(body)], 1, k),
			Err: fmt.Errorf("front matter: unknown field %q ignored", k)})
	}
	return a, nil
}

func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

var (
	htmlStart = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])`)
	htmlTag   = regexp.MustCompile(`(?i)<(?:p|div|br|span|a|article|section|h[1-6]|ul|li|table|img|meta|script|link)[\s>/]`)
	mdSignal  = regexp.MustCompile(`(?m)^(?:#{1,6} \S|\s*[-*+] \S|\s*\d+\. \S|> \S|` + "```" + `)|\]\([^)\s]+\)|\*\*\S`)
)

// looksHTML reports whether data is an HTML document: it opens with a doctype, <html>,
// <head> or <body>, or is dense with HTML tags.
func looksHTML(data []byte) bool {
	head := data[:min(len(data), 4096)]
	if htmlStart.Match(head) {
		return true
	}
	return bytes.HasPrefix(bytes.TrimSpace(head), []byte("<")) && len(htmlTag.FindAllIndex(head, 4)) >= 4
}

// sniff guesses the format of a file without a known extension, falling back to def.
func sniff(data []byte, def Format) Format {
	if looksHTML(data) {
		return HTML
	}
	return def
}

// sniffBody checks the format the extension gave against the body. An HTML page is HTML
// whatever its extension; an .html file with no tags at all is text. A file without a known
// extension is Markdown when it shows Markdown's marks.
func sniffBody(body string, f Format, known bool) Format {
	b := []byte(body)
	switch {
	case looksHTML(b):
		return HTML
	case f == HTML && !htmlTag.Match(b) && !strings.Contains(body, "</"):
		return Text
	case !known && f == Text && len(mdSignal.FindAllStringIndex(body, 3)) >= 3:
		return Markdown
	}
	return f
}
