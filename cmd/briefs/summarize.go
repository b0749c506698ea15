package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefs/briefs/internal/build"
	"github.com/briefs/briefs/internal/config"
	"github.com/briefs/briefs/internal/content"
	"github.com/briefs/briefs/internal/site"
)

var summarizeCmd = &command{
	name:  "summarize",
	usage: "summarize [--bullets N] [--json] FILE... | summarize [--bullets N] --jsonl",
	short: "print the brief of articles",
	long: `Summarize cleans each article and prints its brief: the headline, a one-sentence lede, N
bullets of key developments and the topics. Front matter (title, lede, bullets, tags) wins
over what briefs derives, as in a build. FILE "-" reads standard input as text.

--json prints each brief as a JSON object (path, title, date, source, source_url, author,
lede, bullets, topics, tags).

--jsonl reads JSON lines from standard input, {"id": "...", "text": "...", "title": "..."}
(title optional; text is a raw article as in a .txt file), and writes one line
{"id", "title", "lede", "bullets"} per input line, streaming and in input order. A line that
cannot be summarized gives {"id", "error"} and the exit status is 1.`,
	flags: func(fs *flag.FlagSet) func(context.Context, env, []string) error {
		n := fs.Int("bullets", config.DefaultBullets, "bullets per brief, 3 to 5")
		asJSON := fs.Bool("json", false, "print each brief as JSON")
		jsonl := fs.Bool("jsonl", false, "read JSON lines from standard input and write JSON lines")
		return func(ctx context.Context, e env, files []string) error {
			if *n < 3 || *n > 5 {
				return &usageError{cmd: "summarize", msg: fmt.Sprintf("summarize: --bullets %d is out of range 3 to 5", *n)}
			}
			if *jsonl {
				if len(files) > 0 || *asJSON {
					return &usageError{cmd: "summarize", msg: "summarize: --jsonl reads standard input and takes no FILE or --json"}
				}
				return summarizeLines(ctx, e, *n)
			}
			if len(files) == 0 {
				return &usageError{cmd: "summarize", msg: "summarize: no FILE given"}
			}
			return summarizeFiles(ctx, e, files, *n, *asJSON)
		}
	},
}

type summarized struct {
	file  string
	story site.Story
	err   error
}

func summarizeFiles(ctx context.Context, e env, files []string, n int, asJSON bool) error {
	failed := false
	work := func(f string) summarized {
		a, err := readArticle(e, f)
		if err != nil {
			return summarized{file: f, err: err}
		}
		s, err := build.Story(a, n)
		return summarized{file: f, story: s, err: err}
	}
	first := true
	emit := func(s summarized) error {
		if s.err != nil {
			fmt.Fprintln(e.stderr, "briefs:", s.err)
			failed = true
			return nil
		}
		if !first {
			fmt.Fprintln(e.stdout)
		}
		first = false
		if asJSON {
			b, err := json.MarshalIndent(briefJSON(s.story), "", "  ")
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(e.stdout, "%s\n", b)
			return err
		}
		if len(files) > 1 {
			fmt.Fprintf(e.stdout, "==> %s <==\n", s.file)
		}
		return printBrief(e.stdout, s.story)
	}
	if err := each(ctx, files, work, emit); err != nil {
		return err
	}
	if failed {
		return errQuiet
	}
	return nil
}

// printBrief writes a brief as text: headline, lede, bullets and topics.
func printBrief(w io.Writer, s site.Story) error {
	var b strings.Builder
	b.WriteString(s.Brief.Title + "\n")
	if d := s.Doc.Date; !d.IsZero() || s.Doc.Source != "" {
		var meta []string
		if !d.IsZero() {
			meta = append(meta, d.Format("2 January 2006"))
		}
		if s.Doc.Source != "" {
			meta = append(meta, s.Doc.Source)
		}
		b.WriteString(strings.Join(meta, " · ") + "\n")
	}
	b.WriteString("\n" + s.Brief.Lede + "\n\n")
	for _, bl := range s.Brief.Bullets {
		b.WriteString("- " + bl + "\n")
	}
	if topics := append(append([]string{}, s.Tags...), s.Brief.Topics...); len(topics) > 0 {
		b.WriteString("\nTopics: " + strings.Join(topics, ", ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// briefJSON is the --json form of a brief.
func briefJSON(s site.Story) any {
	var date string
	if !s.Doc.Date.IsZero() {
		date = s.Doc.Date.Format(time.RFC3339)
	}
	return struct {
		Path      string   `json:"path"`
		Title     string   `json:"title"`
		Date      string   `json:"date,omitempty"`
		Source    string   `json:"source,omitempty"`
		SourceURL string   `json:"source_url,omitempty"`
		Author    string   `json:"author,omitempty"`
		Lede      string   `json:"lede"`
		Bullets   []string `json:"bullets"`
		Topics    []string `json:"topics"`
		Tags      []string `json:"tags,omitempty"`
	}{s.Doc.Path, s.Brief.Title, date, s.Doc.Source, s.Doc.SourceURL, s.Doc.Author,
		s.Brief.Lede, nonNil(s.Brief.Bullets), nonNil(s.Brief.Topics), s.Tags}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// A lineIn is one input line of --jsonl.
type lineIn struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Title string `json:"title"`
	line  int
	err   error
}

// A lineOut is one output line of --jsonl: a brief, or an error.
type lineOut struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Lede    string   `json:"lede"`
	Bullets []string `json:"bullets"`
	Error   string   `json:"-"`
}

// lineErr is the output line for an input line that could not be summarized.
type lineErr struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// summarizeLines implements --jsonl: JSON lines in, JSON lines out, in order.
func summarizeLines(ctx context.Context, e env, n int) error {
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 1<<20), content.MaxSize)
	line := 0
	next := func() (lineIn, bool, error) {
		for sc.Scan() {
			line++
			raw := strings.TrimSpace(sc.Text())
			if raw == "" {
				continue
			}
			in := lineIn{line: line}
			if err := json.Unmarshal([]byte(raw), &in); err != nil {
				in.err = fmt.Errorf("stdin:%d: %w", line, err)
			}
			return in, true, nil
		}
		if err := sc.Err(); err != nil {
			return lineIn{}, false, fmt.Errorf("stdin:%d: %w", line+1, err)
		}
		return lineIn{}, false, nil
	}
	work := func(in lineIn) lineOut {
		if in.err != nil {
			return lineOut{ID: in.ID, Error: in.err.Error()}
		}
		name := in.ID
		if name == "" {
			name = fmt.Sprintf("stdin:%d", in.line)
		}
		if strings.TrimSpace(in.Text) == "" {
			return lineOut{ID: in.ID, Error: name + `: empty "text"`}
		}
		a, err := content.Parse(name+".txt", []byte(in.Text), nil)
		if err != nil {
			return lineOut{ID: in.ID, Error: err.Error()}
		}
		a.Path = name
		if in.Title != "" {
			a.Meta.Title = in.Title
		}
		s, err := build.Story(a, n)
		if err != nil {
			return lineOut{ID: in.ID, Error: err.Error()}
		}
		return lineOut{ID: in.ID, Title: s.Brief.Title, Lede: s.Brief.Lede, Bullets: nonNil(s.Brief.Bullets)}
	}
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := false
	emit := func(o lineOut) error {
		var v any = o
		if o.Error != "" {
			failed = true
			fmt.Fprintln(e.stderr, "briefs:", o.Error)
			v = lineErr{ID: o.ID, Error: o.Error}
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
		return w.Flush() // stream: a reader sees each line as soon as it is ready
	}
	if err := inOrder(ctx, next, work, emit); err != nil {
		return err
	}
	if failed {
		return errQuiet
	}
	return nil
}
