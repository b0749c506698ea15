package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"
)

// ErrIgnored marks a file in content/ that is not an article (an image, a stray document).
// Load reports such files so that the caller can show a notice; they are not warnings.
var ErrIgnored = errors.New("not an article (ignored)")

// Files lists the article files under dir in fsys, in lexical order, skipping hidden files
// and folders (names starting with "."), editors' swap and backup files and anything whose
// extension is not an article format. The second result reports each skipped non-article
// file as an *Error wrapping ErrIgnored, and any folder that cannot be read.
func Files(fsys fs.FS, dir string) ([]string, []error) {
	var files []string
	var problems []error
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, &Error{Path: p, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != dir && (strings.HasPrefix(name, ".") || IsScratch(name)) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if !IsContent(name) {
			problems = append(problems, &Error{Path: p, Err: ErrIgnored})
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		problems = append(problems, &Error{Path: dir, Err: err})
	}
	return files, problems
}

// IsScratch reports whether name is an editor's temporary, swap or backup file: foo~,
// .foo.swp, #foo#, .#foo, foo.bak, foo.tmp.
func IsScratch(name string) bool {
	switch {
	case strings.HasSuffix(name, "~"),
		strings.HasPrefix(name, ".#"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".swp", ".swo", ".swx", ".bak", ".tmp", ".orig", ".crdownload", ".part":
		return true
	}
	return false
}

// ReadFile reads and parses the article at name in fsys. Errors are *Error values naming the
// file.
func ReadFile(fsys fs.FS, name string, zone *time.Location) (Article, error) {
	if fi, err := fs.Stat(fsys, name); err == nil && fi.Size() > MaxSize {
		return Article{}, &Error{Path: name, Err: fmt.Errorf("file is %d MB; the limit is %d MB", fi.Size()>>20, MaxSize>>20)}
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return Article{}, &Error{Path: name, Err: err}
	}
	return Parse(name, data, zone)
}

// Load reads every article under dir in fsys. Files that cannot be read or parsed are
// reported in the second result, with the notices from Files and each article's Warnings;
// the rest are returned in lexical order of their paths.
func Load(fsys fs.FS, dir string, zone *time.Location) ([]Article, []error) {
	files, problems := Files(fsys, dir)
	articles := make([]Article, 0, len(files))
	for _, name := range files {
		a, err := ReadFile(fsys, name, zone)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		problems = append(problems, a.Warnings...)
		articles = append(articles, a)
	}
	return articles, problems
}
