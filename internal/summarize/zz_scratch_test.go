package summarize

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/content"
)

func TestZZSite(t *testing.T) {
	files, _ := filepath.Glob("../../content/*/*/*")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		a, err := content.Parse(filepath.Base(f), raw, nil)
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		d, err := clean.Article(a)
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		b := Doc(d, 4)
		fmt.Printf("== %s\n# %s\n%s\n", f, b.Title, b.Lede)
		for _, x := range b.Bullets {
			fmt.Println(" -", x)
		}
		fmt.Printf(" topics: %q\n", b.Topics)
	}
}
