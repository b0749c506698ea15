package clean

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// outletWords returns the words that name a page's outlet: the words of its site name
// ("Snopes.com", "BBC News") and the label of its host before the public suffix ("snopes"
// of www.snopes.com, "express" of www.express.co.uk), lower-cased, with words that many
// names share ("the", "news", "com") and the stop words of every language left out. A block that names the outlet is often the
// outlet speaking about itself: "Follow Newsbeat on Instagram", "Support Snopes", "More
// Great WIRED Stories".
func outletWords(source, rawURL string) wordSet {
	ws := wordSet{}
	for _, w := range lowerWords(source) {
		if utf8.RuneCountInString(w) >= 3 && !genericOutletWords[w] && stopIndex[w] == 0 {
			ws[w] = true
		}
	}
	if w := hostLabel(rawURL); w != "" && !genericOutletWords[w] {
		ws[w] = true
	}
	if len(ws) == 0 {
		return nil
	}
	return ws
}

// hostLabel returns the label of a URL's host that names the site: the one before the
// public suffix ("com", "co.uk", "com.br"), or "" when the URL has no such host.
func hostLabel(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return ""
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1] // the top-level domain
	if n := len(labels); n >= 2 && secondLevel[labels[n-1]] {
		labels = labels[:n-1]
	}
	return labels[len(labels)-1]
}

// secondLevel are the labels that countries put before their code in the names of
// ordinary sites: co.uk, com.br, org.au.
var secondLevel = wordsSet("co com org net gov edu ac or ne go gob nic")

// genericOutletWords are words that many outlets' names share, so that they do not tell
// the outlet apart from what its stories say.
var genericOutletWords = wordsSet(`the and for www com net org news blog online media daily magazine official site web
	home page group inc ltd llc die der das les des los las del una`)

// namesOutlet reports whether the lower-cased words ws include one of the outlet's.
func namesOutlet(ws []string, outlet wordSet) bool {
	if len(outlet) == 0 {
		return false
	}
	for _, w := range ws {
		if outlet[w] {
			return true
		}
	}
	return false
}
