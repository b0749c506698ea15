package config

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestGlob(t *testing.T) {
	tests := []struct {
		pattern string
		match   []string
		nomatch []string
	}{
		{"*.html", []string{"index.html", "briefs/x/index.html", "a.b.html"}, []string{"index.htm", "style.css", "html"}},
		{"*.[0-9a-f]{8}.{css,js}", []string{"style.3f2a9c1e.css", "js/app.0123abcd.js"},
			[]string{"style.css", "style.3f2a9c1.css", "style.3f2a9c1e0.css", "style.3F2A9C1E.css", "style.3f2a9c1e.mjs"}},
		{"/briefs/*/index.html", []string{"briefs/x/index.html"}, []string{"briefs/x/y/index.html", "index.html", "x/briefs/x/index.html"}},
		{"briefs/**", []string{"briefs/x/index.html", "briefs/a"}, []string{"briefs", "topics/briefs/a"}},
		{"**/index.html", []string{"index.html", "a/b/index.html"}, []string{"a/bindex.html"}},
		{"images/**/*.png", []string{"images/a.png", "images/x/y/a.png"}, []string{"a.png", "images/a.jpg"}},
		{"?.txt", []string{"a.txt", "x/b.txt"}, []string{"ab.txt", ".txt"}},
		{"[!a]*.txt", []string{"b.txt"}, []string{"a.txt"}},
		{"feed.{xml,json}", []string{"feed.xml", "feed.json"}, []string{"feed.txt", "atom.xml"}},
		{`\*.txt`, []string{"*.txt"}, []string{"a.txt"}},
		{"**", []string{"a", "a/b/c"}, nil},
		{"a+b(c).txt", []string{"a+b(c).txt"}, []string{"aab(c).txt"}},
	}
	for _, tt := range tests {
		re, err := Glob(tt.pattern)
		if err != nil {
			t.Errorf("Glob(%q): %v", tt.pattern, err)
			continue
		}
		for _, name := range tt.match {
			if !re.MatchString(name) {
				t.Errorf("Glob(%q) does not match %q (regexp %s)", tt.pattern, name, re)
			}
		}
		for _, name := range tt.nomatch {
			if re.MatchString(name) {
				t.Errorf("Glob(%q) matches %q (regexp %s)", tt.pattern, name, re)
			}
		}
	}
}

func TestGlobErrors(t *testing.T) {
	for _, p := range []string{"", "[a-z", "{a,b", "a}", "{a,{b,c}}", `a\`} {
		if re, err := Glob(p); err == nil {
			t.Errorf("Glob(%q) = %s, want an error", p, re)
		}
	}
}

func FuzzGlob(f *testing.F) {
	for _, s := range []string{"*.html", "*.[0-9a-f]{8}.{css,js}", "**/x/[!a]?", `\[`, "[]]"} {
		f.Add(s, "briefs/x/index.html")
	}
	f.Fuzz(func(t *testing.T, pattern, name string) {
		re, err := Glob(pattern)
		if err != nil {
			return
		}
		re.MatchString(name) // must not panic
		if !strings.ContainsAny(pattern, `*?[{\`) && !re.MatchString(strings.TrimPrefix(pattern, "/")) {
			t.Errorf("Glob(%q) does not match itself", pattern)
		}
	})
}

const deployTOML = `title = "x"

[deploy]
target = "staging"
max_deletes = 10
workers = 4

[[deploy.targets]]
name = "production"
url = "s3://briefs-prod?region=eu-west-1"
gzip = true
exclude = ["downloads/**"]

[[deploy.targets]]
name = "staging"
url = "file:///srv/www/briefs"

[[deploy.rules]]
pattern = "images/**"
cache_control = "public, max-age=86400"

[hosting]
nojekyll = true
cname = "news.example.org"
headers = true

[[hosting.header]]
for = "/*"
set = ["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin"]

[[hosting.redirect]]
from = "/old/*"
to = "/briefs/:splat"
`

func TestParseDeploy(t *testing.T) {
	s, err := Parse(deployTOML)
	if err != nil {
		t.Fatal(err)
	}
	want := Deploy{
		Target: "staging", MaxDeletes: 10, Workers: 4,
		Targets: []Target{
			{Name: "production", URL: "s3://briefs-prod?region=eu-west-1", Gzip: true, Exclude: []string{"downloads/**"}},
			{Name: "staging", URL: "file:///srv/www/briefs"},
		},
		Rules: []Rule{{Pattern: "images/**", CacheControl: "public, max-age=86400"}},
	}
	if !reflect.DeepEqual(s.Deploy, want) {
		t.Errorf("Parse: Deploy = %+v\nwant %+v", s.Deploy, want)
	}
	wantH := Hosting{
		NoJekyll: true, CNAME: "news.example.org", Headers: true,
		Header:   []HeaderRule{{For: "/*", Set: []string{"X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin"}}},
		Redirect: []Redirect{{From: "/old/*", To: "/briefs/:splat", Status: 301}},
	}
	if !reflect.DeepEqual(s.Hosting, wantH) {
		t.Errorf("Parse: Hosting = %+v\nwant %+v", s.Hosting, wantH)
	}
}

func TestParseDeployErrors(t *testing.T) {
	target := func(name, url string) string {
		return fmt.Sprintf("[[deploy.targets]]\nname = %q\nurl = %q\n", name, url)
	}
	tests := []struct {
		text string
		line int
		msg  string
	}{
		{"[deploy]\nworkers = 4\nmax_deletes = -1\n", 3, "max_deletes: -1 is negative"},
		{"[deploy]\nworkers = 1000\n", 2, "workers: 1000 is out of range"},
		{"[deploy]\nwokers = 4\n", 2, `unknown setting "deploy.wokers"`},
		{target("a", "s3://b") + target("c", "ftp://x/y"), 6, "scheme must be one of"},
		{target("a", "s3://b") + target("a", "gs://c"), 5, `target "a" is defined twice`},
		{target("a", "s3://"), 3, "has no bucket name"},
		{target("a", "s3://key:secret@b"), 3, "holds credentials"},
		{target("a b", "s3://b"), 2, "target name"},
		{target("a", "file://"), 3, "has no path"},
		{target("a", "file:///srv/www") + "gzip = true\n", 3, "gzip needs a store"},
		{target("a", "s3://b") + "exclude = [\"x/[a\"]\n", 4, "unclosed ["},
		{"[deploy]\ntarget = \"nowhere\"\n", 2, "neither the name"},
		{"[[deploy.rules]]\npattern = \"*.{css\"\ncache_control = \"x\"\n", 2, "unclosed {"},
		{"[[deploy.rules]]\npattern = \"*.css\"\n", 2, "sets neither"},
		{"[[deploy.targets]]\nname = \"a\"\nurl = \"s3://b\"\nregion = \"x\"\n", 4, "unknown setting"},
		{"[hosting]\ncname = \"https://x.org/\"\n", 2, "not a domain name"},
		{"[[hosting.header]]\nfor = \"/*\"\nset = [\"X-Frame-Options DENY\"]\n", 3, "not a header"},
		{"[[hosting.header]]\nfor = \"*\"\nset = [\"A: b\"]\n", 2, "not a path"},
		{"[[hosting.redirect]]\nfrom = \"/a\"\nto = \"b\"\n", 3, "neither a path"},
		{"[[hosting.redirect]]\nfrom = \"/a\"\nto = \"/b\"\nstatus = 418\n", 2, "redirect status 418"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.text)
		var e *Error
		if !errors.As(err, &e) || e.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Parse(%q) error = %v, want line %d and %q", tt.text, err, tt.line, tt.msg)
		}
	}
}

func TestLookup(t *testing.T) {
	d := Deploy{Targets: []Target{{Name: "prod", URL: "s3://p"}, {Name: "stage", URL: "gs://s"}}}
	tests := []struct {
		d       Deploy
		name    string
		want    string // the URL
		wantErr string
	}{
		{d, "", "s3://p", ""},
		{d, "stage", "gs://s", ""},
		{Deploy{Target: "stage", Targets: d.Targets}, "", "gs://s", ""},
		{Deploy{Target: "file:///tmp/x"}, "", "file:///tmp/x", ""},
		{d, "azblob://c", "azblob://c", ""},
		{d, "nope", "", `no target named "nope"`},
		{d, "ftp://x", "", "scheme must be"},
		{Deploy{}, "", "", "no target"},
	}
	for _, tt := range tests {
		got, err := tt.d.Lookup(tt.name)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Lookup(%q) error = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got.URL != tt.want {
			t.Errorf("Lookup(%q) = %+v, %v; want URL %s", tt.name, got, err, tt.want)
		}
	}
}

func ExampleGlob() {
	re, _ := Glob("*.[0-9a-f]{8}.{css,js}")
	for _, name := range []string{"style.css", "style.3f2a9c1e.css", "js/app.0123abcd.js"} {
		fmt.Println(name, re.MatchString(name))
	}
	// Output:
	// style.css false
	// style.3f2a9c1e.css true
	// js/app.0123abcd.js true
}
