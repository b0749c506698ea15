package config

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Glob compiles a file name pattern of the configuration file into a regular expression that
// matches slash-separated paths relative to the site's output root, such as
// "briefs/x/index.html". The syntax is that of shells and .gitignore files:
//
//	pattern   matches
//	*         any run of characters except /
//	**        any run of characters, / included ("**/" also matches no folder at all)
//	?         one character except /
//	[a-f0-9]  one character of the class; [!…] or [^…] one character not in it
//	[…]{8}    the class repeated: [0-9a-f]{8} is eight hex digits
//	{a,b}     a or b; the alternatives may hold patterns but not braces
//	\x        the character x itself
//
// A pattern without a slash matches the last element of a path at any depth ("*.html" matches
// "briefs/x/index.html"); a pattern with one matches the whole path, and a leading slash is
// ignored ("/briefs/*/index.html").
func Glob(pattern string) (*regexp.Regexp, error) {
	if pattern == "" {
		return nil, errors.New("empty pattern")
	}
	p := strings.TrimPrefix(pattern, "/")
	var b strings.Builder
	if strings.Contains(p, "/") {
		b.WriteString("^")
	} else {
		b.WriteString("(?:^|/)")
	}
	if err := globBody(&b, p, false); err != nil {
		return nil, fmt.Errorf("pattern %q: %w", pattern, err)
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", pattern, err)
	}
	return re, nil
}

// globBody translates the pattern p into regular expression syntax on b. inBraces is set
// inside {…}, where a comma separates alternatives.
func globBody(b *strings.Builder, p string, inBraces bool) error {
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch c {
		case '*':
			if i+1 < len(p) && p[i+1] == '*' {
				i++
				if i+1 < len(p) && p[i+1] == '/' {
					i++
					b.WriteString("(?:.*/)?")
				} else {
					b.WriteString(".*")
				}
			} else {
				b.WriteString("[^/]*")
			}
		case '?':
			b.WriteString("[^/]")
		case '\\':
			if i+1 == len(p) {
				return errors.New("trailing backslash")
			}
			i++
			b.WriteString(regexp.QuoteMeta(p[i : i+1]))
		case '[':
			end, err := globClass(b, p[i:])
			if err != nil {
				return err
			}
			i += end
			if n, size, ok := repeat(p[i+1:]); ok {
				fmt.Fprintf(b, "{%d}", n)
				i += size
			}
		case '{':
			if inBraces {
				return errors.New("braces inside braces")
			}
			end := strings.IndexByte(p[i:], '}')
			if end < 0 {
				return errors.New("unclosed {")
			}
			b.WriteString("(?:")
			for j, alt := range strings.Split(p[i+1:i+end], ",") {
				if j > 0 {
					b.WriteString("|")
				}
				if err := globBody(b, alt, true); err != nil {
					return err
				}
			}
			b.WriteString(")")
			i += end
		case '}':
			return errors.New("unopened }")
		default:
			b.WriteString(regexp.QuoteMeta(p[i : i+1]))
		}
	}
	return nil
}

// globClass translates the class that p starts with and returns the index of its closing ].
func globClass(b *strings.Builder, p string) (int, error) {
	i := 1
	b.WriteString("[")
	if i < len(p) && (p[i] == '!' || p[i] == '^') {
		b.WriteString("^/")
		i++
	}
	start := i
	for ; i < len(p); i++ {
		c := p[i]
		switch {
		case c == ']' && i > start:
			b.WriteString("]")
			return i, nil
		case c == '\\' && i+1 < len(p):
			i++
			b.WriteString(regexp.QuoteMeta(p[i : i+1]))
		case c == '[' || c == ']' || c == '^' || c == '\\':
			b.WriteString(`\` + string(c))
		default:
			b.WriteByte(c)
		}
	}
	return 0, errors.New("unclosed [")
}

// repeat reads a repetition count such as "{8}" at the start of p and returns the count and
// the length of its text.
func repeat(p string) (n, size int, ok bool) {
	end := strings.IndexByte(p, '}')
	if !strings.HasPrefix(p, "{") || end < 2 || end > 3 {
		return 0, 0, false
	}
	n, err := strconv.Atoi(p[1:end])
	if err != nil || n < 1 {
		return 0, 0, false
	}
	return n, end + 1, true
}
