// Package s3test starts a real S3 server for tests: versitygw with its posix backend, on
// loopback. The publish package's tests and briefs deploy's share it.
package s3test

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Version is the versitygw release the tests are written against; .ci/run installs it.
const Version = "v1.8.0"

// Start starts versitygw serving one empty bucket named bucket, with root credentials access
// and secret, and returns the bucket's URL for gocloud.dev/blob. The server stops when the
// test ends. Without versitygw the test is skipped, or fails under CI=true.
func Start(t testing.TB, bucket, access, secret string) string {
	t.Helper()
	bin := binary(t)
	root, side := t.TempDir(), t.TempDir()
	if err := os.Mkdir(filepath.Join(root, bucket), 0o755); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	var log bytes.Buffer
	cmd := exec.Command(bin, "--port", addr, "--quiet", "posix", "--sidecar", side, root)
	cmd.Env = append(os.Environ(), "ROOT_ACCESS_KEY="+access, "ROOT_SECRET_KEY="+secret)
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("versitygw did not start on %s: %v\n%s", addr, err, log.String())
		}
	}
	return fmt.Sprintf("s3://%s?endpoint=http://%s&use_path_style=true&disable_https=true&region=us-east-1", bucket, addr)
}

// binary returns the path of versitygw: on PATH, or where go install puts it (GOBIN, or the
// first GOPATH's bin, often not on PATH).
func binary(t testing.TB) string {
	t.Helper()
	if bin, err := exec.LookPath("versitygw"); err == nil {
		return bin
	}
	dir := os.Getenv("GOBIN")
	if dir == "" {
		gopath, _, _ := strings.Cut(os.Getenv("GOPATH"), string(os.PathListSeparator))
		if gopath == "" {
			home, _ := os.UserHomeDir()
			gopath = filepath.Join(home, "go")
		}
		dir = filepath.Join(gopath, "bin")
	}
	bin := filepath.Join(dir, "versitygw")
	if _, err := os.Stat(bin); err != nil {
		msg := "versitygw is not installed: go install github.com/versity/versitygw/cmd/versitygw@" + Version
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return bin
}

// Env sets the S3 credentials of the environment for the rest of the test, and shuts out
// the rest of the machine's AWS configuration: no shared files, no profile, no instance
// metadata.
func Env(t testing.TB, access, secret string) {
	t.Setenv("AWS_ACCESS_KEY_ID", access)
	t.Setenv("AWS_SECRET_ACCESS_KEY", secret)
	t.Setenv("AWS_SESSION_TOKEN", "")
	t.Setenv("AWS_PROFILE", "")
	t.Setenv("AWS_CONFIG_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
}
