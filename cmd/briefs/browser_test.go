package main

import (
	"context"
	"flag"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var update = flag.Bool("update", false, "rewrite testdata/screenshot.png from the browser test")

// chromium returns the path of a Chromium binary. Without one the test is skipped, except
// under CI=true, where the browser tests are mandatory.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is required under CI=true (apt-get install -y chromium)")
	}
	t.Skip("Chromium not found; install it (apt-get install chromium) to run the browser tests")
	return ""
}

// browser starts a headless Chromium and returns a context for driving one tab, and a func
// returning the JavaScript exceptions and console errors the tab has reported.
func browser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	var mu sync.Mutex
	var problems []string
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+ev.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if ev.Type == "error" {
				problems = append(problems, "console error")
			}
		}
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx, chromedp.WithListener(listen))
	t.Cleanup(func() { cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil { // start the browser outside any timeout
		t.Fatalf("start Chromium: %v", err)
	}
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancelT)
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), problems...)
	}
}

// eval runs a JavaScript expression in the tab and returns its value.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %.60q: %v", js, err)
	}
	return v
}

// colorScheme emulates prefers-color-scheme; "" restores the default.
func colorScheme(scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		var f []*emulation.MediaFeature
		if scheme != "" {
			f = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
		}
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: f})
		return err
	})
}

// TestSiteInBrowser opens the built example site in headless Chromium and checks what a
// reader meets: no script errors, no sideways scrolling on a phone, readable contrast in light
// and dark mode, a skip link that the keyboard reaches first, and the collapsible article.
func TestSiteInBrowser(t *testing.T) {
	t.Parallel()
	ctx, problems := browser(t)
	dest := buildExample(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(dest)))
	defer srv.Close()

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	brief := eval[string](t, ctx, `document.querySelector('main a[href^="briefs/"]').getAttribute("href")`)
	if *update {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(1100, 1250), chromedp.Navigate(srv.URL+"/")); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("testdata", "screenshot.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	for _, page := range []string{"/", "/" + brief, "/topics/", "/archive/", "/nowhere"} {
		if page == "/nowhere" {
			page = "/404.html"
		}
		// A phone: nothing may be wider than the screen.
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740), chromedp.Navigate(srv.URL+page)); err != nil {
			t.Fatal(err)
		}
		if eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
			t.Errorf("%s scrolls sideways at 360 px", page)
		}
		// Contrast of body text in light and dark mode (WCAG AA: 4.5:1).
		var bgs []string
		for _, scheme := range []string{"light", "dark"} {
			if err := chromedp.Do(ctx, colorScheme(scheme)); err != nil {
				t.Fatal(err)
			}
			colors := eval[[]string](t, ctx, `(() => {
				const p = document.querySelector("main p, main li, main h1") || document.body;
				const clear = c => /rgba\(.*, 0\)|transparent/.test(c);
				let bg = "rgba(0, 0, 0, 0)";
				for (let e = p; e && clear(bg); e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
				if (clear(bg)) bg = getComputedStyle(document.documentElement).backgroundColor;
				return [getComputedStyle(p).color, bg];
			})()`)
			r := contrast(colors[0], colors[1])
			t.Logf("%s, %s mode: text %s on %s, contrast %.1f", page, scheme, colors[0], colors[1], r)
			if r < 4.5 {
				t.Errorf("%s in %s mode: text %s on %s has contrast %.2f, want >= 4.5", page, scheme, colors[0], colors[1], r)
			}
			bgs = append(bgs, colors[1])
		}
		if bgs[0] == bgs[1] {
			t.Errorf("%s looks the same in light and dark mode (%s)", page, bgs[0])
		}
		if err := chromedp.Do(ctx, colorScheme("")); err != nil {
			t.Fatal(err)
		}
	}

	// The keyboard reaches the skip link first, and it leads to the main content.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(srv.URL+"/"+brief),
		chromedp.KeyEvent(kb.Tab)); err != nil {
		t.Fatal(err)
	}
	first := eval[string](t, ctx, `document.activeElement.getAttribute("href") || ""`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.Sleep(100*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	landed := eval[string](t, ctx, `document.activeElement.id + location.hash`)
	if first != "#main" || !strings.Contains(landed, "main") {
		t.Errorf("first Tab focuses %q and Enter lands on %q; want the skip link to #main", first, landed)
	}

	// The full article is collapsed, and opens on a click of its summary.
	before := eval[bool](t, ctx, `document.querySelector("details").open`)
	if err := chromedp.Do(ctx, chromedp.Click(`details > summary`)); err != nil {
		t.Fatal(err)
	}
	after := eval[bool](t, ctx, `document.querySelector("details").open`)
	if before || !after {
		t.Errorf("full article: open before click %v, after %v; want false, true", before, after)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("the pages reported script problems: %v", p)
	}
}

// contrast returns the WCAG contrast ratio of two CSS rgb()/rgba() colours.
func contrast(fg, bg string) float64 {
	l1, l2 := luminance(fg), luminance(bg)
	if l1 < l2 {
		l1, l2 = l2, l1
	}
	return (l1 + 0.05) / (l2 + 0.05)
}

func luminance(css string) float64 {
	css = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(css, "rgba("), "rgb("), ")")
	parts := strings.Split(css, ",")
	if len(parts) < 3 {
		return 0
	}
	var c [3]float64
	for i := range c {
		var v float64
		for _, r := range strings.TrimSpace(parts[i]) {
			if r >= '0' && r <= '9' {
				v = v*10 + float64(r-'0')
			} else {
				break
			}
		}
		v /= 255
		if v <= 0.03928 {
			c[i] = v / 12.92
		} else {
			c[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}
