package config

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Deploy is the [deploy] table: where "briefs deploy" publishes public/ and with which
// headers. Every field is optional.
type Deploy struct {
	// Target is the target deploy uses when --target is not given: the name of one of
	// Targets, or a URL. Empty means the first of Targets.
	Target string `toml:"target"`
	// MaxDeletes is how many remote files one deploy may delete without --force; 0 means 256.
	MaxDeletes int `toml:"max_deletes"`
	// Workers is the number of files uploaded or deleted at once; 0 means 8.
	Workers int `toml:"workers"`
	// Targets are the named destinations, each a [[deploy.targets]] table.
	Targets []Target `toml:"targets"`
	// Rules set the headers of uploaded files by name, each a [[deploy.rules]] table. For each
	// header the first matching rule that sets it wins; the built-in rules apply after these.
	Rules []Rule `toml:"rules"`
}

// A Target is a named place to publish to.
type Target struct {
	// Name is what --target and Deploy.Target call it, e.g. "production".
	Name string `toml:"name"`
	// URL is the bucket URL: s3://bucket?region=…, gs://bucket, azblob://container or
	// file:///path, with the query parameters of gocloud.dev/blob; prefix=folder/ publishes
	// into a folder of the bucket.
	URL string `toml:"url"`
	// Gzip stores text files (HTML, CSS, JavaScript, XML, JSON, SVG) compressed, with
	// Content-Encoding: gzip. Only for stores that serve it as is to browsers, such as S3 or
	// GCS behind a CDN; not for file:// targets.
	Gzip bool `toml:"gzip"`
	// Exclude lists patterns (see Glob) of remote files deploy never uploads, replaces nor
	// deletes, e.g. "downloads/**" for files put in the bucket by other means.
	Exclude []string `toml:"exclude"`
}

// A Rule sets headers on the uploaded files whose paths match Pattern. Empty fields set
// nothing, leaving the header to later rules.
type Rule struct {
	// Pattern is a glob (see Glob), e.g. "*.html" or "images/**".
	Pattern string `toml:"pattern"`
	// CacheControl is the Cache-Control header, e.g. "public, max-age=300".
	CacheControl string `toml:"cache_control"`
	// ContentType replaces the type deploy picks by the file's extension.
	ContentType string `toml:"content_type"`
}

// targetName is what a target's name may look like: it must not look like a URL.
var targetName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// Schemes are the URL schemes of the stores deploy publishes to.
var Schemes = []string{"s3", "gs", "azblob", "file"}

// CheckTargetURL reports whether u is a URL deploy can publish to: one of Schemes, with a
// bucket (or, for file://, a path).
func CheckTargetURL(u string) error {
	p, err := url.Parse(u)
	if err != nil {
		return fmt.Errorf("invalid URL %q", u)
	}
	known := false
	for _, s := range Schemes {
		known = known || p.Scheme == s
	}
	switch {
	case !known:
		return fmt.Errorf("%q: the scheme must be one of s3://, gs://, azblob:// or file://", u)
	case p.Scheme == "file" && p.Path == "":
		return fmt.Errorf("%q has no path (write file:///absolute/path or file://./relative/path)", u)
	case p.Scheme != "file" && p.Host == "":
		return fmt.Errorf("%q has no bucket name", u)
	case p.User != nil:
		return fmt.Errorf("%q holds credentials: give them in the environment instead", redactUser(p))
	}
	return nil
}

// redactUser returns p without its user information.
func redactUser(p *url.URL) string {
	c := *p
	c.User = nil
	return c.String()
}

// check validates the [deploy] table and returns the key of the first bad setting.
func (d *Deploy) check() error {
	if d.MaxDeletes < 0 {
		return &fieldError{"max_deletes", fmt.Errorf("%d is negative", d.MaxDeletes)}
	}
	if d.Workers < 0 || d.Workers > 256 {
		return &fieldError{"workers", fmt.Errorf("%d is out of range 0 to 256", d.Workers)}
	}
	seen := map[string]bool{}
	for _, t := range d.Targets {
		switch {
		case !targetName.MatchString(t.Name):
			return &valueError{"name", t.Name, fmt.Errorf("target name %q: use letters, digits, '.', '_' and '-'", t.Name)}
		case seen[t.Name]:
			return &valueError{"name", t.Name, fmt.Errorf("target %q is defined twice", t.Name)}
		}
		seen[t.Name] = true
		if err := CheckTargetURL(t.URL); err != nil {
			return &valueError{"url", t.URL, fmt.Errorf("target %q: %w", t.Name, err)}
		}
		if t.Gzip && strings.HasPrefix(t.URL, "file:") {
			return &valueError{"url", t.URL, fmt.Errorf("target %q: gzip needs a store that keeps Content-Encoding, which a folder does not", t.Name)}
		}
		for _, g := range t.Exclude {
			if _, err := Glob(g); err != nil {
				return &valueError{"exclude", g, fmt.Errorf("target %q: exclude: %w", t.Name, err)}
			}
		}
	}
	if d.Target != "" && !seen[d.Target] && CheckTargetURL(d.Target) != nil {
		return &fieldError{"target", fmt.Errorf("%q is neither the name of a [[deploy.targets]] nor a target URL", d.Target)}
	}
	for _, r := range d.Rules {
		if _, err := Glob(r.Pattern); err != nil {
			return &valueError{"pattern", r.Pattern, err}
		}
		if r.CacheControl == "" && r.ContentType == "" {
			return &valueError{"pattern", r.Pattern, fmt.Errorf("rule %q sets neither cache_control nor content_type", r.Pattern)}
		}
		if strings.ContainsAny(r.CacheControl+r.ContentType, "\r\n") {
			return &valueError{"pattern", r.Pattern, fmt.Errorf("rule %q: a header value holds a line break", r.Pattern)}
		}
	}
	return nil
}

// Lookup returns the target that name stands for: a target of d by that name, or a target
// with name as its URL when name is a URL. An empty name means d.Target, or else the first
// target.
func (d Deploy) Lookup(name string) (Target, error) {
	if name == "" {
		name = d.Target
	}
	if name == "" {
		if len(d.Targets) == 0 {
			return Target{}, errors.New("no target: give --target URL or add a [[deploy.targets]] table to " + File)
		}
		return d.Targets[0], nil
	}
	for _, t := range d.Targets {
		if t.Name == name {
			return t, nil
		}
	}
	if strings.Contains(name, "://") {
		if err := CheckTargetURL(name); err != nil {
			return Target{}, err
		}
		return Target{URL: name}, nil
	}
	return Target{}, fmt.Errorf("no target named %q in %s", name, File)
}

// A valueError is a bad setting of a table in an array of tables, where the key alone does not
// tell which line is wrong: the line is the one that sets key to value.
type valueError struct {
	key, value string
	err        error
}

func (e *valueError) Error() string { return fmt.Sprintf("%s: %v", e.key, e.err) }
func (e *valueError) Unwrap() error { return e.err }

// valueLine returns the 1-based line of text that sets key to value: the last line that holds
// both, or else the last that holds the value quoted, or else the line keyLine finds. The last
// one, so that a name defined twice is reported where it is repeated.
func valueLine(text, key, value string) int {
	if value == "" {
		return keyLine(text, key)
	}
	quoted := []string{`"` + value + `"`, "'" + value + "'"}
	both, any := 0, 0
	for i, l := range strings.Split(text, "\n") {
		for _, q := range quoted {
			if !strings.Contains(l, q) {
				continue
			}
			any = i + 1
			if rest, ok := strings.CutPrefix(strings.TrimSpace(l), key); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
				both = i + 1
			}
		}
	}
	switch {
	case both > 0:
		return both
	case any > 0:
		return any
	}
	return keyLine(text, key)
}
