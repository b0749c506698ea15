package clean

import (
	"strings"

	"github.com/briefs/briefs/internal/dates"
	"unicode"
	"unicode/utf8"
)

// A unit is one candidate block of an article before classification: a line of a text
// dump or a block element of a page. Features describe it and a linear model decides
// whether it belongs to the story.
type unit struct {
	text  string
	line  int  // 1-based source line, 0 when unknown
	kind  Kind // what the markup or the text says the block is
	blank bool // a blank line comes before it (text)
	dom   domInfo
	st    stats
	lw    []string // the lower-cased words of text, set with st
}

// stats are the facts about a unit's text that features are computed from.
type stats struct {
	words     int     // space-separated words
	letters   int     // letters
	stop      int     // stop words
	caps      int     // words that start with a capital letter
	upper     bool    // every letter is a capital
	endPunct  bool    // ends like a sentence: . ! ? … or a closing quote after one
	colon     bool    // ends with a colon
	sentences int     // sentence ends inside the text
	commas    int     // commas
	digits    float64 // share of characters that are digits
	pipe      bool    // holds " | ", the mark of navigation and promo labels
	copyright bool    // ©, (c) or "copyright"
	url       bool    // a URL or an e-mail address
	junk      int     // junk phrases
	labelPipe bool    // starts with a short label and a bar: "Also Read | …"
	// labelColon says the text is a short label, a colon and a line that is no sentence:
	// "SEE MORE: Chiefs hold off Chargers", "MIRA: Madre se acerca a conocer…".
	labelColon bool
	// alsoPromo says the text is a link to another story that opens with "Also": "Also on
	// rt.com Journalists threatened…", "ALSO READ Amazon quick commerce…", with no final stop.
	alsoPromo bool
	// teaser says a scraper glued a title-case headline to the sentence after it, as a grid
	// of related stories comes out: "Customers Leave Without Paying $690 Bill At Troy
	// SteakhouseA party of six left…".
	teaser bool
	// prompt says the text opens with a junk phrase and is mostly junk phrases: "Subscribe
	// now to our eNATION edition for the full story.", "Share this with Twitter".
	prompt  bool
	byline  bool // reads like "By Jane Doe"
	date    bool // is mostly a date or a time
	dup     int  // how many other units have the same text
	glued   int  // words with a capital glued after a small letter: "Student-AthleteA"
	dated   bool // holds a date
	comment bool // a short line about comments: "34 responses", "Leave a Reply"
	says    bool // a commenter's header: "joetoronto says:", "Alex on May 2, 2018 at 6:34 am said:"
	credit  bool // carries a photo credit or a gallery counter: "(AP Photo/Rich Pedroncelli)", "1of4"
	consent bool // a cookie or consent notice: "This website uses cookies … Accept"
}

// junk is the index of junkPhrases; it is never modified.
var junk = newJunkMatcher()

// measure computes the stats of text, whose words are fields (as strings.Fields splits
// them) and whose lower-cased words tw describes; stop is the stop-word list of the document.
func measure(text string, fields []string, tw *textWords, stop stopList) stats {
	var s stats
	s.words = len(fields)
	lw := tw.lw
	if stop.lang >= 0 {
		s.stop = int(tw.langs[stop.lang])
	} else {
		for _, w := range lw {
			if stop.set[w] {
				s.stop++
			}
		}
	}
	s.junk = tw.junk
	credit, consent, cookie := tw.flags&wordCredit != 0, tw.flags&wordConsent != 0, tw.flags&wordCookie != 0
	comment, copyright := tw.flags&wordComment != 0, tw.flags&wordCopyright != 0
	for _, f := range fields {
		if unicode.IsUpper(firstRune(trimOpeners(f, true))) {
			s.caps++
		}
	}
	var digits, chars, lowers, uppers, dense, kana int
	// A word is glued (gluedWords) where a capital follows a small letter; spaces end words.
	prevLower, glued := false, false
	for _, r := range text {
		if r < utf8.RuneSelf {
			lower := false
			switch {
			case r >= '0' && r <= '9':
				digits++
			case r >= 'a' && r <= 'z':
				lowers++
				s.letters++
				lower = true
			case r >= 'A' && r <= 'Z':
				uppers++
				s.letters++
				if prevLower && !glued {
					s.glued++
					glued = true
				}
			case r == ',':
				s.commas++
			case r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r':
				glued = false
			}
			prevLower = lower
			chars++
			continue
		}
		lower := false
		switch {
		case isDenseScript(r):
			// Scripts written without spaces: count about one word per two characters,
			// and take hiragana (the particles and endings of Japanese) and the commonest
			// Chinese function characters as stop words.
			dense++
			s.letters++
			if unicode.Is(unicode.Hiragana, r) || strings.ContainsRune("的了是在和有也就都而及与着或这那", r) {
				kana++
			}
			if r == '、' || r == '，' {
				s.commas++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLower(r):
			lowers++
			s.letters++
			lower = true
		case unicode.IsUpper(r):
			uppers++
			s.letters++
			if prevLower && !glued {
				s.glued++
				glued = true
			}
		case unicode.IsLetter(r):
			s.letters++
		case r == '،' || r == '，':
			s.commas++
		case unicode.IsSpace(r):
			glued = false
		}
		prevLower = lower
		chars++
	}
	if chars > 0 {
		s.digits = float64(digits) / float64(chars)
	}
	if dense > 0 {
		s.words += dense / 2
		s.stop += kana / 2
	}
	s.teaser = s.glued > 0 && isTeaser(fields)
	s.upper = uppers >= 4 && lowers == 0
	if end := trimClosers(text, true); end != "" {
		last, _ := utf8.DecodeLastRuneInString(end)
		s.endPunct = strings.ContainsRune(".!?…。！？", last)
		s.colon = last == ':'
	}
	for i, f := range fields[:max(0, len(fields)-1)] {
		t := trimClosers(f, false)
		if len(t) > 2 && (t[len(t)-1] == '.' || t[len(t)-1] == '!' || t[len(t)-1] == '?') &&
			strings.IndexByte(t[:len(t)-1], '.') < 0 && unicode.IsUpper(firstRune(trimOpeners(fields[i+1], false))) {
			s.sentences++
		}
	}
	if s.endPunct {
		s.sentences++
	}
	s.pipe = strings.IndexByte(text, '|') >= 0
	s.copyright = strings.Contains(text, "©") || strings.Contains(text, "(c)") || strings.Contains(text, "(C)") || copyright
	s.url = strings.Contains(text, "http://") || strings.Contains(text, "https://") || strings.Contains(text, "www.") ||
		strings.Contains(text, "WWW.") || strings.Contains(text, "@") && strings.Contains(text, ".")
	s.prompt = s.junk > 0 && s.words <= 20 && s.junk*5 >= s.words && junk.count(lw[:min(2, len(lw))]) > 0
	s.labelPipe = isLabelPipe(text)
	s.labelColon = !s.endPunct && isLabelColon(fields)
	s.alsoPromo = !s.endPunct && isAlsoPromo(fields)
	s.byline = isByline(fields)
	s.date = isDateLine(text, fields, lw)
	if s.words <= 20 && digits >= 2 {
		_, _, _, s.dated = dates.Find(text, nil)
	}
	s.comment = s.words <= 12 && comment
	s.credit = (text != "" && text[0] >= '0' && text[0] <= '9' || credit) && isCredit(text)
	s.consent = s.words <= 80 && cookie && consent
	s.says = s.words <= 12 && s.colon && (s.dated || len(lw) > 0 && sayWords[lw[len(lw)-1]])
	return s
}

// firstRune returns the first character of s, or utf8.RuneError when s is empty.
func firstRune(s string) rune {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// trimOpeners returns s without the opening quotes and brackets it starts with: as
// strings.TrimLeft(s, "\"'“‘«(") does, and with "¿¡" added to the set when marks is set.
func trimOpeners(s string, marks bool) string {
	for s != "" {
		if c := s[0]; c < utf8.RuneSelf {
			if c != '"' && c != '\'' && c != '(' {
				return s
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if r != '“' && r != '‘' && r != '«' && !(marks && (r == '¿' || r == '¡')) {
			return s
		}
		s = s[size:]
	}
	return s
}

// trimClosers returns s without the closing quotes and brackets it ends with: as
// strings.TrimRight(s, "\"'”’»)") does, and with "] " added to the set when more is set.
func trimClosers(s string, more bool) string {
	for s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if c != '"' && c != '\'' && c != ')' && !(more && (c == ']' || c == ' ')) {
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if r != '”' && r != '’' && r != '»' {
			return s
		}
		s = s[:len(s)-size]
	}
	return s
}

// A stopList is the stop-word list of a document: one of stopWords' languages, or the
// document's own frequent words.
type stopList struct {
	lang int     // the language's index in stopLangs; -1 for a document's own list
	set  wordSet // the list as a set
}

// What wordTable says of a word, besides its stop-word languages and the junk phrases it
// opens.
const (
	wordCredit    = 1 << iota // in creditWords
	wordConsent               // in consentWords
	wordCookie                // "cookie" or "cookies"
	wordComment               // in commentWords
	wordCopyright             // "copyright"
)

// A wordInfo is what the word lists say of one lower-case word.
type wordInfo struct {
	langs uint16     // the languages whose stop words hold it (stopIndex)
	flags uint8      // wordCredit and the like
	junk  [][]string // the junk phrases it opens (junk.byFirst)
}

// textWords is what the words of one text are, whatever the document's language.
type textWords struct {
	lw    []string  // lowerWords of the text
	langs [16]int32 // how many of them are stop words of each language (by bit of stopIndex)
	flags uint8     // the wordInfo flags of any of them
	junk  int       // how many junk phrases they hold (junk.count)
}

// readWords returns what the words of text are, looking each up once in wordTable.
func readWords(text string) *textWords {
	tw := &textWords{lw: lowerWords(text)}
	lw := tw.lw
	for i, w := range lw {
		wi, ok := wordTable[w]
		if !ok {
			continue
		}
		for bits, k := wi.langs, 0; bits != 0; bits, k = bits>>1, k+1 {
			if bits&1 != 0 {
				tw.langs[k]++
			}
		}
		for _, p := range wi.junk {
			if len(p) <= len(lw)-i && equalWords(lw[i:i+len(p)], p) {
				tw.junk++
				break
			}
		}
		tw.flags |= wi.flags
	}
	return tw
}

// wordTable merges the word lists that measure looks each word up in; it is never modified.
var wordTable = newWordTable()

func newWordTable() map[string]wordInfo {
	t := map[string]wordInfo{}
	set := func(w string, f func(*wordInfo)) {
		wi := t[w]
		f(&wi)
		t[w] = wi
	}
	for w, bits := range stopIndex {
		set(w, func(wi *wordInfo) { wi.langs = bits })
	}
	for w, ps := range junk.byFirst {
		set(w, func(wi *wordInfo) { wi.junk = ps })
	}
	for _, l := range []struct {
		words wordSet
		flag  uint8
	}{{creditWords, wordCredit}, {consentWords, wordConsent}, {wordsSet("cookie cookies"), wordCookie}, {commentWords, wordComment},
		{wordsSet("copyright"), wordCopyright}} {
		for w := range l.words {
			set(w, func(wi *wordInfo) { wi.flags |= l.flag })
		}
	}
	return t
}

// consentWords are the words that, next to "cookies", make a consent notice.
var consentWords = wordsSet(`accept agree consent privacy opt-out opt settings manage zustimmen akzeptieren
	einverstanden datenschutz datenschutzerklärung einstellungen accepter acceptez consentement confidentialité
	paramètres aceptar acepto aceptas consentimiento privacidad configuración aceitar privacidade akceptuję zgoda
	prywatności accetta accetto consenso`)

// isDenseScript reports whether r belongs to a script written without spaces between words.
func isDenseScript(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	return r >= 0x2e80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r)) || unicode.Is(unicode.Thai, r) || unicode.Is(unicode.Lao, r) ||
		unicode.Is(unicode.Khmer, r) || unicode.Is(unicode.Myanmar, r)
}

// isTeaser reports whether the words are a headline glued to a teaser: within the first 20
// words, a word in which a small letter that ends four letters or more is followed by a
// capital ("SteakhouseA", "RenovationMichigan"), after at least two more words mostly
// capitalised, with six words or more from it on. Names such as "McDonald", "MacBook" and
// "iPhone" glue fewer letters.
func isTeaser(fields []string) bool {
	for k, f := range fields[:min(20, len(fields))] {
		letters := 0
		var prev rune
		for j, r := range f {
			if j > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
				if letters < 4 || k < 2 || len(fields)-k < 6 {
					return false
				}
				caps := 1 // the glued word itself starts the headline's last word
				for _, w := range fields[:k] {
					r0, _ := utf8.DecodeRuneInString(w)
					if unicode.IsUpper(r0) || unicode.IsDigit(r0) {
						caps++
					}
				}
				return caps*10 >= (k+1)*7
			}
			if unicode.IsLetter(r) {
				letters++
			} else {
				letters = 0
			}
			prev = r
		}
	}
	return false
}

// gluedWords counts the words in which a small letter is directly followed by a capital and
// then a space or a small letter, as when a scraper joins a headline to the teaser after it
// ("Student-AthleteA 24-year-old"). Names such as "McDonald" and "iPhone" count too, so
// this is only a hint.
func gluedWords(fields []string) int {
	n := 0
	for _, f := range fields {
		var prev rune
		for i := 0; i < len(f); {
			r, size := rune(f[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(f[i:])
			}
			if isUpper(r) && isLower(prev) {
				n++
				break
			}
			prev = r
			i += size
		}
	}
	return n
}

// isUpper is unicode.IsUpper, quicker for ASCII.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// isLower is unicode.IsLower, quicker for ASCII.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

// commentWords are the words of comment-section headers in the languages of the corpora.
var commentWords = wordsSet(`comment comments commented reply replies responses response discussion
	kommentar kommentare kommentieren antworten commentaire commentaires réagir réactions comentario
	comentarios comentar comentários komentarz komentarze komentarzy commento commenti reacties`)

// sayWords are the verbs that end a commenter's header ("says:") in the corpora's languages.
var sayWords = wordsSet(`says said writes wrote replied schreibt schrieb sagt sagte meint dice dijo escribió
	écrit dit napisał napisała scrive zegt schreef`)

// isLabelPipe reports whether text starts with a label of at most four words followed by a
// bar, as in "Also Read | Amazon quick commerce…" or "MIRA | Kenji Fujimori…".
func isLabelPipe(text string) bool {
	i := strings.IndexByte(text, '|')
	if i <= 0 || i > 40 {
		return false
	}
	label := strings.TrimSpace(text[:i])
	return label != "" && len(strings.Fields(label)) <= 4 && !strings.ContainsAny(label, ".,;")
}

// isAlsoPromo reports whether the words open as a link to another story does: "Also read",
// "Also see", "Also watch", "Also check", or "Also on" and a site name such as "rt.com",
// in any case, a colon or bar after them allowed. "Also on Tuesday…" does not.
func isAlsoPromo(fields []string) bool {
	if len(fields) < 4 || !strings.EqualFold(fields[0], "also") {
		return false
	}
	switch strings.ToLower(strings.TrimRight(fields[1], ":|")) {
	case "read", "see", "watch", "check":
		return true
	case "on":
		site := strings.TrimRight(fields[2], ":|")
		dot := strings.LastIndexByte(site, '.')
		return dot > 0 && dot < len(site)-1
	}
	return false
}

// isLabelColon reports whether the words open with a label of one to three words that
// ends with a colon, followed by at least three more: "SEE MORE: Chiefs hold off…".
func isLabelColon(fields []string) bool {
	for k, f := range fields[:min(3, len(fields))] {
		if strings.HasSuffix(f, ":") {
			return len(f) > 1 && len(fields)-k-1 >= 3 && !strings.ContainsAny(f, "0123456789")
		}
		if strings.ContainsAny(f, ".,;|") {
			return false
		}
	}
	return false
}

// isByline reports whether the words read like a byline: "By Jane Doe", "Von Max Muster",
// "Posted by Jane Doe on November 19, 2019": a byline word, then a capitalised name of at
// most eight words before any date, time or separator.
func isByline(fields []string) bool {
	if len(fields) < 2 {
		return false
	}
	if strings.EqualFold(fields[1], "by") && len(fields) > 2 { // "Posted by …", "Words by …"
		fields = fields[1:]
	}
	if !isBylineWord(fields[0]) {
		return false
	}
	name := fields[1:]
	for k, f := range name {
		if strings.ContainsAny(f, "0123456789|–—") || f == "-" || dates.Month(f) > 0 && k > 0 ||
			dateWords[strings.ToLower(f)] && k > 0 {
			name = name[:k]
			break
		}
	}
	if len(name) == 0 || len(name) > 8 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name[0])
	return unicode.IsUpper(r) || strings.EqualFold(name[0], "by")
}

// isDateLine reports whether text is mostly a date or a time: short, with digits, and with
// few words that are neither numbers nor month or weekday names. lw are the lower-cased
// words of text; nil has them computed when needed.
func isDateLine(text string, fields, lw []string) bool {
	if len(fields) == 0 || len(fields) > 12 {
		return false
	}
	digits := 0
	for _, r := range text {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	if digits < 2 {
		return false
	}
	if lw == nil {
		lw = lowerWords(text)
	}
	other := 0
	for _, w := range lw {
		if strings.Trim(w, "0123456789") == "" || isMonthOrDay(w) || dateWords[w] {
			continue
		}
		other++
	}
	return other <= 2
}

// dateWords are words that go with dates in bylines and datelines.
var dateWords = map[string]bool{
	"am": true, "pm": true, "updated": true, "published": true, "posted": true, "on": true, "at": true,
	"est": true, "edt": true, "gmt": true, "utc": true, "cet": true, "cest": true, "pst": true, "pdt": true,
	"ist": true, "uhr": true, "um": true, "am.": true, "stand": true, "aktualisiert": true,
	"veröffentlicht": true, "publié": true, "le": true, "mis": true, "à": true, "jour": true, "actualizado": true,
	"el": true, "de": true, "a": true, "las": true, "h": true, "hrs": true, "ago": true, "hours": true,
	"minutes": true, "days": true, "date": true, "datum": true, "fecha": true, "last": true, "modified": true,
}

// isMonthOrDay reports whether w is a month or weekday name or abbreviation.
func isMonthOrDay(w string) bool {
	return dates.Month(w) > 0 || dates.IsWeekday(w)
}
