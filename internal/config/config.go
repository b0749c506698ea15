// Package config reads a site's configuration file, briefs.toml at the site root.
//
// Every setting is optional and a site with no configuration file builds: Load fills in the
// defaults that Default documents.
package config

import "time"

// File is the name of the configuration file at the site root.
const File = "briefs.toml"

// Site is a site's configuration.
type Site struct {
	// Title is the site's name, shown in the header, feeds and the browser tab.
	Title string `toml:"title"`
	// BaseURL is the absolute URL the site is published at, e.g. https://example.org/news/.
	// A path is allowed: every link is made relative to it. Always ends in a slash.
	BaseURL string `toml:"base_url"`
	// Language is the BCP 47 tag of the site, e.g. "en" or "de-CH".
	Language string `toml:"language"`
	// Description is a sentence about the site for the home page meta tags and the feeds.
	Description string `toml:"description"`
	// Bullets is the number of bullets per brief, 3 to 5.
	Bullets int `toml:"bullets"`
	// PageSize is the number of briefs per page of the home page and topic pages.
	PageSize int `toml:"page_size"`
	// FeedLength is the number of entries in each feed.
	FeedLength int `toml:"feed_length"`
	// TimeZone is an IANA zone name such as "Europe/Berlin". Dates without a zone are read in it
	// and every date is shown in it.
	TimeZone string `toml:"time_zone"`
	// Deploy says where "briefs deploy" publishes the site, the [deploy] table.
	Deploy Deploy `toml:"deploy"`
	// Hosting says which files for static hosts the build writes, the [hosting] table.
	Hosting Hosting `toml:"hosting"`

	// Location is TimeZone loaded; never nil after Load.
	Location *time.Location `toml:"-"`
}

// Default returns the configuration of a site without a configuration file.
func Default() Site {
	return Site{
		Title:      "Briefs",
		BaseURL:    "/",
		Language:   "en",
		Bullets:    DefaultBullets,
		PageSize:   20,
		FeedLength: 20,
		TimeZone:   "UTC",
		Location:   time.UTC,
	}
}

// DefaultBullets is the number of bullets per brief when the configuration does not say.
const DefaultBullets = 3
