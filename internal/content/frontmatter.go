package content

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"github.com/briefs/briefs/internal/dates"
	"gopkg.in/yaml.v2"
)

// fmFormats are the front matter delimiters briefs accepts: YAML between --- lines, TOML
// between +++ lines, JSON between ;;; lines (or ---yaml, ---toml, ---json and a closing ---).
var fmFormats = []*frontmatter.Format{
	frontmatter.NewFormat("---", "---", yaml.Unmarshal),
	frontmatter.NewFormat("---yaml", "---", yaml.Unmarshal),
	frontmatter.NewFormat("+++", "+++", toml.Unmarshal),
	frontmatter.NewFormat("---toml", "---", toml.Unmarshal),
	frontmatter.NewFormat(";;;", ";;;", json.Unmarshal),
	frontmatter.NewFormat("---json", "---", json.Unmarshal),
}

// A fieldError is a problem with one front matter field; its line is found from the key.
type fieldError struct {
	key string
	err error
}

func (e *fieldError) Error() string { return fmt.Sprintf("%q: %v", e.key, e.err) }

// splitFrontMatter lifts the front matter off text. It returns the decoded fields, the body
// and the 1-based line on which the body starts. A file without front matter returns a nil
// map, the whole text and line 1. Errors carry the line of the file they concern.
func splitFrontMatter(text string, zone *time.Location) (Meta, []string, string, int, error) {
	open, delim := openingLine(text)
	if delim == "" {
		return Meta{}, nil, text, 1, nil
	}
	var fields map[string]any
	rest, err := frontmatter.Parse(strings.NewReader(text), &fields, fmFormats...)
	if err != nil {
		return Meta{}, nil, "", 0, &lineError{line: open + errorLine(err), err: fmt.Errorf("front matter: %s", yamlMessage(err))}
	}
	if len(rest) == len(text) {
		return Meta{}, nil, "", 0, &lineError{line: open, err: fmt.Errorf("front matter opened with %q is never closed", delim)}
	}
	head := text[:len(text)-len(rest)]
	bodyLine := strings.Count(head, "\n") + 1
	meta, unknown, err := decodeMeta(fields, zone)
	if err != nil {
		var fe *fieldError
		line := open
		if errors.As(err, &fe) {
			line = keyLine(head, open, fe.key)
		}
		return Meta{}, nil, "", 0, &lineError{line: line, err: fmt.Errorf("front matter: %w", err)}
	}
	return meta, unknown, string(rest), bodyLine, nil
}

// A lineError is an error at a line of the file being parsed.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return e.err.Error() }
func (e *lineError) Unwrap() error { return e.err }

// openingLine returns the 1-based line and text of a front matter opening delimiter when the
// first non-blank line of text is one.
func openingLine(text string) (int, string) {
	line := 1
	for text != "" {
		l, rest, _ := strings.Cut(text, "\n")
		l = strings.TrimSpace(l)
		if l != "" {
			for _, f := range fmFormats {
				if l == f.Start {
					return line, l
				}
			}
			return 0, ""
		}
		text = rest
		line++
	}
	return 0, ""
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// errorLine returns the line, counted from the opening delimiter, that a decoder's error
// points at, or 0 when it names none.
func errorLine(err error) int {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return pe.Position.Line
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return 0
	}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// yamlMessage strips the "yaml: line N: " prefix, since the caller reports the line itself.
func yamlMessage(err error) string {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return pe.Message
	}
	msg := err.Error()
	if m := yamlLine.FindStringIndex(msg); m != nil {
		return msg[m[1]:]
	}
	return strings.TrimPrefix(msg, "yaml: ")
}

// keyLine returns the line of head on which key is set, or open when it cannot be found.
func keyLine(head string, open int, key string) int {
	for i, l := range strings.Split(head, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimPrefix(l, `"`)
		if strings.HasPrefix(l, key) {
			r := strings.TrimLeft(l[len(key):], `" `)
			if strings.HasPrefix(r, ":") || strings.HasPrefix(r, "=") {
				return i + 1
			}
		}
	}
	return open
}

// decodeMeta reads the known fields and returns the names of the unknown ones, sorted.
func decodeMeta(fields map[string]any, zone *time.Location) (Meta, []string, error) {
	var m Meta
	var unknown []string
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := fields[k]
		var err error
		switch strings.ToLower(k) {
		case "title":
			m.Title, err = scalar(v)
		case "date":
			m.Date, err = date(v, zone)
		case "source":
			m.Source, err = scalar(v)
		case "source_url", "sourceurl", "url":
			m.SourceURL, err = scalar(v)
		case "author":
			m.Author, err = scalar(v)
		case "lede":
			m.Lede, err = scalar(v)
		case "slug":
			m.Slug, err = scalar(v)
		case "draft":
			m.Draft, err = boolean(v)
		case "tags":
			m.Tags, err = list(v, true)
		case "bullets":
			m.Bullets, err = list(v, false)
		default:
			unknown = append(unknown, k)
		}
		if err != nil {
			return Meta{}, nil, &fieldError{key: k, err: err}
		}
	}
	return m, unknown, nil
}

func scalar(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return strings.TrimSpace(v), nil
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(v), nil
	}
	return "", fmt.Errorf("want text, got %s", kind(v))
}

func boolean(v any) (bool, error) {
	switch v := v.(type) {
	case nil:
		return false, nil
	case bool:
		return v, nil
	case string:
		if b, err := strconv.ParseBool(strings.TrimSpace(v)); err == nil {
			return b, nil
		}
	}
	return false, fmt.Errorf("want true or false, got %s", kind(v))
}

// list reads a list of strings. A single string is one item, or, for tags, a
// comma-separated list.
func list(v any, commas bool) ([]string, error) {
	var items []string
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		if commas {
			items = strings.Split(v, ",")
		} else {
			items = []string{v}
		}
	case []any:
		for _, e := range v {
			s, err := scalar(e)
			if err != nil {
				return nil, fmt.Errorf("item %d: %w", len(items)+1, err)
			}
			items = append(items, s)
		}
	default:
		return nil, fmt.Errorf("want a list, got %s", kind(v))
	}
	out := items[:0]
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

// date reads a date written as text (YAML and JSON) or as a TOML date. TOML's local dates and
// times, like text without a zone, are read in zone.
func date(v any, zone *time.Location) (time.Time, error) {
	if zone == nil {
		zone = time.UTC
	}
	switch v := v.(type) {
	case nil:
		return time.Time{}, nil
	case time.Time:
		switch v.Location().String() {
		case "date-local", "datetime-local", "time-local":
			return time.Date(v.Year(), v.Month(), v.Day(), v.Hour(), v.Minute(), v.Second(), v.Nanosecond(), zone), nil
		}
		return v, nil
	case string:
		t, err := dates.Parse(v, zone)
		if err != nil {
			return time.Time{}, fmt.Errorf("unrecognised date %q (write it as 2006-01-02 or 2006-01-02T15:04:05Z07:00)", v)
		}
		return t, nil
	case int:
		// A bare year or a compact 20060102 date.
		if t, err := dates.Parse(strconv.Itoa(v), zone); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("want a date, got %s", kind(v))
}

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case string:
		return "text"
	case bool:
		return "a boolean"
	case int, int64, uint64, float64:
		return "a number"
	case []any:
		return "a list"
	case map[string]any, map[any]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}
