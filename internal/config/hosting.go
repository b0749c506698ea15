package config

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Hosting is the [hosting] table: the files that static hosts read from the root of the
// published site. Each is written by "briefs build" only when configured.
type Hosting struct {
	// NoJekyll writes an empty .nojekyll, which tells GitHub Pages to publish the files as
	// they are instead of running Jekyll over them.
	NoJekyll bool `toml:"nojekyll"`
	// CNAME is the custom domain of a GitHub Pages site, e.g. "news.example.org", written to
	// the CNAME file.
	CNAME string `toml:"cname"`
	// Headers writes _headers (Netlify, Cloudflare Pages) giving the fingerprinted stylesheets
	// and scripts a year of caching; any [[hosting.header]] also writes it.
	Headers bool `toml:"headers"`
	// Header adds paths and their headers to _headers, each a [[hosting.header]] table.
	Header []HeaderRule `toml:"header"`
	// Redirect lists the redirects of _redirects (Netlify, Cloudflare Pages), each a
	// [[hosting.redirect]] table.
	Redirect []Redirect `toml:"redirect"`
}

// A HeaderRule gives the paths that match For extra response headers.
type HeaderRule struct {
	// For is a path of the host's syntax, e.g. "/*" for every path or "/briefs/*".
	For string `toml:"for"`
	// Set lists the headers as "Name: value", e.g. "X-Content-Type-Options: nosniff".
	Set []string `toml:"set"`
}

// A Redirect sends requests for From to To.
type Redirect struct {
	From string `toml:"from"` // a path, e.g. "/old/*"
	To   string `toml:"to"`   // a path or URL, e.g. "/briefs/:splat"
	// Status is the HTTP status: 301 (the default), 302, 303, 307 or 308; 200 serves To
	// under From's URL; 404 and 410 answer with that status.
	Status int `toml:"status"`
}

// headerLine is "Name: value" with a valid header name.
var headerLine = regexp.MustCompile(`^[!#$%&'*+.^_` + "`" + `|~0-9A-Za-z-]+:[ \t]*[^\r\n]*$`)

// check validates the [hosting] table and fills in the redirects' default status.
func (h *Hosting) check() error {
	if c := h.CNAME; c != "" {
		if strings.ContainsAny(c, "/:@ \t\r\n") || !strings.Contains(c, ".") {
			return &fieldError{"cname", fmt.Errorf("%q is not a domain name such as news.example.org", c)}
		}
	}
	for _, r := range h.Header {
		if !strings.HasPrefix(r.For, "/") || strings.ContainsAny(r.For, " \t\r\n") {
			return &valueError{"for", r.For, fmt.Errorf("%q is not a path starting with /", r.For)}
		}
		if len(r.Set) == 0 {
			return &valueError{"for", r.For, fmt.Errorf("headers for %q: set is empty", r.For)}
		}
		for _, l := range r.Set {
			if !headerLine.MatchString(l) {
				return &valueError{"set", l, fmt.Errorf("%q is not a header such as \"X-Frame-Options: DENY\"", l)}
			}
		}
	}
	for i := range h.Redirect {
		r := &h.Redirect[i]
		if !strings.HasPrefix(r.From, "/") || strings.ContainsAny(r.From, " \t\r\n") {
			return &valueError{"from", r.From, fmt.Errorf("%q is not a path starting with /", r.From)}
		}
		if !redirectTarget(r.To) {
			return &valueError{"to", r.To, fmt.Errorf("%q is neither a path starting with / nor an http(s) URL", r.To)}
		}
		switch r.Status {
		case 0:
			r.Status = 301
		case 200, 301, 302, 303, 307, 308, 404, 410:
		default:
			return &valueError{"from", r.From, fmt.Errorf("redirect status %d: use 301, 302, 303, 307, 308, 200, 404 or 410", r.Status)}
		}
	}
	return nil
}

// redirectTarget reports whether to is a path or an absolute http(s) URL without spaces.
func redirectTarget(to string) bool {
	if to == "" || strings.ContainsAny(to, " \t\r\n") {
		return false
	}
	if strings.HasPrefix(to, "/") {
		return true
	}
	u, err := url.Parse(to)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
