// Package dates reads the dates that articles and front matter carry, in the many layouts
// news sites and editors write them.
package dates

import (
	"errors"
	"strings"
	"time"
)

// ErrUnknown is returned by Parse for a string that holds no date it recognises.
var ErrUnknown = errors.New("unrecognised date")

// layouts lists the layouts Parse tries, most specific first. Layouts without a zone are
// read in the caller's location.
var layouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04",
	"Mon, 2 Jan 2006",
	"Monday, January 2, 2006 3:04 PM",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, January 2, 2006",
	"Mon Jan 2, 2006",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04 pm",
	"January 2, 2006, 3:04 PM",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 15:04",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Jan. 2, 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
	"02 Jan 2006",
	"2-Jan-2006",
	"02-Jan-2006",
	"January 2006",
	"2006-01",
}

// Parse reads s as a date. A date without a zone is taken to be in loc (nil means UTC).
// Surrounding space, a trailing period and a leading weekday are tolerated, and so are the
// dates Find recognises in other languages ("10. Juli 2025", "10 de julio de 2025") when
// nothing but a weekday or a word such as "Updated" surrounds them.
func Parse(s string, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimSuffix(s, ".")
	if s == "" {
		return time.Time{}, ErrUnknown
	}
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, nil
		}
	}
	// "Sept." and other dotted month abbreviations.
	if r := strings.NewReplacer("Sept.", "Sep", "Sept", "Sep", ".", ""); r != nil {
		alt := r.Replace(s)
		if alt != s {
			for _, l := range layouts {
				if t, err := time.ParseInLocation(l, alt, loc); err == nil {
					return t, nil
				}
			}
		}
	}
	if t, ok := parseRunning(s, loc); ok {
		return t, nil
	}
	return time.Time{}, ErrUnknown
}
