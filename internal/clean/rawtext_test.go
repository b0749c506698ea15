package clean

import (
	"io"
	"testing"
)

func TestWithoutScripts(t *testing.T) {
	ld := `<script type="application/ld+json">{"headline":"Sweden drops Assange rape investigation"}</script>`
	tests := []struct{ name, in, want string }{
		{"script and style emptied", `<p>a</p><script>var s = "<p>not text</p>";</script><STYLE media=all>p{color:red}</STYLE><p>b</p>`,
			`<p>a</p><script></script><STYLE media=all></STYLE><p>b</p>`},
		{"JSON-LD kept", ld + `<script src="x.js"></script>`, ld + `<script src="x.js"></script>`},
		{"a script tag inside a comment starts nothing", `<!-- <script src=old.js> --><p>story</p><script>x()</script>`,
			`<!-- <script src=old.js> --><p>story</p><script></script>`},
		{"an unclosed script is left to the parser", `<p>a</p><script>never ends <p>b</p>`, `<p>a</p><script>never ends <p>b</p>`},
		{"an unclosed comment ends the scan", `<p>a</p><!-- <script>x</script>`, `<p>a</p><!-- <script>x</script>`},
		{"names that only start alike", `<scripts>a</scripts><styled>b</styled>`, `<scripts>a</scripts><styled>b</styled>`},
		{"no markup", `plain text`, `plain text`},
	}
	for _, tt := range tests {
		b, err := io.ReadAll(withoutScripts(tt.in))
		if got := string(b); err != nil || got != tt.want {
			t.Errorf("%s: withoutScripts(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
