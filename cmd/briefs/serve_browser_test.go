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
	waitJSFor(t, ctx, 30*time.Second, what, js)
}

// waitJSFor is waitJS with a timeout.
func waitJSFor(t *testing.T, ctx context.Context, timeout time.Duration, what, js string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
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

	// Edit the article behind the open brief, scrolled down: the page is updated in place.
	eval[bool](t, ctx, `window.scrollTo(0, 150); window.liveMark = 1; true`)
	scrolled := eval[float64](t, ctx, `window.scrollY`)
	if scrolled < 100 {
		t.Fatalf("the brief is too short to scroll (scrollY %v)", scrolled)
	}
	writeFile(t, root, "content/park.md", strings.Replace(goodArticle, "voted 7-2", "voted 8-1", 1))
	waitJS(t, ctx, "the brief shows the edit", `document.body.textContent.includes("voted 8-1")`)
	if y := eval[float64](t, ctx, `window.scrollY`); y != scrolled {
		t.Errorf("after the edit the brief is scrolled to %v, want %v", y, scrolled)
	}
	if !eval[bool](t, ctx, `window.liveMark === 1 && document.querySelectorAll('script[src="/_briefs/live.js"]').length === 0`) {
		t.Error("the brief was reloaded, or got a second copy of the reload script; want it updated in place")
	}

	// A page with a script of its own is reloaded instead, and keeps its scroll position too.
	theme, err := os.ReadFile(filepath.Join(repoRoot, "templates", "brief.html"))
	if err != nil {
		t.Fatal(err)
	}
	scripted := strings.Replace(string(theme), `{{define "main" -}}`, `{{define "main" -}}<script>window.boots = (window.boots || 0) + 1</script>`, 1)
	if scripted == string(theme) {
		t.Fatal("the theme's brief.html has no main block")
	}
	writeFile(t, root, "templates/brief.html", scripted)
	waitJS(t, ctx, "the page with a script reloads", `window.boots === 1 && window.liveMark === undefined && document.readyState === "complete"`)
	waitJS(t, ctx, "the scroll position is restored", fmt.Sprintf(`Math.abs(window.scrollY - %v) < 2`, scrolled))

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
	if !eval[bool](t, ctx, `document.getElementById("briefs-badge")?.textContent.includes("1 warning")`) {
		t.Error("the warnings badge is gone after the page was updated")
	}

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
	theme, err = os.ReadFile(filepath.Join(repoRoot, "static", "style.css"))
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
	// A site of 10,000 articles takes longer than browser's two minutes: keep the tab, drop
	// the deadline.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 80*time.Minute)
	defer cancel()
	const header = "articles | edits | median |      p90 |      min |      max | build p50 | first build"
	var rows []string
	for _, n := range sizes {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			rows = append(rows, measureLatency(t, ctx, data, n, edits))
			t.Logf("%s\n%s", header, rows[len(rows)-1])
		})
	}
	t.Logf("edit-to-visible latency in ms (file write → first frame showing the edit on the open brief):\n"+
		"%s\n%s", header, strings.Join(rows, "\n"))
}

// measureLatency serves a site of n articles from the corpus in data, edits one article
// edits times while its brief is open in the tab, and returns a row of the latency table.
func measureLatency(t *testing.T, ctx context.Context, data string, n, edits int) string {
	root := filepath.Join(t.TempDir(), "site")
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
	waitJSFor(t, ctx, 10*time.Minute, "the probe is shown", `document.body.textContent.includes("marker-0-end")`)
	var lat []float64
	for i := 1; i <= edits; i++ {
		time.Sleep(300 * time.Millisecond) // let the previous update settle
		marker := fmt.Sprintf("marker-%d-end", i)
		// The page is updated in place; an observer stamps the frame that first shows the
		// marker. After a full reload the stamp is the new document's DOMContentLoaded.
		eval[bool](t, ctx, fmt.Sprintf(`window.shownAt = 0; new MutationObserver(() => {
			if (!window.shownAt && document.body.textContent.includes(%[1]q)) {
				window.shownAt = -1;
				requestAnimationFrame(() => { window.shownAt = performance.timeOrigin + performance.now(); });
			}
		}).observe(document.documentElement, {childList: true, subtree: true, characterData: true}); true`, marker))
		t0 := float64(time.Now().UnixNano()) / 1e6
		writeFile(t, root, "content/latency-probe.md", probe(i))
		waitJSFor(t, ctx, 10*time.Minute, "the edit shows", fmt.Sprintf(`window.shownAt > 0 || window.shownAt === undefined &&
			document.body.textContent.includes(%q) && performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd > 0`, marker))
		shown := eval[float64](t, ctx, `window.shownAt || performance.timeOrigin + performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd`)
		lat = append(lat, shown-t0)
	}
	builds := buildTimes(stdout.String(), "content/latency-probe.md")
	return fmt.Sprintf("%8d | %5d | %6.0f | %8.0f | %8.0f | %8.0f | %9.0f | %s", n, edits,
		percentile(lat, 50), percentile(lat, 90), slices.Min(lat), slices.Max(lat),
		percentile(builds, 50), first.Round(time.Millisecond))
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
