package site

import (
	"bytes"
	"net/url"
	"path"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRelURL(t *testing.T) {
	t.Parallel()
	tests := []struct{ from, to, want string }{
		{"", "", "./"},
		{"", "style.css", "style.css"},
		{"", "briefs/x/", "briefs/x/"},
		{"briefs/x/", "", "../../"},
		{"briefs/x/", "style.css", "../../style.css"},
		{"briefs/x/", "briefs/y/", "../y/"},
		{"briefs/x/", "briefs/x/", "./"},
		{"topics/", "topics/kyiv/", "kyiv/"},
		{"topics/kyiv/", "topics/", "../"},
		{"topics/kyiv/page/2/", "topics/kyiv/", "../../"},
		{"topics/kyiv/page/2/", "topics/kyiv/page/3/", "../3/"},
		{"page/2/", "", "../../"},
		{"archive/2025/07/10/", "archive/2025/07/09/", "../09/"},
		{"archive/2025/07/10/", "archive/2025/06/30/", "../../06/30/"},
		{"404.html", "topics/", "topics/"},
		{"", "topics/москва/", "topics/%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0/"},
		{"topics/a b/", "topics/a b/feed.xml", "feed.xml"},
		{"", "topics/a b/", "topics/a%20b/"},
	}
	for _, tt := range tests {
		if got := relURL(tt.from, tt.to); got != tt.want {
			t.Errorf("relURL(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestEscapePath: escapePath escapes as net/url does, including the paths it returns as they
// are.
func TestEscapePath(t *testing.T) {
	paths := []string{"", "/", "briefs/a-b_c.d~e/", "topics/c++/", "archive/2025/07/10/", "a b/ü/", "x?y#z", "%41", "a:b/"}
	for c := range 256 {
		paths = append(paths, "p"+string(rune(c)), string([]byte{byte(c)}))
	}
	for _, p := range paths {
		if got, want := escapePath(p), (&url.URL{Path: p}).EscapedPath(); got != want {
			t.Errorf("escapePath(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestBasePath(t *testing.T) {
	t.Parallel()
	for base, want := range map[string]string{
		"https://user.github.io/proj/": "/proj/",
		"https://example.org/":         "/",
		"/":                            "/",
		"/news/":                       "/news/",
		"https://example.org/a b/":     "/a%20b/",
	} {
		if got := basePath(base); got != want {
			t.Errorf("basePath(%q) = %q, want %q", base, got, want)
		}
	}
}

// brokenLinks returns every internal link of the site's HTML pages that names no file written,
// as "page: attribute=url". Relative links are resolved against their page; absolute and
// root-relative links count as internal when they start with the base URL or its path. A
// fragment must name an id on its page.
func brokenLinks(files map[string][]byte, base string) []string {
	var broken []string
	root := basePath(base)
	for _, page := range htmlPages(files) {
		ids := map[string]bool{}
		var links []string
		z := html.NewTokenizer(bytes.NewReader(files[page]))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			for {
				k, v, more := z.TagAttr()
				switch string(k) {
				case "id":
					ids[string(v)] = true
				case "href", "src":
					links = append(links, string(k)+"="+string(v))
				}
				if !more {
					break
				}
			}
		}
		for _, link := range links {
			_, ref, _ := strings.Cut(link, "=")
			if !linkResolves(files, page, ref, base, root, ids) {
				broken = append(broken, page+": "+link)
			}
		}
	}
	return broken
}

// linkResolves reports whether ref, a link on page, is external or names a written file.
func linkResolves(files map[string][]byte, page, ref, base, root string, ids map[string]bool) bool {
	if frag, ok := strings.CutPrefix(ref, "#"); ok {
		return ids[frag]
	}
	if rest, ok := strings.CutPrefix(ref, base); ok && strings.Contains(base, "://") {
		ref = root + rest // an absolute URL of this site
	}
	u, err := url.Parse(ref)
	if err != nil {
		return false
	}
	if u.Scheme != "" || u.Host != "" {
		return true // external
	}
	var name string
	if strings.HasPrefix(u.Path, "/") {
		rest, ok := strings.CutPrefix(u.Path, root)
		if !ok {
			return false // outside the site
		}
		name = rest
	} else {
		name = strings.TrimPrefix(path.Join("/", path.Dir(page), u.Path), "/")
		if strings.HasSuffix(u.Path, "/") || u.Path == "." || u.Path == "./" {
			name += "/"
		}
	}
	if name == "/" {
		name = ""
	}
	name, err = url.PathUnescape(name)
	if err != nil {
		return false
	}
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	_, ok := files[name]
	return ok
}

func TestEveryInternalLinkResolves(t *testing.T) {
	t.Parallel()
	for _, base := range []string{"https://user.github.io/proj/", "https://example.org/", "/"} {
		for _, opts := range []Options{{}, {Minify: true}} {
			files, _ := render(t, testConfig(base), nil, opts, fixture())
			n := 0
			for _, page := range htmlPages(files) {
				n += bytes.Count(files[page], []byte("href="))
			}
			if n < 200 {
				t.Fatalf("base %s: only %d links in the site; is the checker reading the pages?", base, n)
			}
			for _, b := range brokenLinks(files, base) {
				t.Errorf("base %s, minify %v: broken link %s", base, opts.Minify, b)
			}
		}
	}
}

func TestLinkCheckerFindsBrokenLinks(t *testing.T) {
	t.Parallel()
	files := map[string][]byte{
		"index.html":          []byte(`<a href="briefs/x/">ok</a><a href="briefs/y/">missing</a><a href="#main">no id</a>`),
		"briefs/x/index.html": []byte(`<main id="main"><a href="../../">up</a><a href="../x">no slash</a><a href="https://other.org/">out</a><a href="#main">ok</a></main>`),
		"404.html":            []byte(`<a href="/proj/briefs/x/">ok</a><a href="/elsewhere/">outside</a>`),
	}
	got := brokenLinks(files, "https://user.github.io/proj/")
	want := []string{
		"404.html: href=/elsewhere/",
		"briefs/x/index.html: href=../x",
		"index.html: href=briefs/y/",
		"index.html: href=#main",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("brokenLinks = %q, want %q", got, want)
	}
}

func TestLinksAreRelativeAndCanonicalIsAbsolute(t *testing.T) {
	t.Parallel()
	files, _ := render(t, testConfig("https://user.github.io/proj/"), nil, Options{}, fixture())
	page := string(files["briefs/hostile/index.html"])
	for _, want := range []string{
		`<link rel="canonical" href="https://user.github.io/proj/briefs/hostile/">`,
		`<meta property="og:url" content="https://user.github.io/proj/briefs/hostile/">`,
		`<link rel="stylesheet" href="../../style.css">`,
		`<a class="brand" href="../../">`,
		`<a href="../../topics/ukraine/">Ukraine</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("brief page lacks %s", want)
		}
	}
	notFound := string(files["404.html"])
	for _, want := range []string{`href="/proj/style.css"`, `href="/proj/topics/"`, `<a class="brand" href="/proj/">`} {
		if !strings.Contains(notFound, want) {
			t.Errorf("404.html lacks %s: its links must work at any address", want)
		}
	}
}
