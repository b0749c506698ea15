package preview

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/briefs/briefs/internal/content"
)

// A batch is the set of site files that changed during one burst of file events.
type batch struct {
	paths map[string]bool // site-relative slash paths
	all   bool            // events were lost: anything may have changed
}

func (b batch) empty() bool { return !b.all && len(b.paths) == 0 }

// list returns the changed paths, sorted, or nil when anything may have changed.
func (b batch) list() []string {
	if b.all {
		return nil
	}
	out := make([]string, 0, len(b.paths))
	for p := range b.paths {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// A watcher reports the files that change under a set of targets: folders, watched
// recursively (including folders created later), and single files such as briefs.toml.
//
// fsnotify does not watch recursively, and a watch on a single file is lost when an editor
// saves by renaming a temporary file over it. So the watcher adds every folder below a target
// folder, and watches a target's parent folder for the target's own name, which also catches
// a target created after the watcher started. It keeps the set of files it knows of, so that
// removing or renaming a folder reports every file that was in it.
type watcher struct {
	fsw     *fsnotify.Watcher
	root    string          // site root; event paths are reported relative to it
	targets map[string]bool // the watched paths, absolute and clean
	dirs    map[string]bool // folders watched below (and including) target folders
	files   map[string]bool // files known below target folders
	logf    func(format string, args ...any)
}

// newWatcher watches targets (absolute paths) and reports paths relative to root. A target
// that does not exist yet is picked up when it is created.
func newWatcher(root string, targets []string, logf func(string, ...any)) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{fsw: fsw, root: filepath.Clean(root), targets: map[string]bool{},
		dirs: map[string]bool{}, files: map[string]bool{}, logf: logf}
	parents := map[string]bool{}
	for _, t := range targets {
		w.targets[filepath.Clean(t)] = true
	}
	for t := range w.targets {
		if p := filepath.Dir(t); !w.inTarget(p) && !parents[p] {
			parents[p] = true
			if err := fsw.Add(p); err != nil {
				fsw.Close()
				return nil, err
			}
		}
		if fi, err := os.Stat(t); err == nil && fi.IsDir() {
			w.addTree(t, nil)
		}
	}
	return w, nil
}

// close stops the watcher.
func (w *watcher) close() error { return w.fsw.Close() }

// inTarget reports whether name is a target or lies below one.
func (w *watcher) inTarget(name string) bool {
	for p := name; ; {
		if w.targets[p] {
			return true
		}
		parent := filepath.Dir(p)
		if parent == p {
			return false
		}
		p = parent
	}
}

// rel turns an absolute path into a site-relative slash path.
func (w *watcher) rel(name string) string {
	r, err := filepath.Rel(w.root, name)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(name)
	}
	return filepath.ToSlash(r)
}

// addTree watches dir and every folder below it, records the files found and, when b is not
// nil, adds them to b: files written into a new folder before its watch was added are not
// missed.
func (w *watcher) addTree(dir string, b *batch) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // gone already, or unreadable: nothing to watch
		}
		if d.IsDir() {
			if p != dir && ignored(d.Name()) {
				return filepath.SkipDir
			}
			if !w.dirs[p] {
				if err := w.fsw.Add(p); err != nil {
					w.log("watch %s: %v", p, hint(err))
					return nil
				}
				w.dirs[p] = true
			}
			return nil
		}
		if !ignored(d.Name()) {
			w.files[p] = true
			if b != nil {
				b.add(w.rel(p))
			}
		}
		return nil
	})
}

// forget drops name and everything below it, adding every file it knew of to b.
func (w *watcher) forget(name string, b *batch) {
	prefix := name + string(filepath.Separator)
	for f := range w.files {
		if f == name || strings.HasPrefix(f, prefix) {
			delete(w.files, f)
			b.add(w.rel(f))
		}
	}
	for d := range w.dirs {
		if d == name || strings.HasPrefix(d, prefix) {
			delete(w.dirs, d)
			w.fsw.Remove(d) // already gone when the folder was removed; harmless
		}
	}
}

func (b *batch) add(p string) {
	if b.paths == nil {
		b.paths = map[string]bool{}
	}
	b.paths[p] = true
}

// handle adds what ev changed to b.
func (w *watcher) handle(ev fsnotify.Event, b *batch) {
	name := filepath.Clean(ev.Name)
	if !w.inTarget(name) || !w.targets[name] && ignored(filepath.Base(name)) {
		return
	}
	switch {
	case ev.Has(fsnotify.Create):
		fi, err := os.Lstat(name)
		switch {
		case err != nil: // created and gone again
			w.forget(name, b)
			b.add(w.rel(name))
		case fi.IsDir():
			w.addTree(name, b)
		default:
			w.files[name] = true
			b.add(w.rel(name))
		}
	case ev.Has(fsnotify.Write):
		if !w.dirs[name] {
			b.add(w.rel(name))
		}
	case ev.Has(fsnotify.Remove), ev.Has(fsnotify.Rename):
		if w.dirs[name] {
			w.forget(name, b)
			return
		}
		w.forget(name, b)
		b.add(w.rel(name))
	}
}

// resync walks every target again after events were lost, so that folders created meanwhile
// are watched.
func (w *watcher) resync() {
	w.files = map[string]bool{}
	for t := range w.targets {
		if fi, err := os.Stat(t); err == nil && fi.IsDir() {
			w.addTree(t, nil)
		}
	}
}

// run sends batches of changes on out until ctx is done. A batch is ready once no event
// has arrived for quiet, or maxWait after its first event while events keep coming; it
// waits, growing, until the receiver takes it, so a slow rebuild never blocks the events.
func (w *watcher) run(ctx context.Context, out chan<- batch, quiet time.Duration) {
	const maxWait = 250 * time.Millisecond
	var (
		pending batch
		first   time.Time
		send    chan<- batch // out when pending is ready, else nil
		timer   = time.NewTimer(time.Hour)
	)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			wasEmpty := pending.empty()
			w.handle(ev, &pending)
			if pending.empty() || send != nil {
				continue
			}
			if wasEmpty {
				first = time.Now()
			}
			if time.Since(first) >= maxWait {
				send = out
			} else {
				timer.Reset(quiet)
			}
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.resync()
				pending.all = true
				send = out
				continue
			}
			w.log("watch: %v", err)
		case <-timer.C:
			if !pending.empty() {
				send = out
			}
		case send <- pending:
			pending, send = batch{}, nil
		case <-ctx.Done():
			return
		}
	}
}

func (w *watcher) log(format string, args ...any) {
	if w.logf != nil {
		w.logf(format, args...)
	}
}

// ignored reports whether a file or folder below a target is left out: editors' swap, backup
// and temporary files (content.IsScratch) and hidden names such as .git or gedit's
// .goutputstream-XXXX, which the build skips too.
func ignored(name string) bool { return strings.HasPrefix(name, ".") || content.IsScratch(name) }

// hint explains the error Linux gives when the inotify watch limit is reached.
func hint(err error) error {
	if strings.Contains(err.Error(), "no space left on device") {
		return errors.New("too many folders to watch; raise fs.inotify.max_user_watches")
	}
	return err
}
