package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync"

	"github.com/briefs/briefs"
	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/site"
)

// CacheDir is the default cache folder, relative to the site root.
const CacheDir = ".briefs-cache"

// A cache keeps what cleaning and summarizing made of each article, keyed by a hash of the
// file's path and bytes and of everything else that decides the result: the briefs release
// and binary, the bullets setting and the time zone. Entries live in memory for the cache's
// life and, when dir is set, on disk, each with a checksum: an entry that is corrupt or
// truncated is read as missing and made again. A stat index (path, size, modification time
// → key) spares reading the files that did not change.
//
// On disk, entries are appended to pack files (DIR/packs/*.pack), one per cache that writes,
// and index.json says where each entry of the last build lies. A file per entry would cost a
// file system an inode per article, which on some disks costs more than cleaning the
// article. A build that sweeps deletes the packs it no longer needs, and gathers the live
// entries into a fresh pack when most of the packs' bytes are stale or when they are spread
// over many small packs. Packs are not synced: an
// entry torn by a crash fails its checksum and is made again.
type cache struct {
	dir  string // "" keeps nothing on disk
	salt string
	// lean keeps neither results in memory nor article bodies in results: a body is read
	// back from disk when its page is rendered. For one-shot builds of large sites.
	lean bool

	mu      sync.Mutex
	mem     map[string]*result // key → result
	where   map[string]loc     // key → entry on disk, from the index and this cache's writes
	index   map[string]stamp   // the previous build's index
	next    map[string]stamp   // this build's
	written int                // entries made this build

	packs packs
}

// A stamp is what the index knows of a content file.
type stamp struct {
	Size int64  `json:"size"`
	Mod  int64  `json:"mod"` // modification time, Unix nanoseconds
	Key  string `json:"key"`
}

// A loc is where an entry lies: in which pack, from which byte, how many bytes.
type loc struct {
	Pack string `json:"pack"`
	Off  int64  `json:"off"`
	Len  int64  `json:"len"`
}

// newCache opens the cache in dir for a site with configuration sc; dir "" caches in memory
// only. A missing or unreadable index starts empty.
func newCache(dir string, sc config.Site) *cache {
	c := &cache{dir: dir, salt: cacheSalt(sc), mem: map[string]*result{}, where: map[string]loc{}}
	c.packs.dir = filepath.Join(dir, "packs")
	c.begin()
	return c
}

// begin starts a build: the index of the last one is what this one compares against.
func (c *cache) begin() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.next != nil {
		c.index = c.next
	} else if c.dir != "" {
		c.index = c.readIndex()
	}
	c.next = map[string]stamp{}
	c.written = 0
}

// close lets go of the pack files the cache has open.
func (c *cache) close() error {
	return c.packs.close()
}

// cacheSalt returns what every key of a site's cache starts from.
func cacheSalt(sc config.Site) string {
	exe := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				exe += s.Value
			}
		}
	}
	// A rebuilt binary may change what it makes without a new release: its size and time
	// stand for its code.
	if path, err := os.Executable(); err == nil {
		if fi, err := os.Stat(path); err == nil {
			exe += fmt.Sprintf("|%d|%d", fi.Size(), fi.ModTime().UnixNano())
		}
	}
	return fmt.Sprintf("briefs %s|%s|bullets %d|zone %s", briefs.Version, exe, sc.Bullets, sc.Location)
}

// article returns the result of the content file name of fsys, from the cache when it has
// one for the file's bytes. When same is set the caller knows the file has not changed since
// the last build, and the index is trusted without a stat.
func (c *cache) article(fsys fs.FS, name string, sc config.Site, same bool) result {
	c.mu.Lock()
	prev, ok := c.index[name]
	c.mu.Unlock()
	if ok && same {
		if r := c.get(prev.Key); r != nil {
			c.record(name, prev)
			return *r
		}
	}
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return result{path: name, err: &content.Error{Path: name, Err: err}}
	}
	st := stamp{Size: fi.Size(), Mod: fi.ModTime().UnixNano()}
	if ok && prev.Size == st.Size && prev.Mod == st.Mod {
		if r := c.get(prev.Key); r != nil {
			c.record(name, prev)
			return *r
		}
	}
	if st.Size > content.MaxSize {
		return result{path: name, err: &content.Error{Path: name,
			Err: fmt.Errorf("file is %d MB; the limit is %d MB", st.Size>>20, content.MaxSize>>20)}}
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return result{path: name, err: &content.Error{Path: name, Err: err}}
	}
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00", c.salt, name)
	sum.Write(data)
	st.Key = hex.EncodeToString(sum.Sum(nil))
	if r := c.get(st.Key); r != nil {
		c.record(name, st)
		return *r
	}
	r := process(name, data, sc)
	r.story.Key = st.Key // the pages tell a changed story by it
	c.put(st.Key, &r)
	c.record(name, st)
	return r
}

func (c *cache) record(name string, st stamp) {
	c.mu.Lock()
	c.next[name] = st
	c.mu.Unlock()
}

// get returns the result stored under key, or nil.
func (c *cache) get(key string) *result {
	c.mu.Lock()
	r := c.mem[key]
	at, onDisk := c.where[key]
	c.mu.Unlock()
	if r != nil || !onDisk {
		return r
	}
	data, err := c.packs.read(at)
	if err != nil {
		return nil
	}
	r, err = decodeEntry(data, !c.lean)
	if err != nil {
		return nil // corrupt or truncated: made again and stored anew
	}
	if c.lean {
		r.story.LoadBody = c.bodyLoader(at)
		return r
	}
	c.mu.Lock()
	c.mem[key] = r
	c.mu.Unlock()
	return r
}

// put stores r under key, in memory and on disk; a lean cache lets go of r's body once it is
// on disk. A failure to write is not an error: the entry will be made again next time.
func (c *cache) put(key string, r *result) {
	c.mu.Lock()
	c.written++
	if !c.lean {
		c.mem[key] = r
	}
	c.mu.Unlock()
	if c.dir == "" {
		return
	}
	data, err := encodeEntry(r)
	if err != nil {
		return
	}
	at, err := c.packs.append(data)
	if err != nil {
		return
	}
	c.mu.Lock()
	c.where[key] = at
	c.mu.Unlock()
	if c.lean {
		r.story.Doc.Blocks = nil
		r.story.LoadBody = c.bodyLoader(at)
	}
}

// bodyLoader returns a func that reads the article body of the entry at at.
func (c *cache) bodyLoader(at loc) func() ([]clean.Block, error) {
	return func() ([]clean.Block, error) {
		data, err := c.packs.read(at)
		if err != nil {
			return nil, fmt.Errorf("cache: %w", err)
		}
		blocks, err := decodeBody(data)
		if err != nil {
			return nil, fmt.Errorf("cache %s: %w", filepath.Join(c.packs.dir, at.Pack), err)
		}
		return blocks, nil
	}
}

// commit saves this build's index. With sweep it also deletes the packs that no entry of the
// index is in, after compacting them (see packs.compact).
func (c *cache) commit(sweep bool) error {
	if c.dir == "" {
		return nil
	}
	c.mu.Lock()
	live := make(map[string]loc, len(c.next))
	for _, st := range c.next {
		if at, ok := c.where[st.Key]; ok {
			live[st.Key] = at
		}
	}
	c.mu.Unlock()
	if sweep {
		if moved, lost, err := c.packs.compact(live); err == nil {
			c.mu.Lock()
			maps.Copy(live, moved)
			maps.Copy(c.where, moved)
			for _, key := range lost { // made again next time
				delete(live, key)
				delete(c.where, key)
			}
			c.mu.Unlock()
		}
	}
	data, err := json.Marshal(indexFile{Salt: c.salt, Files: c.next, Entries: live})
	if err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(c.dir, "index.json"), data); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	if !sweep {
		return nil
	}
	os.RemoveAll(filepath.Join(c.dir, "articles")) // entries of briefs before packs
	keep := map[string]bool{}
	for _, at := range live {
		keep[at.Pack] = true
	}
	c.packs.removeExcept(keep)
	return nil
}

// An indexFile is the stat index on disk, with where the entries it names lie.
type indexFile struct {
	Salt    string           `json:"salt"`
	Files   map[string]stamp `json:"files"`
	Entries map[string]loc   `json:"entries"`
}

// readIndex reads the last build's index, and learns where its entries lie.
func (c *cache) readIndex() map[string]stamp {
	data, err := os.ReadFile(filepath.Join(c.dir, "index.json"))
	if err != nil {
		return nil
	}
	var idx indexFile
	if json.Unmarshal(data, &idx) != nil || idx.Salt != c.salt {
		return nil
	}
	for key, at := range idx.Entries {
		if at.Len > 0 && at.Off >= 0 && filepath.Base(at.Pack) == at.Pack && at.Pack != "." && at.Pack != ".." {
			c.where[key] = at
		}
	}
	return idx.Files
}

// An entry is a result as stored on disk, without the article's body, which follows it.
type entry struct {
	Path     string     `json:"path"`
	Story    site.Story `json:"story"`
	SlugSet  bool       `json:"slug_set,omitempty"`
	Draft    bool       `json:"draft,omitempty"`
	Warnings []string   `json:"warnings,omitempty"`
	Err      string     `json:"err,omitempty"`
}

// entryMagic starts every entry. The line goes on with the SHA-256 of the rest of the entry
// and the length of its JSON, which a newline and the body's blocks (see appendBlocks)
// follow: a reader that needs no body decodes only the JSON.
const entryMagic = "briefs-cache-entry 3 "

func encodeEntry(r *result) ([]byte, error) {
	e := entry{Path: r.path, Story: r.story, SlugSet: r.slugSet, Draft: r.draft}
	e.Story.Doc.Blocks = nil
	for _, w := range r.warnings {
		e.Warnings = append(e.Warnings, w.Error())
	}
	if r.err != nil {
		e.Err = r.err.Error()
	}
	head, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	size := len(head) + 1 + binary.MaxVarintLen64
	for _, b := range r.story.Doc.Blocks {
		size += len(b.Text) + len(b.HTML) + 4*binary.MaxVarintLen64
	}
	rest := appendBlocks(append(append(make([]byte, 0, size), head...), '\n'), r.story.Doc.Blocks)
	sum := sha256.Sum256(rest)
	line := fmt.Sprintf("%s%s %d\n", entryMagic, hex.EncodeToString(sum[:]), len(head))
	return append(append(make([]byte, 0, len(line)+len(rest)), line...), rest...), nil
}

var errCorrupt = errors.New("corrupt cache entry")

// checkEntry verifies an entry's checksum and returns its JSON and its body.
func checkEntry(data []byte) (head, body []byte, err error) {
	line, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || !bytes.HasPrefix(line, []byte(entryMagic)) {
		return nil, nil, errCorrupt
	}
	want, num, ok := bytes.Cut(line[len(entryMagic):], []byte(" "))
	n, err := strconv.Atoi(string(num))
	if !ok || err != nil || n < 0 || n >= len(rest) {
		return nil, nil, errCorrupt
	}
	sum := sha256.Sum256(rest)
	if string(want) != hex.EncodeToString(sum[:]) {
		return nil, nil, errCorrupt
	}
	return rest[:n], rest[n+1:], nil
}

// decodeBody reads only the article's body from an entry.
func decodeBody(data []byte) ([]clean.Block, error) {
	_, body, err := checkEntry(data)
	if err != nil {
		return nil, err
	}
	return readBlocks(string(body))
}

// decodeEntry reads an entry, with the article's body when body is set.
func decodeEntry(data []byte, body bool) (*result, error) {
	head, rest, err := checkEntry(data)
	if err != nil {
		return nil, err
	}
	var e entry
	if err := json.Unmarshal(head, &e); err != nil {
		return nil, errCorrupt
	}
	if body {
		blocks, err := readBlocks(string(rest))
		if err != nil {
			return nil, errCorrupt
		}
		e.Story.Doc.Blocks = blocks
	}
	r := &result{path: e.Path, story: e.Story, slugSet: e.SlugSet, draft: e.Draft}
	for _, w := range e.Warnings {
		r.warnings = append(r.warnings, errors.New(w))
	}
	if e.Err != "" {
		r.err = errors.New(e.Err)
	}
	return r, nil
}

// appendBlocks appends blocks to buf in the entry's binary form, which reads back far faster
// than JSON: the number of blocks, then for each its kind, source line, and the lengths
// and bytes of its text and HTML, the numbers as uvarints.
func appendBlocks(buf []byte, blocks []clean.Block) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(blocks)))
	for _, b := range blocks {
		buf = binary.AppendUvarint(buf, uint64(b.Kind))
		buf = binary.AppendUvarint(buf, uint64(max(b.Line, 0)))
		buf = binary.AppendUvarint(buf, uint64(len(b.Text)))
		buf = append(buf, b.Text...)
		buf = binary.AppendUvarint(buf, uint64(len(b.HTML)))
		buf = append(buf, b.HTML...)
	}
	return buf
}

// readBlocks reads what appendBlocks wrote. The blocks' strings share data's memory.
func readBlocks(data string) ([]clean.Block, error) {
	pos := 0
	num := func() (uint64, bool) {
		var v uint64
		for shift := 0; pos < len(data) && shift < 64; shift += 7 {
			c := data[pos]
			pos++
			v |= uint64(c&0x7f) << shift
			if c < 0x80 {
				return v, true
			}
		}
		return 0, false
	}
	str := func() (string, bool) {
		n, ok := num()
		if !ok || n > uint64(len(data)-pos) {
			return "", false
		}
		s := data[pos : pos+int(n)]
		pos += int(n)
		return s, true
	}
	n, ok := num()
	if !ok || n > uint64(len(data)) { // every block takes at least a byte
		return nil, errCorrupt
	}
	var blocks []clean.Block
	if n > 0 {
		blocks = make([]clean.Block, n)
	}
	for i := range blocks {
		kind, ok1 := num()
		line, ok2 := num()
		text, ok3 := str()
		html, ok4 := str()
		if !ok1 || !ok2 || !ok3 || !ok4 || kind > uint64(clean.Code) || line > 1<<31 {
			return nil, errCorrupt
		}
		blocks[i] = clean.Block{Kind: clean.Kind(kind), Line: int(line), Text: text, HTML: html}
	}
	if pos != len(data) {
		return nil, errCorrupt
	}
	return blocks, nil
}

// writeAtomic writes data to path through a temporary file and a rename, so that a reader
// sees the old file or the new one, never half of one.
func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
