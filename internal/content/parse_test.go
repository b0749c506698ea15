package content

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name string
		data string
		want Format
	}{
		{"a.txt", "Headline\nSome text.\n", Text},
		{"a.TXT", "Headline\nSome text.\n", Text},
		{"a.html", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", HTML},
		{"a.htm", "<html><p>Hi</p></html>", HTML},
		{"a.md", "# Title\n\nSome *text*.\n", Markdown},
		{"a.markdown", "Text.\n", Markdown},
		// The extension lies: an HTML page saved as .txt or .md.
		{"a.txt", "\n<!doctype html>\n<html><head><title>x</title></head><body>y</body></html>", HTML},
		{"a.md", "<html lang=en><body><p>x</p></body></html>", HTML},
		// An .html file with no markup at all is text.
		{"a.html", "Headline\nJust words, no tags.\n", Text},
		// No extension: sniffed.
		{"article", "<html><body><p>x</p></body></html>", HTML},
		{"article", "# Title\n\n- one\n- two\n\nA [link](http://x.org).\n", Markdown},
		{"article", "Headline\nPlain words.\n", Text},
		// Front matter above HTML.
		{"a.html", "---\ntitle: T\n---\n<html><body><p>x</p></body></html>", HTML},
	}
	for _, tt := range tests {
		a, err := Parse(tt.name, []byte(tt.data), nil)
		if err != nil {
			t.Errorf("Parse(%q, %q): %v", tt.name, tt.data, err)
			continue
		}
		if a.Format != tt.want {
			t.Errorf("Parse(%q, %q).Format = %v, want %v", tt.name, tt.data, a.Format, tt.want)
		}
	}
}

func TestParseFrontMatter(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zoneinfo:", err)
	}
	want := Meta{
		Title:     "Oil prices climb",
		Date:      time.Date(2025, 7, 10, 0, 0, 0, 0, berlin),
		Source:    "Reuters",
		SourceURL: "https://example.com/oil",
		Author:    "Jane Doe",
		Tags:      []string{"energy", "markets"},
		Lede:      "Prices rose.",
		Bullets:   []string{"One.", "Two."},
		Draft:     true,
		Slug:      "oil",
	}
	tests := []struct {
		name, data string
	}{
		{"yaml.md", `---
title: Oil prices climb
date: 2025-07-10
source: Reuters
source_url: https://example.com/oil
author: Jane Doe
tags: [energy, markets]
lede: Prices rose.
bullets:
  - One.
  - Two.
draft: true
slug: oil
---
Body line one.
`},
		{"toml.md", `+++
title = "Oil prices climb"
date = 2025-07-10
source = "Reuters"
source_url = "https://example.com/oil"
author = "Jane Doe"
tags = ["energy", "markets"]
lede = "Prices rose."
bullets = ["One.", "Two."]
draft = true
slug = "oil"
+++
Body line one.
`},
		{"json.txt", `;;;
{"title": "Oil prices climb", "date": "2025-07-10", "source": "Reuters",
 "source_url": "https://example.com/oil", "author": "Jane Doe", "tags": "energy, markets",
 "lede": "Prices rose.", "bullets": ["One.", "Two."], "draft": "true", "slug": "oil"}
;;;
Body line one.
`},
	}
	for _, tt := range tests {
		a, err := Parse(tt.name, []byte(tt.data), berlin)
		if err != nil {
			t.Errorf("Parse(%s): %v", tt.name, err)
			continue
		}
		if !a.Meta.Date.Equal(want.Date) {
			t.Errorf("Parse(%s).Meta.Date = %v, want %v", tt.name, a.Meta.Date, want.Date)
		}
		got := a.Meta
		got.Date = want.Date
		if !equalMeta(got, want) {
			t.Errorf("Parse(%s).Meta = %+v\nwant %+v", tt.name, got, want)
		}
		if a.Body != "Body line one.\n" {
			t.Errorf("Parse(%s).Body = %q", tt.name, a.Body)
		}
		lines := strings.Count(tt.data[:strings.Index(tt.data, "Body")], "\n") + 1
		if a.BodyLine != lines {
			t.Errorf("Parse(%s).BodyLine = %d, want %d", tt.name, a.BodyLine, lines)
		}
		if len(a.Warnings) != 0 {
			t.Errorf("Parse(%s).Warnings = %v", tt.name, a.Warnings)
		}
	}
}

func equalMeta(a, b Meta) bool {
	return a.Title == b.Title && a.Date.Equal(b.Date) && a.Source == b.Source && a.SourceURL == b.SourceURL &&
		a.Author == b.Author && strings.Join(a.Tags, "|") == strings.Join(b.Tags, "|") && a.Lede == b.Lede &&
		strings.Join(a.Bullets, "|") == strings.Join(b.Bullets, "|") && a.Draft == b.Draft && a.Slug == b.Slug
}

func TestParseErrors(t *testing.T) {
	big := bytes.Repeat([]byte("a"), MaxSize+1)
	tests := []struct {
		name, data string
		line       int
		msg        string
	}{
		{"empty.txt", "", 0, "empty file"},
		{"blank.md", "  \n\n\t\n", 0, "empty file"},
		{"bin.txt", "PK\x03\x04\x00\x00\x08\x00binary", 0, "binary"},
		{"big.txt", string(big), 0, "limit is 64 MB"},
		{"yaml.md", "---\ntitle: ok\ndate: [2025\n---\nbody\n", 3, "front matter"},
		{"yaml2.md", "\n---\ntitle: a\n  bad: : x\n---\nbody\n", 4, "front matter"},
		{"toml.md", "+++\ntitle = \"x\"\nbroken =\n+++\nbody\n", 3, "front matter"},
		{"unclosed.md", "---\ntitle: x\n\nbody\n", 1, "never closed"},
		{"date.md", "---\ntitle: x\ndate: yesterday\n---\nbody\n", 3, `"date": unrecognised date "yesterday"`},
		{"type.md", "---\ntitle: [a, b]\n---\nbody\n", 2, `"title": want text, got a list`},
		{"draft.md", "---\ndraft: maybe\n---\nbody\n", 2, `"draft"`},
		{"onlyfm.md", "---\ndraft: true\n---\n\n", 4, "empty file"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.name, []byte(tt.data), nil)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%s) error = %v, want *Error", tt.name, err)
			continue
		}
		if e.Path != tt.name || e.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Parse(%s) error = %q (line %d), want line %d and %q", tt.name, err, e.Line, tt.line, tt.msg)
		}
	}
}

func TestParseUnknownField(t *testing.T) {
	a, err := Parse("x.md", []byte("---\ntitle: x\ntitel: y\n---\nbody\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0].Error(), `x.md:3: front matter: unknown field "titel"`) {
		t.Errorf("Warnings = %v, want one naming line 3 and titel", a.Warnings)
	}
}

func TestParseCharsets(t *testing.T) {
	tests := []struct {
		name, data, want, charset string
	}{
		{"utf8.txt", "Caf\xc3\xa9 cr\xc3\xa8me", "Café crème", "utf-8"},
		{"bom.txt", "\xef\xbb\xbfCaf\xc3\xa9", "Café", "utf-8"},
		{"cp1252.txt", "Caf\xe9 \x93quoted\x94 \x80", "Café “quoted” €", "windows-1252"},
		{"utf16le.txt", "\xff\xfeC\x00a\x00f\x00\xe9\x00", "Café", "utf-16le"},
		{"utf16be.txt", "\xfe\xff\x00C\x00a\x00f\x00\xe9", "Café", "utf-16be"},
		// The meta tag says latin-1 but the bytes are valid UTF-8: the bytes win.
		{"lying.html", `<html><head><meta charset="iso-8859-1"></head><body><p>Caf` + "\xc3\xa9" + `</p></body></html>`, "Café", "utf-8"},
		// A declared 8-bit charset with invalid UTF-8 is honoured.
		{"latin2.html", `<html><head><meta charset="iso-8859-2"></head><body><p>` + "\xb3\xf3d\xbc" + `</p></body></html>`, "łódź", "iso-8859-2"},
		{"sjis.html", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>` + "\x93\xfa\x96\x7b" + `</p></body></html>`, "日本", "shift_jis"},
		// Mostly UTF-8 with one damaged byte: UTF-8 with a replacement character.
		{"damaged.txt", "Caf\xc3\xa9 cr\xc3\xa8me br\xc3\xbbl\xc3\xa9e \xff end", "Café crème brûlée \uFFFD end", "utf-8"},
	}
	for _, tt := range tests {
		a, err := Parse(tt.name, []byte(tt.data), nil)
		if err != nil {
			t.Errorf("Parse(%s): %v", tt.name, err)
			continue
		}
		if !strings.Contains(a.Body, tt.want) || a.Charset != tt.charset || !utf8.ValidString(a.Body) {
			t.Errorf("Parse(%s) = %q (%s), want it to contain %q (%s)", tt.name, a.Body, a.Charset, tt.want, tt.charset)
		}
	}
}

func TestParseNewlines(t *testing.T) {
	a, err := Parse("crlf.md", []byte("---\r\ntitle: x\r\n---\r\nline one\r\nline two\r"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Body != "line one\nline two\n" || a.Meta.Title != "x" || a.BodyLine != 4 {
		t.Errorf("Parse(crlf) = %q, title %q, line %d", a.Body, a.Meta.Title, a.BodyLine)
	}
}

func TestParseLargeFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><article>")
	for b.Len() < 20<<20 {
		b.WriteString("<p>Words of a long article, repeated until the page weighs twenty megabytes.</p>\n")
	}
	b.WriteString("</article></body></html>")
	a, err := Parse("big.html", []byte(b.String()), nil)
	if err != nil || a.Format != HTML || len(a.Body) < 20<<20 {
		t.Errorf("Parse(20 MB page) = %v, %d bytes, %v", a.Format, len(a.Body), err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.md", []byte("---\ntitle: x\ndate: 2025-01-02\n---\nbody\n"))
	f.Add("a.md", []byte("+++\ntitle = 1\n+++\n"))
	f.Add("a.txt", []byte(";;;\n{\"tags\": [1, {}]}\n;;;\nbody"))
	f.Add("a.html", []byte("<html><meta charset=sjis><p>\x93\xfa</p>"))
	f.Add("a", []byte("\xff\xfeh\x00i\x00"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data, nil)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Path != name {
				t.Fatalf("error %v is not an *Error naming %q", err, name)
			}
			if e.Line < 0 {
				t.Fatalf("negative line in %v", err)
			}
			return
		}
		if !utf8.ValidString(a.Body) {
			t.Fatalf("body is not valid UTF-8: %q", a.Body)
		}
		if a.BodyLine < 1 {
			t.Fatalf("BodyLine = %d", a.BodyLine)
		}
		if strings.Contains(a.Body, "\r") {
			t.Fatalf("body keeps a carriage return: %q", a.Body)
		}
	})
}
