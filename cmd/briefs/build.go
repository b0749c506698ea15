package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/briefs/briefs/internal/build"
)

var buildCmd = &command{
	name:  "build",
	usage: "build [-s SITE] [-d DEST] [--base-url URL] [--drafts] [--no-minify] [--strict] [--cache-dir DIR] [--quiet]",
	short: "build the site into public/",
	long: `Build reads every article under SITE/content, cleans and summarizes it, and renders the
site into DEST (SITE/public by default). The site is built beside DEST and swapped into place
only when complete, so a failed build leaves DEST as it was.

An article that cannot be read is skipped with a warning naming its file and line; the rest
of the site is built. With --strict any warning fails the build and DEST is left untouched.

What each article became is cached in SITE/.briefs-cache (--cache-dir), keyed by the file's
bytes, so a rebuild cleans and summarizes only the articles that changed, and renders only
the pages whose inputs changed: unchanged files in DEST are not rewritten.

A long build shows its progress on standard error: a bar on a terminal, a line every few
seconds otherwise; --quiet shows neither, nor the summary.`,
	flags: func(fs *flag.FlagSet) func(context.Context, env, []string) error {
		var cfg build.Config
		fs.StringVar(&cfg.Site, "s", ".", "the site's root `folder`")
		fs.StringVar(&cfg.Dest, "d", "", "the output `folder` (default SITE/public)")
		fs.StringVar(&cfg.BaseURL, "base-url", "", "the `URL` the site is published at, overriding base_url")
		fs.BoolVar(&cfg.Drafts, "drafts", false, "include articles marked draft")
		fs.BoolVar(&cfg.NoMinify, "no-minify", false, "write pages without minifying them")
		fs.BoolVar(&cfg.Strict, "strict", false, "fail on any warning")
		fs.IntVar(&cfg.Workers, "workers", 0, "articles processed at once (default two more than the CPUs)")
		fs.StringVar(&cfg.CacheDir, "cache-dir", "", "keep the build cache in `folder` (default SITE/.briefs-cache)")
		cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the build to `FILE` (for go tool pprof)")
		memprofile := fs.String("memprofile", "", "write a profile of the build's allocations to `FILE` (for go tool pprof)")
		quiet := fs.Bool("quiet", false, "show no progress and no summary; warnings are still shown")
		return func(ctx context.Context, e env, args []string) error {
			if len(args) > 0 {
				return &usageError{cmd: "build", msg: fmt.Sprintf("build: unexpected argument %q", args[0])}
			}
			if *cpuprofile != "" {
				f, err := os.Create(*cpuprofile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			if *memprofile != "" {
				defer writeAllocs(*memprofile, e)
			}
			var prog *progress
			if !*quiet {
				prog = newProgress(e.stderr)
				cfg.Progress = prog.update
			}
			rep, err := build.Run(ctx, cfg)
			if prog != nil {
				prog.clear()
			}
			for _, n := range rep.Notices {
				fmt.Fprintln(e.stderr, "note:", n)
			}
			for _, w := range rep.Warnings {
				fmt.Fprintln(e.stderr, "warning:", w)
			}
			if err != nil {
				return err
			}
			if *quiet {
				return nil
			}
			dest := cfg.Dest
			if dest == "" {
				dest = filepath.Join(cfg.Site, "public")
			}
			fmt.Fprintf(e.stdout, "built %s (%s, %d written) into %s in %s%s\n",
				plural(rep.Articles, "brief"), plural(rep.Files, "file"), rep.Written, dest,
				rep.Duration.Round(time.Millisecond), tail(rep))
			return nil
		}
	},
}

// tail summarises the warnings and skipped drafts of a build, e.g. "; 2 warnings".
func tail(r build.Report) string {
	s := ""
	if n := len(r.Warnings); n > 0 {
		s += "; " + plural(n, "warning")
	} else {
		s += "; no warnings"
	}
	if r.Drafts > 0 {
		s += fmt.Sprintf(", %s left out (use --drafts)", plural(r.Drafts, "draft"))
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// writeAllocs writes the allocation profile of the process to path, or says why it could not.
func writeAllocs(path string, e env) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "warning: memprofile:", err)
	}
}
