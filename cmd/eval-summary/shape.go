package main

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefs/briefs/internal/rouge"
	"github.com/briefs/briefs/internal/summarize"
)

// A shape describes the bullets (and the lede, when a system writes one) of a system on a
// corpus: how many, how long, and how often they break the rules of a brief.
type shape struct {
	bullets   float64 // per brief
	few       float64 // share of briefs with fewer than summarize.MinBullets bullets
	words     float64 // per bullet
	p90, most int     // 90th percentile and maximum of words per bullet
	long      float64 // share of bullets over summarize.MaxBulletWords words
	pronoun   float64 // share of bullets that open with a pronoun
	dateline  float64 // share of bullets with a dateline or byline
	quotes    float64 // share of bullets with an unpaired quotation mark
	sentence  float64 // share of bullets that do not start and end like a sentence
	dupes     float64 // share of briefs with two bullets that say the same
	numbers   float64 // share of bullets with a number the article does not spell that way
	lede      float64 // words of the lede; 0 when the system writes none
	ledeLong  float64 // share of ledes over summarize.MaxLedeWords words
	ledeCopy  float64 // share of ledes that repeat a bullet
}

// datelineRE matches the datelines and bylines a bullet must not keep.
var datelineRE = regexp.MustCompile(`^[A-Z][A-Za-z .,'-]{0,40}\((CNN|Reuters|AP|AFP)\)|^\((CNN|Reuters|AP|AFP)\)|^By \.|^By [A-Z][a-z]+ [A-Z][a-z]+ \.|PUBLISHED: |UPDATED: |^[A-Z]{3,}[A-Z ,]* (--|—|-) `)

// numberRE matches a number as written: "1,343", "3.5", "22".
var numberRE = regexp.MustCompile(`\d(?:[\d,.]*\d)?`)

// measure describes the briefs of a system: bullets[i] and lede[i] (nil for none) summarize
// the article texts[i].
func measure(bullets [][]string, ledes []string, texts []string) shape {
	var sh shape
	var words []int
	var count, pron, date, quote, notSent, dupes, nums, ledeWords, ledeLong, ledeCopy, few int
	for i, bs := range bullets {
		if len(bs) < summarize.MinBullets {
			few++
		}
		dup := false
		for j, b := range bs {
			n := len(strings.Fields(b))
			words = append(words, n)
			count++
			if startsWithPronoun(b) {
				pron++
			}
			if datelineRE.MatchString(b) {
				date++
			}
			if strings.Count(b, `"`)%2 != 0 || strings.Count(b, "“") != strings.Count(b, "”") {
				quote++
			}
			if !sentenceLike(b) {
				notSent++
			}
			for _, num := range numberRE.FindAllString(b, -1) {
				if !strings.Contains(texts[i], num) {
					nums++
					break
				}
			}
			if slices.ContainsFunc(bs[:j], func(o string) bool { return same(o, b) }) {
				dup = true
			}
		}
		if dup {
			dupes++
		}
		if ledes != nil {
			l := ledes[i]
			ledeWords += len(strings.Fields(l))
			if len(strings.Fields(l)) > summarize.MaxLedeWords {
				ledeLong++
			}
			if slices.ContainsFunc(bs, func(b string) bool { return same(b, l) }) {
				ledeCopy++
			}
		}
	}
	if count == 0 {
		return sh
	}
	slices.Sort(words)
	total := 0
	for _, w := range words {
		total += w
		if w > summarize.MaxBulletWords {
			sh.long++
		}
	}
	share := func(k, of int) float64 { return float64(k) / float64(of) }
	sh.bullets = share(count, len(bullets))
	sh.few = share(few, len(bullets))
	sh.words = share(total, count)
	sh.p90, sh.most = words[len(words)*9/10], words[len(words)-1]
	sh.long /= float64(count)
	sh.pronoun = share(pron, count)
	sh.dateline = share(date, count)
	sh.quotes = share(quote, count)
	sh.sentence = share(notSent, count)
	sh.dupes = share(dupes, len(bullets))
	sh.numbers = share(nums, count)
	if ledes != nil {
		sh.lede = share(ledeWords, len(bullets))
		sh.ledeLong = share(ledeLong, len(bullets))
		sh.ledeCopy = share(ledeCopy, len(bullets))
	}
	return sh
}

// startsWithPronoun reports whether s opens with a personal pronoun, whose antecedent a
// reader of the brief may not have.
func startsWithPronoun(s string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(s, `"“'`), " ")
	switch w {
	case "He", "She", "They", "It", "His", "Her", "Their", "Its", "Him", "Them":
		return true
	}
	return false
}

// sentenceLike reports whether s starts with a capital, a digit or a quotation mark and ends
// with a full stop, question or exclamation mark (maybe inside closing quotes).
func sentenceLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“'‘(`, r) {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"”'’)`))
	return end == '.' || end == '?' || end == '!' || end == '…'
}

// same reports whether two bullets say the same: four in five of the shorter one's words
// are in the other.
func same(a, b string) bool {
	ta, tb := rouge.Tokens(a), rouge.Tokens(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 0 {
		return false
	}
	shared := 0
	for _, t := range ta {
		if slices.Contains(tb, t) {
			shared++
		}
	}
	return shared*5 >= len(ta)*4
}
