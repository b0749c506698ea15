package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/publish"
)

var deployCmd = &command{
	name:  "deploy",
	usage: "deploy [-s SITE] [-d DIR] [--target NAME|URL] [--dry-run] [--force] [--max-deletes N] [--workers N]",
	short: "publish public/ to S3, GCS, Azure or a folder, uploading what changed",
	long: `Deploy publishes SITE/public as it is: run 'briefs build' first. It uploads the files that
are new or changed since the last deploy, then deletes the remote files that no longer exist
locally, and prints what it did. Stylesheets, scripts and images go up before the pages that
use them, and the pages before the feeds; deletions come last.

The target is a URL, or the name of a [[deploy.targets]] table of briefs.toml:

	s3://bucket?region=eu-west-1                    Amazon S3
	s3://bucket?endpoint=https://HOST&region=auto   S3-compatible: R2, MinIO, Spaces
	gs://bucket                                     Google Cloud Storage
	azblob://container                              Azure Blob Storage
	file:///srv/www/briefs                          a folder

Without --target, deploy uses [deploy] target, or the first target of briefs.toml.
Credentials come from the environment and the providers' usual chains (AWS_ACCESS_KEY_ID,
AWS_PROFILE, GOOGLE_APPLICATION_CREDENTIALS, AZURE_STORAGE_ACCOUNT, …), never from
briefs.toml, and are never printed.

Files are compared by size and MD5 with the bucket's listing and with .briefs-manifest.json,
which deploy keeps in the target. Each file gets its Content-Type and the Cache-Control of
[[deploy.rules]], then of the built-in rules: a year for fingerprinted assets
(style.3f2a9c1e.css), five minutes for pages and feeds, an hour for the rest.

A deploy that would delete more than --max-deletes files stops before changing anything,
unless --force. With --dry-run, deploy lists what it would do and changes nothing. An
interrupted deploy is finished by running it again.`,
	flags: func(fs *flag.FlagSet) func(context.Context, env, []string) error {
		site := fs.String("s", ".", "the site's root `folder`")
		dir := fs.String("d", "", "the `folder` to publish (default SITE/public)")
		target := fs.String("target", "", "where to publish: a target `name` of briefs.toml or a URL")
		dryRun := fs.Bool("dry-run", false, "list what would change, and change nothing")
		force := fs.Bool("force", false, "delete remote files however many are gone")
		maxDeletes := fs.Int("max-deletes", 0, "refuse to delete more than `N` remote files (default max_deletes of briefs.toml, or 256)")
		workers := fs.Int("workers", 0, "upload `N` files at once (default workers of briefs.toml, or 8)")
		return func(ctx context.Context, e env, args []string) error {
			if len(args) > 0 {
				return &usageError{cmd: "deploy", msg: fmt.Sprintf("deploy: unexpected argument %q", args[0])}
			}
			set := map[string]bool{}
			fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
			if *maxDeletes < 0 || *workers < 0 || *workers > 256 {
				return &usageError{cmd: "deploy", msg: "deploy: --max-deletes must be 0 or more and --workers 1 to 256"}
			}
			sc, err := config.Load(os.DirFS(*site))
			if err != nil {
				return err
			}
			t, err := sc.Deploy.Lookup(*target)
			if err != nil {
				if *target == "" && len(sc.Deploy.Targets) == 0 && sc.Deploy.Target == "" {
					return &usageError{cmd: "deploy", msg: "deploy: " + err.Error()}
				}
				return err
			}
			cfg := publish.Config{
				Dir:        cmp.Or(*dir, filepath.Join(*site, "public")),
				Target:     t.URL,
				DryRun:     *dryRun,
				Force:      *force,
				MaxDeletes: sc.Deploy.MaxDeletes,
				Workers:    cmp.Or(*workers, sc.Deploy.Workers),
				Rules:      sc.Deploy.Rules,
				Gzip:       t.Gzip,
				Exclude:    t.Exclude,
				Progress:   func(c publish.Change) { printChange(e, c, *dryRun) },
			}
			if set["max-deletes"] {
				cfg.MaxDeletes = *maxDeletes
				if cfg.MaxDeletes == 0 {
					cfg.MaxDeletes = -1 // none
				}
			}
			return deploy(ctx, e, cfg, t.Name)
		}
	},
}

// deploy runs one deploy and prints its summary.
func deploy(ctx context.Context, e env, cfg publish.Config, name string) error {
	rep, err := publish.Run(ctx, cfg)
	to := cfg.Target
	if name != "" {
		to = name + " (" + cfg.Target + ")"
	}
	if !rep.Manifest && err == nil && rep.Unchanged+rep.Deleted > 0 {
		fmt.Fprintf(e.stderr, "note: the target had no %s: files were compared with its listing\n", publish.ManifestKey)
	}
	switch {
	case err != nil && errors.Is(err, context.Canceled):
		fmt.Fprintf(e.stdout, "interrupted: %s\n", deploySummary(rep))
		return fmt.Errorf("deploy to %s interrupted: run it again to finish", to)
	case err != nil:
		if rep.Uploaded+rep.Deleted > 0 {
			fmt.Fprintf(e.stdout, "stopped: %s\n", deploySummary(rep))
		}
		return err
	case cfg.DryRun:
		fmt.Fprintf(e.stdout, "dry run, nothing changed: would upload %d (%s), delete %d; %d unchanged\n",
			rep.Uploaded, byteSize(rep.Bytes), rep.Deleted, rep.Unchanged)
	default:
		fmt.Fprintf(e.stdout, "deployed %s to %s: %s in %s\n", cfg.Dir, to, deploySummary(rep), rep.Duration.Round(time.Millisecond))
	}
	return nil
}

// printChange prints one line per file uploaded or deleted.
func printChange(e env, c publish.Change, dryRun bool) {
	verb := string(c.Op)
	if dryRun {
		verb = "would " + verb
	}
	if c.Op == publish.Upload {
		fmt.Fprintf(e.stdout, "%s %s (%s, %s)\n", verb, c.Key, byteSize(c.Size), c.Why)
	} else {
		fmt.Fprintf(e.stdout, "%s %s\n", verb, c.Key)
	}
}

// deploySummary says what a deploy did, e.g. "3 uploaded (12.1 kB), 1 deleted, 240 unchanged".
func deploySummary(r publish.Report) string {
	return fmt.Sprintf("%d uploaded (%s), %d deleted, %d unchanged", r.Uploaded, byteSize(r.Bytes), r.Deleted, r.Unchanged)
}

// byteSize formats a number of bytes, e.g. "340 B" or "1.2 MB".
func byteSize(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	v, i := float64(n)/unit, 0
	for ; v >= unit && i < 3; i++ {
		v /= unit
	}
	return fmt.Sprintf("%.1f %cB", v, "kMGT"[i])
}
