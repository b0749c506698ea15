package site

import (
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

var (
	jsonType = regexp.MustCompile(`[/+]json$`) // application/json, application/ld+json, …
	xmlType  = regexp.MustCompile(`[/+]xml$`)  // application/rss+xml, text/xml, …
)

// mediaTypes maps the extensions Render minifies to their media types.
var mediaTypes = map[string]string{
	".html": "text/html",
	".htm":  "text/html",
	".css":  "text/css",
	".js":   "application/javascript",
	".mjs":  "application/javascript",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".xml":  "text/xml",
}

// newMinifier returns a minifier for the output's media types. HTML keeps its <html>, <head>
// and <body> tags and its end tags, so pages stay easy to read and to post-process.
func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true})
	m.Add("text/css", &css.Minifier{})
	m.Add("application/javascript", &js.Minifier{})
	m.AddRegexp(jsonType, &json.Minifier{})
	m.Add("image/svg+xml", &svg.Minifier{})
	m.AddRegexp(xmlType, &xml.Minifier{})
	return m
}

// minifyFile minifies data when m is not nil and the extension of name is one it knows;
// otherwise it returns data unchanged.
func minifyFile(m *minify.M, name string, data []byte) ([]byte, error) {
	if m == nil {
		return data, nil
	}
	mt, ok := mediaTypes[strings.ToLower(path.Ext(name))]
	if !ok {
		return data, nil
	}
	out, err := m.Bytes(mt, data)
	if err != nil {
		return nil, fmt.Errorf("minify %s: %w", name, err)
	}
	return out, nil
}
