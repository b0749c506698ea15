package publish_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefs/briefs/internal/publish"
)

// Run publishes a built site to a folder, then publishes it again after an edit: only the
// edited page goes up.
func ExampleRun() {
	public, _ := os.MkdirTemp("", "public")
	www, _ := os.MkdirTemp("", "www")
	defer os.RemoveAll(public)
	defer os.RemoveAll(www)
	os.WriteFile(filepath.Join(public, "index.html"), []byte("<h1>Briefs</h1>"), 0o644)
	os.WriteFile(filepath.Join(public, "style.3f2a9c1e.css"), []byte("h1{color:navy}"), 0o644)

	cfg := publish.Config{
		Dir:    public,
		Target: "file://" + filepath.ToSlash(www),
		Progress: func(c publish.Change) {
			fmt.Println(c.Op, c.Key, c.Why)
		},
	}
	rep, err := publish.Run(context.Background(), cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d uploaded, %d unchanged\n", rep.Uploaded, rep.Unchanged)

	os.WriteFile(filepath.Join(public, "index.html"), []byte("<h1>Morning briefs</h1>"), 0o644)
	rep, _ = publish.Run(context.Background(), cfg)
	fmt.Printf("%d uploaded, %d unchanged\n", rep.Uploaded, rep.Unchanged)
	// Output:
	// upload style.3f2a9c1e.css new
	// upload index.html new
	// 2 uploaded, 0 unchanged
	// upload index.html changed
	// 1 uploaded, 1 unchanged
}
