package preview

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

var testSite = map[string][]byte{
	"index.html":          []byte("<!doctype html><title>Home</title><body><h1>Home</h1></body></html>"),
	"briefs/x/index.html": []byte("<!doctype html><title>X</title><BODY><p>story</p></BODY>"),
	"404.html":            []byte("<!doctype html><title>Not found</title><p>nothing here"),
	"style.css":           []byte("body{color:#222}"),
	"feed.xml":            []byte("<rss/>"),
	"feed.json":           []byte("{}"),
	"favicon.svg":         []byte("<svg/>"),
	"robots.txt":          []byte("User-agent: *"),
	"img/photo.png":       []byte("\x89PNG\r\n\x1a\n"),
}

func newTestHandler(files map[string][]byte) *handler {
	st := newState(time.Unix(0, 0))
	if files != nil {
		st.publish(Site{Files: files}, nil)
	}
	return &handler{st: st, local: true}
}

func TestHandler(t *testing.T) {
	t.Parallel()
	h := newTestHandler(testSite)
	tests := []struct {
		method, target, host string
		status               int
		ctype, location      string
		body                 string // a substring of the body
		script               bool   // the reload script is in the body
	}{
		{"GET", "/", "", 200, "text/html; charset=utf-8", "", "<h1>Home</h1>", true},
		{"GET", "/index.html", "", 200, "text/html; charset=utf-8", "", "<h1>Home</h1>", true},
		{"GET", "/briefs/x/", "", 200, "text/html; charset=utf-8", "", "<p>story</p>", true},
		{"GET", "/briefs/x/index.html", "", 200, "text/html; charset=utf-8", "", "story", true},
		{"GET", "/briefs/x", "", 301, "", "/briefs/x/", "", false},
		{"GET", "/briefs/x?a=1", "", 301, "", "/briefs/x/?a=1", "", false},
		{"GET", "/style.css/", "", 301, "", "/style.css", "", false},
		{"GET", "/style.css", "", 200, "text/css; charset=utf-8", "", "color:#222", false},
		{"GET", "/style.css?briefs=abc.2", "", 200, "text/css; charset=utf-8", "", "color:#222", false},
		{"GET", "/feed.xml", "", 200, "application/xml; charset=utf-8", "", "<rss/>", false},
		{"GET", "/feed.json", "", 200, "application/json", "", "{}", false},
		{"GET", "/favicon.svg", "", 200, "image/svg+xml", "", "<svg/>", false},
		{"GET", "/robots.txt", "", 200, "text/plain; charset=utf-8", "", "User-agent", false},
		{"GET", "/img/photo.png", "", 200, "image/png", "", "PNG", false},
		{"GET", "/nowhere", "", 404, "text/html; charset=utf-8", "", "nothing here", true},
		{"GET", "/briefs/", "", 404, "text/html; charset=utf-8", "", "nothing here", true},
		{"GET", "/../../etc/passwd", "", 404, "text/html; charset=utf-8", "", "nothing here", true},
		{"GET", "/%2e%2e/%2e%2e/etc/passwd", "", 404, "text/html; charset=utf-8", "", "nothing here", true},
		{"GET", "/briefs/x/../../style.css", "", 200, "text/css; charset=utf-8", "", "color:#222", false},
		{"GET", "/_briefs/live.js", "", 200, "text/javascript; charset=utf-8", "", "EventSource", false},
		{"HEAD", "/", "", 200, "text/html; charset=utf-8", "", "", false},
		{"POST", "/", "", 405, "", "", "not allowed", false},
		{"GET", "/", "localhost:1313", 200, "text/html; charset=utf-8", "", "Home", true},
		{"GET", "/", "[::1]:1313", 200, "text/html; charset=utf-8", "", "Home", true},
		{"GET", "/", "evil.example:1313", 403, "", "", "localhost", false},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target+" "+tt.host, func(t *testing.T) {
			t.Parallel()
			req := httptest.NewRequest(tt.method, tt.target, nil)
			req.Host = "127.0.0.1:1313"
			if tt.host != "" {
				req.Host = tt.host
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d", res.StatusCode, tt.status)
			}
			if tt.ctype != "" && res.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", res.Header.Get("Content-Type"), tt.ctype)
			}
			if got := res.Header.Get("Location"); got != tt.location {
				t.Errorf("Location %q, want %q", got, tt.location)
			}
			if !strings.Contains(string(body), tt.body) {
				t.Errorf("body %.200q lacks %q", body, tt.body)
			}
			if got := strings.Contains(string(body), `src="/_briefs/live.js"`); got != tt.script {
				t.Errorf("reload script in body: %v, want %v", got, tt.script)
			}
		})
	}
}

// TestConditional checks that a file whose ETag the browser has is answered with 304, and
// that a page gets a new ETag after a build, as its script names the new version.
func TestConditional(t *testing.T) {
	t.Parallel()
	h := newTestHandler(testSite)
	get := func(target, etag string) *http.Response {
		req := httptest.NewRequest("GET", "http://localhost:1313"+target, nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Result()
	}
	for _, target := range []string{"/style.css", "/"} {
		first := get(target, "")
		etag := first.Header.Get("ETag")
		if etag == "" || first.Header.Get("Cache-Control") != "no-cache" {
			t.Fatalf("%s: ETag %q, Cache-Control %q", target, etag, first.Header.Get("Cache-Control"))
		}
		if res := get(target, etag); res.StatusCode != http.StatusNotModified {
			t.Errorf("%s with its ETag: status %d, want 304", target, res.StatusCode)
		}
		if res := get(target, `"other"`); res.StatusCode != http.StatusOK {
			t.Errorf("%s with another ETag: status %d, want 200", target, res.StatusCode)
		}
	}
	page := get("/", "").Header.Get("ETag")
	css := get("/style.css", "").Header.Get("ETag")
	h.st.publish(Site{Files: testSite, Changed: []string{}}, nil)
	if get("/", page).StatusCode != http.StatusOK {
		t.Error("a page kept its ETag across builds, so a stale script version could stay in the browser")
	}
	if get("/style.css", css).StatusCode != http.StatusNotModified {
		t.Error("an unchanged style sheet lost its ETag across builds")
	}
}

func TestBuildingPage(t *testing.T) {
	t.Parallel()
	h := newTestHandler(nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1:1313/briefs/x/", nil))
	body := rec.Body.String()
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(body, "Building") || !strings.Contains(body, "live.js") {
		t.Errorf("before the first build: %d %q", rec.Code, body)
	}
}

func TestInject(t *testing.T) {
	t.Parallel()
	const tag = `<script src="/_briefs/live.js" data-version="v.1" defer></script>`
	tests := []struct{ in, want string }{
		{"<body><p>x</p></body></html>", "<body><p>x</p>" + tag + "</body></html>"},
		{"<BODY><p>x</BODY>", "<BODY><p>x" + tag + "</BODY>"},
		{"<body><pre>&lt;/body&gt;</pre></body>", "<body><pre>&lt;/body&gt;</pre>" + tag + "</body>"},
		{"<p>minified, no end tags", "<p>minified, no end tags" + tag},
		{"", tag},
	}
	for _, tt := range tests {
		if got := string(inject([]byte(tt.in), "v.1")); got != tt.want {
			t.Errorf("inject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLocalHost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		host string
		want bool
	}{
		{"localhost", true}, {"localhost:1313", true}, {"LOCALHOST:1313", true}, {"127.0.0.1:80", true},
		{"127.1.2.3", true}, {"[::1]:1313", true}, {"app.localhost:1313", true}, {"localhost.:1313", true},
		{"example.org", false}, {"192.168.1.2:1313", false}, {"localhost.example.org", false}, {"", false},
	}
	for _, tt := range tests {
		if got := localHost(tt.host); got != tt.want {
			t.Errorf("localHost(%q) = %v, want %v", tt.host, got, tt.want)
		}
	}
}
