package load

import (
	"fmt"
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

// errorf makes an Error about the whole file.
func errorf(file, format string, args ...any) error {
	return &Error{File: file, Msg: fmt.Sprintf(format, args...)}
}
