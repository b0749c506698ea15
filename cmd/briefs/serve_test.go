package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer that the server's goroutines and the test can share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serving runs "briefs serve" with args in the background until the test ends, and returns
// the URL it serves at, once the first build is done, and its output.
func serving(t testing.TB, args ...string) (url string, stdout, stderr *syncBuffer) {
	t.Helper()
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), stdout, stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("briefs serve: %v\n%s", err, stderr)
			}
		case <-time.After(10 * time.Second):
			t.Error("briefs serve did not stop when cancelled")
		}
	})
	at := regexp.MustCompile(` at (http://\S+/) `)
	deadline := time.Now().Add(5 * time.Minute) // the first build of a large site takes a while
	for {
		if m := at.FindStringSubmatch(stdout.String()); m != nil && strings.Contains(stdout.String(), "built ") {
			return m[1], stdout, stderr
		}
		select {
		case err := <-done:
			done <- err
			t.Fatalf("briefs serve stopped: %v\n%s%s", err, stdout, stderr)
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("briefs serve did not build in time\n%s%s", stdout, stderr)
		}
	}
}

func fetch(t testing.TB, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(b)
}

func TestServe(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{"content/park.md": goodArticle})
	url, stdout, _ := serving(t, "-s", root)
	code, home := fetch(t, url)
	if code != http.StatusOK || !strings.Contains(home, "riverside park") || !strings.Contains(home, "/_briefs/live.js") {
		t.Fatalf("GET %s: %d %.300q", url, code, home)
	}
	if !strings.Contains(home, `href=`+url) && !strings.Contains(home, `href="`+url) {
		t.Errorf("the home page's links do not use the preview's own address %s: %.600q", url, home)
	}
	brief := regexp.MustCompile(`href="?(briefs/[^" >]+)`).FindStringSubmatch(home)
	if brief == nil {
		t.Fatalf("no brief linked from the home page: %.600q", home)
	}
	edited := strings.Replace(goodArticle, "voted 7-2", "voted 8-1", 1)
	if err := os.WriteFile(filepath.Join(root, "content", "park.md"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, page := fetch(t, url+brief[1]); strings.Contains(page, "8-1") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the brief did not change after its article was edited\n%s", stdout)
		}
	}
	if !strings.Contains(stdout.String(), "content/park.md: ") {
		t.Errorf("the terminal does not say which file was rebuilt:\n%s", stdout)
	}
	if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
		t.Error("briefs serve wrote public/")
	}
}

func TestServeErrors(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	site := writeSite(t, map[string]string{"content/park.md": goodArticle})
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "-s", site, "--addr", ln.Addr().String()}, 1, "already in use"},
		{[]string{"serve", "-s", t.TempDir(), "--addr", "127.0.0.1:0"}, 1, "no content/ folder"},
		{[]string{"serve", "-s", site, "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"help", "serve"}, 0, "usage: briefs serve [-s SITE] [--addr 127.0.0.1:1313] [--open] [--drafts]"},
	}
	for _, tt := range tests {
		out, errs, code := cli(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("briefs %s: exit %d, output %q; want exit %d and %q", strings.Join(tt.args, " "), code, out+errs, tt.code, tt.want)
		}
	}
}
