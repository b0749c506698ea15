package publish

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"

	"github.com/briefs/briefs/internal/config"
)

// Defaults of Config.
const (
	DefaultMaxDeletes = 256
	DefaultWorkers    = 8
)

// Config says what to publish where. The zero value of each field but Dir and Target
// means its default.
type Config struct {
	Dir    string // the folder to publish, e.g. "site/public"; it must hold index.html
	Target string // the bucket URL, e.g. "s3://bucket?region=eu-west-1" (see the package doc)
	DryRun bool   // plan and report the changes, and make none
	// MaxDeletes is how many remote files a deploy may delete; more stop it before it changes
	// anything, unless Force. 0 means DefaultMaxDeletes, and a negative number none.
	MaxDeletes int
	Force      bool // delete however many files are gone
	Workers    int  // files uploaded or deleted at once; 0 means DefaultWorkers
	// Rules set headers by file name, before DefaultRules.
	Rules []config.Rule
	Gzip  bool // store text files gzipped, with Content-Encoding: gzip
	// Exclude lists patterns of remote files that are never uploaded, replaced nor deleted.
	Exclude []string
	// Progress, if set, is told of each change once it is made, or, in a dry run, once it is
	// planned; one call at a time.
	Progress func(Change)
}

// An Op is what a change does to a remote file.
type Op string

// The operations of a deploy.
const (
	Upload Op = "upload"
	Delete Op = "delete"
)

// A Change is one file uploaded or deleted.
type Change struct {
	Op   Op
	Key  string // the file's path in the target, e.g. "briefs/x/index.html"
	Size int64  // bytes uploaded; 0 for a deletion
	Why  string // for an upload: "new", "changed" or "headers changed"
}

// A Report says what a deploy did, or in a dry run would do.
type Report struct {
	Uploaded  int   // files uploaded
	Deleted   int   // remote files deleted
	Unchanged int   // files already up to date
	Bytes     int64 // bytes uploaded
	// Manifest reports whether the target held a manifest from an earlier deploy.
	Manifest bool
	Duration time.Duration
}

// Run publishes the folder cfg.Dir to cfg.Target: it uploads the files that are new or
// changed, deletes the remote files that are gone, and records what it did in the target's
// manifest. It returns what it did, also when it stops early: at the first error, when ctx
// is done, or before changing anything when more than MaxDeletes files would be deleted. A
// refused credential is reported as such, naming where credentials come from.
func Run(ctx context.Context, cfg Config) (Report, error) {
	if cfg.Gzip && strings.HasPrefix(cfg.Target, "file:") {
		return Report{}, errors.New("gzip needs a store that keeps Content-Encoding, which a folder does not")
	}
	b, err := open(ctx, cfg.Target, cfg.DryRun)
	if err != nil {
		return Report{}, err
	}
	defer b.Close()
	rep, err := deploy(ctx, b, cfg)
	if err != nil && refused(err) {
		u, _ := url.Parse(cfg.Target) // checked by open
		err = fmt.Errorf("the target refused the credentials (briefs reads %s from the environment): %w",
			credentialsHint(u.Scheme), err)
	}
	return rep, err
}

// A plan is what a deploy will do.
type plan struct {
	uploads   [3][]*file // by tier: assets, pages, feeds
	why       map[*file]string
	deletes   []string
	unchanged int
}

// deploy publishes cfg.Dir to the bucket b as Run does.
func deploy(ctx context.Context, b *blob.Bucket, cfg Config) (rep Report, err error) {
	start := time.Now()
	rules, err := compileRules(cfg.Rules)
	if err != nil {
		return Report{}, err
	}
	exclude, err := compileGlobs(cfg.Exclude)
	if err != nil {
		return Report{}, fmt.Errorf("exclude: %w", err)
	}
	files, err := scan(ctx, cfg.Dir, rules, cfg.Gzip, exclude)
	if err != nil {
		return Report{}, err
	}
	remote, err := list(ctx, b, exclude)
	if err != nil {
		return Report{}, fmt.Errorf("list %s: %w", cfg.Target, err)
	}
	man, old, err := readManifest(ctx, b)
	if err != nil {
		return Report{}, fmt.Errorf("read %s: %w", ManifestKey, err)
	}
	p := makePlan(files, remote, man)
	rep = Report{Unchanged: p.unchanged, Manifest: man != nil}
	defer func() { rep.Duration = time.Since(start) }()
	limit := max(cmp.Or(cfg.MaxDeletes, DefaultMaxDeletes), 0)
	if len(p.deletes) > limit && !cfg.Force {
		return rep, fmt.Errorf("%d remote files would be deleted, more than the limit of %d: check the target, then raise --max-deletes or use --force",
			len(p.deletes), limit)
	}

	var mu sync.Mutex
	done := func(c Change) {
		mu.Lock()
		defer mu.Unlock()
		switch c.Op {
		case Upload:
			rep.Uploaded++
			rep.Bytes += c.Size
		case Delete:
			rep.Deleted++
		}
		if cfg.Progress != nil {
			cfg.Progress(c)
		}
	}
	if cfg.DryRun {
		for _, wave := range p.uploads {
			for _, f := range wave {
				done(Change{Op: Upload, Key: f.key, Size: f.size, Why: p.why[f]})
			}
		}
		for _, k := range p.deletes {
			done(Change{Op: Delete, Key: k})
		}
		return rep, nil
	}

	workers := cmp.Or(cfg.Workers, DefaultWorkers)
	for _, wave := range p.uploads {
		err := each(ctx, workers, wave, func(ctx context.Context, f *file) error {
			if err := upload(ctx, b, f); err != nil {
				return fmt.Errorf("upload %s: %w", f.key, err)
			}
			done(Change{Op: Upload, Key: f.key, Size: f.size, Why: p.why[f]})
			return nil
		})
		if err != nil {
			return rep, err
		}
	}
	err = each(ctx, workers, p.deletes, func(ctx context.Context, key string) error {
		err := b.Delete(ctx, key)
		if err != nil && gcerrors.Code(err) != gcerrors.NotFound {
			return fmt.Errorf("delete %s: %w", key, err)
		}
		done(Change{Op: Delete, Key: key})
		return nil
	})
	if err != nil {
		return rep, err
	}
	if rep.Uploaded > 0 {
		// What the store says about the new objects, for the next deploy to compare with.
		if remote, err = list(ctx, b, exclude); err != nil {
			return rep, fmt.Errorf("list %s: %w", cfg.Target, err)
		}
	}
	return rep, writeManifest(ctx, b, newManifest(files, remote), old)
}

// makePlan compares the local files with the remote objects and the manifest, which may be
// nil.
func makePlan(files []*file, remote map[string]object, man *manifest) plan {
	p := plan{why: map[*file]string{}}
	local := make(map[string]bool, len(files))
	for _, f := range files {
		local[f.key] = true
		o, ok := remote[f.key]
		var e entry
		has := false
		if man != nil {
			e, has = man.Files[f.key]
		}
		w := why(f, o, ok, e, has)
		if w == "" {
			p.unchanged++
			continue
		}
		p.why[f] = w
		t := tier(f.key)
		p.uploads[t] = append(p.uploads[t], f)
	}
	for k := range remote {
		if !local[k] {
			p.deletes = append(p.deletes, k)
		}
	}
	slices.Sort(p.deletes)
	return p
}

// upload writes the file f to the bucket with its headers. Nothing is written if it fails.
func upload(ctx context.Context, b *blob.Bucket, f *file) error {
	body, err := f.body()
	if err != nil {
		return err
	}
	defer body.Close()
	ctx, cancel := context.WithCancel(ctx) // cancelling a write discards it
	defer cancel()
	w, err := b.NewWriter(ctx, f.key, &blob.WriterOptions{
		ContentType:     f.headers.ContentType,
		CacheControl:    f.headers.CacheControl,
		ContentEncoding: f.headers.ContentEncoding,
		ContentMD5:      f.md5,
	})
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, body); err != nil {
		cancel()
		w.Close() // returns the cancellation
		return err
	}
	return w.Close()
}
