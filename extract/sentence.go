package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is a span of the document text with its tokens.
type sentence struct {
	Start, End int
	Toks       []token
	// Heading marks a line without final punctuation that stands alone:
	// a title, a sub-heading or a caption.
	Heading bool
}

// isAbbreviation reports whether a word before a dot usually does not end a sentence.
func isAbbreviation(w string) bool {
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "st", "inc", "co", "corp", "ltd", "no", "vs", "approx", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "jr", "sr", "e.g", "i.e", "u.s", "u.k", "n.v", "s.a", "etc", "gen", "mt", "ft":
		return true
	}
	return false
}

// splitSentences cuts text into sentences: at line breaks, and after a
// full stop, question or exclamation mark (with any closing quote) that
// is followed by a space and a capital letter, digit or opening quote,
// unless the word before the stop is a known abbreviation.
func splitSentences(text string) []sentence {
	var out []sentence
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		out = appendLineSentences(out, text, lineStart, lineEnd)
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	return out
}

func appendLineSentences(out []sentence, text string, start, end int) []sentence {
	toks := tokenize(text[start:end], start)
	if len(toks) == 0 {
		return out
	}
	first := 0
	emit := func(last int, heading bool) {
		out = append(out, sentence{Start: toks[first].Start, End: toks[last].End, Toks: toks[first : last+1 : last+1], Heading: heading})
		first = last + 1
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if t != "." && t != "!" && t != "?" && t != "…" {
			continue
		}
		last := i
		for last+1 < len(toks) && isClosingQuote(toks[last+1].Text) && toks[last+1].Start == toks[last].End {
			last++
		}
		if last+1 >= len(toks) {
			break
		}
		next := toks[last+1]
		if next.Start == toks[last].End {
			continue // no space: "3.5", "ID.3" are single tokens; anything else is glued text
		}
		r, _ := utf8.DecodeRuneInString(next.Text)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpeningQuote(next.Text) {
			continue
		}
		if t == "." && i > first && toks[i-1].End == toks[i].Start && (isAbbreviation(toks[i-1].Text) || isInitials(toks[i-1].Text)) {
			continue
		}
		if t == "." && i > first && toks[i-1].End == toks[i].Start && isLegalFormWord(next.Text) {
			continue // "Varno & C. S.p.A.", "Pvt. Ltd.": one legal form
		}
		emit(last, false)
		i = last
	}
	if first < len(toks) {
		lastText := toks[len(toks)-1].Text
		heading := first == 0 && !strings.ContainsAny(lastText, ".!?\"”’:;")
		emit(len(toks)-1, heading)
	}
	return out
}

func isClosingQuote(s string) bool {
	return s == "\"" || s == "”" || s == "’" || s == "'" || s == ")"
}

func isOpeningQuote(s string) bool {
	return s == "\"" || s == "“" || s == "‘" || s == "'" || s == "("
}

// isInitials reports whether w is one capital letter or capitals joined by
// dots, as in "C.C. Wei" or "John F. Kennedy".
func isInitials(w string) bool {
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}
