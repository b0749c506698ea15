package dates

import (
	"testing"
)

// FuzzFind checks that Find and Parse never panic, that Find reports a span inside its
// input, and that the date Find reports is found again in that span alone.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		" date 2025-07-10 Rubio And Sergey Lavrov", "Chris Davies - Nov 19, 2019, 8:15 pm CST",
		"Redacción EC 07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17", "Stand: 10.07.2025, 14:30 Uhr",
		"Publié le 12 juillet 2024 à 10h30", "2021-03-08T14:02:11+01:00", "31/13/2019", "99999-99-99T99:99",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Parse(s, nil)
		tm, start, end, ok := Find(s, nil)
		if !ok {
			return
		}
		if start < 0 || end > len(s) || start >= end {
			t.Fatalf("Find(%q) = span [%d, %d)", s, start, end)
		}
		again, st, en, ok := Find(s[start:end], nil)
		if !ok || !again.Equal(tm) || st != 0 || en != end-start {
			t.Fatalf("Find(%q) = %v at %q, but Find of that span = %v, %v [%d, %d)", s, tm, s[start:end], again, ok, st, en)
		}
		if tm.Year() < 1900 || tm.Year() > 2200 || tm.Location() == nil {
			t.Fatalf("Find(%q) = %v", s, tm)
		}
	})
}
