package content

import "fmt"

// An Error describes a problem in one content file.
type Error struct {
	Path string // relative to the site root, e.g. content/2025/x.md
	Line int    // 1-based; 0 when unknown
	Err  error
}

// Error formats the problem as path:line: message, or path: message when the line is unknown.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }
