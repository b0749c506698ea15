package dates

import (
	"fmt"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zoneinfo:", err)
	}
	tests := []struct {
		in   string
		loc  *time.Location
		want time.Time
	}{
		{"2025-07-10", nil, time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
		{"2025-07-10", berlin, time.Date(2025, 7, 10, 0, 0, 0, 0, berlin)},
		{" 2025-07-10T08:30:00Z ", berlin, time.Date(2025, 7, 10, 8, 30, 0, 0, time.UTC)},
		{"2025-07-10T08:30:00+02:00", nil, time.Date(2025, 7, 10, 6, 30, 0, 0, time.UTC)},
		{"2025-07-10 08:30", nil, time.Date(2025, 7, 10, 8, 30, 0, 0, time.UTC)},
		{"July 10, 2025", nil, time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
		{"Jul 10, 2025", nil, time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
		{"10 July 2025", nil, time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
		{"Thu, 10 Jul 2025 08:30:00 +0000", nil, time.Date(2025, 7, 10, 8, 30, 0, 0, time.UTC)},
		{"Sept. 4, 2025", nil, time.Date(2025, 9, 4, 0, 0, 0, 0, time.UTC)},
		{"2025/07/10", nil, time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, tt.loc)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2025-13-45", "not a date"} {
		if got, err := Parse(bad, nil); err == nil {
			t.Errorf("Parse(%q) = %v, want error", bad, got)
		}
	}
}

func ExampleParse() {
	t, err := Parse("Sept. 4, 2025", nil)
	fmt.Println(t.Format(time.RFC3339), err)
	// Output: 2025-09-04T00:00:00Z <nil>
}
