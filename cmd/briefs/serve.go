package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/briefs/briefs/internal/build"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/preview"
)

var serveCmd = &command{
	name:  "serve",
	usage: "serve [-s SITE] [--addr 127.0.0.1:1313] [--open] [--drafts]",
	short: "preview the site in a browser, rebuilding it as you edit",
	long: `Serve builds the site into memory and serves it at http://127.0.0.1:1313/ until Ctrl-C.
The site's public/ folder is never touched.

It watches content/, templates/, static/ and briefs.toml, and rebuilds what an edit affects:
an edited article is cleaned and summarized again, a template re-renders the pages, a file
of static/ is copied. Open pages follow by themselves: a page whose content changed is
updated in place (or reloaded), keeping its scroll position, and style sheets are swapped
without a reload. If a rebuild fails, the last good site stays in service and every open
page shows the error with its file and line until the next good build. Warnings are
printed here and shown in a badge on the pages.

The preview answers on the loopback interface only; --addr :1313 makes it visible on the
network. A free port is chosen with --addr 127.0.0.1:0.`,
	flags: func(fs *flag.FlagSet) func(context.Context, env, []string) error {
		site := fs.String("s", ".", "the site's root `folder`")
		addr := fs.String("addr", preview.DefaultAddr, "the `address` to listen on (host:port, or a port)")
		open := fs.Bool("open", false, "open the site in the default web browser")
		drafts := fs.Bool("drafts", false, "include articles marked draft")
		return func(ctx context.Context, e env, args []string) error {
			if len(args) > 0 {
				return &usageError{cmd: "serve", msg: fmt.Sprintf("serve: unexpected argument %q", args[0])}
			}
			return serve(ctx, e, *site, *addr, *open, *drafts)
		}
	},
}

// serve runs "briefs serve" until ctx is done.
func serve(ctx context.Context, e env, site, addr string, open, drafts bool) error {
	root, err := filepath.Abs(site)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(filepath.Join(root, "content")); err != nil || !fi.IsDir() {
		return fmt.Errorf("%s has no content/ folder (is -s the site's root?)", site)
	}
	if !strings.Contains(addr, ":") {
		addr = "127.0.0.1:" + addr // a bare port
	}
	ln, err := preview.Listen(addr)
	if err != nil {
		return err
	}
	url := preview.URL(ln)
	out := &lockedWriter{w: e.stdout}
	errs := &lockedWriter{w: e.stderr}
	b := &previewBuild{
		session: build.NewSession(build.Config{Site: root, BaseURL: url, Drafts: drafts}),
		stdout:  out,
		stderr:  errs,
		seen:    map[string]bool{},
	}
	srv := &preview.Server{
		Listener: ln,
		Root:     root,
		Watch: []string{filepath.Join(root, "content"), filepath.Join(root, "templates"),
			filepath.Join(root, "static"), filepath.Join(root, config.File)},
		Build: b.build,
		Logf:  func(format string, args ...any) { fmt.Fprintf(errs, "warning: "+format+"\n", args...) },
	}
	fmt.Fprintf(out, "serving %s at %s (Ctrl-C to stop)\n", site, url)
	if !isLoopbackURL(url) {
		fmt.Fprintln(errs, "note: the preview is visible to other machines on the network")
	}
	if open {
		if cmd, err := browserCommand(url); err != nil {
			fmt.Fprintf(errs, "warning: open a browser: %v\n", err)
		} else {
			defer cmd.Wait() // reap the opener, which exits as soon as the browser has the URL
		}
	}
	err = srv.Run(ctx)
	b.session.Close() // Run has returned: no build is running
	fmt.Fprintln(out, "stopped")
	return err
}

// previewBuild builds the site for the preview server and prints what each build did.
type previewBuild struct {
	session        *build.Session
	stdout, stderr io.Writer
	seen           map[string]bool // warnings already printed
	builds         int
}

func (b *previewBuild) build(ctx context.Context, changed []string) (preview.Site, error) {
	res, err := b.session.Build(ctx, changed)
	if err != nil {
		if ctx.Err() == nil {
			fmt.Fprintf(b.stderr, "error: %v\n", err)
		}
		return preview.Site{}, err
	}
	rep := res.Report
	warnings := make([]string, len(rep.Warnings))
	seen := make(map[string]bool, len(rep.Warnings))
	for i, w := range rep.Warnings {
		warnings[i] = w.Error()
		seen[warnings[i]] = true
		if !b.seen[warnings[i]] {
			fmt.Fprintln(b.stderr, "warning:", warnings[i])
		}
	}
	b.seen = seen
	b.builds++
	if b.builds == 1 {
		for _, n := range rep.Notices {
			fmt.Fprintln(b.stderr, "note:", n)
		}
		fmt.Fprintf(b.stdout, "built %s (%s) in %s%s\n", plural(rep.Articles, "brief"),
			plural(len(res.Files), "file"), rep.Duration.Round(time.Millisecond), tail(rep))
	} else {
		fmt.Fprintf(b.stdout, "%s: %s updated in %s%s\n", what(changed),
			plural(len(res.Changed)+len(res.Removed), "file"), rep.Duration.Round(time.Millisecond), tail(rep))
	}
	site := preview.Site{Files: res.Files, Changed: res.Changed, Removed: res.Removed, Warnings: warnings}
	if site.Changed == nil {
		site.Changed = []string{} // nothing changed, as opposed to unknown
	}
	return site, nil
}

// what names the changed source files of a rebuild, e.g. "content/a.md and 2 more".
func what(changed []string) string {
	switch len(changed) {
	case 0:
		return "rebuilt"
	case 1:
		return changed[0]
	}
	return fmt.Sprintf("%s and %d more", changed[0], len(changed)-1)
}

// browserCommand starts the system's web browser on url.
func browserCommand(url string) (*exec.Cmd, error) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	return cmd, cmd.Start()
}

func isLoopbackURL(url string) bool {
	return strings.HasPrefix(url, "http://127.") || strings.HasPrefix(url, "http://[::1]")
}

// lockedWriter serialises writes from the server's goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
