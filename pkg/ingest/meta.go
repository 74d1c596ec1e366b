package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// months maps month names and abbreviations, English and German, to their
// number.
var months = map[string]int{
	"january": 1, "jan": 1, "januar": 1, "jänner": 1,
	"february": 2, "feb": 2, "februar": 2,
	"march": 3, "mar": 3, "märz": 3, "maerz": 3,
	"april": 4, "apr": 4,
	"may": 5, "mai": 5,
	"june": 6, "jun": 6, "juni": 6,
	"july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12, "dezember": 12, "dez": 12,
}

const monthRE = `(?i:january|february|march|april|may|june|july|august|september|october|november|december|januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec|dez)`

var (
	// dateRE finds a full date: ISO, "21 July 2023", "21. Juli 2023",
	// "July 21, 2023", "Nov. 12, 2025" or "21.07.2023".
	dateRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b` +
		`|\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(` + monthRE + `)\.?,?\s+(\d{4})\b` +
		`|\b(` + monthRE + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b` +
		`|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	// monthYearRE finds a month without a day: "June 2023".
	monthYearRE = regexp.MustCompile(`\b(` + monthRE + `)\.?\s+(\d{4})\b`)
	// dateHeaderRE is a date header line: "date 2024-01-02 ...".
	dateHeaderRE = regexp.MustCompile(`(?i)^(?:date|published|posted|updated)\s*:?\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$`)
	// stampRE is a timestamp, possibly glued to its byline:
	// "2024-01-02T09:30:00+00:00By Ann Reed".
	stampRE = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*(?:(?i:by)\s+(.+))?$`)
	// partSepRE splits a byline into its parts.
	partSepRE = regexp.MustCompile(`\s*[|·•]\s*|\s+[-–—]+\s+`)
	// byRE is a "By Name" part.
	byRE = regexp.MustCompile(`^(?i:by|von|words by|text by|written by|reporting by)\s+(.+)$`)
	// kickerRE is a label before or in a byline that names no one.
	kickerRE = regexp.MustCompile(`^(?i:interview|feature|analysis|opinion|comment|news|update|press release|news release|press|brief|exclusive)$`)
	// roleRE is a labelled author part: "Interview: Ann Reed".
	roleRE = regexp.MustCompile(`^(?i:interview|words|text|report|reporting|author|photos and text)\s*:\s*(.+)$`)
	// publishedRE is a label before a date.
	publishedRE = regexp.MustCompile(`^(?i:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s+`)
	// placeRE is the place of a dateline, before its date.
	placeRE = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}.'’/ ,()-]*$`)
)

// datePart is a date found in a string: its YYYY-MM-DD form ("" for a
// month without a day) and where it is.
type datePart struct {
	date       string
	start, end int
}

// findDate returns the first full date in s, or else the first month and
// year; ok is false when s has neither.
func findDate(s string) (d datePart, ok bool) {
	for _, m := range dateRE.FindAllStringSubmatchIndex(s, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		var y, mo, day int
		switch {
		case g(1) != "":
			y, mo, day = atoi(g(1)), atoi(g(2)), atoi(g(3))
		case g(4) != "":
			y, mo, day = atoi(g(6)), months[strings.ToLower(g(5))], atoi(g(4))
		case g(7) != "":
			y, mo, day = atoi(g(9)), months[strings.ToLower(g(7))], atoi(g(8))
		default:
			y, mo, day = atoi(g(12)), atoi(g(11)), atoi(g(10))
		}
		if iso, ok := isoDate(y, mo, day); ok {
			return datePart{date: iso, start: m[0], end: m[1]}, true
		}
	}
	if m := monthYearRE.FindStringSubmatchIndex(s); m != nil {
		if _, ok := months[strings.ToLower(s[m[2]:m[3]])]; ok {
			return datePart{start: m[0], end: m[1]}, true
		}
	}
	return datePart{}, false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// isoDate returns y-mo-day as YYYY-MM-DD when it is a real date of a
// plausible year.
func isoDate(y, mo, day int) (string, bool) {
	if y < 1800 || y > 2200 || mo < 1 || mo > 12 || day < 1 {
		return "", false
	}
	t := time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// timeLayouts are the machine date formats of HTML, JSON and feeds.
var timeLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "20060102",
}

// parseDate returns s, a date in any common machine or written form, as
// YYYY-MM-DD in the time zone it is written in, or "" when s holds no full
// date.
func parseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if iso, ok := isoDate(t.Year(), int(t.Month()), t.Day()); ok {
				return iso
			}
		}
	}
	if d, ok := findDate(s); ok {
		return d.date
	}
	return ""
}

// lineMeta is what a header line says: a date, an author, and whether the
// line is a timestamp with a byline glued to it.
type lineMeta struct {
	date   string
	author string
	stamp  bool // an ISO timestamp line, the teaser header of a listing page
	rest   string
}

// parseMetaLine reads a header line: a date header, a timestamp with its
// byline, a dateline, or a byline. ok is false when s is anything else.
func parseMetaLine(s string) (m lineMeta, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 160 {
		return m, false
	}
	if g := dateHeaderRE.FindStringSubmatch(s); g != nil {
		iso := parseDate(g[1])
		rest := strings.TrimSpace(g[2])
		if iso == "" || (rest != "" && !isClutter(rest)) {
			return m, false
		}
		return lineMeta{date: iso, rest: rest}, true
	}
	if g := stampRE.FindStringSubmatch(s); g != nil {
		iso := parseDate(g[1])
		if iso == "" {
			return m, false
		}
		m = lineMeta{date: iso, stamp: len(s) > len(g[1])}
		if g[2] != "" {
			a, ok := authorName(g[2])
			if !ok {
				return lineMeta{}, false
			}
			m.author = a
		}
		return m, true
	}
	var names []string
	hasDate, hasBy := false, false
	for _, p := range partSepRE.Split(s, -1) {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
			continue
		case kickerRE.MatchString(p):
			continue
		}
		if g := byRE.FindStringSubmatch(p); g != nil {
			a, ok := authorName(g[1])
			if !ok || hasBy {
				return lineMeta{}, false
			}
			m.author, hasBy = a, true
			continue
		}
		if g := roleRE.FindStringSubmatch(p); g != nil {
			a, ok := authorName(g[1])
			if !ok || hasBy {
				return lineMeta{}, false
			}
			m.author, hasBy = a, true
			continue
		}
		if d, ok := datelinePart(p); ok {
			if hasDate {
				return lineMeta{}, false
			}
			hasDate, m.date = true, d
			continue
		}
		if a, ok := authorName(p); ok {
			names = append(names, a)
			continue
		}
		return lineMeta{}, false
	}
	if !hasDate && !hasBy {
		return lineMeta{}, false
	}
	if len(names) > 1 || (len(names) == 1 && (hasBy || !hasDate)) {
		return lineMeta{}, false
	}
	if len(names) == 1 {
		m.author = names[0]
	}
	return m, true
}

// datelinePart reads "[Place,] date", where the date may be in brackets
// or follow a label such as "Published". The date is "" for a month
// without a day.
func datelinePart(p string) (string, bool) {
	p = publishedRE.ReplaceAllString(p, "")
	d, ok := findDate(p)
	if !ok {
		return "", false
	}
	if strings.Trim(p[d.end:], " .,)]") != "" {
		return "", false
	}
	if place := strings.Trim(p[:d.start], " ,([-–"); place != "" && !isPlace(place) {
		return "", false
	}
	return d.date, true
}

// isPlace reports whether s looks like the place of a dateline:
// capitalised words, commas, slashes and abbreviations, no longer than a
// few words.
func isPlace(s string) bool {
	if len(s) > 60 || !placeRE.MatchString(s) {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !connector[w] && r != '(' {
			return false
		}
	}
	return words(s) <= 6
}

// connector holds the lower-case words that may stand inside a name of a
// person or place.
var connector = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "den": true,
	"van": true, "von": true, "zu": true, "la": true, "le": true, "du": true, "am": true,
	"an": true, "im": true, "on": true, "upon": true, "sur": true, "of": true, "and": true,
	"y": true, "e": true, "bin": true, "al": true, "report": true, "writer": true,
	"reporter": true, "correspondent": true, "editor": true, "staff": true,
}

// authorName checks and trims the name of a byline. It allows a few
// capitalised words (with particles such as "von"), initials, several
// names joined by "and" or "&", and labels such as "Staff report". What
// follows a comma (a role or an agency) is dropped.
func authorName(s string) (string, bool) {
	s, _, _ = strings.Cut(s, ",") // "Jane Doe, Reuters"
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ";"))
	if s == "" || len(s) > 80 || strings.ContainsAny(s, "0123456789@:;!?()[]{}<>/\\|\"“”") {
		return "", false
	}
	n := 0
	for _, w := range strings.Fields(s) {
		if w == "&" || w == "and" {
			continue
		}
		n++
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !connector[strings.ToLower(w)] {
			return "", false
		}
	}
	if n == 0 || n > 8 {
		return "", false
	}
	return s, true
}

// inlineDate reads the dateline at the start of a paragraph: "Testville,
// 2 May 2024. Acme ...", "TESTVILLE, N.C. (May 2, 2024) - Acme ...".
func inlineDate(s string) string {
	head := s
	if len(head) > 100 {
		head = head[:100]
	}
	d, ok := findDate(head)
	if !ok || d.date == "" {
		return ""
	}
	if place := strings.Trim(s[:d.start], " ,(["); place != "" && !isPlace(place) {
		return ""
	}
	rest := strings.TrimLeft(s[d.end:], ")] ")
	for _, sep := range []string{"-", "–", "—", ".", ":", "/"} {
		if strings.HasPrefix(rest, sep) {
			return d.date
		}
	}
	return ""
}

// String is for debugging.
func (m lineMeta) String() string {
	return fmt.Sprintf("{date:%q author:%q stamp:%v}", m.date, m.author, m.stamp)
}
