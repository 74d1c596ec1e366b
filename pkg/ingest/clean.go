package ingest

import (
	"regexp"
	"strings"
)

// clutterExact holds whole lines (lower case, without a final colon) that
// are page furniture rather than article text.
var clutterExact = map[string]bool{}

func init() {
	for _, s := range []string{
		"skip to main content", "skip to content", "skip to navigation", "skip navigation",
		"menu", "main menu", "open menu", "close menu", "navigation", "search", "search for", "home",
		"news", "load more", "read more", "show more", "more", "see more", "view more",
		"advertisement", "ad", "ads", "sponsored", "sponsored content", "anzeige",
		"back to top", "top", "print", "print article", "share", "share this", "share this article",
		"share this story", "share this post", "share article", "share on", "share via",
		"listen to this article", "listen", "listen to article", "play", "pause",
		"close", "next", "previous", "next article", "previous article", "next story",
		"newsletter", "subscribe", "subscribe now", "sign in", "sign up", "log in", "login", "logout",
		"register", "accept", "accept all", "reject all", "decline", "manage settings",
		"cookie settings", "cookie policy", "privacy policy", "privacy", "terms", "terms of use",
		"terms and conditions", "imprint", "impressum", "comments", "leave a comment", "add comment",
		"follow us", "contact us", "all rights reserved", "top stories", "trending", "most read",
		"popular", "latest", "latest news", "latest stories", "just in", "breaking",
		"jump to", "table of contents", "contents", "toggle navigation", "copy link", "copied",
		"zoom", "enlarge", "expand", "collapse", "loading", "loading...", "events", "jobs",
	} {
		clutterExact[s] = true
	}
}

var (
	clutterPrefixRE = regexp.MustCompile(`(?i)^(?:(?:gallery|photo gallery|image gallery|tags?|topics?|categories|category|keywords|image credits?|photo credits?|picture credits?|read also|also read|read more|see also|more on this|reading time|estimated reading time|share on|follow us on)\s*:|filed under\b|listen to this article\b|advertisement\b|©|copyright ©|\(c\) \d{4})`)
	readTimeRE      = regexp.MustCompile(`(?i)^\d+\s*(?:-\s*)?(?:min|mins|minutes?)(?:\s+(?:read|reading time|listen))?$`)
	cookieRE        = regexp.MustCompile(`(?i)\b(?:cookies?|consent)\b`)
	cookieCueRE     = regexp.MustCompile(`(?i)\b(?:accept|agree|settings|policy|preferences|website|browse|browsing|manage|privacy|consent|experience|use of)\b`)
	signupRE        = regexp.MustCompile(`(?i)\bnewsletters?\b|^(?:sign[ -]?up|subscribe|register|join)\b|\bsign[ -]?up$|\bsubscribe (?:to|for|now)\b|\bunsubscribe\b`)
	rightsRE        = regexp.MustCompile(`(?i)all rights reserved|^©|^copyright\b`)
	navSepRE        = regexp.MustCompile(`\s+[|·•]\s+|\s*\|\s*`)
	crumbSepRE      = regexp.MustCompile(`\s+[/>»›]\s+`)
	socialRE        = regexp.MustCompile(`(?i)^(?:(?:facebook|twitter|x|linkedin|e-?mail|mail|whatsapp|xing|reddit|pinterest|telegram|print|copy|link|share|instagram|youtube|threads|bluesky|mastodon|flipboard|messenger|sms)[\s|,·•/]*)+$`)
	relatedRE       = regexp.MustCompile(`(?i)^(?:related|related articles?|related stories|related posts|related news|related content|related topics|read more|more stories|more news|more articles|you may also like|you might also like|recommended|recommended for you|recommended stories|read next|up next|more from [\p{L}\p{N} '&.-]{1,40}|further reading|see also|most popular|most read|trending now|in other news|latest articles)\s*:?$`)

	// fileCaptionRE matches image file names used as captions:
	// "IMG_20240101_site_web", "Untitled design (5)",
	// "MicrosoftTeams-image (1)", "plant-site-aerial (3)",
	// "Screenshot 2024-01-02 at 10.11.12", "photo.jpg".
	fileCaptionRE = regexp.MustCompile(`(?i)^(?:` +
		`(?:img|dsc|dscf|dscn|pxl|mvimg|gopr|p)[_-]?\d[\w.-]*` +
		`|(?:untitled design|untitled|microsoftteams-image|whatsapp image|screen ?shot|bildschirmfoto|canva design|image|photo|picture)\b[\w .:()-]*?(?:\(\d+\)|\d)` +
		`|\S+\.(?:jpe?g|png|gif|webp|tiff?|heic|svg|avif)` +
		`|[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)*_[\p{L}\p{N}_-]*` +
		`|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,}(?: \(\d+\))?` +
		`|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+ \(\d+\)` +
		`|[\p{L}-]+(?: [\p{L}-]+){0,2} \(\d+\)` +
		`)$`)

	// creditRE matches a photo credit at the end of a caption:
	// "... the new line. Photo: Acme Corp", "(Image- Acme)", "(Photo: Acme)".
	creditRE = regexp.MustCompile(`(?:^|[.!?]\s+|\s*)(?:\(\s*(?i:photos?|images?|pictures?|fotos?|bild|credits?|source|quelle|pic)\s*(?i:credit)?\s*[:\-–—]\s*[^()]{1,60}\)|(?:^|\s)(?:Photos?|Images?|Pictures?|Fotos?|Bild|Credits?|Source|Quelle|Photo credit|Image credit)\s*[:\-–—]\s*[^.!?()]{1,60})\s*$`)
)

// isClutter reports whether a whole line is page furniture: navigation,
// share and sign-up lines, cookie banners, reading times, copyright
// lines, tags, "Gallery: ..." and "Listen to this article". The heading
// of a block of links to other articles ("Related stories") is furniture,
// but the links are not: their headlines name companies and plants.
func isClutter(s string) bool {
	s = strings.TrimSpace(s)
	l := strings.ToLower(strings.TrimRight(s, ":. "))
	switch {
	case l == "":
		return false
	case clutterExact[l], clutterPrefixRE.MatchString(s), readTimeRE.MatchString(s),
		rightsRE.MatchString(s), socialRE.MatchString(s), relatedRE.MatchString(s):
		return true
	case len(s) < 400 && cookieRE.MatchString(s) && cookieCueRE.MatchString(s):
		return true
	case len(s) < 160 && signupRE.MatchString(s):
		return true
	}
	return isNavigation(s)
}

// isNavigation reports whether s is a menu or a breadcrumb: three or more
// short items separated by bars, or by slashes or arrows.
func isNavigation(s string) bool {
	for _, re := range []*regexp.Regexp{navSepRE, crumbSepRE} {
		parts := re.Split(s, -1)
		if len(parts) < 3 {
			continue
		}
		ok := true
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if words(p) > 4 || strings.HasSuffix(p, ".") || len(p) > 40 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isFileCaption reports whether s is an image file name standing in for a
// caption.
func isFileCaption(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= 80 && fileCaptionRE.MatchString(s)
}

// stripCredit removes a photo credit from the end of a caption line. It
// reports whether it removed one.
func stripCredit(s string) (string, bool) {
	loc := creditRE.FindStringIndex(s)
	if loc == nil {
		return s, false
	}
	head := s[:loc[0]]
	// Keep the sentence's own full stop: the match may start with ". ".
	if m := s[loc[0]:loc[1]]; len(m) > 0 && strings.ContainsAny(m[:1], ".!?") {
		head += m[:1]
	}
	return strings.TrimSpace(head), true
}
