package clean

import (
	"slices"
	"strings"
	"testing"
)

func TestUnglue(t *testing.T) {
	tests := []struct{ in, want string }{
		// The seed: a promo glued after the last sentence.
		{"if a ceasefire occurs.Also Read | Amazon quick commerce", "if a ceasefire occurs. Also Read | Amazon quick commerce"},
		{"He didn’t get it.Credit...Doug Mills", "He didn’t get it. Credit...Doug Mills"},
		{"Is that true?Yes, said the minister.", "Is that true? Yes, said the minister."},
		{"the buzz grew until everything shook\".Then", "the buzz grew until everything shook\". Then"},
		{"they won in 2016.The", "they won in 2016. The"},
		{"Sie kam nach München.Dort", "Sie kam nach München. Dort"},
		// Left alone.
		{"Rubio stressed U.S. demands", "Rubio stressed U.S. demands"},
		{"the U.S.Army said", "the U.S.Army said"},
		{"inflation of 3.5 percent", "inflation of 3.5 percent"},
		{"e.g. apples", "e.g. apples"},
		{"built with Node.js and ASP.NET", "built with Node.js and ASP.NET"},
		{"see https://www.Example.com/News.Html", "see https://www.Example.com/News.Html"},
		{"shop at Amazon.Com today", "shop at Amazon.Com today"},
		{"mail info@givewell.Org now", "mail info@givewell.Org now"},
		{"No.1 Defi Protocol", "No.1 Defi Protocol"},
	}
	for _, tt := range tests {
		if got := unglue(tt.in); got != tt.want {
			t.Errorf("unglue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpaceQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		// The seed.
		{"shipments are en route with“specific dates”.", "shipments are en route with “specific dates”."},
		{"Trump’s “disappointment”and frustration", "Trump’s “disappointment” and frustration"},
		// German quotes open low and close with “.
		{"die Miniserie „Frauen im THW“startet", "die Miniserie „Frauen im THW“ startet"},
		{"heißt„Frauen im THW“.", "heißt „Frauen im THW“."},
		// Already spaced, or punctuation after the quote.
		{"he said “no” to it", "he said “no” to it"},
		{"“We talked,” Lynn said.", "“We talked,” Lynn said."},
	}
	for _, tt := range tests {
		if got := spaceQuotes(tt.in); got != tt.want {
			t.Errorf("spaceQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHasDoubleQuote(t *testing.T) {
	for _, s := range []string{"", "plain", "it’s — fine…", "a “b", "b” a", "„x“", "\xe2\x80", "\xe2\x80\x9c",
		"x\xe2\x80", "\xe2\x9c", "’”", "\xe2\xe2\x80\x9d", "\x80\x9c", "«guillemets»"} {
		if got, want := hasDoubleQuote(s), strings.ContainsAny(s, "“”"); got != want {
			t.Errorf("hasDoubleQuote(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsTeaser(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's Chris Steakhouse in Troy", true},
		{"Michigan Couple Finds Newspapers Dating Back To 1940s During Home RenovationMichigan Couple Finds Newspapers Dating Back", true},
		// Names glue fewer letters; a glued word in running text is no headline.
		{"Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and multi-instrumentalist John McFee", false},
		{"The new 16-inch MacBook Pro features a redesigned scissor switch keyboard, largely based on the standard", false},
		{"Now the Agency's SciSpacE team has called in ESA's Concurrent Design Facility", false},
		{"the committee said that the proposalThe vote will be held on Monday next week", false},
	}
	for _, tt := range tests {
		if got := isTeaser(strings.Fields(tt.in)); got != tt.want {
			t.Errorf("isTeaser(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSpacePunct(t *testing.T) {
	tests := []struct{ in, want string }{
		// From the dev corpora's text dumps, where a link or an emphasis ended.
		{"said the Speaker , Benjamin Kalu", "said the Speaker, Benjamin Kalu"},
		{"bis zu 30 Litern . Mit dem neuen Modell", "bis zu 30 Litern. Mit dem neuen Modell"},
		{"Anda berkomentar menggunakan akun WordPress.com ( Logout / Ubah )", "Anda berkomentar menggunakan akun WordPress.com (Logout / Ubah)"},
		{"at the end of the sentence .", "at the end of the sentence."},
		{"“We won” , he said", "“We won”, he said"},
		// Left alone: French spacing, ellipses, decimals, names that start with a dot.
		{"Bonjour ! Ça va ? Voici : rien ; merci", "Bonjour ! Ça va ? Voici : rien ; merci"},
		{"and then ... nothing", "and then ... nothing"},
		{"a rate of .5 percent", "a rate of .5 percent"},
		{"built on .NET and Node.js", "built on .NET and Node.js"},
		{"a smiley :) here", "a smiley :) here"},
		{"empty ( ) brackets", "empty ( ) brackets"},
	}
	for _, tt := range tests {
		if got := spacePunct(tt.in); got != tt.want {
			t.Errorf("spacePunct(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := spacePunct(tt.want); got != tt.want {
			t.Errorf("spacePunct(%q) = %q, want it unchanged", tt.want, got)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		// UTF-8 read as Windows-1252 or Latin-1.
		{"Trumpâ€™s â€œdisappointmentâ€\u009d", "Trump’s “disappointment”"},
		{"CafÃ© in ZÃ¼rich, â‚¬10", "Café in Zürich, €10"},
		{"peacekeeping HQ â€“ in Paris", "peacekeeping HQ – in Paris"},
		// Legitimate Latin-1 text is left alone.
		{"café Ñandú naïve Â", "café Ñandú naïve Â"},
		// Entities left in scraped text.
		{"Tom &amp; Jerry &#8217;s &quot;best&quot; &nbsp;day", "Tom & Jerry ’s \"best\" day"},
		// Spaces of every kind collapse; invisible characters go.
		{"  two\u00a0\u00a0words\tand\u200b a soft\u00adhyphen  ", "two words and a softhyphen"},
		// Decomposed accents compose (NFC).
		{"Zu\u0308rich", "Zürich"},
		{"bad \xff byte", "bad byte"},
	}
	for _, tt := range tests {
		if got := normalize(tt.in, true); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Without entity decoding (HTML text nodes are already decoded), "&amp;" is text.
	if got := normalize("AT&amp;T", false); got != "AT&amp;T" {
		t.Errorf("normalize(%q, false) = %q", "AT&amp;T", got)
	}
}

func TestSplitFlatList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// The seed: four items a scraper flattened into one.
		{"Russia proposed undisclosed new ideas for ending the conflict Rubio stressed U.S. demands for a clear roadmap to peace Both sides agreed to restore economic/humanitarian cooperation Lavrov insisted that recognition of Russia's annexed territories is essential",
			[]string{"Russia proposed undisclosed new ideas for ending the conflict",
				"Rubio stressed U.S. demands for a clear roadmap to peace",
				"Both sides agreed to restore economic/humanitarian cooperation",
				"Lavrov insisted that recognition of Russia's annexed territories is essential"}},
		// Names after function words and inside a clause stay.
		{"Talks between the United States and Russia resumed in Kuala Lumpur on Thursday after a pause",
			[]string{"Talks between the United States and Russia resumed in Kuala Lumpur on Thursday after a pause"}},
		// A short item, or one with sentence punctuation, is not a flattened list.
		{"Neo Pepe $NEOP Presale Passes $2M Raised", []string{"Neo Pepe $NEOP Presale Passes $2M Raised"}},
		{"Russia proposed new ideas for ending the conflict. Rubio stressed U.S. demands for a roadmap to peace",
			[]string{"Russia proposed new ideas for ending the conflict. Rubio stressed U.S. demands for a roadmap to peace"}},
	}
	for _, tt := range tests {
		if got := splitFlatList(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitFlatList(%q) =\n%q\nwant\n%q", tt.in, got, tt.want)
		}
	}
}

func TestCutPromo(t *testing.T) {
	tests := []struct{ in, want string }{
		// The seed.
		{"to coordinate a 31-nation \"Coalition of the Willing\" if a ceasefire occurs.Also Read | Amazon quick commerce biz to see 'hockey stick growth': CEO Samir Kumar",
			"to coordinate a 31-nation \"Coalition of the Willing\" if a ceasefire occurs."},
		{"El juicio continuará el 18 de mayo. MIRA | Kenji Fujimori: PJ concluye con interrogatorio a testigos",
			"El juicio continuará el 18 de mayo."},
		// A bar inside a sentence, or a line that is only a promo, is left to the model.
		{"Scores were 3 | 4 | 5 in the three rounds, the jury said.", "Scores were 3 | 4 | 5 in the three rounds, the jury said."},
		{"Also Read | Amazon quick commerce biz to see growth", "Also Read | Amazon quick commerce biz to see growth"},
	}
	for _, tt := range tests {
		if got := cutPromo(tt.in); got != tt.want {
			t.Errorf("cutPromo(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRepairIdempotent(t *testing.T) {
	for _, s := range []string{
		"if a ceasefire occurs.Also Read more", "with“specific dates”and", "die „Serie“startet",
	} {
		once := repair(s)
		if twice := repair(once); twice != once {
			t.Errorf("repair(repair(%q)) = %q, want %q", s, twice, once)
		}
		if strings.Contains(once, "  ") {
			t.Errorf("repair(%q) = %q has a double space", s, once)
		}
	}
}
