package publish

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/briefs/briefs/internal/config"
)

func TestHeadersFor(t *testing.T) {
	site := []config.Rule{
		{Pattern: "images/**", CacheControl: "public, max-age=86400"},
		{Pattern: "feed.json", ContentType: "application/feed+json"},
		{Pattern: "*.html", CacheControl: "no-cache"},
	}
	tests := []struct {
		rules []config.Rule
		key   string
		head  string
		gzip  bool
		want  Headers
	}{
		{nil, "index.html", "<!doctype html>", false, Headers{"text/html; charset=utf-8", Short, ""}},
		{nil, "briefs/x/index.html", "", true, Headers{"text/html; charset=utf-8", Short, "gzip"}},
		{nil, "style.3f2a9c1e.css", "", true, Headers{"text/css; charset=utf-8", Immutable, "gzip"}},
		{nil, "js/app.0123abcd.js", "", false, Headers{"text/javascript; charset=utf-8", Immutable, ""}},
		{nil, "style.css", "", false, Headers{"text/css; charset=utf-8", Medium, ""}},
		{nil, "style.3F2A9C1E.css", "", false, Headers{"text/css; charset=utf-8", Medium, ""}},
		{nil, "feed.xml", "<?xml", true, Headers{"application/xml; charset=utf-8", Short, "gzip"}},
		{nil, "feed.json", "{}", false, Headers{"application/json", Short, ""}},
		{nil, "robots.txt", "", false, Headers{"text/plain; charset=utf-8", Short, ""}},
		{nil, "favicon.svg", "<svg", true, Headers{"image/svg+xml", Medium, "gzip"}},
		{nil, "images/a.png", "\x89PNG\r\n\x1a\n", true, Headers{"image/png", Medium, ""}},
		{nil, "CNAME", "news.example.org\n", false, Headers{"text/plain; charset=utf-8", Medium, ""}},
		{nil, "_headers", "/*\n  X-A: b\n", true, Headers{"text/plain; charset=utf-8", Medium, "gzip"}},
		{site, "images/a.png", "", false, Headers{"image/png", "public, max-age=86400", ""}},
		{site, "feed.json", "{}", false, Headers{"application/feed+json", Short, ""}},
		{site, "a/index.html", "", false, Headers{"text/html; charset=utf-8", "no-cache", ""}},
	}
	for _, tt := range tests {
		rules, err := compileRules(tt.rules)
		if err != nil {
			t.Fatal(err)
		}
		if got := headersFor(rules, tt.key, []byte(tt.head), tt.gzip); got != tt.want {
			t.Errorf("headersFor(%q, gzip %v) = %+v, want %+v", tt.key, tt.gzip, got, tt.want)
		}
	}
}

func TestTier(t *testing.T) {
	for key, want := range map[string]int{
		"style.3f2a9c1e.css": 0, "favicon.svg": 0, "images/a.png": 0, "CNAME": 0,
		"index.html": 1, "briefs/x/index.html": 1, "404.html": 1,
		"feed.xml": 2, "sitemap.xml": 2, "feed.json": 2, "robots.txt": 2,
	} {
		if got := tier(key); got != want {
			t.Errorf("tier(%q) = %d, want %d", key, got, want)
		}
	}
}

func TestWhy(t *testing.T) {
	sum := md5.Sum([]byte("new"))
	old := md5.Sum([]byte("old"))
	etag := md5.Sum([]byte("an S3 ETag that is not an MD5"))
	hexOf := func(b [16]byte) string { return hex.EncodeToString(b[:]) }
	h := Headers{ContentType: "text/html; charset=utf-8", CacheControl: Short}
	f := &file{key: "index.html", size: 3, md5: sum[:], headers: h}
	e := entry{MD5: hexOf(sum), Size: 3, Remote: hexOf(sum), Headers: h}
	stale := entry{MD5: hexOf(old), Size: 3, Remote: hexOf(old), Headers: h}
	other := e
	other.CacheControl = Immutable
	kms := e
	kms.Remote = hexOf(etag)
	kmsOther := kms
	kmsOther.CacheControl = Immutable
	folder := e
	folder.Remote = ""
	folderStale := stale
	folderStale.Remote = ""
	folderOther := other
	folderOther.Remote = ""
	tests := []struct {
		name string
		o    object
		ok   bool
		e    entry
		has  bool
		want string
	}{
		{"missing remotely", object{}, false, e, true, whyNew},
		{"size differs", object{size: 4, md5: sum[:]}, true, e, true, whyChanged},
		{"listed MD5 equal, no manifest", object{size: 3, md5: sum[:]}, true, entry{}, false, ""},
		{"listed MD5 equal, manifest agrees", object{size: 3, md5: sum[:]}, true, e, true, ""},
		{"listed MD5 differs, manifest says same", object{size: 3, md5: old[:]}, true, e, true, whyChanged},
		{"listed MD5 equal, stale manifest", object{size: 3, md5: sum[:]}, true, stale, true, ""},
		{"headers changed", object{size: 3, md5: sum[:]}, true, other, true, whyHeaders},
		{"ETag not an MD5, manifest agrees", object{size: 3, md5: etag[:]}, true, kms, true, ""},
		{"ETag not an MD5, headers changed", object{size: 3, md5: etag[:]}, true, kmsOther, true, whyHeaders},
		{"ETag not an MD5, replaced by another tool", object{size: 3, md5: old[:]}, true, kms, true, whyChanged},
		{"ETag not an MD5, no manifest", object{size: 3, md5: etag[:]}, true, entry{}, false, whyChanged},
		{"no listed MD5, manifest agrees", object{size: 3}, true, folder, true, ""},
		{"no listed MD5, manifest differs", object{size: 3}, true, folderStale, true, whyChanged},
		{"no listed MD5, no manifest", object{size: 3}, true, entry{}, false, whyChanged},
		{"no listed MD5, headers changed", object{size: 3}, true, folderOther, true, whyHeaders},
		{"no listed MD5 where there was one", object{size: 3}, true, e, true, whyChanged},
	}
	for _, tt := range tests {
		if got := why(f, tt.o, tt.ok, tt.e, tt.has); got != tt.want {
			t.Errorf("%s: why = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFolderURL(t *testing.T) {
	for in, want := range map[string]string{
		"file:///srv/www":                                         "file:///srv/www?create_dir=1&metadata=skip&no_tmp_dir=1",
		"file:///srv/www?metadata=":                               "file:///srv/www?create_dir=1&metadata=&no_tmp_dir=1",
		"file://./out?prefix=news/":                               "file://./out?create_dir=1&metadata=skip&no_tmp_dir=1&prefix=news%2F",
		"file:///srv/www?create_dir=&x=1":                         "file:///srv/www?create_dir=&metadata=skip&no_tmp_dir=1&x=1",
		"file:///srv/www?no_tmp_dir=1&metadata=skip&create_dir=1": "file:///srv/www?create_dir=1&metadata=skip&no_tmp_dir=1",
	} {
		u, err := url.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := folderURL(u).String(); got != want {
			t.Errorf("folderURL(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestEach(t *testing.T) {
	items := make([]int, 100)
	for i := range items {
		items[i] = i
	}
	var n atomic.Int64
	if err := each(context.Background(), 4, items, func(_ context.Context, i int) error {
		n.Add(int64(i))
		return nil
	}); err != nil || n.Load() != 4950 {
		t.Errorf("each: sum %d, err %v; want 4950, nil", n.Load(), err)
	}

	boom := errors.New("boom")
	var calls atomic.Int64
	err := each(context.Background(), 4, items, func(ctx context.Context, i int) error {
		calls.Add(1)
		switch {
		case i < 10:
			return nil
		case i == 10:
			return boom
		}
		<-ctx.Done() // the later ones wait for the failure to cancel them
		return ctx.Err()
	})
	if !errors.Is(err, boom) || calls.Load() > 20 {
		t.Errorf("each with a failure: %v after %d calls; want boom soon", err, calls.Load())
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls.Store(0)
	err = each(ctx, 4, items, func(context.Context, int) error { calls.Add(1); return nil })
	if !errors.Is(err, context.Canceled) || calls.Load() > 4 {
		t.Errorf("each on a done context: %v after %d calls; want context.Canceled at once", err, calls.Load())
	}
	if err := each(context.Background(), 0, items[:1], func(context.Context, int) error { return nil }); err != nil {
		t.Errorf("each with 0 workers: %v", err)
	}
}
