package summarize

import "testing"

func TestJunk(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want bool
	}{
		{"By .", true},
		{"By Sam Webb and Rebecca Evans .", true},
		{"PUBLISHED: .", true},
		{"Last updated at 5:47 PM on 9th January 2012 .", true},
		{"Scroll down for video .", true},
		{"Rescue: Morecambe RNLI crew members battle against the incoming tide to rescue the bull .", true},
		{"Opinion: Why has Putin gone missing?", true},
		{"Moss: It's a question that comes up a lot in my classes.", true},
		{"[Breaking news update, posted 9:04 p.m. ET].", true},
		{"Copyright 2015 The Associated Press. All rights reserved.", true},
		{"CNN's Ariane de Vogue contributed to this report.", true},
		{"Click here to access the transcript of today's CNN Student News program.", true},
		// Stories that only mention such words.
		{"On Tuesday, a California federal jury decided that inspiration can rise to copyright infringement.", false},
		{"It lost 464,000 subscribers in the fourth quarter.", false},
		{"By the end of the year, the company expects to hire 2,000 more staff in its three factories.", false},
		{"The minister said: \"We will not back down.\"", false},
		{"Ukraine's air force warned that Russia now deploys high-altitude drones.", false},
	}
	for _, tt := range tests {
		if got := junk(tt.in); got != tt.want {
			t.Errorf("junk(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
