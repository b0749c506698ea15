package preview

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// A step changes the files of a site under root.
type step func(t *testing.T, root string)

func write(name, data string) step {
	return func(t *testing.T, root string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func rename(from, to string) step {
	return func(t *testing.T, root string) {
		if err := os.Rename(filepath.Join(root, from), filepath.Join(root, to)); err != nil {
			t.Fatal(err)
		}
	}
}

func remove(name string) step {
	return func(t *testing.T, root string) {
		if err := os.RemoveAll(filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
}

// atomicSave saves name the way many editors do: write a temporary file, rename it over.
func atomicSave(name, tmp, data string) step {
	return func(t *testing.T, root string) {
		write(tmp, data)(t, root)
		rename(tmp, name)(t, root)
	}
}

// vimSave saves name the way Vim does with backupcopy=no: move the original to name~, write a
// new file, delete the backup; with a swap file written meanwhile.
func vimSave(name, data string) step {
	return func(t *testing.T, root string) {
		dir, base := filepath.Split(name)
		write(dir+"."+base+".swp", "swap")(t, root)
		rename(name, name+"~")(t, root)
		write(name, data)(t, root)
		remove(name+"~")(t, root)
		remove(dir+"."+base+".swp")(t, root)
	}
}

func TestWatcher(t *testing.T) {
	t.Parallel()
	initial := []step{
		write("content/2025/a.md", "a"),
		write("content/2025/b.md", "b"),
		write("content/2024/old/c.txt", "c"),
		write("static/style.css", "body{}"),
		write("briefs.toml", `title = "x"`),
		write("public/index.html", "built"),
		write("content/.git/HEAD", "ref"),
	}
	burst := func(t *testing.T, root string) {
		for i := range 200 {
			write(fmt.Sprintf("content/burst/%03d.md", i), "x")(t, root)
		}
	}
	tests := []struct {
		name  string
		steps []step
		want  []string // the union of the batches, sorted
		most  int      // the most batches allowed; 0 means 1
	}{
		{"edit", []step{write("content/2025/a.md", "a2")}, []string{"content/2025/a.md"}, 0},
		{"new file", []step{write("content/2025/new.md", "n")}, []string{"content/2025/new.md"}, 0},
		{"new nested folders", []step{write("content/2026/01/02/new.md", "n")}, []string{"content/2026/01/02/new.md"}, 0},
		{"file in a new folder, later", []step{write("content/2026/x.md", "n"), func(*testing.T, string) { time.Sleep(50 * time.Millisecond) },
			write("content/2026/y.md", "n")}, []string{"content/2026/x.md", "content/2026/y.md"}, 2},
		{"delete", []step{remove("content/2025/b.md")}, []string{"content/2025/b.md"}, 0},
		{"rename", []step{rename("content/2025/a.md", "content/2025/z.md")}, []string{"content/2025/a.md", "content/2025/z.md"}, 0},
		{"delete folder", []step{remove("content/2024")}, []string{"content/2024/old/c.txt"}, 0},
		{"rename folder", []step{rename("content/2024", "content/1999")}, []string{"content/1999/old/c.txt", "content/2024/old/c.txt"}, 0},
		{"atomic save", []step{atomicSave("content/2025/a.md", "content/2025/a.md.tmp", "a3")}, []string{"content/2025/a.md"}, 0},
		{"hidden temporary file", []step{atomicSave("content/2025/a.md", "content/2025/.goutputstream-X1", "a3")}, []string{"content/2025/a.md"}, 0},
		{"vim save", []step{vimSave("content/2025/a.md", "a4")}, []string{"content/2025/a.md"}, 0},
		{"config atomic save", []step{atomicSave("briefs.toml", "briefs.toml~", `title = "y"`)}, []string{"briefs.toml"}, 0},
		{"config twice", []step{atomicSave("briefs.toml", "briefs.toml.tmp", "1"), func(*testing.T, string) { time.Sleep(50 * time.Millisecond) },
			atomicSave("briefs.toml", "briefs.toml.tmp", "2")}, []string{"briefs.toml"}, 2},
		{"target created later", []step{write("templates/brief.html", "t")}, []string{"templates/brief.html"}, 0},
		{"static", []step{write("static/style.css", "body{color:red}")}, []string{"static/style.css"}, 0},
		{"burst", []step{burst}, burstNames(200), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			for _, s := range initial {
				s(t, root)
			}
			batches := watch(t, root)
			for _, s := range tt.steps {
				s(t, root)
			}
			got, n := collect(t, batches, tt.want)
			if !slices.Equal(got, tt.want) {
				t.Errorf("changed = %v\nwant %v", got, tt.want)
			}
			if most := max(tt.most, 1); n > most {
				t.Errorf("%d batches, want at most %d", n, most)
			}
		})
	}
}

// TestWatcherIgnores checks that changes the build does not read make no batch: scratch
// files, hidden folders, and files outside the watched paths.
func TestWatcherIgnores(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	write("content/a.md", "a")(t, root)
	write("content/.git/x", "x")(t, root)
	batches := watch(t, root)
	for _, s := range []step{
		write("content/.a.md.swp", "s"), write("content/a.md~", "b"), write("content/#a.md#", "e"),
		write("content/.#a.md", "l"), write("content/x.bak", "b"), write("content/.git/y", "y"),
		write("public/index.html", "p"), write("notes.txt", "n"), write("content/.hidden/z.md", "z"),
	} {
		s(t, root)
	}
	select {
	case b := <-batches:
		t.Errorf("got a batch %v, want none", b.list())
	case <-time.After(300 * time.Millisecond):
	}
}

func burstNames(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("content/burst/%03d.md", i))
	}
	return out
}

// watch starts a watcher on the site at root, with targets as "briefs serve" sets them, and
// returns its batches.
func watch(t *testing.T, root string) <-chan batch {
	t.Helper()
	var targets []string
	for _, name := range []string{"content", "templates", "static", "briefs.toml"} {
		targets = append(targets, filepath.Join(root, name))
	}
	w, err := newWatcher(root, targets, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan batch)
	done := make(chan struct{})
	go func() {
		defer close(done)
		w.run(ctx, out, 10*time.Millisecond)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		w.close()
	})
	return out
}

// collect gathers batches until they cover want, or until they stop coming, and returns
// their union, sorted, and their number.
func collect(t *testing.T, batches <-chan batch, want []string) ([]string, int) {
	t.Helper()
	seen := map[string]bool{}
	n := 0
	timeout := 2 * time.Second
	for {
		select {
		case b := <-batches:
			n++
			if b.all {
				t.Fatal("the watcher lost events")
			}
			for p := range b.paths {
				seen[p] = true
			}
			if covers(seen, want) {
				timeout = 150 * time.Millisecond // catch any extra batch
			}
		case <-time.After(timeout):
			got := make([]string, 0, len(seen))
			for p := range seen {
				got = append(got, p)
			}
			slices.Sort(got)
			return got, n
		}
	}
}

func covers(seen map[string]bool, want []string) bool {
	for _, p := range want {
		if !seen[p] {
			return false
		}
	}
	return true
}

func TestBatchList(t *testing.T) {
	t.Parallel()
	var b batch
	for _, p := range []string{"content/b.md", "content/a.md", "content/b.md"} {
		b.add(p)
	}
	if got := strings.Join(b.list(), " "); got != "content/a.md content/b.md" {
		t.Errorf("list() = %q", got)
	}
	b.all = true
	if b.list() != nil || b.empty() {
		t.Errorf("a batch that lost events lists %v, empty %v; want nil, false", b.list(), b.empty())
	}
}
