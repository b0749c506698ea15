package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/publish/s3test"
)

// folderFiles returns the files under dir and their contents, without the deploy manifest.
func folderFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if rel == ".briefs-manifest.json" {
			return nil
		}
		data, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sameFiles(t *testing.T, what string, want, got map[string]string) {
	t.Helper()
	for name, data := range want {
		if g, ok := got[name]; !ok || g != data {
			t.Errorf("%s: %s missing or different", what, name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: extra file %s", what, name)
		}
	}
}

func TestDeployFolder(t *testing.T) {
	t.Parallel()
	public := buildExample(t)
	www := filepath.Join(t.TempDir(), "www")
	target := "file://" + filepath.ToSlash(www)
	n := len(folderFiles(t, public))

	out, errs, code := cli(t, "", "deploy", "-s", repoRoot, "-d", public, "--target", target, "--dry-run")
	if code != 0 || !strings.Contains(out, "would upload index.html (") || !strings.Contains(out, fmt.Sprintf("dry run, nothing changed: would upload %d (", n)) {
		t.Errorf("deploy --dry-run: exit %d\n%s%s", code, out, errs)
	}
	if _, err := os.Stat(www); err == nil {
		t.Errorf("deploy --dry-run created %s", www)
	}

	out, errs, code = cli(t, "", "deploy", "-s", repoRoot, "-d", public, "--target", target)
	if code != 0 || !strings.Contains(out, "upload index.html (") || !strings.Contains(out, fmt.Sprintf(": %d uploaded (", n)) {
		t.Fatalf("deploy: exit %d\n%s%s", code, out, errs)
	}
	sameFiles(t, "after deploy", folderFiles(t, public), folderFiles(t, www))

	out, errs, code = cli(t, "", "deploy", "-d", public, "--target", target, "--workers", "2")
	if want := fmt.Sprintf("0 uploaded (0 B), 0 deleted, %d unchanged in ", n); code != 0 || !strings.Contains(out, want) || strings.Count(out, "\n") != 1 {
		t.Errorf("deploy with no change: exit %d, want %q\n%s%s", code, want, out, errs)
	}

	// A removed page is deleted, unless that is more than --max-deletes allows.
	pages, _ := filepath.Glob(filepath.Join(public, "briefs", "*", "index.html"))
	os.Remove(pages[0])
	gone, _ := filepath.Rel(public, pages[0])
	out, errs, code = cli(t, "", "deploy", "-d", public, "--target", target, "--max-deletes", "0")
	if code != 1 || !strings.Contains(errs, "1 remote files would be deleted, more than the limit of 0") || out != "" {
		t.Errorf("deploy --max-deletes 0: exit %d\n%s%s", code, out, errs)
	}
	out, errs, code = cli(t, "", "deploy", "-d", public, "--target", target, "--max-deletes", "0", "--force")
	if code != 0 || !strings.Contains(out, "delete "+filepath.ToSlash(gone)+"\n") || !strings.Contains(out, "1 deleted") {
		t.Errorf("deploy --force: exit %d\n%s%s", code, out, errs)
	}
	sameFiles(t, "after deletion", folderFiles(t, public), folderFiles(t, www))
}

func TestDeployTargets(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	prod, stage := t.TempDir(), t.TempDir()
	toml := fmt.Sprintf(`title = "x"

[deploy]
workers = 2

[[deploy.targets]]
name = "production"
url = "file://%s"

[[deploy.targets]]
name = "staging"
url = "file://%s"
exclude = ["keep/**"]

[hosting]
nojekyll = true
`, filepath.ToSlash(prod), filepath.ToSlash(stage))
	os.WriteFile(filepath.Join(site, "briefs.toml"), []byte(toml), 0o644)
	os.MkdirAll(filepath.Join(site, "public"), 0o755)
	os.WriteFile(filepath.Join(site, "public", "index.html"), []byte("<h1>x</h1>"), 0o644)
	os.MkdirAll(filepath.Join(stage, "keep"), 0o755)
	os.WriteFile(filepath.Join(stage, "keep", "a.txt"), []byte("a"), 0o644)

	tests := []struct {
		args []string
		code int
		want string // in stdout, or in stderr when code != 0
	}{
		{[]string{"deploy", "-s", site}, 0, "to production (file://"},
		{[]string{"deploy", "-s", site, "--target", "staging"}, 0, "to staging (file://"},
		{[]string{"deploy", "-s", site, "--target", "nowhere"}, 1, `no target named "nowhere" in briefs.toml`},
		{[]string{"deploy", "-s", site, "--target", "ftp://x/y"}, 1, "the scheme must be one of"},
		{[]string{"deploy", "-s", t.TempDir()}, 2, "no target: give --target URL"},
		{[]string{"deploy", "-s", site, "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"deploy", "-s", site, "--workers", "-1"}, 2, "--workers 1 to 256"},
		{[]string{"deploy", "-s", filepath.Join(site, "none"), "--target", "file://" + filepath.ToSlash(prod)}, 1, "has no index.html: build the site first"},
	}
	for _, tt := range tests {
		out, errs, code := cli(t, "", tt.args...)
		got := out
		if tt.code != 0 {
			got = errs
		}
		if code != tt.code || !strings.Contains(got, tt.want) {
			t.Errorf("briefs %s: exit %d, want %d and %q\n%s%s", strings.Join(tt.args, " "), code, tt.code, tt.want, out, errs)
		}
	}
	if got := folderFiles(t, stage); got["keep/a.txt"] != "a" || got["index.html"] != "<h1>x</h1>" {
		t.Errorf("staging holds %v, want index.html and the excluded keep/a.txt", got)
	}
}

// TestDeployS3 deploys the example site to a real S3 server. It sets the credentials in the
// environment, so it does not run in parallel.
func TestDeployS3(t *testing.T) {
	const access, secret = "briefs-ci", "briefs-ci-secret-3e9d"
	target := s3test.Start(t, "site", access, secret)
	public := buildExample(t)
	s3test.Env(t, access, secret)
	n := len(folderFiles(t, public))
	out, errs, code := cli(t, "", "deploy", "-d", public, "--target", target)
	last := out[strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n")+1:]
	if code != 0 || !strings.Contains(last, fmt.Sprintf(": %d uploaded (", n)) {
		t.Fatalf("deploy: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("first deploy: %s", last)

	out, errs, code = cli(t, "", "deploy", "-d", public, "--target", target)
	if code != 0 || !strings.Contains(out, fmt.Sprintf(": 0 uploaded (0 B), 0 deleted, %d unchanged", n)) {
		t.Errorf("deploy with no change: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("second deploy: %s", out)

	pages, _ := filepath.Glob(filepath.Join(public, "briefs", "*", "index.html"))
	os.Remove(pages[0])
	s3test.Env(t, access, "not-the-secret-7f1c")
	out, errs, code = cli(t, "", "deploy", "-d", public, "--target", target, "--force")
	if code != 1 || !strings.Contains(errs, "the target refused the credentials") || out != "" {
		t.Errorf("deploy with a wrong secret: exit %d\n%s%s", code, out, errs)
	}
	if strings.Contains(out+errs, "not-the-secret") || strings.Contains(out+errs, secret) {
		t.Errorf("deploy printed a secret:\n%s%s", out, errs)
	}
	s3test.Env(t, access, secret)
	out, errs, code = cli(t, "", "deploy", "-d", public, "--target", target)
	if code != 0 || !strings.Contains(out, "0 uploaded (0 B), 1 deleted") {
		t.Errorf("deploy after a removal: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("deploy after a removal: %s", out)
}
