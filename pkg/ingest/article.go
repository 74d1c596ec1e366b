package ingest

import (
	"strings"
	"unicode"

	"github.com/plantgraph/plantgraph/graph"
)

// lineKind is what a line of an article is.
type lineKind int

const (
	kText    lineKind = iota // article text
	kMeta                    // a date header, dateline, byline or timestamp
	kClutter                 // page furniture
	kFile                    // an image file name used as a caption
)

// tline is one non-blank line of a text, classified.
type tline struct {
	s      string
	kind   lineKind
	block  int  // paragraph number: lines of one paragraph share it
	credit bool // a photo credit was removed: the line is a caption
	meta   lineMeta
	drop   bool
}

// article is one document's meta and text, before it becomes a
// graph.Document.
type article struct {
	meta graph.Meta
	text string
}

// headerLines bounds the header of an article: its title, dateline and
// byline are looked for in the first this many lines.
const headerLines = 30

// classify splits normalised text into lines and sorts them into kinds.
func classify(text string) []tline {
	var out []tline
	block := 0
	for _, s := range strings.Split(text, "\n") {
		s = strings.TrimSpace(s)
		if s == "" {
			block++
			continue
		}
		l := tline{s: s, block: block}
		if m, ok := parseMetaLine(s); ok {
			l.kind, l.meta = kMeta, m
		} else if isClutter(s) {
			l.kind = kClutter
		} else if isFileCaption(s) {
			l.kind = kFile
		} else if t, ok := stripCredit(s); ok {
			if t == "" || isFileCaption(t) {
				l.kind = kClutter
			} else {
				l.s, l.credit = t, true
			}
		}
		out = append(out, l)
	}
	return out
}

// analyze reads the articles of a text: one, or one per teaser of a
// listing page. given is what the format said about the article (an HTML
// title, JSON fields); it wins over what the text says.
func (r *Reader) analyze(text string, given graph.Meta) []article {
	lines := classify(normalize(text))
	var arts []article
	if r.isListing(lines) {
		arts = r.listing(lines)
		for i := range arts {
			arts[i].meta.URL = given.URL
			arts[i].meta.Source = given.Source
		}
	} else {
		a := r.single(lines, given.Title)
		merge(&a.meta, given)
		if a.meta.Title != "" && !startsWith(a.text, a.meta.Title) {
			a.text = a.meta.Title + "\n\n" + a.text
		}
		arts = []article{a}
	}
	out := arts[:0]
	for _, a := range arts {
		if a.text = normalize(a.text); a.text != "" {
			out = append(out, a)
		}
	}
	return out
}

// maxTeaserWords bounds the mean length of a teaser: an article with a
// dateline on top and a teaser of another article below is no listing.
const maxTeaserWords = 250

// isListing reports whether lines are a listing page: at least MinTeasers
// teaser headers (a timestamp with its byline, or a dated byline), with
// short teasers between them.
func (r *Reader) isListing(lines []tline) bool {
	heads, between, n := 0, 0, 0
	for _, l := range lines {
		switch {
		case isTeaserHead(l):
			heads++
			between += n
			n = 0
		case l.kind == kText && heads > 0:
			n += words(l.s)
		}
	}
	return heads >= r.listingMin() && between <= maxTeaserWords*(heads-1)
}

// merge sets the fields of m that given has.
func merge(m *graph.Meta, given graph.Meta) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&m.Title, given.Title}, {&m.Date, given.Date}, {&m.Author, given.Author},
		{&m.URL, given.URL}, {&m.Source, given.Source},
	} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
}

func isTeaserHead(l tline) bool {
	return l.kind == kMeta && l.meta.date != "" && (l.meta.stamp || l.meta.author != "")
}

// single reads one article: the header (title, dateline, byline) goes to
// meta, page furniture and the lines before the title go, and the title
// stays as the first paragraph. Datelines and bylines below the header
// (of a teaser for another article) go too, but say nothing of this one.
// A non-empty title is the one the format gave; the text's own title line
// is then the line equal to it, if any.
func (r *Reader) single(lines []tline, title string) article {
	var a article
	// The header ends at the first line of body text.
	body := len(lines)
	for i, l := range lines {
		if i >= headerLines {
			body = i
			break
		}
		if l.kind == kText && isBody(l.s) {
			body = i
			break
		}
	}
	metaAt := -1
	for i := 0; i < body && i < len(lines); i++ {
		l := &lines[i]
		if l.kind != kMeta {
			continue
		}
		if metaAt < 0 {
			metaAt = i
		}
		if a.meta.Date == "" {
			a.meta.Date = l.meta.date
		}
		if a.meta.Author == "" {
			a.meta.Author = l.meta.author
		}
		l.drop = true
	}
	// The title is before the dateline, or else before the body.
	limit := body
	if metaAt >= 0 {
		limit = metaAt
	}
	at := findTitle(lines, limit, title, metaAt >= 0)
	if at >= 0 {
		for i := 0; i < at; i++ {
			lines[i].drop = true
		}
		if title == "" {
			a.meta.Title = lines[at].s
		}
	}
	if a.meta.Date == "" {
		for i := max(at+1, 0); i <= body && i < len(lines); i++ {
			if l := lines[i]; l.kind == kText && !l.drop {
				if d := inlineDate(l.s); d != "" {
					a.meta.Date = d
					break
				}
			}
		}
	}
	a.text = r.render(lines, func(l tline) bool { return l.kind == kText && !l.drop })
	return a
}

// findTitle returns the index of the title line among the lines before
// limit, or -1. With a given title it is the line equal to it. Otherwise,
// when a dateline follows (dated), it is the first headline of four or
// more words, or else the nearest one of three; with no dateline it is the
// first headline, when more text follows. A title is the last text line
// of its paragraph.
func findTitle(lines []tline, limit int, given string, dated bool) int {
	if given != "" {
		for i := 0; i < limit && i < len(lines); i++ {
			if lines[i].kind == kText && sameText(lines[i].s, given) {
				return i
			}
		}
		return -1
	}
	// A title ends its paragraph: the first line of a hard-wrapped
	// paragraph is no title.
	var cands []int
	for i := 0; i < limit && i < len(lines); i++ {
		l := lines[i]
		if l.kind != kText || l.credit {
			continue
		}
		if i+1 < len(lines) && lines[i+1].block == l.block && lines[i+1].kind == kText {
			continue
		}
		cands = append(cands, i)
	}
	if dated {
		for _, i := range cands {
			if isHeadline(lines[i].s, 4) {
				return i
			}
		}
		for j := len(cands) - 1; j >= 0; j-- {
			if isHeadline(lines[cands[j]].s, 3) {
				return cands[j]
			}
		}
		return -1
	}
	for _, i := range cands {
		if !isHeadline(lines[i].s, 3) {
			continue
		}
		for _, l := range lines[i+1:] {
			if l.kind == kText {
				return i
			}
		}
		return -1
	}
	return -1
}

// isBody reports whether s reads like body text rather than a header: a
// long line, or a sentence of twelve words or more.
func isBody(s string) bool {
	return len(s) >= 150 || (words(s) >= 12 && endsSentence(s))
}

// isHeadline reports whether s could be a headline of at least min words:
// short, capitalised, not ending like a sentence or a clause.
func isHeadline(s string, min int) bool {
	n := words(s)
	if n < min || n > 30 || len(s) > 250 {
		return false
	}
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, ":") {
		return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
	}
	r := []rune(s)[0]
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«„¿¡", r)
}

// render joins the kept lines: lines of one paragraph with a newline,
// paragraphs with a blank line. Captions go when DropCaptions is set.
func (r *Reader) render(lines []tline, keep func(tline) bool) string {
	var b strings.Builder
	last := -1
	for _, l := range lines {
		if !keep(l) || (l.credit && r.DropCaptions) {
			continue
		}
		if b.Len() > 0 {
			if l.block != last {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(l.s)
		last = l.block
	}
	return b.String()
}

// sameText reports whether a and b are equal once white space is
// collapsed.
func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// startsWith reports whether the first line of text is title.
func startsWith(text, title string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return sameText(first, title)
}
