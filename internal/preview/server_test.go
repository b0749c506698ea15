package preview

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeBuild builds a toy site from root: content/NAME.md becomes NAME/index.html, the home
// page lists the names, static/ is copied, and a file templates/*.bad fails the build.
type fakeBuild struct {
	root string
	mu   sync.Mutex
	got  [][]string // the changed lists Build was called with
}

func (f *fakeBuild) build(ctx context.Context, changed []string) (Site, error) {
	f.mu.Lock()
	f.got = append(f.got, changed)
	f.mu.Unlock()
	if bad, _ := filepath.Glob(filepath.Join(f.root, "templates", "*.bad")); len(bad) > 0 {
		return Site{}, fmt.Errorf("templates/%s:1: broken", filepath.Base(bad[0]))
	}
	files := map[string][]byte{}
	names, _ := filepath.Glob(filepath.Join(f.root, "content", "*.md"))
	home := "<body>"
	for _, n := range names {
		data, _ := os.ReadFile(n)
		slug := strings.TrimSuffix(filepath.Base(n), ".md")
		files[slug+"/index.html"] = []byte("<body>" + string(data) + "</body>")
		home += "<p>" + slug + "</p>"
	}
	files["index.html"] = []byte(home + "</body>")
	statics, _ := filepath.Glob(filepath.Join(f.root, "static", "*"))
	for _, n := range statics {
		files[filepath.Base(n)], _ = os.ReadFile(n)
	}
	return Site{Files: files}, nil // Changed nil: the server compares
}

func (f *fakeBuild) calls() [][]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.got)
}

// startServer runs a Server on a free port over a site in a temporary folder and returns its
// URL, the site root and the fake build. The server stops when the test ends.
func startServer(t *testing.T) (string, string, *fakeBuild) {
	t.Helper()
	root := t.TempDir()
	write("content/a.md", "alpha")(t, root)
	write("static/style.css", "body{}")(t, root)
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fb := &fakeBuild{root: root}
	srv := &Server{
		Listener: ln,
		Root:     root,
		Watch:    []string{filepath.Join(root, "content"), filepath.Join(root, "templates"), filepath.Join(root, "static")},
		Build:    fb.build,
		Logf:     t.Logf,
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after its context was cancelled")
		}
	})
	url := URL(ln)
	waitFor(t, func() bool { return get(t, url+"a/").StatusCode == http.StatusOK })
	return url, root, fb
}

func get(t *testing.T, url string) *http.Response {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}

func body(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !ok(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
	}
}

// stream opens the event stream as the page at path would and returns a func reading its
// next message.
func stream(t *testing.T, url, path string) func() message {
	t.Helper()
	page := body(t, url+strings.TrimPrefix(path, "/"))
	_, v, _ := strings.Cut(page, `data-version="`)
	v, _, _ = strings.Cut(v, `"`)
	res, err := http.Get(url + "_briefs/events?v=" + v + "&page=" + path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("event stream Content-Type %q", ct)
	}
	msgs := make(chan message, 16)
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var m message
				if err := json.Unmarshal([]byte(data), &m); err != nil {
					t.Errorf("bad message %q: %v", data, err)
				}
				msgs <- m
			}
		}
		close(msgs)
	}()
	return func() message {
		t.Helper()
		select {
		case m := <-msgs:
			return m
		case <-time.After(5 * time.Second):
			t.Fatal("no message on the event stream")
			return message{}
		}
	}
}

func TestServer(t *testing.T) {
	t.Parallel()
	url, root, fb := startServer(t)
	brief, home := stream(t, url, "/a/"), stream(t, url, "/")
	if m := brief(); m.Action != "" || m.Error != "" {
		t.Errorf("first message of an up-to-date page: %+v", m)
	}
	home()

	write("content/a.md", "alpha edited")(t, root)
	if m := brief(); m.Action != "reload" {
		t.Errorf("after editing its article the brief got %+v, want reload", m)
	}
	if m := home(); m.Action != "" {
		t.Errorf("after editing another page the home page got %+v, want nothing", m)
	}
	if got := body(t, url+"a/"); !strings.Contains(got, "alpha edited") {
		t.Errorf("the brief serves %q after the edit", got)
	}
	if calls := fb.calls(); !slices.Equal(calls[len(calls)-1], []string{"content/a.md"}) {
		t.Errorf("Build calls %q, want the last with [content/a.md]", calls)
	}

	write("content/b.md", "beta")(t, root)
	if m := home(); m.Action != "reload" {
		t.Errorf("after a new article the home page got %+v, want reload", m)
	}
	if m := brief(); m.Action != "" {
		t.Errorf("after a new article the brief got %+v, want nothing", m)
	}

	write("static/style.css", "body{color:red}")(t, root)
	for _, next := range []func() message{brief, home} {
		if m := next(); m.Action != "css" {
			t.Errorf("after a style change a page got %+v, want css", m)
		}
	}

	write("templates/page.bad", "{{")(t, root)
	for _, next := range []func() message{brief, home} {
		if m := next(); m.Error != "templates/page.bad:1: broken" || m.Action != "" {
			t.Errorf("after breaking a template a page got %+v", m)
		}
	}
	if got := body(t, url+"a/"); !strings.Contains(got, "alpha edited") {
		t.Errorf("during a failed build the brief serves %q, want the last good build", got)
	}
	remove("templates/page.bad")(t, root)
	for _, next := range []func() message{brief, home} {
		if m := next(); m.Error != "" {
			t.Errorf("after fixing the template a page got %+v, want no error", m)
		}
	}
}

func TestListenPortTaken(t *testing.T) {
	t.Parallel()
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, err = Listen(ln.Addr().String())
	if err == nil || !strings.Contains(err.Error(), "already in use") || !strings.Contains(err.Error(), ln.Addr().String()) {
		t.Errorf("Listen on a taken port: %v, want an error naming the address and saying it is in use", err)
	}
}

// TestRunStops checks that Run returns promptly when cancelled, with a page still listening
// and a build still running.
func TestRunStops(t *testing.T) {
	t.Parallel()
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	building := make(chan struct{})
	srv := &Server{Listener: ln, Root: root, Watch: []string{filepath.Join(root, "content")},
		Build: func(ctx context.Context, changed []string) (Site, error) {
			if changed != nil { // a rebuild: block until cancelled
				close(building)
				<-ctx.Done()
				return Site{}, ctx.Err()
			}
			return Site{Files: map[string][]byte{"index.html": []byte("<body>home")}}, nil
		}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	url := URL(ln)
	waitFor(t, func() bool { return get(t, url).StatusCode == http.StatusOK })
	next := stream(t, url, "/")
	next()
	write("content/x.md", "x")(t, root)
	<-building
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Run took %v to stop", d) // it should be immediate; 3 s allows a loaded machine
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the server still answers after Run returned")
	}
}

func TestRunNeedsBuild(t *testing.T) {
	t.Parallel()
	err := (&Server{}).Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "Build") {
		t.Errorf("Run without Build = %v", err)
	}
}
