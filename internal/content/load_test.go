package content

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"content/b.txt":              {Data: []byte("Headline\nBody text.\n")},
		"content/a.md":               {Data: []byte("---\ntitle: A\nextra: 1\n---\nBody.\n")},
		"content/2025/07/c.html":     {Data: []byte("<html><body><p>C</p></body></html>")},
		"content/2025/broken.md":     {Data: []byte("---\ntitle: x\ndate: someday\n---\nbody\n")},
		"content/empty.txt":          {Data: nil},
		"content/photo.jpg":          {Data: []byte("\xff\xd8\xff")},
		"content/.hidden.md":         {Data: []byte("hidden")},
		"content/.git/config":        {Data: []byte("x")},
		"content/a.md~":              {Data: []byte("backup")},
		"content/.a.md.swp":          {Data: []byte("swap")},
		"content/#a.md#":             {Data: []byte("emacs")},
		"content/drafts/.#d.md":      {Data: []byte("lock")},
		"content/README":             {Data: []byte("Plain notes without extension.\n")},
		"templates/not-content.html": {Data: []byte("<p>")},
	}
	arts, problems := Load(fsys, "content", nil)
	var paths []string
	for _, a := range arts {
		paths = append(paths, a.Path)
	}
	want := "content/2025/07/c.html content/README content/a.md content/b.txt"
	if got := strings.Join(paths, " "); got != want {
		t.Errorf("Load paths = %s\nwant %s", got, want)
	}
	var msgs []string
	ignored := 0
	for _, p := range problems {
		var e *Error
		if !errors.As(p, &e) {
			t.Errorf("problem %v is not an *Error", p)
		}
		if errors.Is(p, ErrIgnored) {
			ignored++
		}
		msgs = append(msgs, p.Error())
	}
	got := strings.Join(msgs, "\n")
	for _, w := range []string{
		"content/photo.jpg: not an article (ignored)",
		`content/2025/broken.md:3: front matter: "date": unrecognised date "someday"`,
		"content/empty.txt: empty file",
		`content/a.md:3: front matter: unknown field "extra" ignored`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("problems lack %q; got:\n%s", w, got)
		}
	}
	if ignored != 1 || len(problems) != 4 {
		t.Errorf("got %d problems (%d ignored), want 4 (1 ignored):\n%s", len(problems), ignored, got)
	}
}

func TestIsScratch(t *testing.T) {
	for name, want := range map[string]bool{
		"a.md~": true, ".a.md.swp": true, "#a.md#": true, ".#a.md": true, "a.bak": true,
		"a.md": false, "notes.txt": false, "a#b.md": false,
	} {
		if got := IsScratch(name); got != want {
			t.Errorf("IsScratch(%q) = %v, want %v", name, got, want)
		}
	}
}

func ExampleParse() {
	a, err := Parse("content/oil.md", []byte("---\ntitle: Oil prices climb\ntags: [energy]\n---\nBrent rose 3%.\n"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format, a.Meta.Title, a.Meta.Tags, a.BodyLine)
	fmt.Printf("%q\n", a.Body)
	// Output:
	// markdown Oil prices climb [energy] 5
	// "Brent rose 3%.\n"
}
