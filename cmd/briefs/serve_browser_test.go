package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// waitJS polls the JavaScript predicate js in the tab until it is true. Errors are retried:
// while the page reloads, the old document is gone before the new one can answer.
func waitJS(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var lastErr error
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
		if err == nil && ok {
			return
		}
		if err != nil {
			lastErr = err
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s (last error: %v)", what, lastErr)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// writeFile writes a file of the site at root, creating its folder.
func writeFile(t testing.TB, root, name, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestServeInBrowser edits a site under "briefs serve" and checks, in headless Chromium,
// that the open pages follow with no manual reload: an edited article shows its change and
// keeps the scroll position, a broken template puts its error over the page and fixing it
// takes the error away, a new article appears on the open home page, and a style change is
// applied without a reload. Warnings show in a badge.
func TestServeInBrowser(t *testing.T) {
	t.Parallel()
	ctx, problems := browser(t)
	undated := "---\ntitle: Undated notes\n---\n" + strings.SplitN(goodArticle, "---\n", 3)[2]
	root := writeSite(t, map[string]string{"content/park.md": goodArticle, "content/undated.md": undated})
	url, stdout, stderr := serving(t, "-s", root)

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(420, 360), chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	brief := eval[string](t, ctx, `[...document.querySelectorAll('main a[href^="briefs/"]')].find(a => /park/i.test(a.textContent)).href`)
	if err := chromedp.Do(ctx, chromedp.Navigate(brief)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the warnings badge shows", `document.getElementById("briefs-badge")?.textContent.includes("1 warning")`)
	if !strings.Contains(stderr.String(), "content/undated.md") {
		t.Errorf("the terminal does not show the warning:\n%s", stderr)
	}

	// Edit the article behind the open brief, scrolled down.
	eval[bool](t, ctx, `window.scrollTo(0, 150); window.liveMark = 1; true`)
	scrolled := eval[float64](t, ctx, `window.scrollY`)
	if scrolled < 100 {
		t.Fatalf("the brief is too short to scroll (scrollY %v)", scrolled)
	}
	writeFile(t, root, "content/park.md", strings.Replace(goodArticle, "voted 7-2", "voted 8-1", 1))
	waitJS(t, ctx, "the brief shows the edit", `document.body.textContent.includes("voted 8-1")`)
	waitJS(t, ctx, "the scroll position is restored", fmt.Sprintf(`document.readyState === "complete" && Math.abs(window.scrollY - %v) < 2`, scrolled))
	if eval[bool](t, ctx, `window.liveMark === 1`) {
		t.Error("the brief changed without a reload: the test edited the wrong thing")
	}

	// Break the brief template, then fix it.
	writeFile(t, root, "templates/brief.html", "{{define \"main\"}}\n<p>{{if}}</p>{{end}}\n")
	waitJS(t, ctx, "the overlay names the template", `document.getElementById("briefs-overlay")?.textContent.includes("templates/brief.html:2")`)
	if !eval[bool](t, ctx, `document.body.textContent.includes("voted 8-1")`) {
		t.Error("under the overlay the page lost the last good build")
	}
	if err := os.Remove(filepath.Join(root, "templates", "brief.html")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the overlay goes away", `!document.getElementById("briefs-overlay") && document.body.textContent.includes("voted 8-1")`)

	// A new article appears on the open home page.
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the home page listens", `!!document.querySelector('script[src="/_briefs/live.js"]')`)
	storm := strings.Replace(strings.Replace(goodArticle, "Council approves riverside park", "Storm closes the harbour", 1), "2025-03-14", "2025-03-15", 1)
	writeFile(t, root, "content/storm.md", storm)
	waitJS(t, ctx, "the new article is on the home page", `document.body.textContent.includes("Storm closes the harbour")`)

	// A style change is applied without a reload: the page's own state survives.
	eval[bool](t, ctx, `window.liveMark = 2; true`)
	theme, err := os.ReadFile(filepath.Join(repoRoot, "static", "style.css"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, root, "static/style.css", string(theme)+"\nbody{outline:7px solid rgb(1, 2, 3)}\n")
	waitJS(t, ctx, "the new style applies", `getComputedStyle(document.body).outlineColor === "rgb(1, 2, 3)"`)
	if !eval[bool](t, ctx, `window.liveMark === 2`) {
		t.Error("the style change reloaded the page")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('link[rel~="stylesheet"]').length`); n != 1 {
		t.Errorf("%d style sheet links after the swap, want 1", n)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("the pages reported script problems: %v", p)
	}
	t.Logf("terminal:\n%s%s", stdout, stderr)
}

// TestServeLatency measures edit-to-visible latency: from writing an article to the browser
// showing the new text on its open brief, over sites of N articles written by
// cmd/bench-corpus from ../shared/data. It runs only with BRIEFS_LATENCY=1:
//
//	BRIEFS_LATENCY=1 go test ./cmd/briefs -run TestServeLatency -v -timeout 60m
//
// BRIEFS_LATENCY_SIZES (default "1000,10000") and BRIEFS_LATENCY_EDITS (default 12) change
// the sizes and the number of edits; BRIEFS_DATA the corpus folder.
func TestServeLatency(t *testing.T) {
	if os.Getenv("BRIEFS_LATENCY") != "1" {
		t.Skip("set BRIEFS_LATENCY=1 to measure edit-to-visible latency")
	}
	data := os.Getenv("BRIEFS_DATA")
	if data == "" {
		data = filepath.Join(repoRoot, "..", "shared", "data", "summaries")
	}
	if _, err := os.Stat(data); err != nil {
		t.Skipf("no corpus: %v", err)
	}
	sizes := envList(os.Getenv("BRIEFS_LATENCY_SIZES"), []int{1000, 10000})
	edits := envList(os.Getenv("BRIEFS_LATENCY_EDITS"), []int{12})[0]
	ctx, _ := browser(t)
	var rows []string
	for _, n := range sizes {
		root := filepath.Join(t.TempDir(), fmt.Sprintf("site%d", n))
		gen := exec.Command("go", "run", "../bench-corpus", "-data", data, "-n", strconv.Itoa(n), "-o", root)
		if out, err := gen.CombinedOutput(); err != nil {
			t.Fatalf("bench-corpus: %v\n%s", err, out)
		}
		probe := func(i int) string {
			return fmt.Sprintf("---\ntitle: Latency probe\ndate: 2030-01-01\n---\n%s\n\nThe probe was edited, marker-%d-end, to measure the preview.\n",
				strings.SplitN(goodArticle, "---\n", 3)[2], i)
		}
		writeFile(t, root, "content/latency-probe.md", probe(0))
		start := time.Now()
		url, stdout, _ := serving(t, "-s", root)
		first := time.Since(start)
		if err := chromedp.Do(ctx, chromedp.Navigate(url+"briefs/latency-probe/")); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "the probe is shown", `document.body.textContent.includes("marker-0-end")`)
		var lat []float64
		for i := 1; i <= edits; i++ {
			time.Sleep(300 * time.Millisecond) // let the previous reload settle
			t0 := float64(time.Now().UnixNano()) / 1e6
			writeFile(t, root, "content/latency-probe.md", probe(i))
			js := fmt.Sprintf(`document.body && document.body.textContent.includes("marker-%d-end") &&
				performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd > 0`, i)
			waitJS(t, ctx, "the edit shows", js)
			shown := eval[float64](t, ctx, `performance.timeOrigin + performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd`)
			lat = append(lat, shown-t0)
		}
		builds := buildTimes(stdout.String(), "content/latency-probe.md")
		rows = append(rows, fmt.Sprintf("%7d | %5d | %8.0f | %8.0f | %8.0f | %8.0f | %9s | %s", n, edits,
			percentile(lat, 50), percentile(lat, 90), slices.Min(lat), slices.Max(lat),
			fmt.Sprintf("%.0f", percentile(builds, 50)), first.Round(time.Millisecond)))
	}
	t.Logf("edit-to-visible latency in ms (file write → DOMContentLoaded of the reloaded brief):\n"+
		"articles | edits | median |      p90 |      min |      max | build p50 | first build\n%s", strings.Join(rows, "\n"))
}

// buildTimes returns the durations, in ms, of the rebuilds that "briefs serve" printed for
// the source file name.
func buildTimes(out, name string) []float64 {
	var ms []float64
	re := regexp.MustCompile(regexp.QuoteMeta(name) + `: .* updated in (\S+?);`)
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		if d, err := time.ParseDuration(m[1]); err == nil {
			ms = append(ms, float64(d)/1e6)
		}
	}
	if len(ms) == 0 {
		ms = []float64{0}
	}
	return ms
}

// percentile returns the p-th percentile of xs (nearest rank).
func percentile(xs []float64, p float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// envList parses a comma-separated list of integers, or returns def.
func envList(s string, def []int) []int {
	var out []int
	for f := range strings.SplitSeq(s, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return def
	}
	return out
}
