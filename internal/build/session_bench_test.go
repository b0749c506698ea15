package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSessionEdit measures what the live preview does after an editor saves one
// article: a Session rebuild of a generated site (BRIEFS_BENCH_SITE, e.g. a site written by
// make bench-corpus) after one article changed.
func BenchmarkSessionEdit(b *testing.B) {
	root := os.Getenv("BRIEFS_BENCH_SITE")
	if root == "" {
		b.Skip("set BRIEFS_BENCH_SITE to a site, e.g. one written by make bench-corpus N=10000")
	}
	var article string
	filepath.WalkDir(filepath.Join(root, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && article == "" && filepath.Ext(p) == ".md" {
			article = p
		}
		return nil
	})
	orig, err := os.ReadFile(article)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(article, orig, 0o644)
	rel, _ := filepath.Rel(root, article)
	s := NewSession(Config{Site: root, CacheDir: b.TempDir()})
	ctx := context.Background()
	if _, err := s.Build(ctx, nil); err != nil {
		b.Fatal(err)
	}
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		n++
		os.WriteFile(article, append(orig, fmt.Sprintf("\nEdit %d.\n", n)...), 0o644)
		res, err := s.Build(ctx, []string{filepath.ToSlash(rel)})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Changed) == 0 {
			b.Fatal("an edit changed nothing")
		}
	}
}
