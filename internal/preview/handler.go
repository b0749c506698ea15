package preview

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// Prefix is the URL path under which the server keeps its own files (the reload script and
// the event stream). A site file under it is hidden while previewing.
const Prefix = "/_briefs/"

//go:embed live.js
var liveJS []byte

// handler serves the site in memory. It only looks names up in the site's map, so it cannot
// serve anything outside the site, whatever the request path.
type handler struct {
	st    *state
	local bool // listening on loopback: refuse other Host names (DNS rebinding)
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.local && !localHost(r.Host) {
		http.Error(w, "briefs serve answers only to localhost", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case Prefix + "live.js":
		serve(w, r, "live.js", liveJS)
		return
	case Prefix + "events":
		h.events(w, r)
		return
	}
	files, version := h.st.snapshot()
	if files == nil {
		w.Header().Set("Retry-After", "1")
		page(w, http.StatusServiceUnavailable, version, "Building the site…", "This page reloads by itself when the first build is done.")
		return
	}
	name, redirect := lookup(files, r.URL.Path)
	switch {
	case redirect != "":
		if r.URL.RawQuery != "" {
			redirect += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, redirect, http.StatusMovedPermanently)
	case name == "":
		w.Header().Set("Cache-Control", "no-cache")
		if data, ok := files["404.html"]; ok {
			w.Header().Set("Content-Type", contentType("404.html"))
			w.WriteHeader(http.StatusNotFound)
			w.Write(inject(data, version))
			return
		}
		page(w, http.StatusNotFound, version, "Not found", "The site has no page at "+r.URL.Path+".")
	case isHTML(name):
		serve(w, r, name, inject(files[name], version))
	default:
		serve(w, r, name, files[name])
	}
}

// lookup finds the file for the URL path p: the file itself, or the index.html of a folder.
// For a folder named without its final slash it returns the URL to redirect to instead, as
// the site's relative links need the slash. It returns "", "" if the site has no such file.
func lookup(files map[string][]byte, p string) (name, redirect string) {
	clean := path.Clean("/" + p)
	name = strings.TrimPrefix(clean, "/")
	slash := strings.HasSuffix(p, "/") && name != ""
	index := path.Join(name, "index.html")
	switch _, isFile := files[name]; {
	case name == "" || slash:
		if _, ok := files[index]; ok {
			return index, ""
		}
		if isFile {
			return "", clean
		}
	case isFile:
		return name, ""
	default:
		if _, ok := files[index]; ok {
			return "", clean + "/"
		}
	}
	return "", ""
}

// serve writes data as the file name, answering conditional and range requests. The ETag is a
// hash of the bytes sent, and "no-cache" makes the browser check it on every use, so an
// edited file is never shown stale.
func serve(w http.ResponseWriter, r *http.Request, name string, data []byte) {
	h := fnv.New64a()
	h.Write(data)
	w.Header().Set("Content-Type", contentType(name))
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", fmt.Sprintf(`"%x"`, h.Sum64()))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// inject returns the page with the reload script added before </body>, or at the end. The
// script is added to the response only: the built site never contains it.
func inject(page []byte, version string) []byte {
	tag := `<script src="` + Prefix + `live.js" data-version="` + html.EscapeString(version) + `" defer></script>`
	i := lastIndexFold(page, "</body")
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// lastIndexFold returns the index of the last ASCII case-insensitive match of the lower-case
// sep in s, or -1.
func lastIndexFold(s []byte, sep string) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if s[i] == '<' && bytes.EqualFold(s[i:i+len(sep)], []byte(sep)) {
			return i
		}
	}
	return -1
}

// page writes a small HTML page of the server's own, with the reload script.
func page(w http.ResponseWriter, status int, version, title, text string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<!doctype html><html lang=en><meta charset=utf-8><title>%s</title><body style=\"font:1rem system-ui;margin:3rem\"><h1>%[1]s</h1><p>%s</p>",
		html.EscapeString(title), html.EscapeString(text))
	w.Write(inject(nil, version))
}

// events streams messages to one open page (text/event-stream) until the page goes away,
// falls behind, or the server stops.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	q := r.URL.Query()
	page := q.Get("page")
	if p, err := url.PathUnescape(page); err == nil {
		page = p
	}
	c, first := h.st.join(page, q.Get("v"))
	defer h.st.leave(c)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	send := func(text string) bool {
		_, err := io.WriteString(w, text)
		return err == nil && rc.Flush() == nil
	}
	event := func(m message) bool {
		data, _ := json.Marshal(m) // a message always encodes
		return send("data: " + string(data) + "\n\n")
	}
	if !event(first) {
		return
	}
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		select {
		case m := <-c.ch:
			if !event(m) {
				return
			}
		case <-ping.C:
			if !send(": ping\n\n") {
				return
			}
		case <-c.gone:
			return
		case <-r.Context().Done():
			return
		}
	}
}

// contentType returns the Content-Type of a site file, by its extension.
func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	switch ext {
	case ".html", ".htm":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".json":
		return "application/json"
	case ".xml":
		return "application/xml; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".webmanifest":
		return "application/manifest+json"
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func isHTML(name string) bool { return strings.HasPrefix(contentType(name), "text/html") }

// localHost reports whether the Host header names this machine: localhost or a loopback
// address. A page of another site that resolves its own name to 127.0.0.1 (DNS rebinding)
// is refused.
func localHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
