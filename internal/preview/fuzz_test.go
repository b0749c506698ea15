package preview

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzLookup checks that a request path, whatever it is, finds a file of the site or
// nothing, and redirects only within the server.
func FuzzLookup(f *testing.F) {
	for _, p := range []string{"/", "/briefs/x", "/briefs/x/", "/../etc/passwd", "//evil.example/", "/\\evil", "/style.css/", "/img/../img/photo.png", "\x00"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		name, redirect := lookup(testSite, p)
		if name != "" {
			if _, ok := testSite[name]; !ok {
				t.Errorf("lookup(%q) = %q, not a file of the site", p, name)
			}
		}
		if redirect != "" && (name != "" || !strings.HasPrefix(redirect, "/") || strings.HasPrefix(redirect, "//") || strings.HasPrefix(redirect, "/\\")) {
			t.Errorf("lookup(%q) redirects to %q", p, redirect)
		}
	})
}

// FuzzInject checks that injecting the script adds exactly the tag and changes nothing else.
func FuzzInject(f *testing.F) {
	for _, p := range []string{"<body></body>", "<BODY>x</Body >", "", "</body", "<p>no end"} {
		f.Add([]byte(p))
	}
	const tag = `<script src="/_briefs/live.js" data-version="v.1" defer></script>`
	f.Fuzz(func(t *testing.T, page []byte) {
		out := inject(page, "v.1")
		i := bytes.Index(out, []byte(tag))
		if i < 0 || len(out) != len(page)+len(tag) {
			t.Fatalf("inject(%q) = %q", page, out)
		}
		if rest := append(out[:i:i], out[i+len(tag):]...); !bytes.Equal(rest, page) {
			t.Errorf("inject(%q) changed the page: %q", page, out)
		}
	})
}
