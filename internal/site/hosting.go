package site

import (
	"fmt"
	"slices"
	"strings"

	"github.com/briefs/briefs/internal/config"
)

// A hostFile is a file that a static host reads from the root of the site.
type hostFile struct {
	name string
	data []byte
}

// hostingFiles returns the files that the [hosting] table of the configuration asks for,
// sorted by name: .nojekyll and CNAME for GitHub Pages, _headers and _redirects for Netlify
// and Cloudflare Pages. _headers gives each fingerprinted asset (assets maps a static file
// to its fingerprinted name) a year of caching, then adds the configured headers.
func hostingFiles(h config.Hosting, assets map[string]string) []hostFile {
	var files []hostFile
	if h.NoJekyll {
		files = append(files, hostFile{".nojekyll", nil})
	}
	if h.CNAME != "" {
		files = append(files, hostFile{"CNAME", []byte(h.CNAME + "\n")})
	}
	if h.Headers || len(h.Header) > 0 {
		var b strings.Builder
		fingerprinted := make([]string, 0, len(assets))
		for _, name := range assets {
			fingerprinted = append(fingerprinted, name)
		}
		slices.Sort(fingerprinted)
		for _, name := range fingerprinted {
			fmt.Fprintf(&b, "/%s\n  Cache-Control: public, max-age=31536000, immutable\n", name)
		}
		for _, r := range h.Header {
			fmt.Fprintf(&b, "%s\n", r.For)
			for _, l := range r.Set {
				fmt.Fprintf(&b, "  %s\n", l)
			}
		}
		files = append(files, hostFile{"_headers", []byte(b.String())})
	}
	if len(h.Redirect) > 0 {
		var b strings.Builder
		for _, r := range h.Redirect {
			fmt.Fprintf(&b, "%s %s %d\n", r.From, r.To, r.Status)
		}
		files = append(files, hostFile{"_redirects", []byte(b.String())})
	}
	return files
}

// hostingJobs returns the jobs that write the hosting files. A static file of the same name
// replaces one, as it does a page.
func (r *renderer) hostingJobs() []job {
	var jobs []job
	for _, f := range hostingFiles(r.cfg.Hosting, r.assets) {
		jobs = append(jobs, func() (output, error) {
			return r.memoized(f.name, func() (output, error) {
				return output{name: f.name, data: f.data}, nil
			}, f.data)
		})
	}
	return jobs
}
