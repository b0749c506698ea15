package publish

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkNoChange measures a deploy with nothing to upload, the common case, to a folder:
// reading and hashing every local file, listing the target and reading the manifest.
func BenchmarkNoChange(b *testing.B) {
	dir := b.TempDir()
	files := map[string]string{"index.html": "<h1>Briefs</h1>"}
	var total int64
	for i := range 2000 {
		page := fmt.Sprintf("<!doctype html><h1>Story %d</h1><p>%0600d</p>", i, i)
		files[fmt.Sprintf("briefs/story-%04d/index.html", i)] = page
		total += int64(len(page))
	}
	writeSite(b, dir, files)
	cfg := Config{Dir: dir, Target: "file://" + filepath.ToSlash(b.TempDir())}
	if _, err := Run(context.Background(), cfg); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(total)
	for b.Loop() {
		rep, err := Run(context.Background(), cfg)
		if err != nil || rep.Uploaded != 0 {
			b.Fatalf("%+v, %v", rep, err)
		}
	}
}
