// Package site renders stories as a static website: a page per brief, paginated lists of the
// latest briefs and of each topic, an archive by day, feeds and a sitemap.
//
// New parses the templates once per build; Render writes the files through a func, so the
// build can write them to a staging folder and a preview server can keep them in memory:
//
//	s, err := site.New(cfg, briefs.Theme, os.DirFS(root), site.Options{Minify: true})
//	if err != nil {
//		return err // a template syntax error, e.g. templates/brief.html:12: unexpected EOF
//	}
//	n, err := s.Render(ctx, stories, func(name string, data []byte) error { … })
//
// This comment is the contract of the templates: a theme, or a site's own templates/ folder,
// may rely on everything it describes.
//
// # Output
//
// Every page is an index.html in a folder of its own, so its address ends in "/":
//
//	index.html, page/N/index.html           the latest briefs, newest first, PageSize a page
//	briefs/SLUG/index.html                  a brief
//	topics/index.html                       every topic, by name, with its number of briefs
//	topics/TOPIC/index.html, …/page/N/      a topic's briefs, newest first
//	archive/index.html                      every day with briefs, by month, newest first
//	archive/YYYY/MM/DD/index.html           the briefs of a day, in the site's time zone
//	archive/undated/index.html              the briefs without a date, when there are some
//	404.html                                the page for missing addresses
//	feed.xml, atom.xml, feed.json           RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the site
//	topics/TOPIC/feed.xml, atom.xml, …      the same for each topic
//	sitemap.xml, robots.txt
//
// plus the static files. Lists are sorted by date, newest first, then by slug; undated briefs
// come last. A topic is a tag from front matter or an automatic topic of the brief; spellings
// that give the same Slugify ("Kyiv", "kyiv") are one topic, named by its most frequent
// spelling. A tag always has a page and feeds; an automatic topic has them once
// MinTopicBriefs briefs are about it, for the most frequent 100 topics or one per 10 briefs,
// whichever is more; the others are listed on their brief with an empty URL. Feeds hold the latest FeedLength briefs and date themselves by their newest
// brief, never by the clock, so the same stories always give the same bytes.
//
// # Templates
//
// Templates are html/template files in templates/. The theme's are read first, then the
// site's; a site file replaces the theme file of the same name. There are three sorts:
//
//   - layout.html is the page skeleton, shared by every page. It calls
//     {{block "main" .}}{{end}}, and the theme's layout also has the blocks "title" (the
//     <title> text) and "head" (extra elements at the end of <head>).
//   - Partials are files whose names start with "_". They are shared too; each defines a
//     template named after its file, e.g. {{define "_entry.html"}}…{{end}}, called with
//     {{template "_entry.html" .}}.
//   - Page templates, one per page kind: index.html, brief.html, topics.html, topic.html,
//     archive.html, day.html and 404.html. Each is parsed into its own copy of the shared
//     set, and usually only defines "main" (and "head"). A page template with text outside
//     its {{define}}s is a complete page of its own and is executed instead of layout.html.
//
// A file in templates/ with any other name is an error, to catch misspelt page templates.
// Templates run with Option("missingkey=error"): naming a field that does not exist fails
// the build with the template's name and line.
//
// The theme's partials are _meta.html (an Entry's date, source and author), _topics.html (a
// []Link as tags), _entry.html (an Entry in a list), _list.html (a Page's Entries and Pager),
// _headlines.html (Entries as a compact list of headlines and ledes, with the Pager; the
// theme's topic pages use it), _pager.html (a Pager) and _block.html (a Block of a brief's
// article). A site can replace any of them alone.
//
// # Page data
//
// Every template receives a *Page as dot. These fields are set on every page: Kind (the page
// template's name without ".html"), Site (the title, description, language and base URL of
// the site), Path, Title, Description, Permalink, Type (the OpenGraph type), Date and Feeds.
// The other fields depend on the kind:
//
//	index    Entries, Pager
//	brief    Brief (*Entry), Body ([]Block), Article (Body as HTML), Related ([]Entry), JSONLD (*NewsArticle)
//	topics   Topics ([]TopicLink)
//	topic    Topic (*TopicLink), Entries, Pager; Feeds start with the topic's three
//	archive  Months ([]Month), Undated (DayLink)
//	day      Entries, Pager (Newer and Older are the neighbouring days); Date is the day,
//	         zero on the undated page
//	404      nothing more
//
// Dates are time.Time values in the site's time zone; a zero date means unknown, so test
// it with {{if not .Date.IsZero}} before showing it. Text fields are plain text that
// html/template escapes. Block.HTML, the inline markup of an article written in Markdown,
// is the one field that is already HTML (template.HTML); show it instead of Block.Text when
// it is set. Write JSONLD as <script type="application/ld+json">{{.JSONLD}}</script>:
// html/template encodes it as JSON and escapes "<", so no headline can end the element.
//
// # Links
//
// Every internal URL in the page data (Entry.URL, Link.URL, Feed.URL, …) is relative to the
// page being rendered, e.g. "../../topics/kyiv/" on a brief page. Relative links work when the
// site is published under a sub-path (https://user.github.io/proj/), at the root of a domain
// and when its files are opened from disk. For a link of your own, call the page's Rel method
// with a path relative to the site root: {{.Rel "style.css"}}, {{.Rel "topics/"}},
// {{.Rel ""}} for the home page. Inside {{range}}, where dot is not the page, call {{$.Rel …}};
// in a partial, $ is what the partial was given, so pass it the page if it needs Rel.
// Folders end in "/".
//
// For a stylesheet or script of static/, call Asset instead: {{.Asset "style.css"}} links to
// the file's fingerprinted copy (style.3f2a9c1e.css) when the site fingerprints assets, as
// briefs build does, so that hosts may cache it for ever; otherwise it is Rel.
//
// Absolute URLs, built from the base URL, are used only where they must be: Permalink (for
// <link rel="canonical"> and og:url), Entry.Permalink, JSON-LD, the feeds and the sitemap.
// Page.Abs returns one for any path. When the base URL is a bare path such as "/", these URLs
// are root-relative. The 404 page is served at whatever address was missing, so on it Rel
// returns URLs from the server root, such as "/proj/style.css".
//
// # Functions
//
// Besides html/template's built-ins, templates can call:
//
//	date t          "10 July 2025"
//	datetime t      "2025-07-10T09:30:00+02:00", for the datetime attribute of <time>
//	plural n a b    "1 brief" or "3 briefs" for {{plural .Count "brief" "briefs"}}
//
// # Static files
//
// The files of the theme's static/ folder, overlaid file by file by the site's static/, are
// copied to the root of the output: static/style.css becomes style.css, static/CNAME becomes
// CNAME. A static file wins over a generated file of the same name, so a site's
// static/robots.txt replaces the generated one.
//
// # Minifying
//
// With Options.Minify, HTML (keeping <html>, <head>, <body> and end tags), CSS, JavaScript,
// JSON and JSON-LD, SVG and XML are minified by github.com/tdewolff/minify, generated files
// and static files alike, chosen by extension. Other files are copied as they are.
package site
