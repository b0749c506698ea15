package site

import (
	"encoding/json"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
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
	// means never.
	Keep func(name string, size int) bool
	// Prev is the memo of the previous render; nil renders everything.
	Prev *Memo
}

// A Stats says what a render did.
type Stats struct {
	Written int // files rendered and written
	Kept    int // files whose inputs were unchanged and that the caller kept
}

// Files returns the number of files in the site: written and kept.
func (s Stats) Files() int { return s.Written + s.Kept }

// fingerprint hashes the inputs of a file: the site's salt, then each value as JSON.
func (s *Site) fingerprint(values ...any) (uint64, error) {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00", s.salt)
	enc := json.NewEncoder(h)
	for _, v := range values {
		switch v := v.(type) {
		case []byte:
			h.Write(v)
		case string:
			io.WriteString(h, v)
		default:
			if err := enc.Encode(v); err != nil {
				return 0, err
			}
		}
		h.Write([]byte{0})
	}
	return h.Sum64(), nil
}

// salt returns the part of every fingerprint that is common to the site: its configuration,
// its templates and whether it minifies.
func salt(parts ...any) uint64 {
	var h hash.Hash64 = fnv.New64a()
	for _, p := range parts {
		fmt.Fprintf(h, "%#v\x00", p)
	}
	return h.Sum64()
}
