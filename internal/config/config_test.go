package config

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadMissingFile(t *testing.T) {
	s, err := Load(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "Briefs" || s.BaseURL != "/" || s.Bullets != DefaultBullets || s.Location == nil {
		t.Errorf("Load(no file) = %+v", s)
	}
}

func TestParse(t *testing.T) {
	s, err := Parse(`# A site
title = "World Briefs"
base_url = "https://example.org/news"
language = "de"
description = "Kurz und knapp."
bullets = 5
page_size = 10
feed_length = 50
time_zone = "Europe/Berlin"
`)
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "World Briefs" || s.BaseURL != "https://example.org/news/" || s.Language != "de" ||
		s.Bullets != 5 || s.PageSize != 10 || s.FeedLength != 50 || s.Location.String() != "Europe/Berlin" {
		t.Errorf("Parse = %+v", s)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		text string
		line int
		msg  string
	}{
		{"title = \"x\"\nbullets = 9\n", 2, "bullets: 9 is out of range"},
		{"title = \"x\"\n\ntitel = \"y\"\n", 3, `unknown setting "titel"`},
		{"title = \n", 1, "expected value"},
		{"time_zone = \"Mars/Olympus\"\n", 1, "unknown time zone"},
		{"base_url = \"example.org\"\n", 1, "neither an absolute"},
		{"page_size = 0\n", 1, "page_size: 0 is out of range"},
		{"bullets = \"four\"\n", 1, "bullets"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.text)
		var e *Error
		if !errors.As(err, &e) || e.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Parse(%q) error = %v, want line %d and %q", tt.text, err, tt.line, tt.msg)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "briefs.toml:") {
			t.Errorf("Parse(%q) error = %q, want it to start with the file name", tt.text, err)
		}
	}
}

func TestNormalizeBaseURL(t *testing.T) {
	for in, want := range map[string]string{
		"":                              "/",
		"/":                             "/",
		"/news":                         "/news/",
		"https://example.org":           "https://example.org/",
		"https://user.github.io/proj":   "https://user.github.io/proj/",
		"http://localhost:1313/a/b/":    "http://localhost:1313/a/b/",
		" https://example.org/x?y=1 ":   "",
		"ftp://example.org/":            "",
		"example.org/news":              "",
		"https://example.org/#fragment": "",
	} {
		got, err := NormalizeBaseURL(in)
		if (err != nil) != (want == "") || got != want {
			t.Errorf("NormalizeBaseURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func ExampleParse() {
	s, err := Parse("title = \"Morning Briefs\"\nbase_url = \"https://example.org/briefs\"\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Title, s.BaseURL, s.Bullets, s.Location)
	// Output: Morning Briefs https://example.org/briefs/ 3 UTC
}
