package publish

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"
)

// An object is a remote file as the bucket's listing shows it.
type object struct {
	size int64
	md5  []byte // nil when the store does not give it (S3 multipart uploads, some Azure blobs)
}

// list returns the objects of the bucket by key, leaving out the manifest, folder markers and
// keys that match exclude.
func list(ctx context.Context, b *blob.Bucket, exclude []*regexp.Regexp) (map[string]object, error) {
	objs := map[string]object{}
	it := b.List(nil)
	for {
		o, err := it.Next(ctx)
		if err == io.EOF {
			return objs, nil
		}
		if err != nil {
			return nil, err
		}
		if o.Key == ManifestKey || strings.HasSuffix(o.Key, "/") || matchAny(exclude, o.Key) {
			continue
		}
		objs[o.Key] = object{size: o.Size, md5: o.MD5}
	}
}

// A manifest records the files a deploy uploaded, so that the next deploy knows their headers,
// and their MD5s when the store does not list them.
type manifest struct {
	Version int              `json:"version"`
	Files   map[string]entry `json:"files"`
}

// An entry is one file of a manifest.
type entry struct {
	MD5  string `json:"md5"` // hex
	Size int64  `json:"size"`
	Headers
}

// manifestVersion changes when the manifest's meaning does; an older one is ignored.
const manifestVersion = 1

// readManifest returns the bucket's manifest and its bytes, or nil when it has none or it
// cannot be read as one: the listing then decides alone.
func readManifest(ctx context.Context, b *blob.Bucket) (*manifest, []byte, error) {
	data, err := b.ReadAll(ctx, ManifestKey)
	if gcerrors.Code(err) == gcerrors.NotFound {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var m manifest
	if json.Unmarshal(data, &m) != nil || m.Version != manifestVersion || m.Files == nil {
		return nil, nil, nil
	}
	return &m, data, nil
}

// newManifest returns the manifest of files.
func newManifest(files []*file) *manifest {
	m := &manifest{Version: manifestVersion, Files: make(map[string]entry, len(files))}
	for _, f := range files {
		m.Files[f.key] = entry{MD5: hex.EncodeToString(f.md5), Size: f.size, Headers: f.headers}
	}
	return m
}

// marshal returns the manifest as JSON, keys sorted.
func (m *manifest) marshal() []byte {
	data, _ := json.MarshalIndent(m, "", "\t") // plain strings and numbers
	return append(data, '\n')
}

// writeManifest uploads the manifest unless the bucket holds the same bytes already.
func writeManifest(ctx context.Context, b *blob.Bucket, m *manifest, old []byte) error {
	data := m.marshal()
	if bytes.Equal(data, old) {
		return nil
	}
	opts := &blob.WriterOptions{ContentType: "application/json", CacheControl: "no-cache"}
	if err := b.WriteAll(ctx, ManifestKey, data, opts); err != nil {
		return fmt.Errorf("write %s: %w", ManifestKey, err)
	}
	return nil
}

// Why a file is uploaded.
const (
	whyNew     = "new"
	whyChanged = "changed"
	whyHeaders = "headers changed"
)

// why returns why the local file f must be uploaded over the remote object o (ok says
// whether there is one), given the manifest entry e (has says whether there is one); ""
// when it need not be.
//
// The listing's MD5, when the store gives one, is the truth about the content; the manifest
// tells the headers, and the MD5 when the listing does not. A manifest entry that disagrees
// with the listing is stale (an interrupted deploy, or another tool) and is ignored.
func why(f *file, o object, ok bool, e entry, has bool) string {
	switch {
	case !ok:
		return whyNew
	case o.size != f.size:
		return whyChanged
	}
	sum := hex.EncodeToString(f.md5)
	fresh := has && e.Size == o.size && (o.md5 == nil || hex.EncodeToString(o.md5) == e.MD5)
	switch {
	case o.md5 != nil && !bytes.Equal(o.md5, f.md5):
		return whyChanged
	case o.md5 == nil && !(fresh && e.MD5 == sum):
		return whyChanged // nothing says the content is the same
	case fresh && e.MD5 == sum && e.Headers != f.headers:
		return whyHeaders
	}
	return ""
}

// credentialsHint says where the credentials of a target's scheme come from.
func credentialsHint(scheme string) string {
	switch scheme {
	case "s3":
		return "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE"
	case "gs":
		return "GOOGLE_APPLICATION_CREDENTIALS, or gcloud auth application-default login"
	case "azblob":
		return "AZURE_STORAGE_ACCOUNT with AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN, or az login"
	}
	return ""
}

// refused reports whether err says the store refused the credentials.
func refused(err error) bool {
	if gcerrors.Code(err) == gcerrors.PermissionDenied {
		return true
	}
	var api interface{ ErrorCode() string } // what S3 errors carry
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "ExpiredToken",
			"InvalidToken", "AuthorizationHeaderMalformed", "InvalidClientTokenId",
			"XAdminUserNotFound": // versitygw's InvalidAccessKeyId
			return true
		}
	}
	return strings.Contains(err.Error(), "retrieve credentials")
}
