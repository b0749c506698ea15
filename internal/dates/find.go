package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// timeRE is the optional time of day after a date: "3:04 PM", ", 15:04", "um 15:04 Uhr",
// "20H06", "at 8:15 pm CST", "T08:30:00Z".
const timeRE = `(?:(?:,|\s|\s*-\s*|T)\s*(?:um\s+|at\s+|à\s+|a las\s+|o\s+|alle\s+|om\s+|kl\.?\s+)?` +
	`(\d{1,2})[:hH.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:([aApP])(?:\.[mM]\.|[mM]\b))?\s*(?:Uhr\b)?\s*(Z|[+-]\d{2}:?\d{2})?)?`

// The date patterns Find tries. Each captures its fields in a known order; see find.
var (
	isoRE     = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})` + timeRE)
	ymdRE     = regexp.MustCompile(`(\d{4})/(\d{1,2})/(\d{1,2})` + timeRE)
	numericRE = regexp.MustCompile(`(\d{1,2})([./-])(\d{1,2})[./-](\d{4}|\d{2})\b` + timeRE)
	// The month patterns match any word where the month goes; build checks it is one.
	monthDayRE  = regexp.MustCompile(`(\p{L}{3,20})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})` + timeRE)
	dayMonthRE  = regexp.MustCompile(`(\d{1,2})(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?(\p{L}{3,20})\.?,?\s+(?:de\s+|del\s+)?(\d{4})` + timeRE)
	leftoverSet = indexWords(`updated published posted on at am um uhr stand de el le the a à las h o
		aktualisiert veröffentlicht publié mis jour actualizado publicado date datum fecha last modified`)
)

// Find returns the first date in running text s, with the byte offsets where it starts and
// ends, or ok == false when s holds none. It knows ISO dates, numeric dates (day first when
// the separator is a dot or a dash, or when the first number exceeds 12; month first
// otherwise), and dates with month names in the languages Month knows, each optionally
// followed by a time of day. A date without a zone is taken to be in loc (nil means UTC).
// A month and day without a year is not a date here, since its year cannot be known.
func Find(s string, loc *time.Location) (t time.Time, start, end int, ok bool) {
	return FindOrdered(s, loc, false)
}

// FindOrdered is Find for text whose ambiguous numeric dates put the day first whatever the
// separator when dayFirst is set ("07/05/2022" is 7 May in most of the world).
func FindOrdered(s string, loc *time.Location, dayFirst bool) (t time.Time, start, end int, ok bool) {
	return find(s, loc, dayFirst, len(s))
}

// FindNear is Find for a date near the start of s: it returns what Find returns when that
// date starts at byte n or before, and ok == false otherwise. It reads no further into a
// long text than the dates near its start need.
func FindNear(s string, loc *time.Location, n int) (t time.Time, start, end int, ok bool) {
	return find(s, loc, false, n)
}

// find returns the first date of s that starts at limit or before, as FindOrdered does.
//
// Each pattern's matches are those its regular expression finds one after another, as
// FindAllStringSubmatchIndex does, and the first that is a real date counts. Rather than
// run the expression over the whole text, find steps through the places where a match of
// the pattern can start (candidates) and runs the pattern anchored there, on the stretch
// of text a match can cover (span). No pattern looks behind where it starts, so the
// matches, their groups and the order they come in are the same.
func find(s string, loc *time.Location, dayFirst bool, limit int) (t time.Time, start, end int, ok bool) {
	if loc == nil {
		loc = time.UTC
	}
	start = -1
	if !hasDigits(s) {
		return time.Time{}, 0, 0, false
	}
	year := hasYear(s)
	for p := range 5 {
		if !mayMatch(p, s) || p != 2 && !year {
			continue
		}
		re := anchoredRE(p)
		var sp span
		for pos := 0; ; {
			i := candidate(p, s, pos)
			if i < 0 || i > limit || start >= 0 && i >= start {
				break
			}
			m := re.FindStringSubmatchIndex(s[i:sp.end(s, i)])
			if m == nil {
				pos = i + 1
				if p == 3 {
					// Every start in this run of letters fails alike.
					pos = afterLetters(s, i)
				}
				continue
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			pos = m[1]
			m[1] = len(strings.TrimRightFunc(s[:m[1]], unicode.IsSpace))
			if !bounded(s, m[0], m[1]) {
				continue
			}
			if tt, good := build(p, s, m, loc, dayFirst); good {
				t, start, end = tt, m[0], m[1]
				break
			}
		}
	}
	if start < 0 {
		return time.Time{}, 0, 0, false
	}
	return t, start, end, true
}

// candidate returns the first index at or after pos where a match of pattern p can start,
// or -1. It may return places where none starts, never skip one where one does.
func candidate(p int, s string, pos int) int {
	if p == 3 {
		return monthCandidate(s, pos)
	}
	for i := pos; i < len(s); i++ {
		if !isDigit(s, i) {
			continue
		}
		switch p {
		case 0, 1: // (\d{4})- or (\d{4})/
			sep := byte('-')
			if p == 1 {
				sep = '/'
			}
			if isDigit(s, i+1) && isDigit(s, i+2) && isDigit(s, i+3) && i+4 < len(s) && s[i+4] == sep {
				return i
			}
		case 2: // (\d{1,2})([./-])
			j := i + 1
			if isDigit(s, j) {
				j++
			}
			if j < len(s) && (s[j] == '.' || s[j] == '/' || s[j] == '-') {
				return i
			}
		case 4: // (\d{1,2})(?:\.|st|nd|rd|th|er|º)?\s+
			j := i + 1
			if isDigit(s, j) {
				j++
			}
			if j < len(s) && strings.IndexByte(".snrte\xc2\t\n\f\r ", s[j]) >= 0 {
				return i
			}
		}
	}
	return -1
}

// monthCandidate returns the first index at or after pos where monthDayRE can match, or
// -1. Its match opens with 3 to 20 letters followed by an optional full stop, white space
// and a digit; the letters cannot be followed by another, so they end where their run of
// letters ends, and the leftmost start is 20 letters before that end, or the run's start.
func monthCandidate(s string, pos int) int {
	for i := pos; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// A run of letters from i: remember where its last 20 letters start.
		var last [20]int
		n := 0
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			last[n%20] = j
			n++
			j += size
		}
		if n >= 3 && digitAfter(s, j) {
			if n <= 20 {
				return i
			}
			return last[n%20]
		}
		i = j
	}
	return -1
}

// afterLetters returns the end of the run of letters at s[i:].
func afterLetters(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

// digitAfter reports whether s[j:] opens with an optional full stop, at least one white
// space character (\s) and an ASCII digit.
func digitAfter(s string, j int) bool {
	if j < len(s) && s[j] == '.' {
		j++
	}
	k := j
	for k < len(s) && isSpaceRE(s[k]) {
		k++
	}
	return k > j && isDigit(s, k)
}

// isDigit reports whether s[i] is an ASCII digit (false when i is out of range).
func isDigit(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// isSpaceRE reports whether c is white space as \s means it: tab, newline, form feed,
// carriage return or space.
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// A span remembers where the last stretch of text find measured ends.
type span struct{ from, to int }

// end returns the end of the text a match starting at i may read: up to the first
// character no pattern can consume (anything but letters, digits, white space, º and
// - / . , : +), and that character too, so that \b sees what follows a match.
func (sp *span) end(s string, i int) int {
	if sp.to > 0 && sp.from <= i && i <= sp.to {
		return min(len(s), sp.to+runeLen(s, sp.to))
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isSpaceRE(c) || strings.IndexByte("-/.,:+", c) >= 0 {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	sp.from, sp.to = i, j
	return min(len(s), j+runeLen(s, j))
}

// runeLen returns the length in bytes of the character at s[i], 0 at the end of s.
func runeLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return size
}

// hasDigits reports whether s holds at least two ASCII digits.
func hasDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n >= 2
}

// hasYear reports whether s holds four digits in a row, as every pattern but the numeric
// one needs.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// mayMatch reports whether pattern p can match s, by the separators it needs; it saves
// running the regular expressions on most text.
func mayMatch(p int, s string) bool {
	switch p {
	case 0:
		return strings.IndexByte(s, '-') >= 0
	case 1:
		return strings.IndexByte(s, '/') >= 0
	case 2:
		return strings.ContainsAny(s, "./-")
	}
	return true
}

// patternRE returns the p-th pattern.
func patternRE(p int) *regexp.Regexp {
	return [...]*regexp.Regexp{isoRE, ymdRE, numericRE, monthDayRE, dayMonthRE}[p]
}

// anchored holds the patterns anchored at the start of the text, in the order of
// patternRE; it is never modified.
var anchored = [5]*regexp.Regexp{anchor(isoRE), anchor(ymdRE), anchor(numericRE), anchor(monthDayRE), anchor(dayMonthRE)}

// anchor returns re matching only at the start of the text, with the same groups.
func anchor(re *regexp.Regexp) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + re.String() + `)`)
}

// anchoredRE returns the p-th pattern, anchored.
func anchoredRE(p int) *regexp.Regexp {
	return anchored[p]
}

// bounded reports whether s[i:j] is not part of a longer word or number.
func bounded(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// build turns the submatches m of pattern p into a time, checking that the fields are valid.
func build(p int, s string, m []int, loc *time.Location, dayFirst bool) (time.Time, bool) {
	group := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return s[m[2*k]:m[2*k+1]]
	}
	num := func(k int) int {
		n, err := strconv.Atoi(group(k))
		if err != nil {
			return -1
		}
		return n
	}
	var y, mo, d, timeAt int
	switch p {
	case 0, 1: // year, month, day
		y, mo, d, timeAt = num(1), num(2), num(3), 4
	case 2: // day and month in either order, then year
		a, b := num(1), num(3)
		y, timeAt = num(4), 5
		if len(group(4)) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		switch {
		case a > 12:
			d, mo = a, b
		case b > 12:
			mo, d = a, b
		case group(2) == "/" && !dayFirst:
			mo, d = a, b
		default:
			d, mo = a, b
		}
	case 3: // month name, day, year
		mo, d, y, timeAt = int(Month(group(1))), num(2), num(3), 4
	case 4: // day, month name, year
		d, mo, y, timeAt = num(1), int(Month(group(2))), num(3), 4
	}
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysIn(time.Month(mo), y) {
		return time.Time{}, false
	}
	hh, mm, ss := 0, 0, 0
	zone := loc
	if group(timeAt) != "" {
		hh, mm = num(timeAt), num(timeAt+1)
		if sec := group(timeAt + 2); sec != "" {
			ss = num(timeAt + 2)
		}
		switch strings.ToLower(group(timeAt + 3)) {
		case "p":
			if hh < 12 {
				hh += 12
			}
		case "a":
			if hh == 12 {
				hh = 0
			}
		}
		if hh > 23 || mm > 59 || ss > 60 {
			return time.Time{}, false
		}
		if z := group(timeAt + 4); z != "" {
			zone = parseZone(z)
		}
	}
	return time.Date(y, time.Month(mo), d, hh, mm, ss, 0, zone), true
}

// parseZone reads "Z", "+02:00" or "-0500" as a fixed zone.
func parseZone(z string) *time.Location {
	if z == "Z" || z == "z" {
		return time.UTC
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	h, _ := strconv.Atoi(digits[:2])
	m, _ := strconv.Atoi(digits[2:])
	return time.FixedZone("", sign*(h*3600+m*60))
}

// daysIn returns the number of days of month m in year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseRunning reads s as a date written the way Find understands, accepting it only when
// what Find leaves around the date is a weekday name or words such as "Updated" or "at".
func parseRunning(s string, loc *time.Location) (time.Time, bool) {
	t, start, end, ok := Find(s, loc)
	if !ok {
		return time.Time{}, false
	}
	rest := s[:start] + " " + s[end:]
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !IsWeekday(w) && !leftoverSet[strings.ToLower(w)] {
			return time.Time{}, false
		}
	}
	return t, true
}
