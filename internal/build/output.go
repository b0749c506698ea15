package build

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// An output is a build in progress: files go to a staging folder beside the destination,
// which replaces the destination only when every file has been written. A file whose bytes
// equal the destination's current file is hard-linked rather than written, so an unchanged
// page keeps its timestamp across builds.
type output struct {
	dest    string
	staging string
	dirs    map[string]bool // folders made in staging
}

// newOutput creates the staging folder beside dest.
func newOutput(dest string) (*output, error) {
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", parent, err)
	}
	staging, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".building-")
	if err != nil {
		return nil, fmt.Errorf("create staging folder: %w", err)
	}
	if err := os.Chmod(staging, 0o755); err != nil {
		os.RemoveAll(staging)
		return nil, err
	}
	return &output{dest: dest, staging: staging, dirs: map[string]bool{}}, nil
}

// write stores one output file; name is slash-separated and relative to the site root.
func (o *output) write(name string, data []byte) error {
	if !fs.ValidPath(name) || name == "." || strings.Contains(name, `\`) {
		return fmt.Errorf("write %q: not a valid output path", name)
	}
	to := filepath.Join(o.staging, filepath.FromSlash(name))
	if dir := filepath.Dir(to); !o.dirs[dir] {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		o.dirs[dir] = true
	}
	from := filepath.Join(o.dest, filepath.FromSlash(name))
	if old, err := os.ReadFile(from); err == nil && bytes.Equal(old, data) {
		if os.Link(from, to) == nil {
			return nil
		}
	}
	return os.WriteFile(to, data, 0o644)
}

// discard removes the staging folder; the destination is untouched.
func (o *output) discard() { os.RemoveAll(o.staging) }

// commit puts the staging folder in the destination's place and removes the old one.
func (o *output) commit() error {
	if _, err := os.Lstat(o.dest); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(o.staging, o.dest); err != nil {
			o.discard()
			return fmt.Errorf("move build into %s: %w", o.dest, err)
		}
		return nil
	}
	if err := exchange(o.staging, o.dest); err != nil {
		o.discard()
		return fmt.Errorf("swap build into %s: %w", o.dest, err)
	}
	// staging now holds the previous build.
	return os.RemoveAll(o.staging)
}

// checkDest refuses a destination that a build must not replace: the site itself, a folder
// holding it, or a folder that is not a previous build (it has no index.html at its top).
func checkDest(root, dest string) error {
	r, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	d, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	if d == r || strings.HasPrefix(r+string(filepath.Separator), d+string(filepath.Separator)) {
		return fmt.Errorf("refusing to build into %s: it holds the site itself", dest)
	}
	for _, p := range []string{"content", "briefs.toml", "go.mod", ".git"} {
		if _, err := os.Lstat(filepath.Join(d, p)); err == nil {
			return fmt.Errorf("refusing to replace %s: it holds %s, so it is not a build output", dest, p)
		}
	}
	fi, err := os.Stat(d)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("refusing to replace %s: it is a file, not a folder", dest)
	}
	entries, err := os.ReadDir(d)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(d, "index.html")); err != nil {
		return fmt.Errorf("refusing to replace %s: it is not empty and has no index.html, so it does not look like a previous build", dest)
	}
	return nil
}
