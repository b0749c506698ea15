package extractscore

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A Page is one page of an extraction corpus with its reference.
type Page struct {
	Name string // the file name without extension, e.g. "blog.python.org"
	HTML []byte // the saved page
	Text []byte // the page's visible text as a naive scraper dumps it, one block per line
	// Truth is the true article text (aeb-dev); empty for trafeval-dev.
	Truth string
	// With and Without are the snippets that must and must not appear (trafeval-dev).
	With, Without []string
}

// Half returns 0 or 1, a stable split of pages into two halves by a hash of the name, for
// tuning on one half and measuring on the other.
func Half(name string) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int(h.Sum32() >> 31) // the top bit: FNV mixes it with every byte, unlike the bottom one
}

// LoadAEB reads the article-extraction-benchmark layout: for each page <id>, the files
// <id>.html, <id>.txt and <id>.json (whose "articleBody" is the truth). Pages come sorted by
// name. A page whose .html or .txt is missing is returned without it.
func LoadAEB(dir string) ([]Page, error) {
	refs, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(refs) == 0 {
		return nil, fmt.Errorf("load %s: no <id>.json references", dir)
	}
	slices.Sort(refs)
	var pages []Page
	for _, ref := range refs {
		data, err := os.ReadFile(ref)
		if err != nil {
			return nil, err
		}
		var truth struct {
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(data, &truth); err != nil {
			return nil, fmt.Errorf("load %s: %w", ref, err)
		}
		stem := strings.TrimSuffix(ref, ".json")
		p := Page{Name: filepath.Base(stem), Truth: truth.ArticleBody}
		p.HTML, _ = os.ReadFile(stem + ".html")
		p.Text, _ = os.ReadFile(stem + ".txt")
		pages = append(pages, p)
	}
	return pages, nil
}

// LoadTrafeval reads trafilatura's evaluation layout: evaldata.json, whose entries name a
// file and list "with" and "without" snippets, and pages/<name>.html and pages/<name>.txt.
// Pages come sorted by name.
func LoadTrafeval(dir string) ([]Page, error) {
	data, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var items map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(data, &items); err != nil {
		return nil, fmt.Errorf("load %s: %w", dir, err)
	}
	var pages []Page
	for _, it := range items {
		stem := strings.TrimSuffix(it.File, ".html")
		p := Page{Name: stem, With: it.With, Without: it.Without}
		p.HTML, _ = os.ReadFile(filepath.Join(dir, "pages", stem+".html"))
		p.Text, _ = os.ReadFile(filepath.Join(dir, "pages", stem+".txt"))
		pages = append(pages, p)
	}
	slices.SortFunc(pages, func(a, b Page) int { return strings.Compare(a.Name, b.Name) })
	return pages, nil
}
