package dates

import (
	"testing"
	"time"
)

func TestFind(t *testing.T) {
	lima := time.FixedZone("", -5*3600)
	tests := []struct {
		in   string
		loc  *time.Location
		want time.Time
		span string // the text Find reports the date at
	}{
		{" date 2025-07-10 Rubio And Sergey Lavrov Hold Tense Talks", nil, time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC), "2025-07-10"},
		{"Chris Davies - Nov 19, 2019, 8:15 pm CST", nil, time.Date(2019, 11, 19, 20, 15, 0, 0, time.UTC), "Nov 19, 2019, 8:15 pm"},
		{"Published 10:02 AM EST Nov 19, 2019", nil, time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC), "Nov 19, 2019"},
		{"Redacción EC 07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17", lima, time.Date(2022, 7, 5, 20, 6, 0, 0, lima), "07/05/2022 20H06"},
		{"Stand: 10.07.2025, 14:30 Uhr", nil, time.Date(2025, 7, 10, 14, 30, 0, 0, time.UTC), "10.07.2025, 14:30 Uhr"},
		{"Veröffentlicht am 3. März 2021 um 08:15 Uhr", nil, time.Date(2021, 3, 3, 8, 15, 0, 0, time.UTC), "3. März 2021 um 08:15 Uhr"},
		{"Publié le 12 juillet 2024 à 10h30", nil, time.Date(2024, 7, 12, 10, 30, 0, 0, time.UTC), "12 juillet 2024 à 10h30"},
		{"Lima, 3 de mayo de 2022", nil, time.Date(2022, 5, 3, 0, 0, 0, 0, time.UTC), "3 de mayo de 2022"},
		{"Warszawa, 5 lipca 2023 r.", nil, time.Date(2023, 7, 5, 0, 0, 0, 0, time.UTC), "5 lipca 2023"},
		{"by Regan September 15, 2014", nil, time.Date(2014, 9, 15, 0, 0, 0, 0, time.UTC), "September 15, 2014"},
		{"Posted 2021-03-08T14:02:11+01:00 in News", nil, time.Date(2021, 3, 8, 13, 2, 11, 0, time.UTC), "2021-03-08T14:02:11+01:00"},
		// A zone abbreviation that starts like "AM" is not a meridiem.
		{"November 20, 2019 - 11:28 AMT", nil, time.Date(2019, 11, 20, 11, 28, 0, 0, time.UTC), "November 20, 2019 - 11:28"},
		{"Nov. 20, 2019 at 3:04 p.m. ET", nil, time.Date(2019, 11, 20, 15, 4, 0, 0, time.UTC), "Nov. 20, 2019 at 3:04 p.m."},
		{"the 31/12/2019 deadline", nil, time.Date(2019, 12, 31, 0, 0, 0, 0, time.UTC), "31/12/2019"},
	}
	for _, tt := range tests {
		got, start, end, ok := Find(tt.in, tt.loc)
		if !ok || !got.Equal(tt.want) || tt.in[start:end] != tt.span {
			t.Errorf("Find(%q) = %v, %q, %v; want %v, %q", tt.in, got, tt.in[start:end], ok, tt.want, tt.span)
		}
	}
	for _, none := range []string{"", "Call 555-1234 now", "version 3.5.2", "on July 4 the parade", "1,343 wounded in 2022", "31/13/2019", "ISBN 978-3-16-148410-0"} {
		if got, start, end, ok := Find(none, nil); ok {
			t.Errorf("Find(%q) = %v at %q, want none", none, got, none[start:end])
		}
	}
}

func TestFindOrdered(t *testing.T) {
	got, _, _, ok := FindOrdered("Redacción EC 07/05/2022 20H06", nil, true)
	if want := time.Date(2022, 5, 7, 20, 6, 0, 0, time.UTC); !ok || !got.Equal(want) {
		t.Errorf("FindOrdered(day first) = %v, %v; want %v", got, ok, want)
	}
	got, _, _, ok = FindOrdered("Posted 12/25/2021", nil, true)
	if want := time.Date(2021, 12, 25, 0, 0, 0, 0, time.UTC); !ok || !got.Equal(want) {
		t.Errorf("FindOrdered(12/25/2021) = %v, %v; want %v (a day above 12 decides)", got, ok, want)
	}
}

func TestParseOtherLanguages(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"10. Juli 2025", time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
		{"Donnerstag, 10. Juli 2025", time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
		{"10 de julio de 2025", time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
		{"Updated: July 10, 2025 at 3:04 PM", time.Date(2025, 7, 10, 15, 4, 0, 0, time.UTC)},
		{"10.07.2025", time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, nil)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"Rubio met Lavrov on 10 July 2025 in Kuala Lumpur", "Juli"} {
		if got, err := Parse(bad, nil); err == nil {
			t.Errorf("Parse(%q) = %v, want error", bad, got)
		}
	}
}

func TestMonth(t *testing.T) {
	tests := []struct {
		in   string
		want time.Month
	}{
		{"July", time.July}, {"Jul.", time.July}, {"juillet", time.July}, {"MÄRZ", time.March},
		{"września", time.September}, {"Sept", time.September}, {"dic", time.December}, {"Monday", 0}, {"", 0},
	}
	for _, tt := range tests {
		if got := Month(tt.in); got != tt.want {
			t.Errorf("Month(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if !IsWeekday("Thursday,") || !IsWeekday("Mi.") || IsWeekday("July") {
		t.Error("IsWeekday misreads weekday names")
	}
}
