package ingest

import (
	"strings"
)

// listing splits a listing page into its teasers. Each teaser is a title,
// the timestamp and byline below it, and the teaser paragraph below that.
// The footer after the last teaser goes, and so do the labels of the page
// header (site and section names); full sentences of the header are kept
// as the last paragraph of the first teaser, since they may name what the
// page is about. A descriptive photo caption (not a file name) between two
// teasers belongs to the teaser below it, as on the page, and is kept as a
// paragraph after that teaser's text unless DropCaptions is set: captions
// name people, products and plants.
func (r *Reader) listing(lines []tline) []article {
	var heads []int
	for i, l := range lines {
		if isTeaserHead(l) {
			heads = append(heads, i)
		}
	}
	// titles[k] is the text line nearest above heads[k], or -1.
	titles := make([]int, len(heads))
	for k, h := range heads {
		titles[k] = -1
		low := 0
		if k > 0 {
			low = heads[k-1] + 1
		}
		for i := h - 1; i >= low; i-- {
			if lines[i].kind == kText {
				titles[k] = i
				break
			}
		}
	}
	captions := make([][]int, len(heads))
	var intro []int // sentences of the page header, kept with the first teaser
	if len(heads) > 0 && titles[0] >= 0 {
		for i := 0; i < titles[0]; i++ {
			if l := lines[i]; l.kind == kText && !l.credit && endsSentence(l.s) && words(l.s) >= 5 {
				intro = append(intro, i)
			}
		}
		for i := titles[0] - 1; i >= 0; i-- {
			if lines[i].kind == kClutter {
				continue
			}
			if l := lines[i]; l.kind == kText && (l.credit || (words(l.s) >= 3 && !endsSentence(l.s))) {
				captions[0] = []int{i}
			}
			break
		}
	}
	bodies := make([][]int, len(heads))
	for k, h := range heads {
		end := len(lines) // the teaser's text ends at the next title
		if k+1 < len(heads) {
			end = heads[k+1]
			if titles[k+1] >= 0 {
				end = titles[k+1]
			}
		}
		i := h + 1
		for i < end && lines[i].kind != kText {
			i++
		}
		// The first paragraph is the teaser, and so is any paragraph of
		// prose after it.
		for first := true; i < end; first = false {
			para, next := paragraph(lines, i, end)
			if !first && !isProse(lines, para) {
				break
			}
			bodies[k] = append(bodies[k], para...)
			i = next
			for i < end && lines[i].kind != kText && lines[i].kind != kFile {
				i++
			}
			if i < end && lines[i].kind == kFile {
				break
			}
		}
		if k+1 < len(heads) {
			for ; i < end; i++ {
				if lines[i].kind == kText {
					captions[k+1] = append(captions[k+1], i)
				}
			}
		}
	}
	var out []article
	for k, h := range heads {
		var a article
		a.meta.Date, a.meta.Author = lines[h].meta.date, lines[h].meta.author
		var keep []int
		if t := titles[k]; t >= 0 {
			a.meta.Title = lines[t].s
			keep = append(keep, t)
			for i := t + 1; i < h; i++ {
				if lines[i].kind == kText {
					keep = append(keep, i)
				}
			}
		}
		keep = append(keep, bodies[k]...)
		for _, i := range captions[k] {
			if !sameText(lines[i].s, a.meta.Title) && !r.DropCaptions {
				keep = append(keep, i)
			}
		}
		if k == 0 {
			keep = append(keep, intro...)
		}
		a.text = strings.Join(groupBlocks(lines, keep), "\n\n")
		if a.text != "" {
			out = append(out, a)
		}
	}
	return out
}

// paragraph returns the text lines of the paragraph that starts at i,
// stopping at end, and the index after it.
func paragraph(lines []tline, i, end int) (para []int, next int) {
	b := lines[i].block
	for next = i; next < end && lines[next].block == b; next++ {
		if lines[next].kind == kText {
			para = append(para, next)
		}
	}
	return para, next
}

// isProse reports whether a paragraph continues a teaser: a sentence of
// eight words or more, and no caption with a photo credit.
func isProse(lines []tline, para []int) bool {
	var b strings.Builder
	for _, i := range para {
		if lines[i].credit {
			return false
		}
		b.WriteString(lines[i].s)
		b.WriteByte(' ')
	}
	s := strings.TrimSpace(b.String())
	return words(s) >= 8 && endsSentence(s)
}

// groupBlocks joins the lines at idx (in order) into paragraphs: lines of
// one block with a newline, each block its own paragraph.
func groupBlocks(lines []tline, idx []int) []string {
	var out []string
	last := -1
	for _, i := range idx {
		if lines[i].block == last && len(out) > 0 {
			out[len(out)-1] += "\n" + lines[i].s
			continue
		}
		out = append(out, lines[i].s)
		last = lines[i].block
	}
	return out
}
