package clean

import (
	"strings"
	"testing"

	"github.com/briefs/briefs/internal/content"
)

// TestTextTitle checks the headline found in text dumps whose headline the old rules
// missed, each made of real lines from the dev corpora.
func TestTextTitle(t *testing.T) {
	share := strings.Repeat("Share this with Facebook\nShare this with Messenger\nShare this with Twitter\nShare this with Email\n", 9)
	swift := []string{
		"A row involving Taylor Swift, her former record label and a couple of big name US politicians looks like it's coming to an end.",
		"The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks at the American Music Awards on Sunday.",
		"Swift got high profile support last week, after accusing Big Machine of trying to stop her performing her back catalogue at the AMAs.",
	}
	tests := []struct{ name, body, title string }{
		{
			name:  "a date under the headline marks it, beyond thirty lines of share buttons (BBC)",
			body:  "Newsbeat\nTaylor Swift is allowed to play her music at the AMAs after all\n19 November 2019\n" + share + strings.Join(swift, "\n"),
			title: "Taylor Swift is allowed to play her music at the AMAs after all",
		},
		{
			name:  "a junk word ('by') does not disqualify a long headline (CNBC)",
			body:  "Menu\nDubai Airshow\nEmirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s\nKey Points\n" + emirates,
			title: "Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s",
		},
		{
			name:  "the last step of a breadcrumb",
			body:  "Início\nMensagens » Mensagens de Autoestima » Amor próprio e autoestima\n" + amor,
			title: "Amor próprio e autoestima",
		},
		{
			name: "a short headline sharing one word, with its byline and date under it (German)",
			body: "Du bist Halle\nKultur\nMedien\nIntendanten-Wechsel beim MDR\nvon eseppelt · 31. Oktober 2023\n" +
				"An der Spitze des Mitteldeutschen Rundfunks steht ein Wechsel bevor: Am heutigen 31. Oktober endet die Amtszeit von Intendantin Karola Wille, ab 1. November ist Ralf Ludwig neuer Intendant.\n" +
				"Am 9. Oktober 2023 wurde Karola Wille vom MDR-Rundfunkrat und vom MDR-Verwaltungsrat verabschiedet.\n" +
				"Von ihren 32 Jahren im MDR war Karola Wille 27 Jahre in leitenden Funktionen tätig. Im November 1991 begann sie als Referentin in der Juristischen Direktion des MDR.\n",
			title: "Intendanten-Wechsel beim MDR",
		},
		{
			name: "Japanese: words are pairs of characters",
			body: "Home ›\nソフトウェア ›\nソフトウェア一般 ›\nKindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法\n2018-08-16\n" +
				"Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、何か書籍で調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。\n" +
				"そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。今回はそのKindleデスクトップアプリKindle for PCに関する話。\n" +
				"Kindle for PCの起動ホットキーがKeePassと被る\n" +
				"さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。設定で変更できる箇所も少なく、融通が効かない面も多々あります。\n",
			title: "Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法",
		},
		{
			name: "a caption that shares more words than the headline is not it; the headline is printed twice (Smithsonian)",
			body: "SmartNews Keeping you current\nThree Cases of Plague Diagnosed in China\n" +
				"Officials say the risk of an outbreak is low, but many are concerned that information about the cases is being restricted\n" +
				"Yersinia pestis, the bacteria that cause plague, survives on fleas that live on rodents, like rats and rabbits. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)\n" +
				"By Brigit Katz\nsmithsonian.com\nNovember 18, 2019\n" + plague +
				"Most Popular\nThis Concrete Can Absorb a Flood\nThree Cases of Plague Diagnosed in China\nSpot the Difference\n",
			title: "Three Cases of Plague Diagnosed in China",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Article(content.Article{Format: content.Text, Body: tt.body, BodyLine: 1})
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
		})
	}
}

var (
	emirates = "Dubai's flagship carrier Emirates Airline has finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets, executives of both companies announced Wednesday.\n" +
		"The deal sets up for a reduction to a prior commitment of 777x jets from the U.S. plane-maker, down by 30 to 126, which Emirates is opting for by employing the 787.\n" +
		"The order is crucial for the American manufacturing giant, whose sales have been badly hit following two catastrophic crashes of its popular 737 Max jets.\n"
	amor = "Amor próprio e autoestima andam juntos: quem se ama cuida de si e não aceita menos do que merece.\n" +
		"A autoestima não nasce pronta; ela se constrói todos os dias, com pequenas escolhas e com o amor próprio de quem se respeita.\n" +
		"Quem tem amor próprio sabe dizer não, e a autoestima agradece cada limite que você coloca.\n"
	plague = "Three cases of plague have been diagnosed in China, sparking concern among residents of Beijing and Inner Mongolia.\n" +
		"Two of the cases, diagnosed in a couple from Inner Mongolia, are pneumonic plague, which spreads between people; officials say the risk of an outbreak is low.\n" +
		"The third case is bubonic plague, diagnosed in a hunter who ate a wild rabbit, according to health officials in China.\n"
)

func TestTrimTitle(t *testing.T) {
	story := "Russia launched its second night of massive attacks on Kyiv as Rubio and Lavrov met in Kuala Lumpur. " +
		"Die Energiewende braucht Forschung für nachhaltiges Wirtschaften. Die Digitalisierung der Schweizer Kinos geht weiter. " +
		"The Times is committed to publishing letters. Corona: Es kommt auch darauf an, wie die Menschen sterben. Die Termine im Mai."
	blocks := []Block{{Text: story}}
	tests := []struct{ title, outlet, want string }{
		{"Rubio And Lavrov Hold Tense Talks Amid Record Russian Strikes - All Details Here", "", "Rubio And Lavrov Hold Tense Talks Amid Record Russian Strikes"},
		{"Energiewende und nachhaltiges Wirtschaften - BMBF", "", "Energiewende und nachhaltiges Wirtschaften"},
		{"Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos", "", "Weitere Digitalisierung der Schweizer Kinos"},
		{"Opinion | Russia launched attacks on Kyiv", "", "Russia launched attacks on Kyiv"},
		// The outlet's name goes even though the story names it.
		{"Russia launched attacks on Kyiv - The Times", "The Times", "Russia launched attacks on Kyiv"},
		// A part of the headline before a dash stays; so does a range of months.
		{"Corona-Pandemie - „Es kommt auch darauf an, wie die Menschen sterben“", "", "Corona-Pandemie - „Es kommt auch darauf an, wie die Menschen sterben“"},
		{"Termine Whisky Tastings Januar - Mai 2020", "", "Termine Whisky Tastings Januar - Mai 2020"},
		// A long tail is part of the headline, whatever its words.
		{"Russia launched attacks on Kyiv – shoots for the moon, lands among the clouds tonight", "", "Russia launched attacks on Kyiv – shoots for the moon, lands among the clouds tonight"},
		// Nothing is cut when what is left has nothing of the story.
		{"Gaby's - Colours of the Soul", "", "Gaby's - Colours of the Soul"},
	}
	for _, tt := range tests {
		if got := trimTitle(tt.title, blocks, outletWords(tt.outlet, "")); got != tt.want {
			t.Errorf("trimTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestOutletWords(t *testing.T) {
	tests := []struct{ source, url, want string }{
		{"Snopes.com", "https://www.snopes.com/fact-check/x/", "snopes"},
		{"BBC News", "https://www.bbc.com/news/newsbeat-50470672", "bbc"},
		{"Express.co.uk", "https://www.express.co.uk/news/world/1206313/x", "express"},
		{"AUTO&Wirtschaft - Das Monatsmagazin für die Automobilbranche", "", "auto automobilbranche monatsmagazin wirtschaft"},
		{"", "http://news.sky.com/story/x", "sky"},
		{"", "not a url", ""},
	}
	for _, tt := range tests {
		var got []string
		for w := range outletWords(tt.source, tt.url) {
			got = append(got, w)
		}
		if s := strings.Join(sortedStrings(got), " "); s != tt.want {
			t.Errorf("outletWords(%q, %q) = %q, want %q", tt.source, tt.url, s, tt.want)
		}
	}
}

func TestVocabKeys(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lavrov agreed; talks agree", "lavro agree talks agree"},
		{"a to of the", ""}, // short words, mostly function words, give no key
		{"デスクトップする", "デス スク クト トッ ップ プす"}, // pairs, none of hiragana alone
		{"政府が発表", "政府 府が が発 発表"},
	}
	for _, tt := range tests {
		var got []string
		vocabKeys(lowerWords(tt.in), func(k string) { got = append(got, k) })
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("vocabKeys(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}
