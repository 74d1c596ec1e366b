package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sniffLen is how much of a file the binary check samples.
const sniffLen = 8 << 10

// checkText reports whether b is usable text: not UTF-16, not binary (no
// NUL byte, not mostly control bytes or invalid UTF-8), valid UTF-8, and
// not blank. The line is set for invalid UTF-8.
func checkText(b []byte) (line int, err error) {
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return 0, fmt.Errorf("%w (UTF-16 byte order mark: convert the file to UTF-8)", ErrInvalidUTF8)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return 0, fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	sample := b
	if len(sample) > sniffLen {
		sample = sample[:sniffLen]
	}
	if bad := nonText(sample); len(sample) > 0 && bad*10 > len(sample) {
		return 0, fmt.Errorf("%w (%d of the first %d bytes are not text)", ErrBinary, bad, len(sample))
	}
	if !utf8.Valid(b) {
		line, col := 1, 1
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				return line, fmt.Errorf("%w (byte %#02x at column %d)", ErrInvalidUTF8, b[i], col)
			}
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i += n
		}
	}
	if len(bytes.TrimSpace(b)) == 0 {
		if len(b) == 0 {
			return 0, fmt.Errorf("%w: file is empty", ErrEmpty)
		}
		return 0, fmt.Errorf("%w: file holds only white space", ErrEmpty)
	}
	return 0, nil
}

// nonText counts the bytes of b that are control characters other than
// white space, or that belong to invalid UTF-8 sequences. A sequence cut
// at the end of b counts as text.
func nonText(b []byte) int {
	bad := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 && !(len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:])) {
			bad++
		}
		i += n
	}
	return bad
}

// normalize cleans text for reading: CRLF and CR become LF, a byte order
// mark and control characters other than tab and newline go, trailing
// white space is trimmed from each line, leading and trailing blank lines
// go, runs of blank lines become one, and the result is NFC. Invalid UTF-8
// becomes U+FFFD, so the result is always valid.
func normalize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00AD' || r == '\u200B' || r == '\uFEFF' || r == '\u2028' || r == '\u2029':
			if r == '\u2028' || r == '\u2029' {
				return '\n'
			}
			return -1
		case unicode.IsControl(r):
			if r == '\v' || r == '\f' || r == '\u0085' {
				return '\n'
			}
			return -1
		}
		return r
	}, s)
	s = norm.NFC.String(s)
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drop leading blank lines
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" || strings.TrimSpace(l) == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// words counts the words of s that hold a letter or digit.
func words(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// endsSentence reports whether s ends like a sentence: a full stop,
// question or exclamation mark, possibly inside closing quotes.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
