package site

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// A staticFile is a file of a static/ folder, copied to the same path under the output root.
type staticFile struct {
	name  string // output path, e.g. css/print.css
	fsys  fs.FS
	path  string // path in fsys, e.g. static/css/print.css
	label string // what errors call it
}

// listStatic returns the files of the theme's static/ overlaid by the site's, sorted by name:
// a site file replaces the theme file of the same name.
func listStatic(theme, local fs.FS) ([]staticFile, error) {
	byName := map[string]staticFile{}
	for _, src := range []struct {
		fsys   fs.FS
		prefix string
	}{{theme, "theme:"}, {local, ""}} {
		if src.fsys == nil {
			continue
		}
		err := fs.WalkDir(src.fsys, "static", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == "static" && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipAll
				}
				return err
			}
			if d.IsDir() || p == "static" {
				return nil // a file named static is not a folder of static files
			}
			name := strings.TrimPrefix(p, "static/")
			byName[name] = staticFile{name: name, fsys: src.fsys, path: p, label: src.prefix + p}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%sstatic: %w", src.prefix, err)
		}
	}
	files := make([]staticFile, 0, len(byName))
	for _, f := range byName {
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b staticFile) int { return strings.Compare(a.name, b.name) })
	return files, nil
}

// fingerprinted reports whether a static file gets a fingerprinted copy: stylesheets and
// scripts, which pages link to and which change with the theme.
func fingerprinted(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".css", ".js", ".mjs":
		return true
	}
	return false
}

// fingerprintAssets reads the static stylesheets and scripts and returns the name of each
// one's fingerprinted copy: the name with the first 8 hex digits of the SHA-256 of its output
// before the extension.
func (s *Site) fingerprintAssets() (map[string]string, error) {
	assets := map[string]string{}
	for _, f := range s.static {
		if !fingerprinted(f.name) {
			continue
		}
		data, err := fs.ReadFile(f.fsys, f.path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.label, err)
		}
		if data, err = minifyFile(s.min, f.name, data); err != nil {
			return nil, fmt.Errorf("%s: %w", f.label, err)
		}
		sum := sha256.Sum256(data)
		ext := path.Ext(f.name)
		assets[f.name] = strings.TrimSuffix(f.name, ext) + "." + hex.EncodeToString(sum[:4]) + ext
	}
	return assets, nil
}
