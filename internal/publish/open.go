package publish

import (
	"context"
	"fmt"
	"net/url"

	"gocloud.dev/blob"
	// The drivers of the schemes config.Schemes lists, and no others: each brings its
	// provider's SDK into the binary.
	_ "gocloud.dev/blob/azureblob"
	_ "gocloud.dev/blob/fileblob"
	_ "gocloud.dev/blob/gcsblob"
	_ "gocloud.dev/blob/s3blob"

	"github.com/briefs/briefs/internal/config"
)

// open opens the bucket at the target URL.
func open(ctx context.Context, target string) (*blob.Bucket, error) {
	if err := config.CheckTargetURL(target); err != nil {
		return nil, err
	}
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	if u.Scheme == "file" {
		u = folderURL(u)
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
