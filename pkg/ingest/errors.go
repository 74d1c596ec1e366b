package ingest

import (
	"errors"
	"fmt"
)

// Errors a caller may branch on. A FileError wraps one of them, or an
// error of the file system, the gzip reader or a parser.
var (
	// ErrBinary reports a file that is not text: it holds NUL bytes or is
	// mostly control characters and invalid UTF-8.
	ErrBinary = errors.New("binary file")
	// ErrInvalidUTF8 reports text that is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrEmpty reports a file, or a record, with no text, or none left once
	// page clutter is removed.
	ErrEmpty = errors.New("no text")
	// ErrTooLarge reports a file over Reader.MaxBytes (after decompression).
	ErrTooLarge = errors.New("file too large")
)

// FileError is a failure to read one file, or one line or record of it.
type FileError struct {
	// Path is the file as named by the caller or found by the walk; "-" is
	// standard input.
	Path string
	// Line is the 1-based line the error is about, 0 when it is about the
	// whole file.
	Line int
	// Err is the reason.
	Err error
}

// Error returns "PATH: reason" or "PATH:LINE: reason".
func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the reason.
func (e *FileError) Unwrap() error { return e.Err }
