package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/briefs/briefs"
)

var versionCmd = &command{
	name:  "version",
	usage: "version",
	short: "print the version of briefs",
	long:  "Version prints the briefs release, the commit it was built from when known, and the Go version.",
	flags: func(fs *flag.FlagSet) func(context.Context, env, []string) error {
		return func(_ context.Context, e env, args []string) error {
			if len(args) > 0 {
				return &usageError{cmd: "version", msg: "version: takes no arguments"}
			}
			fmt.Fprintf(e.stdout, "briefs %s%s %s %s/%s\n", briefs.Version, revision(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		}
	},
}

// revision returns " (commit abc1234)" when the binary records the commit it was built from.
func revision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return ""
	}
	return fmt.Sprintf(" (commit %s%s)", rev, dirty)
}
