package load

import (
	"errors"
	"fmt"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Error is a problem with a file, worded for the person who chose it: it
// names the file and, where it applies, the feature (counting from 1 in
// file order) and the line and column.
type Error struct {
	File      string
	Feature   int // 0 when the problem is not in one feature
	Line, Col int // 0 when unknown
	Msg       string
	// Err is the cause underneath, when there is one (a missing file, a
	// read error); errors.Is and errors.As reach it through Unwrap.
	Err error
	// why is Msg as a words error, when the problem has words in the
	// translations (In uses them).
	why error
}

// Unwrap returns the cause underneath, or nil.
func (e *Error) Unwrap() error { return e.Err }

// Error gives the problem as one line: "FILE: feature N: line L, column C:
// what is wrong", leaving out the parts that do not apply.
func (e *Error) Error() string {
	where := e.File
	if e.Feature > 0 {
		where += fmt.Sprintf(": feature %d", e.Feature)
	}
	if e.Line > 0 {
		where += fmt.Sprintf(": line %d", e.Line)
		if e.Col > 0 {
			where += fmt.Sprintf(", column %d", e.Col)
		}
	}
	return where + ": " + e.Msg
}

// In words the problem in l as Error does in English; a problem with no
// words in the translations keeps its English text.
func (e *Error) In(l words.Lang) string {
	where := e.File
	if e.Feature > 0 {
		where += ": " + l.F("feature %d", e.Feature)
	}
	if e.Line > 0 {
		where += ": " + l.F("line %d", e.Line)
		if e.Col > 0 {
			where += ", " + l.F("column %d", e.Col)
		}
	}
	if e.why == nil {
		return where + ": " + e.Msg
	}
	return where + ": " + l.Explain(e.why)
}

// worded makes an Error whose problem is worded by key (a literal
// format of the translations) and args.
func worded(e Error, key string, args ...any) error {
	e.why = words.Errorf(key, args...)
	e.Msg = e.why.Error()
	return &e
}

// because makes an Error whose problem is err, worded in the window's
// language when err is a words error.
func because(e Error, err error) error {
	e.Msg = err.Error()
	var w words.Worded
	if errors.As(err, &w) {
		e.why = err
	}
	return &e
}

// errorf makes an Error about the whole file; format is a key of the
// translations.
func errorf(file, format string, args ...any) error {
	return worded(Error{File: file}, format, args...)
}

// phrase is a part of an error's text that the translations word: what a
// reader expected, "a JSON value". Put in an error with %s, it reads as
// itself in English.
type phrase string

func (p phrase) Error() string { return string(p) }

// In is the phrase in l.
func (p phrase) In(l words.Lang) string { return l.T(string(p)) }
