package publish

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/md5"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"
)

// A file is a local file to publish.
type file struct {
	key     string // slash path relative to the folder, e.g. "briefs/x/index.html"
	path    string // on disk
	size    int64  // bytes uploaded: compressed when headers say so
	md5     []byte // of the bytes uploaded
	headers Headers
}

// ManifestKey is the object in which Run records what it uploaded.
const ManifestKey = ".briefs-manifest.json"

// scan lists the files under dir and computes what each upload would be, on several
// goroutines. Files whose keys match exclude are left out. The files are sorted by key.
func scan(ctx context.Context, dir string, rules []rule, gzip bool, exclude []*regexp.Regexp) ([]*file, error) {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return nil, fmt.Errorf("%s has no index.html: build the site first (briefs build)", dir)
	}
	var files []*file
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil // folders, sockets, devices
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		key := filepath.ToSlash(rel)
		switch {
		case key == ManifestKey:
			return fmt.Errorf("%s: the name %s is reserved for the deploy manifest", p, ManifestKey)
		case !utf8.ValidString(key) || strings.ContainsAny(key, "\\\x00"):
			return fmt.Errorf("%s: the name cannot be an object key", p)
		case matchAny(exclude, key):
			return nil
		}
		files = append(files, &file{key: key, path: p})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	err = each(ctx, runtime.GOMAXPROCS(0), files, func(ctx context.Context, f *file) error {
		return f.summarize(rules, gzip)
	})
	return files, err
}

// summarize reads the file and sets its headers, size and MD5.
func (f *file) summarize(rules []rule, gz bool) error {
	data, err := os.ReadFile(f.path)
	if err != nil {
		return err
	}
	f.headers = headersFor(rules, f.key, data[:min(len(data), 512)], gz)
	if f.headers.ContentEncoding == "gzip" {
		data = compress(data)
	}
	sum := md5.Sum(data)
	f.md5, f.size = sum[:], int64(len(data))
	return nil
}

// body returns the bytes to upload: the file, compressed when its headers say so.
func (f *file) body() (io.ReadCloser, error) {
	r, err := os.Open(f.path)
	if err != nil {
		return nil, err
	}
	if f.headers.ContentEncoding != "gzip" {
		return r, nil
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(compress(data))), nil
}

// compress returns data gzipped: the same bytes for the same input, with no name or time in
// the header.
func compress(data []byte) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression) // the level is valid
	zw.Write(data)                                         // a bytes.Buffer does not fail
	zw.Close()
	return b.Bytes()
}

// tier returns the wave in which the file key is uploaded: 0 for assets, 1 for the pages that
// link to them, 2 for the feeds, sitemap and robots.txt that link to the pages.
func tier(key string) int {
	switch strings.ToLower(path.Ext(key)) {
	case ".html", ".htm":
		return 1
	case ".xml", ".json", ".txt":
		return 2
	}
	return 0
}

// each calls do for every item on up to n goroutines and returns the first error, which
// cancels the context do gets. It returns when every call has returned.
func each[T any](ctx context.Context, n int, items []T, do func(context.Context, T) error) error {
	n = max(n, 1)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	next := make(chan T)
	errs := make(chan error, n)
	for range min(n, len(items)) {
		go func() {
			var first error
			for it := range next {
				if first != nil {
					continue
				}
				if first = do(ctx, it); first != nil {
					cancel(first)
				}
			}
			errs <- first
		}()
	}
	workers := min(n, len(items))
feed:
	for _, it := range items {
		select {
		case next <- it:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	var all []error
	for range workers {
		if err := <-errs; err != nil {
			all = append(all, err)
		}
	}
	if len(all) == 0 {
		return context.Cause(ctx) // the parent's cancellation, if any
	}
	return firstReal(all)
}

// firstReal returns the first error that is not a cancellation caused by another, or else
// the first error.
func firstReal(errs []error) error {
	i := slices.IndexFunc(errs, func(err error) bool { return !errors.Is(err, context.Canceled) })
	if i < 0 {
		i = 0
	}
	return errs[i]
}
