package site

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefs/briefs/internal/clean"
)

// renderMemo renders stories with the previous memo and returns the files written, the
// files kept and the new memo.
func renderMemo(t *testing.T, s *Site, stories []Story, prev *Memo, have map[string][]byte) (written, kept []string, memo *Memo) {
	t.Helper()
	var mu sync.Mutex // Keep runs on several goroutines
	memo, st, err := s.RenderTo(context.Background(), stories, Output{
		Write: func(name string, data []byte) error {
			mu.Lock()
			defer mu.Unlock()
			written = append(written, name)
			have[name] = data
			return nil
		},
		Keep: func(name string, size int) bool {
			mu.Lock()
			defer mu.Unlock()
			data, ok := have[name]
			if ok && len(data) == size {
				kept = append(kept, name)
				return true
			}
			return false
		},
		Prev: prev,
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Written != len(written) || st.Kept != len(kept) || len(memo.Files) != st.Files() {
		t.Errorf("stats %+v for %d written, %d kept, %d in memo", st, len(written), len(kept), len(memo.Files))
	}
	return written, kept, memo
}

func TestRenderMemo(t *testing.T) {
	t.Parallel()
	s, err := New(testConfig("https://example.org/"), theme(t), nil, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	stories := fixture()
	have := map[string][]byte{}
	all, kept, memo := renderMemo(t, s, stories, nil, have)
	if len(kept) != 0 || len(all) < 20 {
		t.Fatalf("first render: %d written, %d kept", len(all), len(kept))
	}
	full := maps.Clone(have)

	// Nothing changed: nothing is rendered.
	written, kept, memo := renderMemo(t, s, stories, memo, have)
	if len(written) != 0 || len(kept) != len(all) {
		t.Errorf("unchanged render wrote %v", written)
	}

	// A memo survives a round trip through JSON, as the build keeps it on disk.
	data, _ := json.Marshal(memo)
	memo = new(Memo)
	if err := json.Unmarshal(data, memo); err != nil {
		t.Fatal(err)
	}

	// One story's lede changes: its page, the lists and feeds that show it (its related
	// briefs' pages too), nothing else, and every file rendered again did change.
	before := maps.Clone(have)
	edited := slices.Clone(stories)
	i := slices.IndexFunc(edited, func(s Story) bool { return s.Slug == "hostile" })
	edited[i].Brief.Lede = "A new lede."
	written, _, memo = renderMemo(t, s, edited, memo, have)
	if !slices.Contains(written, "briefs/hostile/index.html") || !slices.Contains(written, "feed.xml") {
		t.Errorf("after an edit, written = %v", written)
	}
	for _, name := range written {
		// A brief page holds its related briefs as whole Entries, ledes included, which the
		// theme does not show: such a page is rendered again to the same bytes.
		if bytes.Equal(before[name], have[name]) && !strings.HasPrefix(name, "briefs/") {
			t.Errorf("%s was rendered again but did not change", name)
		}
	}
	for _, name := range []string{"style.css", "404.html", "topics/index.html", "archive/index.html"} {
		if slices.Contains(written, name) {
			t.Errorf("after editing one lede, %s was rendered again", name)
		}
	}
	if len(written) > len(all)/2 {
		t.Errorf("an edit of one lede rendered %d of %d files", len(written), len(all))
	}

	// The result is the same site as a render from scratch.
	fresh := map[string][]byte{}
	renderMemo(t, s, edited, nil, fresh)
	for name, data := range fresh {
		if !bytes.Equal(have[name], data) {
			t.Errorf("%s differs from a render from scratch", name)
		}
	}
	if len(fresh) != len(have) {
		t.Errorf("%d files after the edit, %d from scratch", len(have), len(fresh))
	}

	// A file the caller lost is rendered again, though unchanged.
	delete(have, "404.html")
	written, _, _ = renderMemo(t, s, edited, memo, have)
	if !slices.Equal(written, []string{"404.html"}) {
		t.Errorf("with 404.html lost, written = %v", written)
	}

	// Another configuration or template set invalidates every fingerprint.
	other, err := New(testConfig("https://example.org/other/"), theme(t), nil, Options{Minify: true})
	if err != nil {
		t.Fatal(err)
	}
	_, kept, _ = renderMemo(t, other, edited, memo, maps.Clone(full))
	if len(kept) != 0 {
		t.Errorf("a new base URL kept %v", kept)
	}
}

// TestRenderMemoMatchesFresh makes random edits to a site of stories and checks, after each,
// that rendering with the previous memo gives exactly the files a render from scratch gives:
// a dependency a page job leaves out would show up here as a stale page.
func TestRenderMemoMatchesFresh(t *testing.T) {
	t.Parallel()
	cfg := testConfig("https://example.org/")
	cfg.PageSize = 3
	s, err := New(cfg, theme(t), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	stories := synthetic(24)
	for i := range stories {
		stories[i].Brief.Topics = stories[i].Brief.Topics[:2+i%3]
	}
	have := map[string][]byte{}
	_, _, memo := renderMemo(t, s, stories, nil, have)
	edits := []struct {
		name string
		do   func(i int)
	}{
		{"lede", func(i int) { stories[i].Brief.Lede = fmt.Sprintf("New lede %d.", rng.IntN(1000)) }},
		{"title", func(i int) { stories[i].Brief.Title = fmt.Sprintf("New title %d", rng.IntN(1000)) }},
		{"date", func(i int) { stories[i].Doc.Date = stories[i].Doc.Date.Add(time.Duration(rng.IntN(96)-48) * time.Hour) }},
		{"undated", func(i int) { stories[i].Doc.Date = time.Time{} }},
		{"topic added", func(i int) {
			stories[i].Brief.Topics = append(slices.Clip(stories[i].Brief.Topics), fmt.Sprintf("Topic %d", rng.IntN(40)))
		}},
		{"topic dropped", func(i int) {
			if n := len(stories[i].Brief.Topics); n > 0 {
				stories[i].Brief.Topics = slices.Clip(stories[i].Brief.Topics[:n-1])
			}
		}},
		{"tag", func(i int) {
			stories[i].Tags = append(slices.Clip(stories[i].Tags), fmt.Sprintf("Tag %d", rng.IntN(3)))
		}},
		{"body", func(i int) {
			stories[i].Doc.Blocks = append(slices.Clip(stories[i].Doc.Blocks), clean.Block{Text: "One more paragraph."})
		}},
		{"source", func(i int) { stories[i].Doc.Source = fmt.Sprintf("Outlet %d", rng.IntN(5)) }},
		{"removed", func(i int) { stories = slices.Delete(slices.Clone(stories), i, i+1) }},
		{"added", func(i int) {
			n := stories[i]
			n.Slug = fmt.Sprintf("new-story-%d", rng.IntN(1_000_000))
			stories = append(slices.Clip(stories), n)
		}},
	}
	for step := range 60 {
		e := edits[rng.IntN(len(edits))]
		e.do(rng.IntN(len(stories)))
		var written []string
		written, _, memo = renderMemo(t, s, stories, memo, have)
		fresh := map[string][]byte{}
		renderMemo(t, s, stories, nil, fresh)
		// The caller drops the files the render neither wrote nor kept.
		for name := range have {
			if _, ok := memo.Files[name]; !ok {
				delete(have, name)
			}
		}
		if len(have) != len(fresh) {
			t.Fatalf("step %d (%s): %d files, %d from scratch", step, e.name, len(have), len(fresh))
		}
		for name, data := range fresh {
			if !bytes.Equal(have[name], data) {
				t.Fatalf("step %d (%s): %s is stale (written this step: %v)", step, e.name, name, written)
			}
		}
	}
}
