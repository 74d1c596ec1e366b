package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
)

// feedItems reads an RSS, Atom or JSON feed: each item is an article, its
// text the item's content or else its description, HTML stripped. An item
// with neither text nor title is skipped.
func feedItems(data []byte, path string) (items []item, records int, errs []error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, 0, []error{&FileError{Path: path, Err: fmt.Errorf("not an RSS or Atom feed: %w", err)}}
	}
	source := oneLine(feed.Title)
	for _, fi := range feed.Items {
		if fi == nil {
			continue
		}
		records++
		it := item{ord: records}
		it.meta.Title = oneLine(htmlText(fi.Title))
		it.meta.URL = strings.TrimSpace(fi.Link)
		it.meta.Source = source
		it.meta.Author = oneLine(feedAuthors(fi))
		it.meta.Date = parseDate(fi.Published)
		if it.meta.Date == "" && fi.PublishedParsed != nil {
			it.meta.Date = fi.PublishedParsed.Format("2006-01-02")
		}
		if it.meta.Date == "" {
			it.meta.Date = parseDate(fi.Updated)
		}
		if it.meta.Date == "" && fi.UpdatedParsed != nil {
			it.meta.Date = fi.UpdatedParsed.Format("2006-01-02")
		}
		it.text = htmlText(first(fi.Content, fi.Description))
		if strings.TrimSpace(it.text) == "" {
			it.text = it.meta.Title
		}
		if strings.TrimSpace(it.text) == "" {
			continue
		}
		items = append(items, it)
	}
	return items, records, nil
}

// feedAuthors is the names of an item's authors, or of its Dublin Core
// creators, joined by ", ".
func feedAuthors(fi *gofeed.Item) string {
	var names []string
	for _, p := range fi.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && fi.Author != nil && fi.Author.Name != "" {
		names = append(names, fi.Author.Name)
	}
	if len(names) == 0 && fi.DublinCoreExt != nil {
		names = append(names, dcCreators(fi.DublinCoreExt)...)
	}
	return strings.Join(names, ", ")
}

func dcCreators(dc *ext.DublinCoreExtension) []string {
	var out []string
	for _, c := range dc.Creator {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
