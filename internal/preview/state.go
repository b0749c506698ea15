package preview

import (
	"bytes"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// state is what the server shows: the last good site, the last build error, and the open
// pages listening for changes. Every good build gets the next sequence number; a page knows
// the version ("instance.seq") it was served at, so the server can tell what it has missed.
type state struct {
	instance string // differs between runs, so pages left open across a restart reload

	mu        sync.Mutex
	files     map[string][]byte // the last good site; nil before the first good build
	seq       int               // good builds so far
	err       error             // the last build's error; nil after a good build
	warnings  []string          // of the last good build
	changedAt map[string]int    // output path → seq of the build that last changed or removed it
	clients   map[*client]bool
}

func newState(now time.Time) *state {
	return &state{instance: strconv.FormatInt(now.UnixNano(), 36),
		changedAt: map[string]int{}, clients: map[*client]bool{}}
}

// A client is one open page listening on the event stream.
type client struct {
	page string       // the page's URL path, e.g. /briefs/x/
	ch   chan message // buffered; a client that falls behind is dropped and reconnects
	gone chan struct{}
}

// A message tells a page what to do. The script in live.js reads it.
type message struct {
	Version  string   `json:"version"`          // the version the page is now at
	Action   string   `json:"action,omitempty"` // "reload", "css" or "" (nothing)
	Error    string   `json:"error,omitempty"`  // the build error to show, if any
	Warnings []string `json:"warnings,omitempty"`
	More     int      `json:"more,omitempty"` // warnings left out of the list
}

// maxWarnings is how many warnings a message lists; the rest are counted in More.
const maxWarnings = 50

// snapshot returns the site to serve and its version.
func (st *state) snapshot() (map[string][]byte, string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.files, st.version()
}

func (st *state) version() string { return st.instance + "." + strconv.Itoa(st.seq) }

// publish records the result of a build and tells every open page.
func (st *state) publish(site Site, err error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.err = err
	if err != nil {
		for c := range st.clients {
			st.send(c, "")
		}
		return
	}
	first := st.files == nil
	changed, removed := site.Changed, site.Removed
	if first {
		changed, removed = keys(site.Files), nil
	} else if changed == nil {
		changed, removed = diff(st.files, site.Files)
	}
	st.seq++
	for _, p := range changed {
		st.changedAt[p] = st.seq
	}
	for _, p := range removed {
		st.changedAt[p] = st.seq
	}
	st.files, st.warnings = site.Files, site.Warnings
	set := make(map[string]bool, len(changed)+len(removed))
	for _, p := range changed {
		set[p] = true
	}
	for _, p := range removed {
		set[p] = true
	}
	for c := range st.clients {
		action := decide(c.page, st.files, set)
		if first {
			action = "reload" // the page is the "building" placeholder
		}
		st.send(c, action)
	}
}

// send queues a message with action for c, dropping c if it has fallen behind. st.mu is held.
func (st *state) send(c *client, action string) {
	m := st.message(action)
	select {
	case c.ch <- m:
	default:
		delete(st.clients, c)
		close(c.gone)
	}
}

// message returns the current state as a message with action. st.mu is held.
func (st *state) message(action string) message {
	m := message{Version: st.version(), Action: action}
	if st.err != nil {
		m.Error = st.err.Error()
	}
	m.Warnings = st.warnings
	if len(m.Warnings) > maxWarnings {
		m.Warnings, m.More = m.Warnings[:maxWarnings], len(m.Warnings)-maxWarnings
	}
	return m
}

// join registers a page served at version and returns its client and the first message,
// which makes it catch up with the builds it missed.
func (st *state) join(page, version string) (*client, message) {
	st.mu.Lock()
	defer st.mu.Unlock()
	c := &client{page: page, ch: make(chan message, 8), gone: make(chan struct{})}
	st.clients[c] = true
	inst, seqText, _ := strings.Cut(version, ".")
	seq, err := strconv.Atoi(seqText)
	action := ""
	switch {
	case inst != st.instance || err != nil:
		action = "reload" // served by an earlier run of the server
	case seq == 0 && st.seq > 0:
		action = "reload" // the "building" placeholder
	case seq < st.seq:
		set := map[string]bool{}
		for p, at := range st.changedAt {
			if at > seq {
				set[p] = true
			}
		}
		action = decide(page, st.files, set)
	}
	return c, st.message(action)
}

// leave unregisters c.
func (st *state) leave(c *client) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.clients[c] {
		delete(st.clients, c)
		close(c.gone)
	}
}

// decide returns what the page at the URL path page must do after the output files in
// changed changed (or were removed): "reload" if its own file changed, or an image, font or
// script it may use; "css" if only style sheets changed; "" if nothing it shows changed.
func decide(page string, files map[string][]byte, changed map[string]bool) string {
	if len(changed) == 0 {
		return ""
	}
	for _, name := range candidates(page, files) {
		if changed[name] {
			return "reload"
		}
	}
	css := false
	for p := range changed {
		switch strings.ToLower(path.Ext(p)) {
		case ".css":
			css = true
		case ".html", ".htm", ".xml", ".json", ".txt", ".webmanifest":
			// another page, a feed or the sitemap: not part of this page
		default:
			return "reload"
		}
	}
	if css {
		return "css"
	}
	return ""
}

// candidates returns the files the URL path page may be served from: the file itself, the
// folder's index.html, and 404.html when neither exists in files.
func candidates(page string, files map[string][]byte) []string {
	name := strings.TrimPrefix(path.Clean("/"+page), "/")
	index := "index.html"
	if name != "" {
		index = name + "/index.html"
	}
	out := []string{name, index}
	if _, ok := files[name]; !ok {
		if _, ok := files[index]; !ok {
			out = append(out, "404.html")
		}
	}
	return out
}

// keys returns the keys of files.
func keys(files map[string][]byte) []string {
	out := make([]string, 0, len(files))
	for p := range files {
		out = append(out, p)
	}
	return out
}

// diff compares two builds of a site.
func diff(old, cur map[string][]byte) (changed, removed []string) {
	for p, data := range cur {
		if prev, ok := old[p]; !ok || !bytes.Equal(prev, data) {
			changed = append(changed, p)
		}
	}
	for p := range old {
		if _, ok := cur[p]; !ok {
			removed = append(removed, p)
		}
	}
	return changed, removed
}
