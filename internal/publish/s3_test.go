package publish

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/publish/s3test"
)

// TestS3 runs the life of a site against a real S3 server. It sets environment variables,
// so it does not run in parallel.
func TestS3(t *testing.T) {
	const access, secret = "briefs-test", "briefs-test-secret-8c1f"
	target := s3test.Start(t, "briefs", access, secret)
	s3test.Env(t, access, secret)
	cfg := testConverges(t, target, func(t *testing.T, target string) {
		ctx := context.Background()
		b, err := open(ctx, target, false)
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		for key, want := range map[string]Headers{
			"index.html":         {ContentType: "text/html; charset=utf-8", CacheControl: Short},
			"style.3f2a9c1e.css": {ContentType: "text/css; charset=utf-8", CacheControl: Immutable},
			"images/chart.bin":   {ContentType: "application/octet-stream", CacheControl: Medium},
		} {
			a, err := b.Attributes(ctx, key)
			if err != nil {
				t.Fatal(err)
			}
			if got := (Headers{a.ContentType, a.CacheControl, a.ContentEncoding}); got != want {
				t.Errorf("%s: headers %+v, want %+v", key, got, want)
			}
		}
	})
	// The listing's MD5s (the ETags) suffice without the manifest.
	deleteManifest(t, target)
	if rep, err := Run(context.Background(), cfg); err != nil || rep.Manifest || rep.Uploaded != 0 {
		t.Errorf("deploy without the manifest: %+v, %v; want nothing uploaded", rep, err)
	}
}

func TestS3Gzip(t *testing.T) {
	const access, secret = "briefs-test", "briefs-test-secret-8c1f"
	target := s3test.Start(t, "briefs", access, secret)
	s3test.Env(t, access, secret)
	ctx := context.Background()
	dir := t.TempDir()
	files := siteFiles()
	writeSite(t, dir, files)
	cfg := Config{Dir: dir, Target: target, Gzip: true}
	if _, err := Run(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	b, err := open(ctx, target, false)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, key := range []string{"index.html", "style.3f2a9c1e.css", "feed.xml", "images/chart.bin"} {
		a, err := b.Attributes(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		data, err := b.ReadAll(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		wantGzip := key != "images/chart.bin"
		if (a.ContentEncoding == "gzip") != wantGzip {
			t.Errorf("%s: Content-Encoding %q, want gzip %v", key, a.ContentEncoding, wantGzip)
		}
		if wantGzip {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
		}
		if string(data) != files[key] {
			t.Errorf("%s: %d bytes remotely, want the %d of the local file", key, len(data), len(files[key]))
		}
	}
	// Compression is deterministic: a second deploy uploads nothing.
	if rep, err := Run(ctx, cfg); err != nil || rep.Uploaded != 0 {
		t.Errorf("second gzip deploy: %+v, %v; want nothing uploaded", rep, err)
	}
	// Turning compression off uploads the compressed files again, as they are.
	cfg.Gzip = false
	if rep, err := Run(ctx, cfg); err != nil || rep.Uploaded != len(files)-1 {
		t.Errorf("deploy without gzip: %+v, %v; want %d uploaded", rep, err, len(files)-1)
	}
}

func TestS3WrongCredentials(t *testing.T) {
	const access, secret = "briefs-test", "briefs-test-secret-8c1f"
	target := s3test.Start(t, "briefs", access, secret)
	ctx := context.Background()
	dir := t.TempDir()
	writeSite(t, dir, siteFiles())
	s3test.Env(t, access, secret)
	if _, err := Run(ctx, Config{Dir: dir, Target: target}); err != nil {
		t.Fatal(err)
	}
	// The site shrank to one page: a deploy would delete the rest, but the credentials are
	// wrong and nothing changes.
	small := t.TempDir()
	writeSite(t, small, map[string]string{"index.html": "<h1>Changed</h1>"})
	before := remoteFiles(t, target)
	for _, creds := range [][2]string{{access, "wrong-secret-5d2e"}, {"nobody-9a7b", secret}} {
		s3test.Env(t, creds[0], creds[1])
		rep, err := Run(ctx, Config{Dir: small, Target: target, Force: true})
		if err == nil || !strings.Contains(err.Error(), "refused the credentials") || !strings.Contains(err.Error(), "AWS_ACCESS_KEY_ID") {
			t.Errorf("deploy with credentials %q: %v; want them refused", creds[0], err)
		} else {
			t.Logf("the error: %v", err)
		}
		if err != nil && (strings.Contains(err.Error(), creds[1]) || strings.Contains(err.Error(), secret)) {
			t.Errorf("the error shows a secret: %v", err)
		}
		if rep.Uploaded+rep.Deleted != 0 {
			t.Errorf("deploy with wrong credentials: %+v", rep)
		}
	}
	s3test.Env(t, access, secret)
	if d := same(before, remoteFiles(t, target)); d != "" {
		t.Errorf("a deploy with wrong credentials changed the bucket:\n%s", d)
	}
}

// TestS3ManyFiles deploys more files than one page of an S3 listing holds.
func TestS3ManyFiles(t *testing.T) {
	const access, secret = "briefs-test", "briefs-test-secret-8c1f"
	target := s3test.Start(t, "briefs", access, secret)
	s3test.Env(t, access, secret)
	files := map[string]string{"index.html": "<h1>Briefs</h1>"}
	for i := range 1100 {
		files[fmt.Sprintf("briefs/%04d/index.html", i)] = fmt.Sprintf("<h1>Story %d</h1>", i)
	}
	dir := t.TempDir()
	writeSite(t, dir, files)
	cfg := Config{Dir: dir, Target: target, Workers: 16}
	rep, err := Run(context.Background(), cfg)
	if err != nil || rep.Uploaded != len(files) {
		t.Fatalf("first deploy: %+v, %v", rep, err)
	}
	t.Logf("first deploy: %+v", rep)
	deleteManifest(t, target) // the listing alone must see every object
	if rep, err := Run(context.Background(), cfg); err != nil || rep.Uploaded+rep.Deleted != 0 || rep.Unchanged != len(files) {
		t.Errorf("second deploy: %+v, %v; want all %d unchanged", rep, err, len(files))
	}
}

// TestS3Multipart deploys a file large enough for a multipart upload, whose ETag is not an
// MD5: the manifest must keep it from going up again.
func TestS3Multipart(t *testing.T) {
	const access, secret = "briefs-test", "briefs-test-secret-8c1f"
	target := s3test.Start(t, "briefs", access, secret)
	s3test.Env(t, access, secret)
	video := make([]byte, 20<<20) // over the 8 MiB part size
	for i := range video {
		video[i] = byte(i % 253)
	}
	dir := t.TempDir()
	writeSite(t, dir, map[string]string{"index.html": "<h1>Briefs</h1>", "media/clip.mp4": string(video)})
	cfg := Config{Dir: dir, Target: target}
	if rep, err := Run(context.Background(), cfg); err != nil || rep.Uploaded != 2 {
		t.Fatalf("first deploy: %+v, %v", rep, err)
	}
	if got := remoteFiles(t, target)["media/clip.mp4"]; got != string(video) {
		t.Fatalf("the large file differs remotely: %d bytes", len(got))
	}
	b, err := open(context.Background(), target, false)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if a, err := b.Attributes(context.Background(), "media/clip.mp4"); err != nil || !strings.Contains(a.ETag, "-") {
		t.Fatalf("media/clip.mp4: ETag %q, %v; want a multipart ETag (MD5-parts)", a.ETag, err)
	}
	if rep, err := Run(context.Background(), cfg); err != nil || rep.Uploaded != 0 {
		t.Errorf("second deploy: %+v, %v; want nothing uploaded", rep, err)
	}
}
