package clean

import (
	"strings"
)

// junkPhrases are phrases that boilerplate uses and stories seldom do: share and comment
// prompts, subscription and cookie notices, navigation labels, legal lines. Each is one
// signal among many: a story may quote one, so no line is dropped for a phrase alone.
var junkPhrases = strings.Split(strings.Join([]string{
	// English
	"share this|share on|shares|sharing is caring|tweet|pin it|whatsapp|linkedin|facebook|twitter|instagram|pinterest|reddit|email this|print this|copy link",
	"comment|comments|leave a reply|leave a comment|no comment|reply|log in|login|sign in|sign up|register|subscribe|subscription|newsletter|unsubscribe",
	"cookie|cookies|privacy policy|privacy|terms of use|terms of service|terms and conditions|all rights reserved|copyright|disclaimer|legal|accept",
	"advertisement|advertising|sponsored|promoted|partner content|paid content|ad choices",
	"continue reading|supported by|read more|read also|also read|related|related articles|related stories|recommended|most popular|most read|popular posts|trending|you may also like|more from|more stories|see also|next post|previous post|next article|click here|learn more|watch|video|photo|image|credit|getty images|reuters|ap photo|file photo",
	"follow us|contact us|about us|home|menu|search|skip to|back to top|sections|topics|tags|categories|archives|editor's picks|top stories|latest news",
	"min read|minute read|updated|published|posted|last modified|by",
	"warranty|liability|liable|reproduced|reproduction|redistributed|rewritten|without permission|written permission|full story|download the app|our app|sign up for|log in to|create an account",
	// German
	"ohne gewähr|haftung|vervielfältigung|teilen|kommentar|kommentare|anmelden|abonnieren|abonnement|newsletter|datenschutz|impressum|nutzungsbedingungen|alle rechte vorbehalten|werbung|anzeige|mehr zum thema|lesen sie auch|auch interessant|weitere artikel|zum artikel|zur startseite|startseite|suche|foto|bild|quelle|mehr erfahren|jetzt lesen|weiterlesen|das könnte sie auch interessieren|empfehlungen|aktualisiert|veröffentlicht|zurück",
	// French
	"partager|commentaire|commentaires|se connecter|s'abonner|abonnez-vous|lettre d'information|politique de confidentialité|mentions légales|tous droits réservés|publicité|lire aussi|à lire aussi|voir aussi|sur le même sujet|accueil|rechercher|mis à jour|publié le",
	// Spanish and Portuguese
	"compartir|comentarios|comentario|iniciar sesión|suscríbete|suscribirse|política de privacidad|aviso legal|todos los derechos reservados|publicidad|lee también|lea también|te puede interesar|leer más|noticias relacionadas|inicio|buscar|actualizado|compartilhar|comentários|leia também|leia mais|assine|publicidade",
	// Polish, Italian, Dutch
	"udostępnij|komentarze|komentarz|zaloguj|subskrybuj|polityka prywatności|wszelkie prawa zastrzeżone|reklama|czytaj też|czytaj także|zobacz też|zobacz także|czytaj więcej|condividi|commenti|iscriviti|leggi anche|tutti i diritti riservati|delen|reacties|lees ook|lees meer|alle rechten voorbehouden",
}, "|"), "|")

// junkMatcher finds junk phrases in lower-cased text, whole words only.
type junkMatcher struct {
	byFirst map[string][][]string // phrases keyed by their first word
}

// newJunkMatcher indexes junkPhrases.
func newJunkMatcher() junkMatcher {
	m := junkMatcher{byFirst: map[string][][]string{}}
	for _, p := range junkPhrases {
		ws := lowerWords(p)
		if len(ws) == 0 {
			continue
		}
		m.byFirst[ws[0]] = append(m.byFirst[ws[0]], ws)
	}
	return m
}

// count returns how many junk phrases occur in the lower-cased words ws.
func (m junkMatcher) count(ws []string) int {
	n := 0
	for i, w := range ws {
		for _, p := range m.byFirst[w] {
			if len(p) <= len(ws)-i && equalWords(ws[i:i+len(p)], p) {
				n++
				break
			}
		}
	}
	return n
}

// equalWords reports whether a and b hold the same words.
func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
