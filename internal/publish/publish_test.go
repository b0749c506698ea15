package publish

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/config"
)

// siteFiles returns a built site: pages, fingerprinted and plain assets, feeds, and a binary
// file large enough to span several reads.
func siteFiles() map[string]string {
	big := make([]byte, 300<<10)
	for i := range big {
		big[i] = byte(i * 7 % 251)
	}
	return map[string]string{
		"index.html":                `<!doctype html><link rel=stylesheet href=style.3f2a9c1e.css><a href=briefs/a/>A</a>`,
		"briefs/a/index.html":       `<!doctype html><h1>Oil prices fall</h1>`,
		"briefs/b/index.html":       `<!doctype html><h1>Rates hold</h1>`,
		"topics/economy/index.html": `<!doctype html><h1>Economy</h1>`,
		"style.css":                 "body{margin:0}",
		"style.3f2a9c1e.css":        "body{margin:0}",
		"favicon.svg":               `<svg xmlns="http://www.w3.org/2000/svg"/>`,
		"feed.xml":                  `<?xml version="1.0"?><rss/>`,
		"sitemap.xml":               `<?xml version="1.0"?><urlset/>`,
		"robots.txt":                "User-agent: *\n",
		"images/chart.bin":          string(big),
		"name with spaces & ü.html": "<p>odd names survive</p>",
	}
}

func writeSite(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// localFiles reads every file under dir.
func localFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// remoteFiles reads every object of the target but the manifest, gunzipping those stored
// compressed.
func remoteFiles(t *testing.T, target string) map[string]string {
	t.Helper()
	ctx := context.Background()
	b, err := open(ctx, target, false)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	objs, err := list(ctx, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for key := range objs {
		data, err := b.ReadAll(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		files[key] = string(data)
	}
	return files
}

// same reports the differences between the local and the remote files, if any.
func same(local, remote map[string]string) string {
	var diffs []string
	for _, k := range slices.Sorted(maps.Keys(local)) {
		if r, ok := remote[k]; !ok {
			diffs = append(diffs, "missing remotely: "+k)
		} else if r != local[k] {
			diffs = append(diffs, fmt.Sprintf("differs: %s (%d bytes remotely, %d locally)", k, len(r), len(local[k])))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(remote)) {
		if _, ok := local[k]; !ok {
			diffs = append(diffs, "extra remotely: "+k)
		}
	}
	return strings.Join(diffs, "\n")
}

// deployTo runs a deploy of dir to target and returns its report and the changes it made,
// sorted.
func deployTo(t *testing.T, ctx context.Context, cfg Config) (Report, []Change, error) {
	t.Helper()
	var changes []Change
	cfg.Progress = func(c Change) { changes = append(changes, c) }
	rep, err := Run(ctx, cfg)
	slices.SortFunc(changes, func(a, b Change) int { return strings.Compare(string(a.Op)+a.Key, string(b.Op)+b.Key) })
	return rep, changes, err
}

func keys(changes []Change, op Op) []string {
	var ks []string
	for _, c := range changes {
		if c.Op == op {
			ks = append(ks, c.Key)
		}
	}
	return ks
}

// testConverges runs the scenario of a site's life against target: first deploy, no change,
// an edit, a removal, a dry run, too many deletions, an interrupted deploy. verify, if set,
// checks the target after the first deploy.
func testConverges(t *testing.T, target string, verify func(t *testing.T, target string)) Config {
	ctx := context.Background()
	dir := t.TempDir()
	files := siteFiles()
	writeSite(t, dir, files)
	cfg := Config{Dir: dir, Target: target, Workers: 4}

	// The first deploy uploads everything, byte for byte.
	rep, changes, err := deployTo(t, ctx, cfg)
	if err != nil {
		t.Fatalf("first deploy: %v", err)
	}
	if rep.Uploaded != len(files) || rep.Deleted != 0 || rep.Unchanged != 0 || rep.Manifest {
		t.Errorf("first deploy: %+v, want %d uploaded and no manifest", rep, len(files))
	}
	if d := same(files, remoteFiles(t, target)); d != "" {
		t.Errorf("after the first deploy:\n%s", d)
	}
	var total int64
	for _, data := range files {
		total += int64(len(data))
	}
	if rep.Bytes != total || len(changes) != len(files) {
		t.Errorf("first deploy: %d bytes in %d changes, want %d in %d", rep.Bytes, len(changes), total, len(files))
	}
	if verify != nil {
		verify(t, target)
	}

	// With no change, nothing is uploaded.
	rep, changes, err = deployTo(t, ctx, cfg)
	if err != nil || rep.Uploaded+rep.Deleted != 0 || rep.Unchanged != len(files) || !rep.Manifest || len(changes) != 0 {
		t.Errorf("second deploy: %+v, %v, %v; want nothing uploaded", rep, changes, err)
	}

	// Editing one article uploads its page and the pages that list it, and nothing else.
	edits := map[string]string{
		"briefs/a/index.html": `<!doctype html><h1>Oil prices fall again</h1>`,
		"index.html":          `<!doctype html><link rel=stylesheet href=style.3f2a9c1e.css><a href=briefs/a/>A again</a>`,
	}
	writeSite(t, dir, edits)
	maps.Copy(files, edits)
	rep, changes, err = deployTo(t, ctx, cfg)
	if got := keys(changes, Upload); err != nil || !slices.Equal(got, []string{"briefs/a/index.html", "index.html"}) || rep.Deleted != 0 {
		t.Errorf("deploy after an edit: uploaded %v, %+v, %v; want the two edited pages", got, rep, err)
	}
	for _, c := range changes {
		if c.Why != whyChanged {
			t.Errorf("deploy after an edit: %s uploaded because %q, want %q", c.Key, c.Why, whyChanged)
		}
	}

	// Removing an article deletes its page remotely.
	os.RemoveAll(filepath.Join(dir, "briefs", "b"))
	delete(files, "briefs/b/index.html")
	rep, changes, err = deployTo(t, ctx, cfg)
	if got := keys(changes, Delete); err != nil || !slices.Equal(got, []string{"briefs/b/index.html"}) || rep.Uploaded != 0 {
		t.Errorf("deploy after a removal: deleted %v, %+v, %v; want briefs/b/index.html", got, rep, err)
	}
	if d := same(files, remoteFiles(t, target)); d != "" {
		t.Errorf("after the removal:\n%s", d)
	}

	// A dry run reports the changes and makes none.
	writeSite(t, dir, map[string]string{"briefs/c/index.html": "<h1>New</h1>"})
	os.Remove(filepath.Join(dir, "robots.txt"))
	before := remoteFiles(t, target)
	dry := cfg
	dry.DryRun = true
	rep, changes, err = deployTo(t, ctx, dry)
	if err != nil || rep.Uploaded != 1 || rep.Deleted != 1 || len(changes) != 2 ||
		changes[0] != (Change{Op: Delete, Key: "robots.txt"}) || changes[1].Key != "briefs/c/index.html" || changes[1].Why != whyNew {
		t.Errorf("dry run: %+v, %+v, %v; want one new page and one deletion", rep, changes, err)
	}
	if d := same(before, remoteFiles(t, target)); d != "" {
		t.Errorf("the dry run changed the target:\n%s", d)
	}

	// More deletions than allowed stop the deploy before it uploads anything.
	strict := cfg
	strict.MaxDeletes = 1
	os.Remove(filepath.Join(dir, "sitemap.xml"))
	_, changes, err = deployTo(t, ctx, strict)
	if err == nil || !strings.Contains(err.Error(), "2 remote files would be deleted") || len(changes) != 0 {
		t.Errorf("deploy over --max-deletes: %v, %v; want a refusal and no change", changes, err)
	}
	if d := same(before, remoteFiles(t, target)); d != "" {
		t.Errorf("the refused deploy changed the target:\n%s", d)
	}
	strict.Force = true
	if rep, _, err = deployTo(t, ctx, strict); err != nil || rep.Deleted != 2 || rep.Uploaded != 1 {
		t.Errorf("deploy over --max-deletes with --force: %+v, %v; want 2 deleted, 1 uploaded", rep, err)
	}

	// An interrupted deploy, run again, converges.
	more := map[string]string{}
	for i := range 30 {
		more[fmt.Sprintf("briefs/n%02d/index.html", i)] = fmt.Sprintf("<h1>Story %d</h1>", i)
	}
	more["style.0badf00d.css"] = "body{margin:1px}"
	writeSite(t, dir, more)
	cut, cancel := context.WithCancel(ctx)
	n := 0
	interrupted := cfg
	interrupted.Workers = 2
	interrupted.Progress = func(Change) {
		if n++; n == 3 {
			cancel()
		}
	}
	rep, err = Run(cut, interrupted)
	if !errors.Is(err, context.Canceled) || rep.Uploaded < 3 || rep.Uploaded >= len(more) {
		t.Errorf("interrupted deploy: %+v, %v; want it cut short", rep, err)
	}
	want := localFiles(t, dir)
	rep, _, err = deployTo(t, ctx, cfg)
	if err != nil || rep.Uploaded == 0 {
		t.Errorf("deploy after the interruption: %+v, %v; want the rest uploaded", rep, err)
	}
	if d := same(want, remoteFiles(t, target)); d != "" {
		t.Errorf("after the interrupted deploy and its rerun:\n%s", d)
	}
	rep, _, err = deployTo(t, ctx, cfg)
	if err != nil || rep.Uploaded+rep.Deleted != 0 || rep.Unchanged != len(want) {
		t.Errorf("deploy after convergence: %+v, %v; want nothing to do", rep, err)
	}
	return cfg
}

// deleteManifest removes the manifest of the target.
func deleteManifest(t *testing.T, target string) {
	t.Helper()
	b, err := open(context.Background(), target, false)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Delete(context.Background(), ManifestKey); err != nil {
		t.Fatal(err)
	}
}

func TestFolder(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "www", "news")
	cfg := testConverges(t, "file://"+filepath.ToSlash(out), func(t *testing.T, target string) {
		// The folder holds the site and the manifest: no metadata files, no temporary files.
		got := localFiles(t, out)
		if _, ok := got[ManifestKey]; !ok {
			t.Errorf("%s has no %s", out, ManifestKey)
		}
		delete(got, ManifestKey)
		if d := same(siteFiles(), got); d != "" {
			t.Errorf("the folder is not the site:\n%s", d)
		}
	})
	// A folder has no MD5s: without the manifest, every file is uploaded again, once.
	deleteManifest(t, cfg.Target)
	n := len(localFiles(t, cfg.Dir))
	if rep, err := Run(context.Background(), cfg); err != nil || rep.Manifest || rep.Uploaded != n {
		t.Errorf("deploy without the manifest: %+v, %v; want all %d files uploaded", rep, err, n)
	}
	if rep, err := Run(context.Background(), cfg); err != nil || !rep.Manifest || rep.Uploaded != 0 {
		t.Errorf("deploy after that: %+v, %v; want nothing uploaded", rep, err)
	}
}

func TestFolderPrefix(t *testing.T) {
	t.Parallel()
	out := t.TempDir()
	writeSite(t, out, map[string]string{"other/keep.txt": "not ours"})
	dir := t.TempDir()
	writeSite(t, dir, map[string]string{"index.html": "<h1>Home</h1>"})
	target := "file://" + filepath.ToSlash(out) + "?prefix=news/"
	if rep, err := Run(context.Background(), Config{Dir: dir, Target: target}); err != nil || rep.Uploaded != 1 {
		t.Fatalf("deploy into a prefix: %+v, %v", rep, err)
	}
	got := localFiles(t, out)
	if got["news/index.html"] != "<h1>Home</h1>" || got["other/keep.txt"] != "not ours" || got["news/"+ManifestKey] == "" {
		t.Errorf("deploy into a prefix: the folder holds %v", slices.Sorted(maps.Keys(got)))
	}
}

func TestExclude(t *testing.T) {
	t.Parallel()
	out := t.TempDir()
	writeSite(t, out, map[string]string{"downloads/report.pdf": "%PDF", "old.html": "old"})
	dir := t.TempDir()
	writeSite(t, dir, map[string]string{"index.html": "<h1>Home</h1>", "downloads/local.pdf": "%PDF-local"})
	cfg := Config{Dir: dir, Target: "file://" + filepath.ToSlash(out), Exclude: []string{"downloads/**"}}
	rep, changes, err := deployTo(t, context.Background(), cfg)
	if err != nil || !slices.Equal(keys(changes, Upload), []string{"index.html"}) || !slices.Equal(keys(changes, Delete), []string{"old.html"}) {
		t.Fatalf("deploy with exclude: %+v %+v %v", rep, changes, err)
	}
	if got := localFiles(t, out); got["downloads/report.pdf"] != "%PDF" || got["downloads/local.pdf"] != "" {
		t.Errorf("deploy with exclude touched downloads/: %v", slices.Sorted(maps.Keys(got)))
	}
}

func TestRefusals(t *testing.T) {
	t.Parallel()
	empty := t.TempDir()
	reserved := t.TempDir()
	writeSite(t, reserved, map[string]string{"index.html": "x", ManifestKey: "{}"})
	out := "file://" + filepath.ToSlash(t.TempDir())
	tests := []struct {
		cfg  Config
		want string
	}{
		{Config{Dir: empty, Target: out}, "has no index.html: build the site first"},
		{Config{Dir: filepath.Join(empty, "missing"), Target: out}, "has no index.html"},
		{Config{Dir: reserved, Target: out}, "is reserved"},
		{Config{Dir: reserved, Target: "ftp://x/y"}, "scheme must be one of"},
		{Config{Dir: reserved, Target: "s3://"}, "has no bucket name"},
		{Config{Dir: reserved, Target: out, Gzip: true}, "gzip needs a store"},
		{Config{Dir: reserved, Target: out, Rules: []config.Rule{{Pattern: "[x", CacheControl: "x"}}}, "unclosed ["},
	}
	for _, tt := range tests {
		_, err := Run(context.Background(), tt.cfg)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Run(%+v) = %v, want %q", tt.cfg, err, tt.want)
		}
	}
}

func TestDryRunNewFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeSite(t, dir, siteFiles())
	out := filepath.Join(t.TempDir(), "not", "yet")
	rep, err := Run(context.Background(), Config{Dir: dir, Target: "file://" + filepath.ToSlash(out), DryRun: true})
	if err != nil || rep.Uploaded != len(siteFiles()) {
		t.Errorf("dry run to a new folder: %+v, %v; want every file to upload", rep, err)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("dry run to a new folder created it: %v", err)
	}
}
