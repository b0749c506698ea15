package site

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"
	"time"
)

// kinds are the page kinds, each rendered by the template file of the same name plus ".html".
var kinds = []string{"index", "brief", "topics", "topic", "archive", "day", "404"}

// layout is the shared page skeleton every page kind fills in.
const layout = "layout.html"

// An Error is a problem in a template file.
type Error struct {
	// Path names the file: relative to the site root (templates/brief.html) for the site's own
	// templates and prefixed by "theme:" (theme:templates/brief.html) for the theme's.
	Path string
	Line int // 1-based; 0 when unknown
	Err  error
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// A source is one template file.
type source struct {
	name  string // file name, e.g. brief.html; also its template name
	label string // what errors call it, e.g. theme:templates/brief.html
	text  string
}

// readTemplates returns the templates/*.html files of fsys, sorted by name, labelled with
// prefix. A file system without templates/ has none.
func readTemplates(fsys fs.FS, prefix string) ([]source, error) {
	if fsys == nil {
		return nil, nil
	}
	entries, err := fs.ReadDir(fsys, "templates")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%stemplates: %w", prefix, err)
	}
	var srcs []source
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".html" {
			continue
		}
		p := "templates/" + e.Name()
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("%s%s: %w", prefix, p, err)
		}
		srcs = append(srcs, source{name: e.Name(), label: prefix + p, text: string(b)})
	}
	return srcs, nil
}

// parseTemplates parses the theme's templates overlaid by the site's and returns one template
// set per page kind: a Clone of layout.html and the partials (files starting with "_") with
// the kind's own file added.
//
// It also returns a digest of the template sources, which changes whenever any of them does,
// and the label of each template file by name, for errors.
func parseTemplates(theme, local fs.FS, funcs template.FuncMap) (map[string]*template.Template, uint64, map[string]string, error) {
	themeSrcs, err := readTemplates(theme, "theme:")
	if err != nil {
		return nil, 0, nil, err
	}
	localSrcs, err := readTemplates(local, "")
	if err != nil {
		return nil, 0, nil, err
	}
	byName := map[string]source{}
	for _, s := range append(themeSrcs, localSrcs...) {
		byName[s.name] = s // the site's file replaces the theme's
	}
	names := make([]string, 0, len(byName))
	for name := range byName {
		names = append(names, name)
	}
	slices.Sort(names)
	digest := fnv.New64a()
	for _, name := range names {
		fmt.Fprintf(digest, "%s\x00%d\x00%s", byName[name].label, len(byName[name].text), byName[name].text)
	}

	shared := template.New("briefs").Option("missingkey=error").Funcs(funcs)
	if _, ok := byName[layout]; !ok {
		return nil, 0, nil, &Error{Path: "templates/" + layout, Err: errors.New("missing: the theme and the site have no layout")}
	}
	for _, name := range names {
		src := byName[name]
		switch {
		case name == layout || strings.HasPrefix(name, "_"):
			if err := parseInto(shared, src); err != nil {
				return nil, 0, nil, err
			}
		case !slices.Contains(kinds, strings.TrimSuffix(name, ".html")):
			return nil, 0, nil, &Error{Path: src.label, Err: fmt.Errorf("unknown template: page templates are %s.html; partials start with \"_\"", strings.Join(kinds, ".html, "))}
		}
	}
	sets := make(map[string]*template.Template, len(kinds))
	for _, kind := range kinds {
		src, ok := byName[kind+".html"]
		if !ok {
			return nil, 0, nil, &Error{Path: "templates/" + kind + ".html", Err: errors.New("missing: the theme and the site have no such template")}
		}
		t, err := shared.Clone()
		if err != nil {
			return nil, 0, nil, fmt.Errorf("clone templates: %w", err)
		}
		if err := parseInto(t, src); err != nil {
			return nil, 0, nil, err
		}
		sets[kind] = t
	}
	labels := make(map[string]string, len(byName))
	for name, src := range byName {
		labels[name] = src.label
	}
	return sets, digest.Sum64(), labels, nil
}

// parseInto parses src into the set t as the template src.name, and turns a syntax error into
// an *Error naming the file and line.
func parseInto(t *template.Template, src source) error {
	_, err := t.New(src.name).Parse(src.text)
	if err == nil {
		return nil
	}
	msg := strings.TrimPrefix(err.Error(), "template: ")
	if rest, ok := strings.CutPrefix(msg, src.name+":"); ok {
		digits, after, _ := strings.Cut(rest, ":")
		if n, err := strconv.Atoi(digits); err == nil {
			return &Error{Path: src.label, Line: n, Err: errors.New(strings.TrimSpace(after))}
		}
		msg = rest
	}
	return &Error{Path: src.label, Err: errors.New(msg)}
}

// startTemplate returns the name of the template that renders a page of the set t whose own file is
// name: layout.html, unless the file has content outside its {{define}}s and so is a
// complete page of its own.
func startTemplate(t *template.Template, name string) string {
	own := t.Lookup(name)
	if own == nil || own.Tree == nil || own.Tree.Root == nil {
		return layout
	}
	for _, n := range own.Tree.Root.Nodes {
		text, ok := n.(*parse.TextNode)
		if !ok || len(bytes.TrimSpace(text.Text)) != 0 {
			return name
		}
	}
	return layout
}

// funcMap returns the template functions, which show dates in loc.
func funcMap(loc *time.Location) template.FuncMap {
	return template.FuncMap{
		// date formats a time as "10 July 2025".
		"date": func(t time.Time) string { return t.In(loc).Format("2 January 2006") },
		// datetime formats a time for a datetime attribute, e.g. "2025-07-10T09:30:00+02:00".
		"datetime": func(t time.Time) string { return t.In(loc).Format(time.RFC3339) },
		// plural returns one when n is 1 and many otherwise, after n: {{plural 3 "brief" "briefs"}}
		// is "3 briefs".
		"plural": plural,
	}
}

// plural is the plural template function: plural(3, "brief", "briefs") is "3 briefs".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
