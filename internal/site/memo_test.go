package site

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// renderMemo renders stories with the previous memo and returns the files written, the
// files kept and the new memo.
func renderMemo(t *testing.T, s *Site, stories []Story, prev *Memo, have map[string][]byte) (written, kept []string, memo *Memo) {
	t.Helper()
	memo, st, err := s.RenderTo(context.Background(), stories, Output{
		Write: func(name string, data []byte) error {
			written = append(written, name)
			have[name] = data
			return nil
		},
		Keep: func(name string, size int) bool {
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
	full := maps(have)

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
	before := maps(have)
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
	_, kept, _ = renderMemo(t, other, edited, memo, maps(full))
	if len(kept) != 0 {
		t.Errorf("a new base URL kept %v", kept)
	}
}

func maps(m map[string][]byte) map[string][]byte {
	c := make(map[string][]byte, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
