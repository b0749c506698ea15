package site

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type sitemapDoc struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemap writes sitemap.xml, listing every page written before it but the 404 page, and
// robots.txt, unless static files replace them.
func (r *renderer) sitemap() error {
	for _, f := range []struct {
		name string
		data func() ([]byte, error)
		deps any
	}{
		{"sitemap.xml", func() ([]byte, error) { return marshalXML(sitemapDoc{URLs: r.urls}, r.min != nil) }, r.urlsSum()},
		{"robots.txt", func() ([]byte, error) { return robots(r.cfg.BaseURL), nil }, "robots"},
	} {
		out, err := r.memoized(f.name, func() (output, error) {
			data, err := f.data()
			if err != nil {
				return output{}, fmt.Errorf("%s: %w", f.name, err)
			}
			return r.file(f.name, data)
		}, f.deps)
		if err != nil {
			return err
		}
		if err := r.emit(out); err != nil {
			return err
		}
	}
	return nil
}

// robots returns a robots.txt that allows every crawler and names the sitemap. Crawlers only
// accept an absolute sitemap URL, so the line is left out when the base URL is a bare path.
func robots(base string) []byte {
	var b strings.Builder
	b.WriteString("User-agent: *\nAllow: /\n")
	if strings.HasPrefix(base, "http://") || strings.HasPrefix(base, "https://") {
		fmt.Fprintf(&b, "\nSitemap: %s\n", absURL(base, "sitemap.xml"))
	}
	return []byte(b.String())
}

// urlsSum fingerprints the sitemap's entries.
func (r *renderer) urlsSum() uint64 {
	h := newHasher()
	for _, u := range r.urls {
		h.str(u.Loc)
		h.str(u.LastMod)
	}
	return h.sum()
}
