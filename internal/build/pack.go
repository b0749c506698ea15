package build

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// packs are the cache's pack files in dir: this cache appends to one pack of its own, made on
// its first append, and reads entries from any pack. Appends reserve their bytes under a lock
// and write them outside it, so workers write at once.
type packs struct {
	dir string

	mu    sync.Mutex
	w     *os.File            // the pack appended to, or nil
	wname string              // its name in dir
	size  int64               // its bytes, reserved or written
	open  map[string]*os.File // packs open for reading, by name
}

const packSuffix = ".pack"

// compactMin is the size of packs below which compact leaves them be.
var compactMin int64 = 1 << 20

// errNoPack is returned for an entry whose pack is gone.
var errNoPack = errors.New("no such pack")

// append writes data at the end of this cache's pack and returns where it lies.
func (p *packs) append(data []byte) (loc, error) {
	p.mu.Lock()
	if p.w == nil {
		if err := os.MkdirAll(p.dir, 0o755); err != nil {
			p.mu.Unlock()
			return loc{}, err
		}
		f, err := os.CreateTemp(p.dir, "*"+packSuffix)
		if err != nil {
			p.mu.Unlock()
			return loc{}, err
		}
		p.w, p.wname, p.size = f, filepath.Base(f.Name()), 0
	}
	f, at := p.w, loc{Pack: p.wname, Off: p.size, Len: int64(len(data))}
	p.size += at.Len
	p.mu.Unlock()
	if _, err := f.WriteAt(data, at.Off); err != nil {
		return loc{}, err
	}
	return at, nil
}

// read returns the bytes of the entry at at. Bytes that are not there (a pack cut short, or
// deleted) are an error; wrong bytes are for the entry's checksum to find.
func (p *packs) read(at loc) ([]byte, error) {
	f, err := p.file(at.Pack)
	if err != nil {
		return nil, err
	}
	if at.Len <= 0 || at.Len > 1<<30 {
		return nil, errCorrupt
	}
	data := make([]byte, at.Len)
	if _, err := f.ReadAt(data, at.Off); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errCorrupt
		}
		return nil, err
	}
	return data, nil
}

// file returns the pack named name, opened for reading once.
func (p *packs) file(name string) (*os.File, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if name == p.wname && p.w != nil {
		return p.w, nil
	}
	if f, ok := p.open[name]; ok {
		if f == nil {
			return nil, errNoPack
		}
		return f, nil
	}
	if p.open == nil {
		p.open = map[string]*os.File{}
	}
	f, err := os.Open(filepath.Join(p.dir, name))
	if err != nil {
		p.open[name] = nil // not there now, not there for the rest of the build
		return nil, errNoPack
	}
	p.open[name] = f
	return f, nil
}

// maxPacks is how many packs the live entries may lie in before compact gathers the small ones.
const maxPacks = 16

// compact moves live entries into a fresh pack and returns their new places, and the keys of
// the entries it could not read. It moves every entry when they are less than half of the
// bytes of the packs they lie in (and those are over compactMin), and the entries of all but
// the largest pack when they lie in more than maxPacks (each incremental build adds a pack);
// otherwise nothing. The old packs stay until removeExcept.
func (p *packs) compact(live map[string]loc) (moved map[string]loc, lost []string, err error) {
	var used, total int64
	sizes := map[string]int64{}
	for _, at := range live {
		used += at.Len
		if _, ok := sizes[at.Pack]; !ok {
			sizes[at.Pack] = p.sizeOf(at.Pack)
			total += sizes[at.Pack]
		}
	}
	move := map[string]bool{}
	switch {
	case total >= compactMin && used*2 <= total:
		for name := range sizes {
			move[name] = true
		}
	case len(sizes) > maxPacks:
		largest := ""
		for name, n := range sizes {
			move[name] = true
			if largest == "" || n > sizes[largest] || n == sizes[largest] && name < largest {
				largest = name
			}
		}
		delete(move, largest)
	default:
		return nil, nil, nil
	}
	var keys []string
	for key, at := range live {
		if move[at.Pack] {
			keys = append(keys, key)
		}
	}
	// Entries in pack order, so the copy reads each pack from start to end.
	slices.SortFunc(keys, func(a, b string) int {
		if c := strings.Compare(live[a].Pack, live[b].Pack); c != 0 {
			return c
		}
		return cmp.Compare(live[a].Off, live[b].Off)
	})
	fresh := &packs{dir: p.dir}
	moved = make(map[string]loc, len(keys))
	for _, key := range keys {
		data, err := p.read(live[key])
		if err != nil {
			lost = append(lost, key) // made again next time
			continue
		}
		at, err := fresh.append(data)
		if err != nil {
			fresh.abandon()
			return nil, nil, err
		}
		moved[key] = at
	}
	p.mu.Lock()
	if p.open == nil {
		p.open = map[string]*os.File{}
	}
	if fresh.w != nil {
		if p.w != nil {
			p.open[p.wname] = p.w // still read from until close
		}
		p.w, p.wname, p.size = fresh.w, fresh.wname, fresh.size
	}
	p.mu.Unlock()
	return moved, lost, nil
}

// abandon closes and deletes a pack being written.
func (p *packs) abandon() {
	if p.w != nil {
		p.w.Close()
		os.Remove(filepath.Join(p.dir, p.wname))
		p.w = nil
	}
}

// sizeOf returns the size of the pack named name, 0 when it is gone.
func (p *packs) sizeOf(name string) int64 {
	fi, err := os.Stat(filepath.Join(p.dir, name))
	if err != nil {
		return 0
	}
	return fi.Size()
}

// removeExcept deletes the packs in dir that keep does not name, but for the one this cache
// appends to.
func (p *packs) removeExcept(keep map[string]bool) {
	ents, err := os.ReadDir(p.dir)
	if err != nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.open == nil {
		p.open = map[string]*os.File{}
	}
	for _, e := range ents {
		name := e.Name()
		if keep[name] || name == p.wname || !strings.HasSuffix(name, packSuffix) {
			continue
		}
		if f := p.open[name]; f != nil {
			f.Close()
		}
		p.open[name] = nil
		os.Remove(filepath.Join(p.dir, name))
	}
}

// close closes every pack the cache has open.
func (p *packs) close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var errs []error
	if p.w != nil {
		errs = append(errs, p.w.Close())
		p.w, p.wname = nil, ""
	}
	for name, f := range p.open {
		if f != nil {
			errs = append(errs, f.Close())
		}
		delete(p.open, name)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close cache packs: %w", err)
	}
	return nil
}
