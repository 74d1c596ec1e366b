// Package ingest reads user inputs into graph.Document values.
//
// A Reader walks files and folders (or reads standard input) and turns each
// file into zero or more documents: plain text (.txt), Markdown (.md), HTML
// (.html, .htm), JSON (.json, an object or an array of objects), JSON Lines
// (.jsonl), RSS and Atom feeds (.xml, .rss, .atom, or any input whose content
// is a feed), and gzip-compressed copies of any of these (.gz, where the
// inner name decides the format).
//
// Whatever the format, the text of every article goes through the same
// cleanup: line endings and blank lines are normalised, page clutter is
// dropped (navigation, cookie banners, share and newsletter lines, image
// file names, photo credits), and the header of the article is read into
// graph.Meta: a date header ("date 2022-11-12"), a dateline ("Dingolfing,
// 21 July 2023 – By Anna Lechner"), a byline ("By Name", "5 March 2024 |
// Name") or a timestamp glued to its byline
// ("2024-02-14T17:31:00+00:00By AMS"). The header lines leave the text; the
// headline stays as its first paragraph, since headlines carry facts.
//
// A listing page made of teasers, each a title, a glued timestamp and byline,
// and a teaser paragraph, is split into one document per teaser.
//
// Bad input never stops a batch: each file's outcome reaches the caller as a
// Result, whose Err wraps a *FileError naming the file and, where it helps,
// the line.
package ingest
