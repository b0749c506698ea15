package preview_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"time"

	"github.com/briefs/briefs/internal/preview"
)

// A Server with a fake Build: it serves the site from memory, with the reload script added
// to each page.
func ExampleServer() {
	ln, err := preview.Listen("127.0.0.1:0") // a free port
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := &preview.Server{
		Listener: ln,
		Root:     ".",
		Build: func(ctx context.Context, changed []string) (preview.Site, error) {
			return preview.Site{Files: map[string][]byte{
				"index.html": []byte("<!doctype html><title>News</title><body><h1>News</h1></body>"),
			}}, nil
		},
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx) }()

	var res *http.Response
	for range 100 { // until the first build is served
		if res, err = http.Get(preview.URL(ln)); err == nil && res.StatusCode == http.StatusOK {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Println(res.Header.Get("Content-Type"))
	fmt.Println(regexp.MustCompile(`data-version="[^"]*"`).ReplaceAllString(string(page), `data-version="…"`))

	cancel()
	fmt.Println(<-done)
	// Output:
	// text/html; charset=utf-8
	// <!doctype html><title>News</title><body><h1>News</h1><script src="/_briefs/live.js" data-version="…" defer></script></body>
	// <nil>
}
