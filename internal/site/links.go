package site

import (
	"net/url"
	"strconv"
	"strings"
)

// Paths inside the site are slash-separated, relative to the output root and unescaped:
// "" is the home page, "briefs/x/" a brief, "feed.xml" a file. A path that names a directory
// ends in "/"; its page is written to that directory's index.html.

// relURL returns the URL of the site path to, relative to the page at the site path from, so
// that links work at any base URL and from files opened directly. It escapes the result.
//
// relURL("briefs/x/", "") is "../../", relURL("briefs/x/", "briefs/y/") is "../y/" and
// relURL("", "style.css") is "style.css".
func relURL(from, to string) string {
	dir := from[:strings.LastIndexByte(from, '/')+1]
	// Drop the directories the two paths share.
	for {
		i := strings.IndexByte(dir, '/')
		if i < 0 || !strings.HasPrefix(to, dir[:i+1]) {
			break
		}
		dir, to = dir[i+1:], to[i+1:]
	}
	up := strings.Repeat("../", strings.Count(dir, "/"))
	if up == "" && to == "" {
		return "./"
	}
	return up + escapePath(to)
}

// escapePath percent-encodes a site path for use in a URL, leaving "/" alone.
func escapePath(p string) string {
	for i := 0; i < len(p); i++ {
		if !plainPathByte[p[i]] {
			return (&url.URL{Path: p}).EscapedPath()
		}
	}
	return p // slugs and the site's own paths: nothing to escape
}

// plainPathByte holds the bytes a path keeps as they are when escaped.
var plainPathByte = func() (t [256]bool) {
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/") {
		t[c] = true
	}
	return t
}()

// absURL returns the site path p under base, a base URL ending in "/". It is absolute when base
// is, and root-relative when base is a bare path such as "/".
func absURL(base, p string) string {
	return base + escapePath(p)
}

// basePath returns the path part of the base URL, e.g. "/proj/" for https://x.github.io/proj/.
func basePath(base string) string {
	u, err := url.Parse(base)
	if err != nil || u.Path == "" {
		return "/"
	}
	p := u.EscapedPath()
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p
}

// briefPath returns the site path of the brief with the given slug.
func briefPath(slug string) string { return "briefs/" + slug + "/" }

// topicPath returns the site path of the topic with the given slug.
func topicPath(slug string) string { return "topics/" + slug + "/" }

// pagePath returns the site path of page n (1-based) of the list at dir.
func pagePath(dir string, n int) string {
	if n <= 1 {
		return dir
	}
	return dir + "page/" + strconv.Itoa(n) + "/"
}

// fileName returns the output file of the site path p: directories get index.html.
func fileName(p string) string {
	if p == "" || strings.HasSuffix(p, "/") {
		return p + "index.html"
	}
	return p
}
