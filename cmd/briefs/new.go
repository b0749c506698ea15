package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/briefs/briefs"
)

// skeleton is what "briefs new" writes besides the theme: a commented configuration file and
// a sample article.
//
//go:embed skeleton
var skeleton embed.FS

var newCmd = &command{
	name:  "new",
	usage: "new DIR",
	short: "create a new site",
	long: `New creates a site in DIR: content/ with one sample article, copies of the default
templates/ and static/ to edit, a commented briefs.toml and a .gitignore. DIR must not exist
or be empty; new never overwrites anything.`,
	flags: func(fs *flag.FlagSet) func(context.Context, env, []string) error {
		return func(_ context.Context, e env, args []string) error {
			if len(args) != 1 {
				return &usageError{cmd: "new", msg: "new: give exactly one DIR"}
			}
			dir := args[0]
			if err := newSite(dir); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "Created a site in %s. Next:\n\n\tcd %s\n\tbriefs build\n\topen public/index.html\n\nDrop raw articles (.txt, .html or .md) into %s and build again.\n",
				dir, dir, filepath.Join(dir, "content"))
			return nil
		}
	},
}

// newSite writes a new site into dir, which must not exist or be empty.
func newSite(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	case len(entries) > 0:
		return fmt.Errorf("new: %s is not empty; choose a new or empty folder", dir)
	}
	files := map[string][]byte{
		".gitignore": []byte("/public/\n/.briefs-cache/\n"),
	}
	add := func(fsys fs.FS, root, prefix string) error {
		return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			rel := p
			if prefix != "" {
				rel = path.Join(prefix, p)
			}
			files[rel] = data
			return nil
		})
	}
	sk, _ := fs.Sub(skeleton, "skeleton")
	if err := add(sk, ".", ""); err != nil {
		return err
	}
	if err := add(briefs.Theme, "templates", ""); err != nil {
		return err
	}
	if err := add(briefs.Theme, "static", ""); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		// O_EXCL: never overwrite, even if something appeared since the check above.
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fmt.Errorf("new: %w", err)
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("new: %w", err)
		}
	}
	return nil
}
