package summarize

import "testing"

func TestCompress(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		// Datelines and source tags.
		{"(CNN)Share, and your gift will be multiplied.", "Share, and your gift will be multiplied."},
		{"LONDON, England (CNN) -- Police said the man was arrested.", "Police said the man was arrested."},
		{"WASHINGTON (Reuters) - The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."},
		{"KIEV, Ukraine — Russian forces pressed on toward the city.", "Russian forces pressed on toward the city."},
		{"New Delhi, India (CNN)The North Korean ambassador apologised.", "The North Korean ambassador apologised."},
		{"Ferguson, MissouriLoistine Hoskin cared for her old car.", "Loistine Hoskin cared for her old car."},
		{"Kuala LumpurThe initial hours after the crash were chaos.", "The initial hours after the crash were chaos."},
		{"MacArthur said he would return to the island.", "MacArthur said he would return to the island."},
		{"NATO leaders met in Brussels on Thursday.", "NATO leaders met in Brussels on Thursday."},
		// Parenthetical asides go; a bracketed word that the grammar needs stays.
		{"Zelensky secured €10 billion (£8.6bn) in aid pledges.", "Zelensky secured €10 billion in aid pledges."},
		{"Residents like Karyna Wolf (25) had to flee.", "Residents like Karyna Wolf had to flee."},
		{`"(It) felt good at the time," McIlroy later said.`, `"(It) felt good at the time."`},
		// List markers left in the text.
		{"• Police searched the co-pilot's apartment in Dusseldorf on Thursday.", "Police searched the co-pilot's apartment in Dusseldorf on Thursday."},
		// Editors' notes and credits in square brackets go; words standing in a quotation stay.
		{"Roughly 13,000 US troops remain in Afghanistan, 18 years after the 2001 attacks [File: Reuters].", "Roughly 13,000 US troops remain in Afghanistan, 18 years after the 2001 attacks."},
		{"The minister [Photo: AP] spoke to reporters in Kabul on Monday.", "The minister spoke to reporters in Kabul on Monday."},
		{`"[He] was never a threat to anyone," his lawyer said.`, `"[He] was never a threat to anyone."`},
		// Asides between dashes.
		{"The report -- released a year after the crash -- gives a detailed picture.", "The report gives a detailed picture."},
		// Trailing attributions.
		{"The attack killed 12 people in the capital, police said.", "The attack killed 12 people in the capital."},
		{"The company will cut 500 jobs next year, a spokesman for the firm said on Monday.", "The company will cut 500 jobs next year."},
		{"It works on a simple swapping principle, according to California Pacific Medical Center.", "It works on a simple swapping principle."},
		{`"That's pretty big," Broussard told CNN affiliate KGO.`, `"That's pretty big."`},
		{"The victim was 34, officials said the bomb killed 12 more.", "The victim was 34, officials said the bomb killed 12 more."},
		// Leading connectives.
		{"But the power that multiplied the gift was data processing.", "The power that multiplied the gift was data processing."},
		{"However, the company said profits rose 8%.", "The company said profits rose 8%."},
		{"But no.", "But no."},
		// Quotation marks left unpaired by the splitter, and final punctuation.
		{`"I know this entire journey is much bigger than all of us.`, "I know this entire journey is much bigger than all of us."},
		{`I also know I'm just the messenger."`, "I also know I'm just the messenger."},
		{"Russia proposed new ideas for ending the conflict", "Russia proposed new ideas for ending the conflict."},
		{"He was taken to the U.S., officials said.", "He was taken to the U.S."},
	}
	for _, tt := range tests {
		if got := compress(tt.in); got != tt.want {
			t.Errorf("compress(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestShorten(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{
			"Like 70,000 other refugees from Syria and Iraq, Farah now lives with her family in Zarqa, a poor Jordanian city teeming with factories and crumbling apartment blocks.",
			"",
		},
		{
			"The trail, which begins in the village of El Chorro in southern Malaga province, has been around since the early 1900s, originally built to provide access to two waterfalls.",
			"The trail has been around since the early 1900s, originally built to provide access to two waterfalls.",
		},
		{
			"Navy veteran Vanessa Hicks, a Virginia Beach photographer whose website is filled with sweet images of babies and their parents, shot the picture of the sailor and his baby and posted it to her Facebook page.",
			"Navy veteran Vanessa Hicks shot the picture of the sailor and his baby and posted it to her Facebook page.",
		},
		{
			"Kanye West fans are used to seeing thousand-dollar price tags attached to the rapper's sneakers when they're put up for sale on eBay, but the auction site is now being overrun by sellers offering plastic bags full of air.",
			"Kanye West fans are used to seeing thousand-dollar price tags attached to the rapper's sneakers.",
		},
		{
			// A sentence that opens with a subordinate clause is not cut inside it.
			"When Rory McIlroy pulled his second shot on the eighth hole of the WGC Cadillac Championship into a lake Friday, he might as well have been channeling the much loved Adam Sandler character.",
			"",
		},
		{
			// Nor inside an introductory phrase: its first words alone say nothing.
			"Out of 17 observations by the W. M. Keck Observatory in Hawaii, which uses a spectrograph to detect the chemical compositions of other planets' atmospheres, the scientists only spotted water vapor in one.",
			"",
		},
		{
			// A cut after the phrase keeps it and the clause it introduces.
			"Among the 300 passengers on the flight, 12 were injured when the plane skidded off the runway, which was covered in ice after a night of heavy snow.",
			"Among the 300 passengers on the flight, 12 were injured when the plane skidded off the runway.",
		},
		{
			"Short sentences are left alone.",
			"Short sentences are left alone.",
		},
	}
	for _, tt := range tests {
		got := shorten(tt.in, 20)
		if got != tt.want {
			t.Errorf("shorten(%q, 20)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		if wordCount(got) > 20 {
			t.Errorf("shorten(%q) has %d words", tt.in, wordCount(got))
		}
	}
}

func TestShortHeadline(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Share, and your gift will be multiplied.", "Share, and your gift will be multiplied"},
		{
			`French striker Bafetimbi Gomis, who has a history of fainting, said he is now "feeling well" after collapsing during Swansea's 3-2 loss at Tottenham.`,
			`French striker Bafetimbi Gomis said he is now "feeling well" after collapsing`,
		},
		{
			"Following last year's successful U.K. tour, Prince and 3rdEyeGirl are bringing the Hit & Run Tour to the U.S. for the first time.",
			"Prince and 3rdEyeGirl are bringing the Hit & Run Tour to the U.S.",
		},
	}
	for _, tt := range tests {
		if got := shortHeadline(tt.in); got != tt.want {
			t.Errorf("shortHeadline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
