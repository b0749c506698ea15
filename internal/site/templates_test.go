package site

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSiteTemplateOverridesTheme(t *testing.T) {
	t.Parallel()
	local := fstest.MapFS{
		"templates/404.html":    {Data: []byte(`{{define "main"}}<h1>Lost? {{.Title}}</h1>{{end}}`)},
		"templates/_entry.html": {Data: []byte(`{{define "_entry.html"}}<p class="mine">{{.Title}}</p>{{end}}`)},
		"templates/topics.html": {Data: []byte("<!doctype html><title>{{.Title}}</title><p>{{len .Topics}} topics</p>\n")},
	}
	files, _ := render(t, testConfig("/"), local, Options{}, fixture())
	if page := string(files["404.html"]); !strings.Contains(page, "<h1>Lost? Page not found</h1>") || !strings.Contains(page, `<header class="site">`) {
		t.Errorf("404.html does not use the site's main inside the theme's layout:\n%s", page)
	}
	if page := string(files["index.html"]); !strings.Contains(page, `<p class="mine">Zelensky secures`) {
		t.Errorf("index.html does not use the site's _entry.html partial")
	}
	if got, want := string(files["topics/index.html"]), "<!doctype html><title>Topics</title><p>3 topics</p>\n"; got != want {
		t.Errorf("a page template with content of its own is the whole page: got\n%s\nwant\n%s", got, want)
	}
	if page := string(files["briefs/hostile/index.html"]); !strings.Contains(page, `<h1>`) {
		t.Errorf("brief page lost the theme's template")
	}
}

func TestTemplateErrorsNameFileAndLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		theme      fs.FS
		local      fstest.MapFS
		want       string
		path, line string
	}{
		{
			name:  "site syntax error",
			local: fstest.MapFS{"templates/brief.html": {Data: []byte("{{define \"main\"}}\n<h1>{{.Title}}</h1>\n{{if .Brief}}\n{{end}}")}},
			want:  "templates/brief.html:4: unexpected EOF",
		},
		{
			name:  "site partial with an unknown function",
			local: fstest.MapFS{"templates/_x.html": {Data: []byte("\n\n{{nope .}}")}},
			want:  `templates/_x.html:3: function "nope" not defined`,
		},
		{
			name:  "theme syntax error",
			theme: fstest.MapFS{"templates/layout.html": {Data: []byte("<html>\n{{block \"main\" .}}")}},
			want:  "theme:templates/layout.html:2: unexpected EOF",
		},
		{
			name:  "unknown page template",
			local: fstest.MapFS{"templates/breif.html": {Data: []byte(`{{define "main"}}{{end}}`)}},
			want:  "templates/breif.html: unknown template",
		},
		{
			name:  "no layout",
			theme: fstest.MapFS{"templates/brief.html": {Data: []byte(`x`)}},
			want:  "templates/layout.html: missing",
		},
		{
			name:  "no page template",
			theme: fstest.MapFS{"templates/layout.html": {Data: []byte(`x`)}},
			want:  "templates/index.html: missing",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			th := tt.theme
			if th == nil {
				th = theme(t)
			}
			var local fs.FS
			if tt.local != nil {
				local = tt.local
			}
			_, err := New(testConfig("/"), th, local, Options{})
			var te *Error
			if err == nil || !errors.As(err, &te) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("New = %v, want an *Error starting %q", err, tt.want)
			}
		})
	}
}

func TestTemplateExecutionErrorFailsRender(t *testing.T) {
	t.Parallel()
	local := fstest.MapFS{"templates/brief.html": {Data: []byte(`{{define "main"}}{{.Nope}}{{end}}`)}}
	s, err := New(testConfig("/"), theme(t), local, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Render(context.Background(), fixture(), func(string, []byte) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "templates/brief.html:1:") || !strings.Contains(err.Error(), "Nope") {
		t.Errorf("Render = %v, want an error naming templates/brief.html, its line and the missing field", err)
	}
}

func TestEmptyThemeDirectoriesAndNilLocal(t *testing.T) {
	t.Parallel()
	// A site without templates/ or static/ of its own renders with the theme.
	for _, local := range []fs.FS{nil, fstest.MapFS{}, fstest.MapFS{"static": {Data: []byte("a file")}}} {
		files, _ := render(t, testConfig("/"), local, Options{}, nil)
		if _, ok := files["index.html"]; !ok {
			t.Errorf("local %v: no index.html", local)
		}
		if _, ok := files["style.css"]; !ok {
			t.Errorf("local %v: no style.css", local)
		}
	}
}
