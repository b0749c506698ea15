package extractscore

import "testing"

func TestDeclaredTitle(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"JSON-LD headline first",
			`<html><head><meta property="og:title" content="Sweden drops Assange rape investigation - BBC News">` +
				`<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Sweden drops Assange rape investigation"}</script>` +
				`</head><body><h1>Julian Assange: Sweden drops rape investigation</h1></body></html>`,
			"Sweden drops Assange rape investigation"},
		{"og:title, entities escaped twice",
			`<meta property="og:title" content="Ladensterben immer dramatischer &amp;raquo; Journalistenwatch">`,
			"Ladensterben immer dramatischer » Journalistenwatch"},
		{"headline inside @graph",
			`<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"Article","headline":"Hibernating astronauts would need smaller spacecraft"}]}</script>`,
			"Hibernating astronauts would need smaller spacecraft"},
		{"twitter:title when nothing else", `<meta name="twitter:title" content="Nelson's OT goal lifts Isles">`, "Nelson's OT goal lifts Isles"},
		{"malformed JSON-LD falls back", `<script type="application/ld+json">{"headline": </script><meta property="og:title" content="PG&amp;E begins new mass power shutoff">`,
			"PG&E begins new mass power shutoff"},
		{"none", `<html><head><title>Only a title</title></head></html>`, ""},
	}
	for _, tt := range tests {
		if got := DeclaredTitle([]byte(tt.page)); got != tt.want {
			t.Errorf("%s: DeclaredTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSameTitle(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sweden drops Assange rape investigation - BBC News", "Sweden drops Assange rape investigation", true},
		{"Opinion | Republicans Are Following Trump to Nowhere", "Republicans Are Following Trump to Nowhere", true},
		{"Energy Rising - 33 Tage Yoga Challenge - Mady Morrison - Yoga Lifestyle", "Energy Rising", true},
		{"Schulze: Deutsch\u00adland steht fest", "Schulze: Deutschland steht fest", true}, // a soft hyphen
		{"PG&E begins new mass power shutoff over fire danger", "pg&e begins new mass power shutoff over fire danger!", true},
		{"Sweden drops Assange rape investigation", "Julian Assange: Sweden drops rape investigation", false},
		{"Taylor Swift's AMA row seems to be over", "Taylor Swift is allowed to play her music at the AMAs after all", false},
		// The part cut off may not be the headline itself (more than six words).
		{"Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars", "Star Wars Jedi: Fallen Order review", false},
		{"", "", true},
		{"", "Headline", false},
	}
	for _, tt := range tests {
		if got := SameTitle(tt.a, tt.b); got != tt.want {
			t.Errorf("SameTitle(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameTitle(tt.b, tt.a); got != tt.want {
			t.Errorf("SameTitle(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}
