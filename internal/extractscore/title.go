package extractscore

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// DeclaredTitle returns the headline a saved page declares for its article, the reference
// that titles found by cleaning are compared with: the "headline" of its JSON-LD, else its
// og:title or twitter:title meta tag, else "". The value is returned as the page has it,
// site name included ("Sweden drops Assange rape investigation - BBC News"), less any bytes
// that are not UTF-8. The page should be UTF-8 already (content.Parse decodes it).
func DeclaredTitle(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	var og, tw, ld string
	inLD := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			// Pages often escape the entities of their meta tags twice ("&amp;raquo;").
			return strings.TrimSpace(html.UnescapeString(strings.ToValidUTF8(firstOf(ld, og, tw), "")))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			switch atom.Lookup(name) {
			case atom.Meta:
				key := strings.ToLower(firstOf(attrs["property"], attrs["name"]))
				switch {
				case key == "og:title" && og == "":
					og = attrs["content"]
				case key == "twitter:title" && tw == "":
					tw = attrs["content"]
				}
			case atom.Script:
				inLD = strings.Contains(strings.ToLower(attrs["type"]), "ld+json")
			}
		case html.TextToken:
			if inLD && ld == "" {
				var v any
				if json.Unmarshal(z.Text(), &v) == nil {
					ld = headline(v, 0)
				}
			}
		case html.EndTagToken:
			inLD = false
		}
	}
}

// headline returns the first "headline" string in a JSON-LD value, depth first.
func headline(v any, depth int) string {
	if depth > 8 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if h, ok := x["headline"].(string); ok && strings.TrimSpace(h) != "" {
			return h
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys) // the same answer on every run
		for _, k := range keys {
			if h := headline(x[k], depth+1); h != "" {
				return h
			}
		}
	case []any:
		for _, e := range x {
			if h := headline(e, depth+1); h != "" {
				return h
			}
		}
	}
	return ""
}

// firstOf returns the first of its arguments that is not blank.
func firstOf(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// SameTitle reports whether two titles name the same headline: their words are the same,
// or are the same once one or both lose parts of at most six words at their start or end
// behind separators such as " | " or " - " (a site's name, a section: "Headline | The
// Outlet" and "Headline" agree, and so do "Headline - Blog - Site" and "Headline - Site").
// Words are compared in NFC, lower-cased, without format characters such as soft hyphens.
// Two empty titles agree; an empty and a non-empty one do not.
func SameTitle(a, b string) bool {
	wa, wb := titleCuts(a), titleCuts(b)
	for _, x := range wa {
		for _, y := range wb {
			if slices.Equal(x, y) {
				return true
			}
		}
	}
	return false
}

// titleSepRE matches the separators between a headline and a site's or section's name.
var titleSepRE = regexp.MustCompile(` (?:[|\-–—·•»›:]|::) `)

// titleCuts returns the words of t and of what is left of it when parts of at most six
// words are cut from its ends at separators.
func titleCuts(t string) [][]string {
	t = norm.NFC.String(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, strings.ToLower(t)))
	starts, ends := []int{0}, []int{}
	for _, l := range titleSepRE.FindAllStringIndex(t, -1) {
		ends = append(ends, l[0])
		starts = append(starts, l[1])
	}
	ends = append(ends, len(t))
	n := len(starts)
	short := func(k int) bool { return len(Tokens(t[starts[k]:ends[k]])) <= 6 }
	var out [][]string
	for lo := 0; lo < n; lo++ {
		if lo > 0 && !short(lo-1) {
			break
		}
		for hi := n; hi > lo; hi-- {
			out = append(out, Tokens(t[starts[lo]:ends[hi-1]]))
			if !short(hi - 1) {
				break
			}
		}
	}
	return out
}
