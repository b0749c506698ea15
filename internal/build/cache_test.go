package build

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/config"
)

// newSite writes a site of n small articles and returns its root.
func newSite(t *testing.T, n int) string {
	t.Helper()
	root := t.TempDir()
	for i := range n {
		body := "---\ntitle: Story " + string(rune('A'+i)) + " about oil\ndate: 2025-01-0" + string(rune('1'+i%9)) + "\ntags: [energy]\n---\n" +
			"Oil prices rose " + string(rune('1'+i%9)) + "% on Monday after producers agreed to cut output by two million barrels a day.\n\n" +
			"Analysts said the cut was larger than expected and would tighten supply through the winter.\n\n" +
			"Consumers are likely to see higher prices at the pump within weeks, industry groups said.\n"
		p := filepath.Join(root, "content", "s"+string(rune('a'+i))+".md")
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// tree reads every file under dir, keyed by slash path, with its modification time.
func tree(t *testing.T, dir string) (map[string][]byte, map[string]time.Time) {
	t.Helper()
	files, mods := map[string][]byte{}, map[string]time.Time{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		fi, _ := d.Info()
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		mods[filepath.ToSlash(rel)] = fi.ModTime()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, mods
}

// sameTree fails the test where the folders a and b, called what and other, do not hold the
// same files with the same bytes.
func sameTree(t *testing.T, a, b, what, other string) {
	t.Helper()
	fa, _ := tree(t, a)
	fb, _ := tree(t, b)
	if len(fa) != len(fb) {
		t.Errorf("%s has %d files, %s %d", what, len(fa), other, len(fb))
	}
	for name, data := range fb {
		if got, ok := fa[name]; !ok || !bytes.Equal(got, data) {
			t.Errorf("%s differs between %s and %s", name, what, other)
		}
	}
}

func TestRebuilds(t *testing.T) {
	root := newSite(t, 6)
	ctx := context.Background()
	cold, err := Run(ctx, Config{Site: root})
	if err != nil {
		t.Fatal(err)
	}
	if cold.Written != cold.Files || cold.Files < 10 {
		t.Fatalf("cold build wrote %d of %d files", cold.Written, cold.Files)
	}
	dest := filepath.Join(root, "public")
	before, mods := tree(t, dest)

	// No change: nothing is written, and every file keeps its timestamp.
	again, err := Run(ctx, Config{Site: root})
	if err != nil {
		t.Fatal(err)
	}
	after, mods2 := tree(t, dest)
	if again.Written != 0 || len(after) != len(before) {
		t.Errorf("no-change rebuild wrote %d files (%d before, %d after)", again.Written, len(before), len(after))
	}
	for name, m := range mods {
		if !mods2[name].Equal(m) {
			t.Errorf("no-change rebuild touched %s", name)
		}
	}

	// One article changes: a few files are written, and the site is what a cold build of the
	// new content makes.
	p := filepath.Join(root, "content", "sc.md")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, bytes.Replace(data, []byte("two million"), []byte("three million"), 1), 0o644)
	one, err := Run(ctx, Config{Site: root})
	if err != nil {
		t.Fatal(err)
	}
	if one.Written == 0 || one.Written >= one.Files {
		t.Errorf("one-article rebuild wrote %d of %d files", one.Written, one.Files)
	}
	_, mods3 := tree(t, dest)
	for _, name := range []string{"style.css", "404.html", "archive/index.html"} {
		if !mods3[name].Equal(mods[name]) {
			t.Errorf("one-article rebuild rewrote %s", name)
		}
	}
	fresh := filepath.Join(t.TempDir(), "fresh")
	if _, err := Run(ctx, Config{Site: root, Dest: fresh, CacheDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	sameTree(t, dest, fresh, "the incremental build", "a cold one")

	// An article removed: its page goes.
	os.Remove(filepath.Join(root, "content", "sd.md"))
	if _, err := Run(ctx, Config{Site: root}); err != nil {
		t.Fatal(err)
	}
	got, _ := tree(t, dest)
	for name := range got {
		if strings.Contains(name, "story-d") {
			t.Errorf("%s survives its article", name)
		}
	}
}

func TestCacheEntries(t *testing.T) {
	root := newSite(t, 3)
	dir := t.TempDir()
	sc := config.Default()
	fsys := os.DirFS(root)
	names := []string{"content/sa.md", "content/sb.md", "content/sc.md"}

	c := newCache(dir, sc)
	for _, n := range names {
		c.article(fsys, n, sc, false)
	}
	if c.written != 3 {
		t.Fatalf("cold cache made %d entries, want 3", c.written)
	}
	if err := c.commit(true); err != nil {
		t.Fatal(err)
	}

	// A new cache on the same folder serves every article from disk.
	c = newCache(dir, sc)
	want := c.article(fsys, names[0], sc, false)
	for _, n := range names[1:] {
		c.article(fsys, n, sc, false)
	}
	if c.written != 0 {
		t.Errorf("warm cache made %d entries, want 0", c.written)
	}

	// A truncated or altered entry is not trusted: it is made again.
	packs, _ := filepath.Glob(filepath.Join(dir, "packs", "*.pack"))
	if len(packs) != 1 {
		t.Fatalf("%d pack files, want 1", len(packs))
	}
	data, _ := os.ReadFile(packs[0])
	if n := bytes.Count(data, []byte(entryMagic)); n != 3 {
		t.Fatalf("the pack holds %d entries, want 3", n)
	}
	var idx indexFile
	if raw, err := os.ReadFile(filepath.Join(dir, "index.json")); err != nil || json.Unmarshal(raw, &idx) != nil || len(idx.Entries) != 3 {
		t.Fatalf("index.json: %v, %d entries", err, len(idx.Entries))
	}
	var last loc
	for _, at := range idx.Entries {
		if at.Off > last.Off {
			last = at
		}
	}
	for _, at := range idx.Entries {
		if at != last {
			data[at.Off+at.Len/2] ^= 1 // one bit of each of the others
		}
	}
	os.WriteFile(packs[0], data[:last.Off+last.Len-10], 0o644) // the last cut short
	c = newCache(dir, sc)
	got := c.article(fsys, names[0], sc, false)
	for _, n := range names[1:] {
		c.article(fsys, n, sc, false)
	}
	if c.written != 3 {
		t.Errorf("damaged cache: %d entries made again, want 3", c.written)
	}
	if got.story.Brief.Title != want.story.Brief.Title || got.story.Brief.Lede != want.story.Brief.Lede {
		t.Errorf("entry made again = %+v, want %+v", got.story.Brief, want.story.Brief)
	}

	// Other settings are other keys.
	sc.Bullets = 5
	c = newCache(dir, sc)
	c.article(fsys, names[0], sc, false)
	if c.written != 1 {
		t.Errorf("a cache for 5 bullets reused an entry made for %d", config.Default().Bullets)
	}
}

func TestWorkersGiveTheSameSite(t *testing.T) {
	root := newSite(t, 9)
	ctx := context.Background()
	one := filepath.Join(t.TempDir(), "one")
	many := filepath.Join(t.TempDir(), "many")
	if _, err := Run(ctx, Config{Site: root, Dest: one, Workers: 1, CacheDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(ctx, Config{Site: root, Dest: many, Workers: 8, CacheDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	sameTree(t, one, many, "one worker", "eight")
}

// cacheBuild runs one sweeping build of the cache in dir over the content files names of
// fsys, as Run does, and returns how many entries it made.
func cacheBuild(t *testing.T, dir string, fsys fs.FS, names []string) int {
	t.Helper()
	sc := config.Default()
	c := newCache(dir, sc)
	for _, n := range names {
		if r := c.article(fsys, n, sc, false); r.err != nil {
			t.Fatal(r.err)
		}
	}
	if err := c.commit(true); err != nil {
		t.Fatal(err)
	}
	if err := c.close(); err != nil {
		t.Fatal(err)
	}
	return c.written
}

func TestCachePacks(t *testing.T) {
	defer func(n int64) { compactMin = n }(compactMin)
	compactMin = 0
	root := newSite(t, 6)
	dir := t.TempDir()
	fsys := os.DirFS(root)
	var names []string
	for i := range 6 {
		names = append(names, "content/s"+string(rune('a'+i))+".md")
	}
	packs := func() []string {
		t.Helper()
		p, _ := filepath.Glob(filepath.Join(dir, "packs", "*.pack"))
		return p
	}

	cacheBuild(t, dir, fsys, names)
	first := packs()
	if len(first) != 1 {
		t.Fatalf("%d packs after a cold build, want 1", len(first))
	}
	full, _ := os.Stat(first[0])

	// Two articles left of six: their entries move to a fresh pack, and the old one goes.
	if w := cacheBuild(t, dir, fsys, names[:2]); w != 0 {
		t.Errorf("%d entries made for unchanged articles", w)
	}
	second := packs()
	if len(second) != 1 || second[0] == first[0] {
		t.Fatalf("packs %v after dropping four articles of %v, want one new pack", second, first)
	}
	small, _ := os.Stat(second[0])
	if small.Size()*2 >= full.Size() {
		t.Errorf("compacted pack is %d bytes of %d", small.Size(), full.Size())
	}
	// The moved entries are read back as they were.
	if w := cacheBuild(t, dir, fsys, names[:2]); w != 0 {
		t.Errorf("%d entries made again after compaction", w)
	}

	// Every article changes: the old pack holds nothing live and is deleted.
	for _, n := range names[:2] {
		p := filepath.Join(root, n)
		data, _ := os.ReadFile(p)
		os.WriteFile(p, append(data, "\nA new last paragraph about the oil market.\n"...), 0o644)
	}
	if w := cacheBuild(t, dir, fsys, names[:2]); w != 2 {
		t.Errorf("%d entries made for two edited articles", w)
	}
	if third := packs(); len(third) != 1 || third[0] == second[0] {
		t.Errorf("packs %v after editing every article, want only a new one", third)
	}
}

func TestBlocksRoundTrip(t *testing.T) {
	for _, blocks := range [][]clean.Block{
		nil,
		{{Kind: clean.Paragraph, Text: "One.", Line: 3}},
		{{Kind: clean.Heading, Text: "Key points"}, {Kind: clean.ListItem, Text: "Ünïcödé “quotes”", HTML: "<em>x</em>", Line: 1 << 20},
			{Kind: clean.Code, Text: "a\n\tb\x00"}, {Kind: clean.Quote, Text: strings.Repeat("long ", 1000)}},
	} {
		data := appendBlocks([]byte("prefix"), blocks)
		got, err := readBlocks(string(data[len("prefix"):]))
		if err != nil {
			t.Fatalf("readBlocks(appendBlocks(%v)): %v", blocks, err)
		}
		if !slices.Equal(got, blocks) {
			t.Errorf("round trip = %v, want %v", got, blocks)
		}
		// Every cut is an error, never a panic or a shorter article.
		for n := range len(data) - len("prefix") {
			if _, err := readBlocks(string(data[len("prefix") : len("prefix")+n])); err == nil && len(blocks) > 0 {
				t.Errorf("%d of %d bytes read without an error", n, len(data)-len("prefix"))
			}
		}
	}
}

func FuzzReadBlocks(f *testing.F) {
	f.Add(string(appendBlocks(nil, []clean.Block{{Kind: clean.Paragraph, Text: "One.", Line: 3}, {Kind: clean.Code, HTML: "<b>"}})))
	f.Add("\x05\x00")
	f.Fuzz(func(t *testing.T, data string) {
		blocks, err := readBlocks(data)
		if err != nil {
			return
		}
		if again := appendBlocks(nil, blocks); string(again) != data {
			// Over-long varints read the same numbers; anything else must write back as read.
			if b2, err := readBlocks(string(again)); err != nil || !slices.Equal(b2, blocks) {
				t.Errorf("blocks %v do not round-trip", blocks)
			}
		}
	})
}

// TestCachePacksStayFew edits a different article before each build: every build adds a
// pack, and the small ones are gathered before there are more than maxPacks.
func TestCachePacksStayFew(t *testing.T) {
	const n = maxPacks + 6
	root := t.TempDir()
	var names []string
	for i := range n {
		name := fmt.Sprintf("content/s%02d.md", i)
		names = append(names, name)
		body := fmt.Sprintf("---\ntitle: Story %d about oil\n---\nOil prices rose %d%% on Monday after producers agreed to cut output.\n", i, i)
		os.MkdirAll(filepath.Join(root, "content"), 0o755)
		os.WriteFile(filepath.Join(root, name), []byte(body), 0o644)
	}
	dir := t.TempDir()
	fsys := os.DirFS(root)
	cacheBuild(t, dir, fsys, names)
	for i := range n {
		p := filepath.Join(root, names[i])
		data, _ := os.ReadFile(p)
		os.WriteFile(p, append(data, "Edited.\n"...), 0o644)
		if w := cacheBuild(t, dir, fsys, names); w != 1 {
			t.Fatalf("edit %d: %d entries made, want 1", i, w)
		}
		packs, _ := filepath.Glob(filepath.Join(dir, "packs", "*.pack"))
		if len(packs) > maxPacks+1 {
			t.Fatalf("edit %d: %d packs", i, len(packs))
		}
	}
	if w := cacheBuild(t, dir, fsys, names); w != 0 {
		t.Errorf("after gathering, %d entries made again", w)
	}
}
