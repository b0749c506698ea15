// Command bench-build measures briefs build on generated sites: a cold build (no output, no
// cache), a rebuild with nothing changed, and a rebuild after one article changed, for each
// size. It prints wall time, CPU time, peak memory and pages per second.
//
// Usage:
//
//	bench-build [-briefs bin/briefs] [-corpus bin/bench-corpus] [-sizes 1000,10000] [-work DIR] [-runs 3]
//
// The sites are written once into DIR/N by bench-corpus and reused. Each figure is the median
// of -runs runs.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	bin := flag.String("briefs", "bin/briefs", "the briefs `binary` to measure")
	corpus := flag.String("corpus", "bin/bench-corpus", "the bench-corpus `binary`")
	data := flag.String("data", "../shared/data/summaries", "the corpora `folder`")
	sizes := flag.String("sizes", "1000,10000", "comma-separated site `sizes`")
	work := flag.String("work", filepath.Join(os.TempDir(), "briefs-bench"), "where the sites are kept")
	runs := flag.Int("runs", 3, "runs per figure; the median is shown")
	flag.Parse()
	if err := run(*bin, *corpus, *data, *sizes, *work, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench-build:", err)
		os.Exit(1)
	}
}

// A measure is one build.
type measure struct {
	wall, cpu time.Duration
	rss       int64 // peak resident set, bytes
	pages     int   // HTML pages in the site
	written   int
}

func run(bin, corpus, data, sizes, work string, runs int) error {
	// Measure a private copy: a rebuild of bin during the runs would change the binary, and
	// with it the cache's key, mid-benchmark.
	if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	exe, err := os.ReadFile(bin)
	if err != nil {
		return err
	}
	bin = filepath.Join(work, "briefs")
	if err := os.WriteFile(bin, exe, 0o755); err != nil {
		return err
	}
	// Cold builds start without output and cache, which are moved aside, not deleted, until
	// the end: ext4 skips the inodes deleted in the last minutes when it allocates one, so
	// deleting a site's 30,000 files just before a build makes every file the build creates
	// several times dearer than it is on a machine that deleted nothing.
	trash, err := os.MkdirTemp(work, "trash-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(trash)
	fmt.Printf("briefs build on generated sites; %d CPUs (%s/%s), median of %d runs\n\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runs)
	fmt.Printf("%-8s %-12s %9s %9s %9s %9s %12s\n", "articles", "build", "wall", "CPU", "peak RSS", "written", "pages/s")
	for _, f := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return fmt.Errorf("size %q: %w", f, err)
		}
		site := filepath.Join(work, strconv.Itoa(n))
		if _, err := os.Stat(filepath.Join(site, "briefs.toml")); err != nil {
			if out, err := exec.Command(corpus, "-data", data, "-n", strconv.Itoa(n), "-o", site).CombinedOutput(); err != nil {
				return fmt.Errorf("bench-corpus: %v\n%s", err, out)
			}
		}
		edit, err := firstArticle(site)
		if err != nil {
			return err
		}
		scenarios := []struct {
			name  string
			setup func() error
		}{
			{"cold", func() error { return setAside(trash, site, "public", ".briefs-cache") }},
			{"no change", func() error { return nil }},
			{"one changed", func() error { return touch(edit) }},
		}
		for _, sc := range scenarios {
			var ms []measure
			for range runs {
				if err := sc.setup(); err != nil {
					return err
				}
				// The previous run's files go to disk before this one starts, not during it.
				syscall.Sync()
				m, err := build(bin, site)
				if err != nil {
					return err
				}
				ms = append(ms, m)
			}
			m := median(ms)
			fmt.Printf("%-8d %-12s %8.2fs %8.2fs %7.0fMB %9d %12.0f\n", n, sc.name, m.wall.Seconds(), m.cpu.Seconds(),
				float64(m.rss)/(1<<20), m.written, float64(m.pages)/m.wall.Seconds())
		}
	}
	return nil
}

var builtRE = regexp.MustCompile(`\((\d+) files?, (\d+) written\)`)

// build runs briefs build on site and measures it.
func build(bin, site string) (measure, error) {
	cmd := exec.Command(bin, "build", "-s", site)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measure{}, fmt.Errorf("%s build: %v\n%s", bin, err, out.String())
	}
	m := measure{wall: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		m.rss = ru.Maxrss * 1024
	}
	if g := builtRE.FindStringSubmatch(out.String()); g != nil {
		m.written, _ = strconv.Atoi(g[2])
	}
	filepath.WalkDir(filepath.Join(site, "public"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			m.pages++
		}
		return nil
	})
	return m, nil
}

// setAside moves the named folders of site, those that exist, into a new folder of trash.
func setAside(trash, site string, names ...string) error {
	dir, err := os.MkdirTemp(trash, "")
	if err != nil {
		return err
	}
	for _, name := range names {
		if err := os.Rename(filepath.Join(site, name), filepath.Join(dir, name)); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return nil
}

// firstArticle returns the first Markdown article of the site, the one "one changed" edits.
func firstArticle(site string) (string, error) {
	var first string
	filepath.WalkDir(filepath.Join(site, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && first == "" && strings.HasSuffix(p, ".md") {
			first = p
		}
		return nil
	})
	if first == "" {
		return "", fmt.Errorf("%s has no Markdown article", site)
	}
	return first, nil
}

// touch changes one article: it adds a sentence to its last paragraph.
func touch(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	data = append(bytes.TrimRight(data, "\n"), []byte(fmt.Sprintf(" Edited at %d.\n", time.Now().UnixNano()))...)
	return os.WriteFile(path, data, 0o644)
}

func median(ms []measure) measure {
	slices.SortFunc(ms, func(a, b measure) int { return int(a.wall - b.wall) })
	return ms[len(ms)/2]
}
