package dates

import (
	"strings"
	"time"
	"unicode/utf8"
)

// monthNames lists month names and abbreviations in the languages news sites write, each
// line a month in order: English, German, French, Spanish, Portuguese, Italian, Dutch,
// Polish (nominative and genitive), Swedish, Danish and Norwegian, Finnish. Lookups are
// case-insensitive and ignore a trailing period.
var monthNames = [12]string{
	"january jan januar jänner jän janvier janv enero ene janeiro gennaio gen januari januar styczeń stycznia sty tammikuu tammikuuta",
	"february feb februar feber février févr fevr febrero febr fevereiro fev febbraio februari lut luty lutego helmikuu helmikuuta",
	"march mar märz mrz mars marzo março maart mrt marzec marca maaliskuu maaliskuuta",
	"april apr avril abril abr aprile kwiecień kwietnia kwi huhtikuu huhtikuuta",
	"may mai mayo maio maggio mag mei maj maja toukokuu toukokuuta",
	"june jun juni juin junio jun junho giugno giu czerwiec czerwca cze kesäkuu kesäkuuta",
	"july jul juli juillet juil julio julho luglio lug lipiec lipca lip heinäkuu heinäkuuta",
	"august aug august août agosto ago augustus sierpień sierpnia sie elokuu elokuuta",
	"september sep sept septembre septiembre setiembre set setembro settembre wrzesień września wrz syyskuu syyskuuta",
	"october oct oktober okt octobre octubre outubro out ottobre ott październik października paź lokakuu lokakuuta",
	"november nov novembre noviembre novembro novembre listopad listopada lis marraskuu marraskuuta",
	"december dec dezember dez décembre déc diciembre dic dezembro dicembre grudzień grudnia gru joulukuu joulukuuta desember",
}

// weekdayNames lists weekday names and abbreviations in the same languages.
const weekdayNames = `monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun
	montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa sonntag so
	lundi mardi mercredi jeudi vendredi samedi dimanche
	lunes martes miércoles miercoles jueves viernes sábado sabado domingo
	segunda terça terca quarta quinta sexta
	lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	poniedziałek wtorek środa czwartek piątek sobota niedziela
	måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag`

// monthByName and weekdayByName index the tables above; they are never modified.
var (
	monthByName   = indexMonths()
	weekdayByName = indexWords(weekdayNames)
)

func indexMonths() map[string]time.Month {
	m := map[string]time.Month{}
	for i, names := range monthNames {
		for _, n := range strings.Fields(names) {
			if _, dup := m[n]; !dup {
				m[n] = time.Month(i + 1)
			}
		}
	}
	return m
}

func indexWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(s) {
		m[n] = true
	}
	return m
}

// Month returns the month that word names, in any of the languages listed above, or 0 when
// word is not a month name. Case and a trailing period do not matter.
func Month(word string) time.Month {
	var buf [24]byte
	return monthByName[string(lower(buf[:0], strings.TrimSuffix(word, ".")))]
}

// IsWeekday reports whether word is a weekday name or abbreviation in one of the languages
// listed above. Case, a trailing period and a trailing comma do not matter.
func IsWeekday(word string) bool {
	var buf [24]byte
	return weekdayByName[string(lower(buf[:0], strings.TrimRight(word, ".,")))]
}

// lower appends w in lower case, as strings.ToLower writes it, to dst: a look-up key that
// needs no allocation when dst has room.
func lower(dst []byte, w string) []byte {
	n := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(dst[:n], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
