package publish

import (
	"fmt"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"

	"github.com/briefs/briefs/internal/config"
)

// Cache lifetimes of DefaultRules.
const (
	// Immutable is the Cache-Control of fingerprinted assets, whose names change with them.
	Immutable = "public, max-age=31536000, immutable"
	// Short is the Cache-Control of pages, feeds and the sitemap, which change with the news.
	Short = "public, max-age=300"
	// Medium is the Cache-Control of the other files: images, favicons, unfingerprinted assets.
	Medium = "public, max-age=3600"
)

// DefaultRules returns the rules that apply after a site's own: a year for the fingerprinted
// stylesheets and scripts of a build (style.3f2a9c1e.css), five minutes for pages, feeds,
// the sitemap and robots.txt, an hour for everything else.
func DefaultRules() []config.Rule {
	return []config.Rule{
		{Pattern: "*.[0-9a-f]{8}.{css,js,mjs}", CacheControl: Immutable},
		{Pattern: "*.{html,htm,xml,json,txt}", CacheControl: Short},
		{Pattern: "**", CacheControl: Medium},
	}
}

// Headers are the HTTP headers stored with an object.
type Headers struct {
	ContentType     string `json:"type"`
	CacheControl    string `json:"cache,omitempty"`
	ContentEncoding string `json:"encoding,omitempty"`
}

// A rule is a config.Rule with its pattern compiled.
type rule struct {
	re *regexp.Regexp
	config.Rule
}

// compileRules compiles rules followed by DefaultRules.
func compileRules(rules []config.Rule) ([]rule, error) {
	all := append(append([]config.Rule(nil), rules...), DefaultRules()...)
	out := make([]rule, len(all))
	for i, r := range all {
		re, err := config.Glob(r.Pattern)
		if err != nil {
			return nil, fmt.Errorf("rule: %w", err)
		}
		out[i] = rule{re, r}
	}
	return out, nil
}

// compileGlobs compiles patterns.
func compileGlobs(patterns []string) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for _, p := range patterns {
		re, err := config.Glob(p)
		if err != nil {
			return nil, err
		}
		out = append(out, re)
	}
	return out, nil
}

func matchAny(res []*regexp.Regexp, key string) bool {
	for _, re := range res {
		if re.MatchString(key) {
			return true
		}
	}
	return false
}

// headersFor returns the headers of the file key, whose content starts with head: for each
// header, the value of the first rule that matches and sets it, and else a Content-Type by
// extension or by sniffing head. gzip says whether text types are stored compressed.
func headersFor(rules []rule, key string, head []byte, gzip bool) Headers {
	var h Headers
	for _, r := range rules {
		if (h.CacheControl != "" || r.CacheControl == "") && (h.ContentType != "" || r.ContentType == "") {
			continue
		}
		if !r.re.MatchString(key) {
			continue
		}
		if h.CacheControl == "" {
			h.CacheControl = r.CacheControl
		}
		if h.ContentType == "" {
			h.ContentType = r.ContentType
		}
	}
	if h.ContentType == "" {
		h.ContentType = contentType(key, head)
	}
	if gzip && compressible(h.ContentType) {
		h.ContentEncoding = "gzip"
	}
	return h
}

// types are the media types of the files a site is made of, so that a deploy does not depend
// on the machine's /etc/mime.types.
var types = map[string]string{
	".html":        "text/html; charset=utf-8",
	".htm":         "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".xml":         "application/xml; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".csv":         "text/csv; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".ttf":         "font/ttf",
	".otf":         "font/otf",
	".pdf":         "application/pdf",
	".wasm":        "application/wasm",
	".mp3":         "audio/mpeg",
	".mp4":         "video/mp4",
	".webm":        "video/webm",
}

// contentType returns the media type of the file key by its extension, or by sniffing head.
func contentType(key string, head []byte) string {
	ext := strings.ToLower(path.Ext(key))
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); ext != "" && t != "" {
		return t
	}
	return http.DetectContentType(head)
}

// compressible reports whether files of the media type t shrink with gzip: text, and the
// textual application and image types.
func compressible(t string) bool {
	t, _, _ = strings.Cut(t, ";")
	switch {
	case strings.HasPrefix(t, "text/"),
		strings.HasSuffix(t, "+xml"), strings.HasSuffix(t, "+json"),
		t == "application/json", t == "application/xml", t == "application/javascript",
		t == "application/wasm", t == "image/x-icon":
		return true
	}
	return false
}
