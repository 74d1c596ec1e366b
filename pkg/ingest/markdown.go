package ingest

import (
	"regexp"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

var (
	mdHeadingRE  = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdSetextRE   = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdRuleRE     = regexp.MustCompile(`^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	mdFenceRE    = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	mdQuoteRE    = regexp.MustCompile(`^\s{0,3}(?:>\s?)+`)
	mdBulletRE   = regexp.MustCompile(`^(\s*)[*+]\s+`)
	mdRefDefRE   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	mdImageRE    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLinkRE     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLinkRE  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdAutoLinkRE = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdCodeRE     = regexp.MustCompile("`+([^`]+)`+")
	mdStrongRE   = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
	mdEmRE       = regexp.MustCompile(`(^|[^\w*])\*([^*\s](?:[^*]*[^*\s])?)\*|(^|[^\w_])_([^_\s](?:[^_]*[^_\s])?)_`)
	mdStrikeRE   = regexp.MustCompile(`~~([^~]+)~~`)
	mdEscapeRE   = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|~])`)
	mdFrontKeyRE = regexp.MustCompile(`^(\w+)\s*:\s*(.*)$`)
)

// markdownText turns Markdown into plain text, minimally: heading marks,
// emphasis, code marks, blockquote marks and link syntax go (a link
// becomes its text, an image its alt text), rules and reference
// definitions go. The title is the front matter's title or else the first
// heading; date, author, url and source come from front matter.
func markdownText(src string) (graph.Meta, string) {
	var m graph.Meta
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	lines = frontMatter(lines, &m)
	out := make([]string, 0, len(lines))
	fence := ""
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if f := mdFenceRE.FindStringSubmatch(l); f != nil {
			switch {
			case fence == "":
				fence = f[1]
			case fence == f[1]:
				fence = ""
			default:
				out = append(out, l)
			}
			continue
		}
		if fence != "" {
			out = append(out, l)
			continue
		}
		if g := mdHeadingRE.FindStringSubmatch(l); g != nil {
			h := mdInline(g[2])
			if m.Title == "" {
				m.Title = oneLine(h)
			}
			out = append(out, "", h, "")
			continue
		}
		// A setext heading: a line underlined with = or -.
		if i+1 < len(lines) && strings.TrimSpace(l) != "" && mdSetextRE.MatchString(lines[i+1]) && !mdRuleRE.MatchString(l) {
			h := mdInline(strings.TrimSpace(l))
			if m.Title == "" {
				m.Title = oneLine(h)
			}
			out = append(out, "", h, "")
			i++
			continue
		}
		if mdRuleRE.MatchString(l) || mdRefDefRE.MatchString(l) {
			out = append(out, "")
			continue
		}
		l = mdQuoteRE.ReplaceAllString(l, "")
		l = mdBulletRE.ReplaceAllString(l, "$1- ")
		out = append(out, mdInline(l))
	}
	return m, strings.Join(out, "\n")
}

// mdInline removes inline Markdown from one line.
func mdInline(s string) string {
	s = mdImageRE.ReplaceAllString(s, "$1")
	s = mdLinkRE.ReplaceAllString(s, "$1")
	s = mdRefLinkRE.ReplaceAllString(s, "$1")
	s = mdAutoLinkRE.ReplaceAllString(s, "$1")
	s = mdCodeRE.ReplaceAllString(s, "$1")
	s = mdStrongRE.ReplaceAllString(s, "$1$2")
	s = mdEmRE.ReplaceAllString(s, "$1$2$3$4")
	s = mdStrikeRE.ReplaceAllString(s, "$1")
	s = mdEscapeRE.ReplaceAllString(s, "$1")
	return strings.TrimRight(s, " ")
}

// frontMatter reads a leading YAML front matter block ("---" lines) of
// simple "key: value" pairs into m and returns the lines after it.
func frontMatter(lines []string, out *graph.Meta) []string {
	if len(lines) == 0 || strings.TrimSpace(strings.TrimPrefix(lines[0], "\uFEFF")) != "---" {
		return lines
	}
	var m graph.Meta
	for i := 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "---" || l == "..." {
			*out = m
			return lines[i+1:]
		}
		g := mdFrontKeyRE.FindStringSubmatch(l)
		if g == nil {
			continue
		}
		v := strings.Trim(strings.TrimSpace(g[2]), `"'`)
		switch strings.ToLower(g[1]) {
		case "title":
			m.Title = oneLine(v)
		case "date", "published":
			m.Date = parseDate(v)
		case "author", "byline":
			m.Author = oneLine(v)
		case "url", "link":
			m.URL = v
		case "source", "publication":
			m.Source = oneLine(v)
		}
	}
	return lines // no closing line: not front matter
}
