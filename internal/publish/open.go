package publish

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"

	"gocloud.dev/blob"
	_ "gocloud.dev/blob/fileblob" // file://; the cloud drivers are in driver_*.go
	"gocloud.dev/blob/memblob"

	"github.com/briefs/briefs/internal/config"
)

// open opens the bucket at the target URL. For a dry run, a folder that does not exist yet
// is not created: it is opened as an empty bucket.
func open(ctx context.Context, target string, dryRun bool) (*blob.Bucket, error) {
	if err := config.CheckTargetURL(target); err != nil {
		return nil, err
	}
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	if u.Scheme == "file" {
		if _, err := os.Stat(folderPath(u)); dryRun && errors.Is(err, fs.ErrNotExist) {
			return memblob.OpenBucket(nil), nil
		}
		u = folderURL(u)
	}
	if !blob.DefaultURLMux().ValidBucketScheme(u.Scheme) {
		return nil, fmt.Errorf("%s: this briefs was built with -tags no%s, without %s:// support", target, u.Scheme, u.Scheme)
	}
	b, err := blob.OpenBucket(ctx, u.String())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", target, err)
	}
	return b, nil
}

// folderURL returns the file:// URL u with the options that make its bucket a plain folder,
// unless u sets them: create the folder, write temporary files beside the final ones (rename
// fails across file systems) and store no metadata files.
func folderURL(u *url.URL) *url.URL {
	q := u.Query()
	for k, v := range map[string]string{"create_dir": "1", "no_tmp_dir": "1", "metadata": "skip"} {
		if !q.Has(k) {
			q.Set(k, v)
		}
	}
	c := *u
	c.RawQuery = q.Encode() // sorted: the map's order does not show
	return &c
}

// folderPath returns the folder of a file:// URL, as fileblob reads it: file://./x is the
// relative path ./x.
func folderPath(u *url.URL) string {
	if u.Host == "." {
		return filepath.FromSlash("." + u.Path)
	}
	return filepath.FromSlash(u.Path)
}
