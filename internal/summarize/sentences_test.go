package summarize

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The cat sat. The dog ran! Did it? Yes.",
			[]string{"The cat sat.", "The dog ran!", "Did it?", "Yes."}},
		{"titles", "Dr. Smith met Mr. Jones and Gov. Brown in St. Louis. They talked.",
			[]string{"Dr. Smith met Mr. Jones and Gov. Brown in St. Louis.", "They talked."}},
		{"U.S. before a name", "The U.S. Army said it would leave. Officials agreed.",
			[]string{"The U.S. Army said it would leave.", "Officials agreed."}},
		{"source tag glued to an abbreviation", "(CNN)U.S. Secretary of State John Kerry met Lavrov. (CNN)Sen. Cory Booker spoke. Spc. Jane Doe was 25.",
			[]string{"(CNN)U.S. Secretary of State John Kerry met Lavrov.", "(CNN)Sen. Cory Booker spoke.", "Spc. Jane Doe was 25."}},
		{"initial P", "(CNN)Actress Taraji P. Henson is apologizing. She said so on p. 12 of the book.",
			[]string{"(CNN)Actress Taraji P. Henson is apologizing.", "She said so on p. 12 of the book."}},
		{"U.S. at the end", "Prince is bringing the tour to the U.S. The first show is in Louisville.",
			[]string{"Prince is bringing the tour to the U.S.", "The first show is in Louisville."}},
		{"initials", "Harry Potter author J. K. Rowling and George W. Bush spoke. Then they left.",
			[]string{"Harry Potter author J. K. Rowling and George W. Bush spoke.", "Then they left."}},
		{"months and numbers", "It opens Jan. 5 at No. 1 Main St. in Washington. Tickets cost $10.",
			[]string{"It opens Jan. 5 at No. 1 Main St. in Washington.", "Tickets cost $10."}},
		{"time", "The blast came at 10 p.m. local time. Police arrived at 11 p.m. ET on Friday.",
			[]string{"The blast came at 10 p.m. local time.", "Police arrived at 11 p.m. ET on Friday."}},
		{"time then sentence", "It ended at 9 a.m. Police then left.",
			[]string{"It ended at 9 a.m.", "Police then left."}},
		{"e.g.", "Some drugs, e.g. aspirin, help. Others (i.e. opioids) harm.",
			[]string{"Some drugs, e.g. aspirin, help.", "Others (i.e. opioids) harm."}},
		{"decimals and currency", "Profits rose 3.5% to $1.13bn (£600m), with 1,343 wounded. Zelensky secured €10 billion (£8.6bn).",
			[]string{"Profits rose 3.5% to $1.13bn (£600m), with 1,343 wounded.", "Zelensky secured €10 billion (£8.6bn)."}},
		{"closing quote", `He said: "It is over." Then he left.`,
			[]string{`He said: "It is over."`, "Then he left."}},
		{"curly quotes", "“We will win.” The crowd cheered.",
			[]string{"“We will win.”", "The crowd cheered."}},
		{"question in quote with attribution", `"Why now?" he asked. Nobody knew.`,
			[]string{`"Why now?" he asked.`, "Nobody knew."}},
		{"ellipsis inside", `"Glass shards flew at me... the buzz grew until everything shook". Ukraine warned.`,
			[]string{`"Glass shards flew at me... the buzz grew until everything shook".`, "Ukraine warned."}},
		{"ellipsis between", "I don't know… Maybe tomorrow. Or never.",
			[]string{"I don't know…", "Maybe tomorrow.", "Or never."}},
		{"glued", "a 31-nation coalition if a ceasefire occurs.Also Read | Amazon sees growth",
			[]string{"a 31-nation coalition if a ceasefire occurs.", "Also Read | Amazon sees growth"}},
		{"not glued", "Visit example.com or Node.js. The U.S.Army is not a sentence end.",
			[]string{"Visit example.com or Node.js.", "The U.S.Army is not a sentence end."}},
		{"lines without punctuation", "Key developments from the Kuala Lumpur meeting\nRussia proposed new ideas\nLavrov insisted on recognition",
			[]string{"Key developments from the Kuala Lumpur meeting", "Russia proposed new ideas", "Lavrov insisted on recognition"}},
		{"wrapped line", "The meeting came as Russia launched its second night\nof attacks on Kyiv. It went on.",
			[]string{"The meeting came as Russia launched its second night\nof attacks on Kyiv.", "It went on."}},
		{"numbered list", "1. Buy milk\n2. Sell eggs.\n3. Rest",
			[]string{"1. Buy milk", "2. Sell eggs.", "3. Rest"}},
		{"sentence ending in a year", "He was born in 1990. The family moved.",
			[]string{"He was born in 1990.", "The family moved."}},
		{"dateline", "(CNN)Share, and your gift will be multiplied. That may sound odd.",
			[]string{"(CNN)Share, and your gift will be multiplied.", "That may sound odd."}},
		{"PTB spacing", "Zully Broussard decided to give a kidney to a stranger . A program helped .",
			[]string{"Zully Broussard decided to give a kidney to a stranger .", "A program helped ."}},
		{"exclamation before lower case", "Yahoo! said it would. Google did not.",
			[]string{"Yahoo! said it would.", "Google did not."}},
		{"CJK", "東京は晴れ。大阪は雨。", []string{"東京は晴れ。", "大阪は雨。"}},
		{"German", "Der Kanzler sprach am 3. Oktober in Berlin. Danach reiste er ab.",
			[]string{"Der Kanzler sprach am 3. Oktober in Berlin.", "Danach reiste er ab."}},
		{"percentage", "Pernod shares in Paris slipped 1.2%. Pernod said it was seeking acquisitions.",
			[]string{"Pernod shares in Paris slipped 1.2%.", "Pernod said it was seeking acquisitions."}},
		{"Ph.D.", "She earned a Ph.D. in physics. She then moved to the U.K. Brexit followed.",
			[]string{"She earned a Ph.D. in physics.", "She then moved to the U.K. Brexit followed."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	for _, a := range readArticles(f) {
		f.Add(a.Text)
	}
	f.Add("U.S. p.m. J. K. e.g. No. 1 3.5% €10 \"end.\" Next...Then.Also")
	f.Fuzz(func(t *testing.T, text string) {
		got := Sentences(text)
		if strip(strings.Join(got, "")) != strip(text) {
			t.Fatalf("Sentences(%q) = %q: lost or added text", text, got)
		}
		for _, s := range got {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("Sentences(%q) has an empty or untrimmed sentence %q", text, s)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s) {
				t.Fatalf("Sentences(%q) cut a character: %q", text, s)
			}
		}
	})
}

// strip removes white space, keeping every other byte as it is, even in invalid UTF-8.
func strip(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
