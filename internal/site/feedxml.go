package site

import (
	"bytes"
	"unicode/utf8"
)

// encoding/xml finds each field of each feed entry by reflection, which made it most of the
// cost of a site's thousands of topic feeds. writeRSS and writeAtom write the two documents
// as it writes them compact, element by element; TestFeedXMLMatchesEncodingXML holds them to
// its bytes for hostile stories. Indented feeds, for sites that do not minify, still go
// through encoding/xml.

// writeRSS writes doc's root element as xml.Encoder writes it without indentation, and a
// newline.
func writeRSS(b *bytes.Buffer, doc *rssDoc) {
	b.WriteString(`<rss version="`)
	escapeXML(b, doc.Version)
	b.WriteString(`" xmlns:atom="`)
	escapeXML(b, doc.Atom)
	b.WriteString(`" xmlns:dc="`)
	escapeXML(b, doc.DC)
	b.WriteString(`">`)
	c := &doc.Channel
	b.WriteString("<channel>")
	xmlElement(b, "title", c.Title)
	xmlElement(b, "link", c.Link)
	xmlElement(b, "description", c.Description)
	b.WriteString(`<atom:link href="`)
	escapeXML(b, c.Self.Href)
	b.WriteString(`" rel="`)
	escapeXML(b, c.Self.Rel)
	b.WriteString(`" type="`)
	escapeXML(b, c.Self.Type)
	b.WriteString(`"></atom:link>`)
	xmlOptional(b, "language", c.Language)
	xmlElement(b, "generator", c.Generator)
	xmlOptional(b, "lastBuildDate", c.LastBuildDate)
	for i := range c.Items {
		it := &c.Items[i]
		b.WriteString("<item>")
		xmlElement(b, "title", it.Title)
		xmlElement(b, "link", it.Link)
		if it.GUID.IsPermaLink {
			b.WriteString(`<guid isPermaLink="true">`)
		} else {
			b.WriteString(`<guid isPermaLink="false">`)
		}
		escapeXML(b, it.GUID.Value)
		b.WriteString("</guid>")
		xmlOptional(b, "pubDate", it.PubDate)
		xmlOptional(b, "dc:creator", it.Creator)
		for _, c := range it.Categories {
			xmlElement(b, "category", c)
		}
		xmlElement(b, "description", it.Description)
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>\n")
}

// writeAtom writes doc's root element as xml.Encoder writes it without indentation, and a
// newline.
func writeAtom(b *bytes.Buffer, doc *atomFeed) {
	b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom"`)
	if doc.Lang != "" {
		b.WriteString(` xml:lang="`)
		escapeXML(b, doc.Lang)
		b.WriteString(`"`)
	}
	b.WriteString(">")
	xmlElement(b, "title", doc.Title)
	xmlOptional(b, "subtitle", doc.Subtitle)
	xmlElement(b, "id", doc.ID)
	xmlElement(b, "updated", doc.Updated)
	for _, l := range doc.Links {
		atomLinkXML(b, l)
	}
	atomPersonXML(b, "author", doc.Author)
	xmlElement(b, "generator", doc.Generator)
	for i := range doc.Entries {
		e := &doc.Entries[i]
		b.WriteString("<entry>")
		xmlElement(b, "title", e.Title)
		xmlElement(b, "id", e.ID)
		atomLinkXML(b, e.Link)
		xmlOptional(b, "published", e.Published)
		xmlElement(b, "updated", e.Updated)
		if e.Author != nil {
			atomPersonXML(b, "author", *e.Author)
		}
		for _, c := range e.Categories {
			b.WriteString(`<category term="`)
			escapeXML(b, c.Term)
			b.WriteString(`"></category>`)
		}
		xmlOptional(b, "summary", e.Summary)
		b.WriteString(`<content type="`)
		escapeXML(b, e.Content.Type)
		b.WriteString(`">`)
		escapeXML(b, e.Content.Value)
		b.WriteString("</content></entry>")
	}
	b.WriteString("</feed>\n")
}

func atomPersonXML(b *bytes.Buffer, name string, p atomPerson) {
	b.WriteString("<" + name + ">")
	xmlElement(b, "name", p.Name)
	b.WriteString("</" + name + ">")
}

func atomLinkXML(b *bytes.Buffer, l atomLink) {
	b.WriteString(`<link href="`)
	escapeXML(b, l.Href)
	b.WriteString(`" rel="`)
	escapeXML(b, l.Rel)
	if l.Type != "" {
		b.WriteString(`" type="`)
		escapeXML(b, l.Type)
	}
	b.WriteString(`"></link>`)
}

// xmlElement writes <name>text</name>.
func xmlElement(b *bytes.Buffer, name, text string) {
	b.WriteByte('<')
	b.WriteString(name)
	b.WriteByte('>')
	escapeXML(b, text)
	b.WriteString("</")
	b.WriteString(name)
	b.WriteByte('>')
}

// xmlOptional writes <name>text</name> unless text is empty, as the omitempty fields are.
func xmlOptional(b *bytes.Buffer, name, text string) {
	if text != "" {
		xmlElement(b, name, text)
	}
}

// escapeXML writes s escaped as encoding/xml escapes text and attribute values: markup
// characters, quotes, tabs and line breaks as references, and what XML cannot hold (control
// characters, invalid UTF-8) as U+FFFD.
func escapeXML(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\'' && c != '&' && c != '<' && c != '>' {
			i++
			continue
		}
		r, width := rune(c), 1
		if c >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s[i:])
		}
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD && !(r == utf8.RuneError && width == 1) || r >= 0x10000 && r <= 0x10FFFF {
				i += width
				continue
			}
			esc = "\uFFFD"
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		i += width
		last = i
	}
	b.WriteString(s[last:])
}
