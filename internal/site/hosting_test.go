package site

import (
	"testing"
	"testing/fstest"

	"github.com/briefs/briefs/internal/config"
)

func TestHostingFiles(t *testing.T) {
	assets := map[string]string{"style.css": "style.3f2a9c1e.css", "app.js": "app.0123abcd.js"}
	full := config.Hosting{
		NoJekyll: true,
		CNAME:    "news.example.org",
		Header:   []config.HeaderRule{{For: "/*", Set: []string{"X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer"}}},
		Redirect: []config.Redirect{{From: "/old/*", To: "/briefs/:splat", Status: 301}, {From: "/rss", To: "/feed.xml", Status: 200}},
	}
	tests := []struct {
		name string
		h    config.Hosting
		want map[string]string
	}{
		{"nothing configured", config.Hosting{}, map[string]string{}},
		{"GitHub Pages", config.Hosting{NoJekyll: true, CNAME: "news.example.org"},
			map[string]string{".nojekyll": "", "CNAME": "news.example.org\n"}},
		{"headers alone", config.Hosting{Headers: true}, map[string]string{"_headers": "" +
			"/app.0123abcd.js\n  Cache-Control: public, max-age=31536000, immutable\n" +
			"/style.3f2a9c1e.css\n  Cache-Control: public, max-age=31536000, immutable\n"}},
		{"everything", full, map[string]string{
			".nojekyll": "",
			"CNAME":     "news.example.org\n",
			"_headers": "" +
				"/app.0123abcd.js\n  Cache-Control: public, max-age=31536000, immutable\n" +
				"/style.3f2a9c1e.css\n  Cache-Control: public, max-age=31536000, immutable\n" +
				"/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n",
			"_redirects": "/old/* /briefs/:splat 301\n/rss /feed.xml 200\n",
		}},
	}
	for _, tt := range tests {
		got := map[string]string{}
		for _, f := range hostingFiles(tt.h, assets) {
			got[f.name] = string(f.data)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: hostingFiles wrote %d files, want %d: %q", tt.name, len(got), len(tt.want), got)
		}
		for name, data := range tt.want {
			if g, ok := got[name]; !ok || g != data {
				t.Errorf("%s: %s = %q (written %v), want %q", tt.name, name, g, ok, data)
			}
		}
	}
}

func TestRenderHosting(t *testing.T) {
	t.Parallel()
	cfg := testConfig("/")
	cfg.Hosting = config.Hosting{NoJekyll: true, CNAME: "news.example.org", Headers: true,
		Redirect: []config.Redirect{{From: "/a", To: "/b", Status: 301}}}
	local := fstest.MapFS{"static/_redirects": {Data: []byte("/x /y 302\n")}}
	files, _ := render(t, cfg, local, Options{Minify: true, Fingerprint: true}, fixture())
	if data, ok := files[".nojekyll"]; !ok || len(data) != 0 {
		t.Errorf(".nojekyll = %q, %v; want an empty file", data, ok)
	}
	if got := string(files["CNAME"]); got != "news.example.org\n" {
		t.Errorf("CNAME = %q", got)
	}
	if got := string(files["_redirects"]); got != "/x /y 302\n" {
		t.Errorf("_redirects = %q, want the site's static file, which wins", got)
	}
	var css string
	for name := range files {
		if len(name) == len("style.12345678.css") && name != "style.css" && name[:6] == "style." {
			css = name
		}
	}
	if want := "/" + css + "\n  Cache-Control: public, max-age=31536000, immutable\n"; css == "" || string(files["_headers"]) != want {
		t.Errorf("_headers = %q, want %q", files["_headers"], want)
	}
	plain, _ := render(t, testConfig("/"), nil, Options{}, fixture())
	for _, name := range []string{".nojekyll", "CNAME", "_headers", "_redirects"} {
		if _, ok := plain[name]; ok {
			t.Errorf("%s written without [hosting]", name)
		}
	}
}
