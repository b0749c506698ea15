package site

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"time"
)

// A Memo records what a render produced, so that the next render of the same site can skip
// the files whose inputs did not change: the stories, templates, configuration and static
// files that went into each. Render with a Memo (RenderTo) fills it; a caller keeps it
// between renders, in memory or on disk (it marshals to JSON).
type Memo struct {
	// Files maps each output path to the fingerprint of its inputs and its size.
	Files map[string]MemoFile `json:"files"`
}

// A MemoFile is one file of a Memo.
type MemoFile struct {
	Sum  uint64 `json:"sum"`  // fingerprint of what the file was made from
	Size int    `json:"size"` // bytes written
}

// An Output receives the files of a render.
type Output struct {
	// Write receives each new or changed file; name is a slash path relative to the output
	// root. Write may keep data.
	Write func(name string, data []byte) error
	// Keep is offered each file whose inputs have the same fingerprint as in Prev, instead of
	// rendering it again. It reports whether the caller still holds the file with the size
	// given, for example in the previous build; if not, the file is rendered and written. Nil
	// means never. Keep is called from several goroutines at once.
	Keep func(name string, size int) bool
	// Prev is the memo of the previous render; nil renders everything.
	Prev *Memo
	// Progress, when set, is told how many of the site's files are done, from the
	// goroutine that calls Write.
	Progress func(done, total int)
}

// A Stats says what a render did.
type Stats struct {
	Written int // files rendered and written
	Kept    int // files whose inputs were unchanged and that the caller kept
}

// Files returns the number of files in the site: written and kept.
func (s Stats) Files() int { return s.Written + s.Kept }

// A hasher fingerprints the inputs of a file: cheap for the numbers and strings that most
// fingerprints are made of, JSON for anything else.
type hasher struct {
	h   hash.Hash64
	buf [8]byte
}

func newHasher() *hasher { return &hasher{h: fnv.New64a()} }

func (h *hasher) u64(v uint64) {
	binary.LittleEndian.PutUint64(h.buf[:], v)
	h.h.Write(h.buf[:])
}

func (h *hasher) str(s string) {
	h.u64(uint64(len(s)))
	io.WriteString(h.h, s)
}

func (h *hasher) bool(b bool) {
	if b {
		h.u64(1)
	} else {
		h.u64(0)
	}
}

func (h *hasher) json(v any) {
	data, err := json.Marshal(v)
	if err != nil {
		data = []byte(fmt.Sprintf("%#v", v)) // never for the types Render hashes
	}
	h.str(string(data))
}

func (h *hasher) sum() uint64 { return h.h.Sum64() }

// fingerprint hashes the inputs of a file, after the site's salt: numbers, strings, byte
// slices, items (by version) and item lists directly, anything else as JSON.
func (s *Site) fingerprint(values ...any) uint64 {
	h := newHasher()
	h.u64(s.salt)
	for _, v := range values {
		switch v := v.(type) {
		case uint64:
			h.u64(v)
		case int:
			h.u64(uint64(v))
		case bool:
			h.bool(v)
		case string:
			h.str(v)
		case []byte:
			h.str(string(v))
		case time.Time:
			h.str(v.Format(time.RFC3339Nano))
		case *item:
			h.u64(v.version)
		case []*item:
			h.u64(uint64(len(v)))
			for _, it := range v {
				h.u64(it.version)
			}
		default:
			h.json(v)
		}
	}
	return h.sum()
}

// Salt returns the fingerprint of what every file of the site depends on: the briefs
// release, the configuration, the templates and whether it minifies.
func (s *Site) Salt() uint64 { return s.salt }

// salt returns the part of every fingerprint that is common to the site: its configuration,
// its templates and whether it minifies.
func salt(parts ...any) uint64 {
	var h hash.Hash64 = fnv.New64a()
	for _, p := range parts {
		fmt.Fprintf(h, "%#v\x00", p)
	}
	return h.Sum64()
}
