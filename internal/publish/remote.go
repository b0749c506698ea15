package publish

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
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
	token := blob.FirstPageToken
	for len(token) > 0 {
		// Pages as large as stores allow (S3 and GCS stop at 1,000): a folder is walked
		// whole for each page.
		page, next, err := b.ListPage(ctx, token, 5000, nil)
		if err != nil {
			return nil, err
		}
		for _, o := range page {
			if o.Key == ManifestKey || strings.HasSuffix(o.Key, "/") || matchAny(exclude, o.Key) {
				continue
			}
			objs[o.Key] = object{size: o.Size, md5: o.MD5}
		}
		token = next
	}
	return objs, nil
}

// A manifest records the files a deploy uploaded, so that the next deploy knows their headers,
// and their MD5s when the store does not list them.
type manifest struct {
	Version int              `json:"version"`
	Files   map[string]entry `json:"files"`
}

// An entry is one file of a manifest.
type entry struct {
	MD5  string `json:"md5"` // hex, of the bytes uploaded
	Size int64  `json:"size"`
	// Remote is the MD5 the bucket's listing gave right after the upload, in hex: the ETag
	// for S3, which differs from MD5 for multipart and KMS-encrypted uploads. "" when none.
	Remote string `json:"remote,omitempty"`
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

// newManifest returns the manifest of files, which the bucket holds as remote lists them.
func newManifest(files []*file, remote map[string]object) *manifest {
	m := &manifest{Version: manifestVersion, Files: make(map[string]entry, len(files))}
	for _, f := range files {
		m.Files[f.key] = entry{MD5: hex.EncodeToString(f.md5), Size: f.size,
			Remote: hex.EncodeToString(remote[f.key].md5), Headers: f.headers}
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
// The manifest is trusted when the object is still the one it describes: same size, and the
// fingerprint the listing showed right after the upload (an S3 ETag, which is an MD5 only for
// single-part uploads without KMS; the MD5 of GCS and Azure; nothing for a folder). Then the
// content is the same when the manifest's MD5 is the file's, and the headers when its headers
// are. Otherwise a listed MD5 equal to the file's says the content is the same: that covers
// a bucket without a manifest, and the files an interrupted deploy uploaded.
func why(f *file, o object, ok bool, e entry, has bool) string {
	if !ok {
		return whyNew
	}
	if o.size != f.size {
		return whyChanged
	}
	listed := hex.EncodeToString(o.md5) // "" when the store gives none
	if has && e.Size == o.size && (listed == e.Remote || listed == e.MD5) && e.MD5 == hex.EncodeToString(f.md5) {
		if e.Headers != f.headers {
			return whyHeaders
		}
		return ""
	}
	if o.md5 != nil && bytes.Equal(o.md5, f.md5) {
		return ""
	}
	return whyChanged
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
