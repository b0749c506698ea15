package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// briefs runs the command line in-process and returns its output and exit status.
func cli(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

// repoRoot is the example site: the repository itself.
const repoRoot = "../.."

// seedJunk are the boilerplate strings of the seed article that must not reach the site.
var seedJunk = []string{
	"Also Read", "Amazon quick commerce", "hockey stick", "Legal Disclaimer", "without warranty of any kind",
	"Most popular stories", "Market Research", "Neo Pepe", "Presale", "Unicorn In Web3", "CommentsNo comment",
	"No comment",
}

func buildExample(t *testing.T, extra ...string) string {
	t.Helper()
	tmp := t.TempDir()
	dest := filepath.Join(tmp, "public")
	args := append([]string{"build", "-s", repoRoot, "-d", dest, "--cache-dir", filepath.Join(tmp, "cache")}, extra...)
	out, errs, code := cli(t, "", args...)
	if code != 0 {
		t.Fatalf("briefs %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	if !strings.Contains(out, "built ") || !strings.Contains(out, " in ") {
		t.Errorf("build output lacks the summary line: %q", out)
	}
	return dest
}

func TestBuildExampleSite(t *testing.T) {
	t.Parallel()
	dest := buildExample(t)
	for _, f := range []string{"index.html", "404.html", "feed.xml", "atom.xml", "feed.json", "sitemap.xml",
		"robots.txt", "topics/index.html", "archive/index.html"} {
		if _, err := os.Stat(filepath.Join(dest, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	articles, _ := filepath.Glob(filepath.Join(repoRoot, "content", "*", "*", "*"))
	pages, _ := filepath.Glob(filepath.Join(dest, "briefs", "*", "index.html"))
	if len(pages) != len(articles) || len(pages) < 9 {
		t.Errorf("%d brief pages for %d articles", len(pages), len(articles))
	}

	checkLinks(t, dest, "/")
	checkFeeds(t, dest)

	// None of the seed's junk appears anywhere in the output.
	err := filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, j := range seedJunk {
			if bytes.Contains(data, []byte(j)) {
				t.Errorf("%s contains the seed's junk %q", p, j)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// The seed's brief has at least three bullets, and uses its "Key developments" list.
	seed := findPage(t, dest, "Lavrov")
	bullets := bulletsOf(t, seed)
	if len(bullets) < 3 {
		t.Errorf("seed brief has %d bullets, want >= 3: %q", len(bullets), bullets)
	}
	if !strings.Contains(strings.Join(bullets, "\n"), "Russia proposed undisclosed new ideas") {
		t.Errorf("seed brief does not use its key developments list: %q", bullets)
	}
}

func TestBuildDeterministic(t *testing.T) {
	t.Parallel()
	a := buildExample(t)
	b := buildExample(t)
	ta, tb := tree(t, a), tree(t, b)
	if len(ta) != len(tb) {
		t.Fatalf("builds differ in file count: %d and %d", len(ta), len(tb))
	}
	for name, data := range ta {
		if !bytes.Equal(data, tb[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

func TestBuildBaseURLSubPath(t *testing.T) {
	t.Parallel()
	dest := buildExample(t, "--base-url", "https://user.github.io/proj/")
	checkLinks(t, dest, "/proj/")
	sm, err := os.ReadFile(filepath.Join(dest, "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(sm, []byte("<loc>https://user.github.io/proj/")) {
		t.Errorf("sitemap does not use the base URL:\n%.400s", sm)
	}
	idx, _ := os.ReadFile(filepath.Join(dest, "index.html"))
	if !bytes.Contains(idx, []byte(`https://user.github.io/proj/`)) {
		t.Errorf("home page has no canonical link under the base URL")
	}
}

// tree reads every file under dir, keyed by slash path.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// checkLinks parses every HTML page under dir and checks that each internal href and src
// resolves to a file of the site.
//
// The 404 page is served at any missing URL, so its links are root-relative under the base
// path instead; base is that path, e.g. "/proj/".
func checkLinks(t *testing.T, dir, base string) {
	t.Helper()
	files := tree(t, dir)
	checked := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			for _, a := range n.Attr {
				if a.Key != "href" && a.Key != "src" {
					continue
				}
				if n.Data == "link" && hasAttr(n, "rel", "canonical") {
					continue
				}
				u, err := url.Parse(a.Val)
				if err != nil {
					t.Errorf("%s: bad URL %q", name, a.Val)
					continue
				}
				if u.Scheme != "" || u.Host != "" || u.Path == "" && u.Fragment != "" {
					continue // external, or a fragment of this page
				}
				target := path.Join(path.Dir(name), u.Path)
				if strings.HasPrefix(u.Path, "/") {
					rest, ok := strings.CutPrefix(u.Path, base)
					if name != "404.html" || !ok {
						t.Errorf("%s: root-relative link %q breaks under a sub-path", name, a.Val)
						continue
					}
					target = path.Join(".", rest)
				}
				if strings.HasSuffix(u.Path, "/") || u.Path == "." || u.Path == ".." {
					target = path.Join(target, "index.html")
				}
				if _, ok := files[target]; !ok {
					t.Errorf("%s: link %q points to missing %s", name, a.Val, target)
				}
				checked++
			}
		}
	}
	if checked < 50 {
		t.Errorf("checked only %d links", checked)
	}
}

func hasAttr(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key && strings.Contains(" "+a.Val+" ", " "+val+" ") {
			return true
		}
	}
	return false
}

func checkFeeds(t *testing.T, dir string) {
	t.Helper()
	for _, f := range []string{"feed.xml", "atom.xml", "sitemap.xml"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Error(err)
			continue
		}
		var v struct {
			XMLName xml.Name
			Items   []struct{} `xml:"channel>item"`
			Entries []struct{} `xml:"entry"`
			URLs    []struct{} `xml:"url"`
		}
		if err := xml.Unmarshal(data, &v); err != nil {
			t.Errorf("%s does not parse: %v", f, err)
			continue
		}
		if n := len(v.Items) + len(v.Entries) + len(v.URLs); n < 9 {
			t.Errorf("%s has %d entries", f, n)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "feed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var jf struct {
		Version string `json:"version"`
		Items   []struct {
			ID  string `json:"id"`
			URL string `json:"url"`
		} `json:"items"`
	}
	if err := json.Unmarshal(data, &jf); err != nil || !strings.Contains(jf.Version, "jsonfeed.org/version/1.1") || len(jf.Items) < 9 {
		t.Errorf("feed.json: %v, version %q, %d items", err, jf.Version, len(jf.Items))
	}
}

// findPage returns the brief page under dir whose h1 contains s.
func findPage(t *testing.T, dir, s string) *html.Node {
	t.Helper()
	pages, _ := filepath.Glob(filepath.Join(dir, "briefs", "*", "index.html"))
	for _, p := range pages {
		data, _ := os.ReadFile(p)
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "h1" && strings.Contains(textOf(n), s) {
				return doc
			}
		}
	}
	t.Fatalf("no brief page mentions %q", s)
	return nil
}

// bulletsOf returns the texts of the list items in the page's element of class "bullets".
func bulletsOf(t *testing.T, doc *html.Node) []string {
	t.Helper()
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && hasAttr(n, "class", "bullets") {
			var items []string
			for li := range n.Descendants() {
				if li.Type == html.ElementNode && li.Data == "li" {
					items = append(items, strings.TrimSpace(textOf(li)))
				}
			}
			return items
		}
	}
	t.Fatal(`no element of class "bullets" in the page`)
	return nil
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
