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
// cleanup: line endings and blank lines are normalised; page clutter is
// dropped (navigation, cookie banners, share and newsletter lines, image
// file names, photo credits), while descriptive captions and the headlines
// of related articles stay, as they name companies and plants; and the
// header of the article is read into graph.Meta: a date header ("date
// 2024-01-02"), a dateline ("Testville, 2 January 2024 – By Ann Reed"), a
// byline ("By Ann Reed", "2 January 2024 | Ann Reed") or a timestamp glued
// to its byline ("2024-01-02T09:30:00+00:00By Ann Reed"). The header lines
// leave the text; the headline stays as its first paragraph, since
// headlines carry facts.
//
// A listing page made of teasers, each a title, a glued timestamp and byline,
// and a teaser paragraph, is split into one document per teaser.
//
// ReadPath reads a path whole; Walk lists its files without reading them,
// for callers that read them in parallel with ReadFile, and Survey counts
// them and their sizes, by metadata alone, for a progress bar.
//
// Bad input never stops a batch: each file's outcome reaches the caller as a
// Result, whose Err wraps a *FileError naming the file and, where it helps,
// the line.
package ingest
