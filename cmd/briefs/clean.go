package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/content"
)

var cleanCmd = &command{
	name:  "clean",
	usage: "clean [-o OUTDIR] [--json] FILE...",
	short: "print the cleaned text of articles",
	long: `Clean reads raw articles (scraped text, saved HTML pages or Markdown, with or without front
matter), removes the boilerplate, repairs the text and prints the article body: plain text,
paragraphs separated by blank lines, list items as "- item" lines, the title not repeated.
FILE "-" reads standard input as text.

With several FILEs each body is preceded by a "==> FILE <==" line. With -o, each FILE's body
is written to OUTDIR/NAME.txt instead, NAME being the file name without its extension.

--json prints the whole cleaned record instead (path, title, date, author, source,
source_url, lang, blocks and body) as one JSON object per FILE; with -o it is written to
OUTDIR/NAME.json.`,
	flags: func(fs *flag.FlagSet) func(context.Context, env, []string) error {
		out := fs.String("o", "", "write each result to `OUTDIR`/NAME.txt instead of standard output")
		asJSON := fs.Bool("json", false, "print the whole cleaned record as JSON")
		return func(ctx context.Context, e env, files []string) error {
			if len(files) == 0 {
				return &usageError{cmd: "clean", msg: "clean: no FILE given"}
			}
			if *out != "" {
				if err := os.MkdirAll(*out, 0o755); err != nil {
					return err
				}
			}
			ext := ".txt"
			if *asJSON {
				ext = ".json"
			}
			targets, err := outputNames(files, *out, ext)
			if err != nil {
				return err
			}
			failed := false
			type cleaned struct {
				file string
				doc  clean.Doc
				err  error
			}
			work := func(f string) cleaned {
				a, err := readArticle(e, f)
				if err != nil {
					return cleaned{file: f, err: err}
				}
				d, err := clean.Article(a)
				if err != nil {
					err = &content.Error{Path: a.Path, Err: err}
				}
				return cleaned{file: f, doc: d, err: err}
			}
			first := true
			emit := func(c cleaned) error {
				if c.err != nil {
					fmt.Fprintln(e.stderr, "briefs:", c.err)
					failed = true
					return nil
				}
				var body []byte
				if *asJSON {
					b, err := json.MarshalIndent(record{Doc: c.doc, Body: c.doc.Text()}, "", "  ")
					if err != nil {
						return err
					}
					body = append(b, '\n')
				} else {
					body = []byte(strings.TrimRight(c.doc.Text(), "\n") + "\n")
				}
				if *out != "" {
					return os.WriteFile(targets[c.file], body, 0o644)
				}
				if len(files) > 1 && !*asJSON {
					if !first {
						fmt.Fprintln(e.stdout)
					}
					fmt.Fprintf(e.stdout, "==> %s <==\n", c.file)
				}
				first = false
				_, err := e.stdout.Write(body)
				return err
			}
			if err := each(ctx, files, work, emit); err != nil {
				return err
			}
			if failed {
				return errQuiet
			}
			return nil
		}
	},
}

// record is the JSON form of a cleaned article.
type record struct {
	clean.Doc
	Body string `json:"body"`
}

// outputNames maps each file to OUTDIR/NAME+ext and refuses two files that would write the
// same output.
func outputNames(files []string, dir, ext string) (map[string]string, error) {
	names := map[string]string{}
	owner := map[string]string{}
	for _, f := range files {
		base := filepath.Base(f)
		if f == "-" {
			base = "stdin"
		}
		name := filepath.Join(dir, strings.TrimSuffix(base, filepath.Ext(base))+ext)
		if prev, ok := owner[name]; ok && prev != f && dir != "" {
			return nil, fmt.Errorf("%s and %s would both be written to %s", prev, f, name)
		}
		owner[name] = f
		names[f] = name
	}
	return names, nil
}

// readArticle reads and parses one FILE argument; "-" is standard input, read as text.
func readArticle(e env, file string) (content.Article, error) {
	if file == "-" {
		data, err := io.ReadAll(io.LimitReader(e.stdin, content.MaxSize+1))
		if err != nil {
			return content.Article{}, fmt.Errorf("read standard input: %w", err)
		}
		return content.Parse("stdin.txt", data, nil)
	}
	name := filepath.ToSlash(file)
	fi, err := os.Stat(file)
	if err != nil {
		return content.Article{}, &content.Error{Path: name, Err: err}
	}
	if fi.IsDir() {
		return content.Article{}, &content.Error{Path: name, Err: fmt.Errorf("is a folder, not a file")}
	}
	if fi.Size() > content.MaxSize {
		return content.Article{}, &content.Error{Path: name, Err: fmt.Errorf("file is %d MB; the limit is %d MB", fi.Size()>>20, content.MaxSize>>20)}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return content.Article{}, &content.Error{Path: name, Err: err}
	}
	return content.Parse(name, data, nil)
}
