package site

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// An item is a Story as Render sees it: sorted, dated in the site's zone, with its topics.
type item struct {
	*Story
	rank    int       // position in the site's order: date descending, then slug; undated last
	version uint64    // changes whenever anything an entry of the item shows does
	related []*item   // the briefs that share most topics with it; see relateAll
	path    string    // site path, briefs/SLUG/
	title   string    // the headline
	date    time.Time // in the site's Location; zero when unknown
	topics  []*topic  // editor tags first, then automatic topics, de-duplicated

	feedOnce sync.Once
	feedHTML string // content(item), which every feed of the item shows
}

// feedContent returns the HTML the item's feed entries show, made once: an item is in the
// site's feeds and in each of its topics', in three formats.
func (it *item) feedContent() string {
	it.feedOnce.Do(func() { it.feedHTML = content(it) })
	return it.feedHTML
}

// A topic is a tag or automatic topic with every story about it.
type topic struct {
	slug  string
	name  string  // the most frequent spelling
	items []*item // in site order
	page  bool    // it has a page and feeds: see collectTopics
	// spellings counts the names that give the slug, while collectTopics runs.
	spellings []spelling
}

type spelling struct {
	name string
	n    int
}

// spell counts one use of name for t.
func (t *topic) spell(name string) {
	for i := range t.spellings {
		if t.spellings[i].name == name {
			t.spellings[i].n++
			return
		}
	}
	t.spellings = append(t.spellings, spelling{name, 1})
}

// A day is one date of the archive with its stories.
type day struct {
	date  time.Time // midnight in the site's Location; zero for the undated stories
	path  string    // archive/YYYY/MM/DD/ or archive/undated/
	items []*item
}

// A model is everything Render derives from the stories before writing a page.
type model struct {
	items  []*item
	topics []*topic // sorted by name
	days   []*day   // newest first; the undated day, if any, last
	newest time.Time
}

// newModel sorts the stories and collects their topics and days. stories is not modified.
// It returns an error for a missing, unsafe or duplicate slug.
func newModel(stories []Story, loc *time.Location) (*model, error) {
	m := &model{items: make([]*item, len(stories))}
	seen := make(map[string]bool, len(stories))
	for i := range stories {
		s := &stories[i]
		if err := checkSlug(s.Slug); err != nil {
			return nil, fmt.Errorf("story %q: %w", s.Doc.Path, err)
		}
		if seen[s.Slug] {
			return nil, fmt.Errorf("story %q: duplicate slug %q", s.Doc.Path, s.Slug)
		}
		seen[s.Slug] = true
		it := &item{Story: s, path: briefPath(s.Slug), title: headline(s)}
		if !s.Doc.Date.IsZero() {
			it.date = s.Doc.Date.In(loc)
		}
		m.items[i] = it
	}
	slices.SortFunc(m.items, func(a, b *item) int {
		if a.date.IsZero() != b.date.IsZero() {
			if a.date.IsZero() {
				return 1
			}
			return -1
		}
		if c := b.date.Compare(a.date); c != 0 {
			return c
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	for i, it := range m.items {
		it.rank = i
	}
	if len(m.items) > 0 {
		m.newest = m.items[0].date
	}
	m.topics = collectTopics(m.items)
	m.days = collectDays(m.items)
	for _, it := range m.items {
		it.version = itemVersion(it)
	}
	relateAll(m.items, relatedCount)
	return m, nil
}

// relatedCount is how many related briefs a brief page lists.
const relatedCount = 5

// itemVersion fingerprints what a page shows of an item: the story (by its Key, else by
// itself), its slug, its date in the site's zone, and the names, slugs and pages of its
// topics, which other stories decide.
func itemVersion(it *item) uint64 {
	h := newHasher()
	if it.Key != "" {
		h.str(it.Key)
	} else {
		h.json(it.Story)
	}
	h.str(it.Slug)
	h.str(it.date.Format(time.RFC3339Nano))
	for _, t := range it.topics {
		h.str(t.slug)
		h.str(t.name)
		h.bool(t.page)
	}
	return h.sum()
}

// checkSlug reports why slug can't name a directory of the site, or nil.
func checkSlug(slug string) error {
	switch {
	case slug == "":
		return fmt.Errorf("empty slug")
	case slug == "." || slug == ".." || strings.ContainsAny(slug, "/\\?#%"):
		return fmt.Errorf("slug %q is not a path segment", slug)
	}
	return nil
}

// headline returns the story's headline: the brief's title, else the article's, else its slug.
func headline(s *Story) string {
	for _, t := range []string{s.Brief.Title, s.Doc.Title} {
		if t = strings.TrimSpace(t); t != "" {
			return t
		}
	}
	return s.Slug
}

// collectTopics gives each item its topics and returns the topics that get a page, sorted by
// name. A topic is identified by its slug, so "Kyiv" and "kyiv" are one topic, named by the
// most frequent spelling (ties go to the spelling that sorts first).
//
// An editor's tag always gets a page. An automatic topic gets one when at least
// MinTopicBriefs briefs are about it: most names occur in one article only, and a page and
// three feeds for each would multiply the site's files for nothing. Of those, a large site
// pages only the most frequent (see maxTopicPages): a reader browses a hundred topics, not
// ten thousand. The others are still shown on their brief, without a link.
func collectTopics(items []*item) []*topic {
	bySlug := make(map[string]*topic, len(items))
	slugs := make(map[string]string, len(items)) // name → Slugify(name), which is slow
	var topics []*topic
	for _, it := range items {
		names := append(slices.Clip(it.Tags), it.Brief.Topics...)
		for _, name := range names {
			name = collapseSpaces(name)
			slug, ok := slugs[name]
			if !ok {
				slug = Slugify(name)
				slugs[name] = slug
			}
			if slug == "" {
				continue
			}
			t := bySlug[slug]
			if t == nil {
				t = &topic{slug: slug}
				bySlug[slug] = t
				topics = append(topics, t)
			}
			if len(t.items) > 0 && t.items[len(t.items)-1] == it {
				continue // said twice by one story
			}
			t.items = append(t.items, it)
			t.spell(name)
			it.topics = append(it.topics, t)
		}
		for _, tag := range it.Tags {
			if t := bySlug[slugs[collapseSpaces(tag)]]; t != nil {
				t.page = true
			}
		}
	}
	// Tags first, then the automatic topics with most briefs, up to the cap.
	var auto []*topic
	paged := topics[:0:0]
	for _, t := range topics {
		switch {
		case t.page:
			paged = append(paged, t)
		case len(t.items) >= MinTopicBriefs:
			auto = append(auto, t)
		}
	}
	slices.SortStableFunc(auto, func(a, b *topic) int {
		return cmp.Or(len(b.items)-len(a.items), strings.Compare(a.slug, b.slug))
	})
	for _, t := range auto[:min(len(auto), maxTopicPages(len(items)))] {
		t.page = true
		paged = append(paged, t)
	}
	for _, t := range topics {
		best, n := "", 0
		for _, sp := range t.spellings {
			if sp.n > n || sp.n == n && sp.name < best {
				best, n = sp.name, sp.n
			}
		}
		t.name, t.spellings = best, nil
	}
	slices.SortFunc(paged, func(a, b *topic) int {
		return cmp.Or(
			strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)),
			strings.Compare(a.name, b.name),
			strings.Compare(a.slug, b.slug))
	})
	return paged
}

// MinTopicBriefs is how many briefs an automatic topic needs to get a page of its own.
const MinTopicBriefs = 2

// maxTopicPages returns how many automatic topics of a site of n briefs get pages: at least
// 100, and one for every 10 briefs.
func maxTopicPages(n int) int { return max(100, n/10) }

// collectDays groups the items by the calendar day of their date, newest first, and puts the
// undated items on a last day of their own.
func collectDays(items []*item) []*day {
	var days []*day
	for _, it := range items {
		var date time.Time
		if !it.date.IsZero() {
			y, mo, d := it.date.Date()
			date = time.Date(y, mo, d, 0, 0, 0, 0, it.date.Location())
		}
		if n := len(days); n > 0 && days[n-1].date.Equal(date) {
			days[n-1].items = append(days[n-1].items, it)
			continue
		}
		days = append(days, &day{date: date, path: dayPath(date), items: []*item{it}})
	}
	return days
}

// dayPath returns the site path of the archive page of date, or of the undated stories.
func dayPath(date time.Time) string {
	if date.IsZero() {
		return "archive/undated/"
	}
	return date.Format("archive/2006/01/02/")
}

// relateAll sets the related field of every item: up to n items that share topics with it,
// most shared topics first, then in site order. Of a topic with many briefs only the
// relatedWindow nearest to the item in site order count, so that a site of many thousand
// briefs about one big topic does not compare every brief with every other. Counting runs
// in one array indexed by rank, reused from item to item.
func relateAll(items []*item, n int) {
	shared := make([]int32, len(items))
	var touched []int
	for _, it := range items {
		touched = touched[:0]
		for _, t := range it.topics {
			ts := t.items
			if len(ts) > 2*relatedWindow {
				i, _ := slices.BinarySearchFunc(ts, it.rank, func(o *item, rank int) int { return o.rank - rank })
				lo := max(0, min(i-relatedWindow, len(ts)-2*relatedWindow))
				ts = ts[lo : lo+2*relatedWindow]
			}
			for _, o := range ts {
				if o == it {
					continue
				}
				if shared[o.rank] == 0 {
					touched = append(touched, o.rank)
				}
				shared[o.rank]++
			}
		}
		// The n best: a partial insertion sort, since n is small.
		better := func(a, b int) bool { return shared[a] > shared[b] || shared[a] == shared[b] && a < b }
		top := make([]int, 0, n+1)
		for _, r := range touched {
			if len(top) == n && !better(r, top[n-1]) {
				continue
			}
			i := len(top)
			for i > 0 && better(r, top[i-1]) {
				i--
			}
			top = slices.Insert(top, i, r)
			if len(top) > n {
				top = top[:n]
			}
		}
		it.related = make([]*item, len(top))
		for i, r := range top {
			it.related[i] = items[r]
		}
		for _, r := range touched {
			shared[r] = 0
		}
	}
}

// relatedWindow is how many briefs on each side of a brief, in site order, related looks at
// in one topic.
const relatedWindow = 25

// collapseSpaces trims s and turns each run of white space in it into one space.
func collapseSpaces(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\n' || c == '\r' || c >= 0x80 || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
