package ingest

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/plantgraph/plantgraph/graph"
)

// dropped are the elements whose content is never article text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Iframe: true, atom.Button: true,
	atom.Select: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Dialog: true, atom.Head: true, atom.Title: true, atom.Audio: true,
	atom.Video: true, atom.Map: true, atom.Math: true,
}

// blocks are the elements that make a paragraph of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Figure: true,
	atom.Figcaption: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Address: true,
	atom.Hr: true, atom.Details: true, atom.Summary: true, atom.Fieldset: true,
	atom.Center: true, atom.Hgroup: true, atom.Body: true, atom.Caption: true,
}

// lineElems are the elements that start a line of their own inside a
// paragraph.
var lineElems = map[atom.Atom]bool{
	atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
}

// junkClassRE matches class and id values of page furniture.
var junkClassRE = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:cookie|consent|newsletter|share|sharing|social|related|advert|ads?|promo|breadcrumbs?|paywall|subscribe|subscription|sidebar|comments?|navigation|navbar|menu|skip-link|sr-only|visually-hidden)(?:$|[\s_-])`)

var looksHTMLRE = regexp.MustCompile(`(?i)</?(?:p|br|div|span|a|em|strong|b|i|ul|ol|li|h[1-6]|img|figure|blockquote|article|section|table)\b[^>]*>`)

// looksHTML reports whether s holds HTML markup.
func looksHTML(s string) bool {
	return looksHTMLRE.MatchString(s)
}

// htmlDocument reads an HTML page: its title (og:title, else the first
// h1, else <title>), date (article:published_time and similar meta, JSON-LD
// datePublished, else the first <time datetime>), author (meta
// name=author, article:author, JSON-LD), URL (canonical link or og:url)
// and site name, and the text of its main content: the one <article>, else
// <main>, else <body>, without navigation, headers, footers, asides,
// forms and scripts, each block element a paragraph.
func htmlDocument(src string) (graph.Meta, string) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil { // html.Parse fails only on reader errors
		return graph.Meta{}, ""
	}
	var m graph.Meta
	var titleTag, h1, timeAttr string
	var articles, mains []*html.Node
	var body *html.Node
	var ld []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if titleTag == "" {
					titleTag = oneLine(nodeText(n))
				}
			case atom.Meta:
				readMeta(n, &m)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.URL == "" {
					m.URL = strings.TrimSpace(attr(n, "href"))
				}
			case atom.H1:
				if h1 == "" {
					h1 = oneLine(nodeText(n))
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = parseDate(attr(n, "datetime"))
				}
			case atom.Article:
				articles = append(articles, n)
			case atom.Main:
				mains = append(mains, n)
			case atom.Body:
				body = n
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					ld = append(ld, nodeText(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, s := range ld {
		readJSONLD(s, &m)
	}
	root := body
	switch {
	case len(articles) == 1:
		root = articles[0]
	case len(mains) >= 1:
		root = mains[0]
	}
	if root == nil {
		root = doc
	}
	if m.Title == "" {
		m.Title = first(h1, siteless(titleTag))
	}
	if m.Date == "" {
		m.Date = timeAttr
	}
	m.Title, m.Author = oneLine(m.Title), oneLine(m.Author)
	return m, renderHTML(root)
}

// readMeta reads one <meta> element into m, keeping what is already set.
func readMeta(n *html.Node, m *graph.Meta) {
	key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		return
	}
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	switch key {
	case "og:title", "twitter:title":
		set(&m.Title, val)
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
		"dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
		"parsely-pub-date", "og:published_time", "publication_date":
		set(&m.Date, parseDate(val))
	case "author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl":
		if !strings.Contains(val, "://") {
			set(&m.Author, strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(val, "By "), "by ")))
		}
	case "og:url":
		set(&m.URL, val)
	case "og:site_name", "application-name":
		set(&m.Source, val)
	}
}

// readJSONLD reads the headline, date and author of an article described
// in JSON-LD, keeping what is already set.
func readJSONLD(s string, m *graph.Meta) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g)
			}
			if _, ok := v["headline"]; !ok {
				return
			}
			if m.Title == "" {
				m.Title = jsonString(v["headline"])
			}
			if m.Date == "" {
				m.Date = parseDate(jsonString(v["datePublished"]))
			}
			if m.Author == "" {
				m.Author = jsonNames(v["author"])
			}
		}
	}
	visit(v)
}

// siteless drops the site name from a <title>: "Headline | Site".
func siteless(t string) string {
	if i := strings.Index(t, " | "); i > 0 {
		return strings.TrimSpace(t[:i])
	}
	for _, sep := range []string{" – ", " — ", " - "} {
		if i := strings.LastIndex(t, sep); i > 0 && words(t[i+len(sep):]) <= 4 {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// htmlText returns the text of an HTML fragment (a feed item's content,
// a JSON body), each block element a paragraph. Text without markup comes
// back with entities decoded.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return s
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return renderHTML(root)
}

// renderHTML returns the text under n, leaving out dropped elements and
// page furniture; block elements become paragraphs separated by a blank
// line, list items and table rows lines of their own.
func renderHTML(n *html.Node) string {
	var b strings.Builder
	pending := 0 // newlines owed before the next text
	brk := func(k int) { pending = max(pending, k) }
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			t := n.Data
			if !pre {
				t = collapseSpace(t)
				if b.Len() == 0 || pending > 0 || strings.HasSuffix(b.String(), " ") {
					t = strings.TrimLeft(t, " ")
				}
			}
			if t == "" {
				return
			}
			if pending > 0 && b.Len() > 0 {
				b.WriteString(strings.Repeat("\n", pending))
			}
			pending = 0
			b.WriteString(t)
			return
		case html.CommentNode, html.DoctypeNode:
			return
		case html.ElementNode:
			if dropped[n.DataAtom] || isJunk(n) {
				return
			}
			switch {
			case n.DataAtom == atom.Br:
				brk(1)
				return
			case blocks[n.DataAtom]:
				brk(2)
				defer brk(2)
			case lineElems[n.DataAtom]:
				brk(1)
				defer brk(1)
			case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
				if b.Len() > 0 && pending == 0 {
					b.WriteString(" ")
				}
			}
			pre = pre || n.DataAtom == atom.Pre
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
	}
	walk(n, false)
	return b.String()
}

// isJunk reports whether an element is page furniture by its role,
// hidden attributes, class or id.
func isJunk(n *html.Node) bool {
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog":
		return true
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		}
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	return junkClassRE.MatchString(attr(n, "class")) || junkClassRE.MatchString(attr(n, "id"))
}

// collapseSpace turns each run of white space into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// nodeText is all the text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
