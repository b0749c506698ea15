package preview

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDecide(t *testing.T) {
	t.Parallel()
	tests := []struct {
		page    string
		changed []string
		want    string
	}{
		{"/", []string{"index.html"}, "reload"},
		{"/", []string{"index.html", "style.css"}, "reload"},
		{"/", []string{"style.css"}, "css"},
		{"/", []string{"style.css", "feed.xml", "sitemap.xml", "briefs/x/index.html"}, "css"},
		{"/", []string{"briefs/x/index.html", "feed.json", "robots.txt"}, ""},
		{"/", nil, ""},
		{"/briefs/x/", []string{"briefs/x/index.html"}, "reload"},
		{"/briefs/x/index.html", []string{"briefs/x/index.html"}, "reload"},
		{"/briefs/x", []string{"briefs/x/index.html"}, "reload"},
		{"/briefs/x/", []string{"briefs/y/index.html"}, ""},
		{"/briefs/x/", []string{"favicon.svg"}, "reload"},
		{"/briefs/x/", []string{"img/photo.png"}, "reload"},
		{"/briefs/x/", []string{"app.js"}, "reload"},
		{"/style.css", []string{"style.css"}, "reload"},
		{"/gone/", []string{"gone/index.html"}, "reload"}, // removed: the page shows 404 now
		{"/nowhere", []string{"404.html"}, "reload"},
		{"/nowhere", []string{"index.html"}, ""},
		{"/briefs/x/", []string{"404.html"}, ""},
	}
	for _, tt := range tests {
		changed := map[string]bool{}
		for _, p := range tt.changed {
			changed[p] = true
		}
		if got := decide(tt.page, testSite, changed); got != tt.want {
			t.Errorf("decide(%q, %v) = %q, want %q", tt.page, tt.changed, got, tt.want)
		}
	}
}

// TestJoin checks what a page is told when it connects: it catches up with the builds made
// since it was served.
func TestJoin(t *testing.T) {
	t.Parallel()
	st := newState(time.Unix(1, 0))
	st.publish(Site{Files: testSite}, nil)                                                       // 1: every file
	st.publish(Site{Files: testSite, Changed: []string{"style.css"}}, nil)                       // 2
	st.publish(Site{Files: testSite, Changed: []string{"briefs/x/index.html"}}, nil)             // 3
	st.publish(Site{Files: testSite, Changed: []string{}, Warnings: []string{"a.md:1: w"}}, nil) // 4
	v := func(seq string) string { return st.instance + "." + seq }
	tests := []struct {
		page, version, want string
	}{
		{"/", v("4"), ""},
		{"/", v("3"), ""},
		{"/", v("1"), "css"},
		{"/briefs/x/", v("2"), "reload"},
		{"/briefs/x/", v("3"), ""},
		{"/", v("0"), "reload"},     // the "building" page
		{"/", "other.4", "reload"},  // served by an earlier run of the server
		{"/", "nonsense", "reload"}, // no version
		{"/briefs/x/", v("9"), ""},  // from the future: nothing to catch up with
	}
	for _, tt := range tests {
		c, m := st.join(tt.page, tt.version)
		st.leave(c)
		if m.Action != tt.want || m.Version != v("4") || !slices.Equal(m.Warnings, []string{"a.md:1: w"}) {
			t.Errorf("join(%q, %q) = %+v, want action %q at version 4 with the warning", tt.page, tt.version, m, tt.want)
		}
	}
}

// TestPublish checks the messages open pages get after good and failed builds.
func TestPublish(t *testing.T) {
	t.Parallel()
	st := newState(time.Unix(2, 0))
	home, _ := st.join("/", st.version())
	brief, _ := st.join("/briefs/x/", st.version())
	next := func(c *client) message {
		t.Helper()
		select {
		case m := <-c.ch:
			return m
		default:
			t.Fatal("no message")
			return message{}
		}
	}
	st.publish(Site{Files: testSite}, nil)
	if a, b := next(home).Action, next(brief).Action; a != "reload" || b != "reload" {
		t.Errorf("first build: actions %q, %q; want the building pages to reload", a, b)
	}
	st.publish(Site{}, errors.New("templates/brief.html:2: missing value for if"))
	for _, c := range []*client{home, brief} {
		if m := next(c); m.Action != "" || !strings.HasPrefix(m.Error, "templates/brief.html:2: ") {
			t.Errorf("failed build: %+v", m)
		}
	}
	if files, _ := st.snapshot(); files == nil {
		t.Error("a failed build dropped the last good site")
	}
	edited := map[string][]byte{}
	for k, v := range testSite {
		edited[k] = v
	}
	edited["briefs/x/index.html"] = []byte("<p>edited")
	st.publish(Site{Files: edited}, nil) // Changed nil: the server compares
	if m := next(home); m.Action != "" || m.Error != "" {
		t.Errorf("home after the brief changed: %+v, want no action and no error", m)
	}
	if m := next(brief); m.Action != "reload" {
		t.Errorf("brief after it changed: %+v, want reload", m)
	}
	var many []string
	for range maxWarnings + 7 {
		many = append(many, "w")
	}
	st.publish(Site{Files: edited, Changed: []string{"style.css"}, Warnings: many}, nil)
	if m := next(home); m.Action != "css" || len(m.Warnings) != maxWarnings || m.More != 7 {
		t.Errorf("after a style change: action %q, %d warnings and %d more", m.Action, len(m.Warnings), m.More)
	}
	next(brief)
	// A page that does not read its messages is dropped, and reconnects.
	for range cap(home.ch) + 1 {
		st.publish(Site{Files: edited, Changed: []string{}}, nil)
	}
	select {
	case <-home.gone:
	default:
		t.Error("a page that fell behind was kept")
	}
	st.leave(home)
	st.leave(brief)
}
