package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// An Error is a problem in the configuration file.
type Error struct {
	Line int // 1-based; 0 when unknown
	Err  error
}

// Error formats the problem as briefs.toml:line: message.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", File, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// tomlLine matches the decoder's type errors, which are not ParseErrors.
var tomlLine = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// Load reads briefs.toml at the root of fsys over the defaults. A missing file is not an
// error: the site gets Default(). An unknown setting, a value of the wrong type or out of
// range is an *Error naming the line.
func Load(fsys fs.FS) (Site, error) {
	data, err := fs.ReadFile(fsys, File)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return Site{}, fmt.Errorf("read %s: %w", File, err)
	}
	return Parse(string(data))
}

// Parse reads a configuration file's text over the defaults.
func Parse(text string) (Site, error) {
	s := Default()
	md, err := toml.Decode(text, &s)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Site{}, &Error{Line: pe.Position.Line, Err: errors.New(pe.Message)}
		}
		if m := tomlLine.FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			return Site{}, &Error{Line: n, Err: fmt.Errorf("%s: %s", m[2], m[3])}
		}
		return Site{}, &Error{Err: err}
	}
	line := func(key string) int { return keyLine(text, key) }
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0].String()
		return Site{}, &Error{Line: line(k), Err: fmt.Errorf("unknown setting %q", k)}
	}
	if err := s.finish(); err != nil {
		var fe *fieldError
		var ve *valueError
		if errors.As(err, &ve) {
			return Site{}, &Error{Line: valueLine(text, ve.key, ve.value), Err: err}
		}
		if errors.As(err, &fe) {
			return Site{}, &Error{Line: line(fe.key), Err: err}
		}
		return Site{}, &Error{Err: err}
	}
	return s, nil
}

type fieldError struct {
	key string
	err error
}

func (e *fieldError) Error() string { return fmt.Sprintf("%s: %v", e.key, e.err) }

// finish checks the settings and derives Location; it normalises BaseURL to end in a slash.
func (s *Site) finish() error {
	if s.Bullets < 3 || s.Bullets > 5 {
		return &fieldError{"bullets", fmt.Errorf("%d is out of range: a brief has 3 to 5 bullets", s.Bullets)}
	}
	if s.PageSize < 1 || s.PageSize > 1000 {
		return &fieldError{"page_size", fmt.Errorf("%d is out of range 1 to 1000", s.PageSize)}
	}
	if s.FeedLength < 1 || s.FeedLength > 1000 {
		return &fieldError{"feed_length", fmt.Errorf("%d is out of range 1 to 1000", s.FeedLength)}
	}
	if strings.TrimSpace(s.Title) == "" {
		return &fieldError{"title", errors.New("must not be empty")}
	}
	if strings.TrimSpace(s.Language) == "" {
		s.Language = "en"
	}
	base, err := NormalizeBaseURL(s.BaseURL)
	if err != nil {
		return &fieldError{"base_url", err}
	}
	s.BaseURL = base
	loc, err := time.LoadLocation(s.TimeZone)
	if err != nil {
		return &fieldError{"time_zone", fmt.Errorf("unknown time zone %q (use an IANA name such as Europe/Berlin)", s.TimeZone)}
	}
	s.Location = loc
	if err := s.Deploy.check(); err != nil {
		return err
	}
	return s.Hosting.check()
}

// NormalizeBaseURL checks that u is an absolute http(s) URL or an absolute path, and returns
// it ending in a slash, without query or fragment.
func NormalizeBaseURL(u string) (string, error) {
	u = strings.TrimSpace(u)
	if u == "" {
		return "/", nil
	}
	p, err := url.Parse(u)
	if err != nil {
		return "", fmt.Errorf("invalid URL %q", u)
	}
	switch {
	case p.Scheme == "" && p.Host == "" && strings.HasPrefix(p.Path, "/"):
	case (p.Scheme == "http" || p.Scheme == "https") && p.Host != "":
	default:
		return "", fmt.Errorf("%q is neither an absolute http(s) URL nor a path starting with /", u)
	}
	if p.RawQuery != "" || p.Fragment != "" {
		return "", fmt.Errorf("%q has a query or fragment", u)
	}
	if !strings.HasSuffix(p.Path, "/") {
		p.Path += "/"
	}
	p.RawPath = ""
	return p.String(), nil
}

// WithBaseURL returns s with its base URL replaced, as the --base-url flag does.
func (s Site) WithBaseURL(u string) (Site, error) {
	base, err := NormalizeBaseURL(u)
	if err != nil {
		return Site{}, fmt.Errorf("base URL: %w", err)
	}
	s.BaseURL = base
	return s, nil
}

// keyLine returns the 1-based line of text on which key is set, or 0. A dotted key of a table
// ("deploy.workers") is looked for under its last name too.
func keyLine(text, key string) int {
	for i, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if rest, ok := strings.CutPrefix(l, key); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return i + 1
		}
	}
	if dot := strings.LastIndexByte(key, '.'); dot >= 0 {
		return keyLine(text, key[dot+1:])
	}
	return 0
}
