package words

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"syscall"
)

// Error is an error a person may meet in the window. Its English text is
// exactly fmt.Errorf(Key, Args...)'s, so the commands print what they
// always printed, and Key is also its translation key: Lang.Explain words
// it in the window's language. Errors among Args are worded the same way
// when they are (or wrap) an Error, else kept as they are.
type Error struct {
	Key  string // the English format, "%s: ..."; a key of the translations
	Args []any  // its arguments; errors among them are wrapped (%w)
	err  error  // fmt.Errorf(Key, Args...)
}

// Errorf is fmt.Errorf whose result can be worded in another language.
// Use a literal format: it is the translation key.
func Errorf(key string, args ...any) error {
	return &Error{Key: key, Args: args, err: fmt.Errorf(key, args...)}
}

// Error is the English text.
func (e *Error) Error() string { return e.err.Error() }

// Unwrap returns the errors wrapped with %w, for errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	switch u := e.err.(type) {
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	case interface{ Unwrap() error }:
		return []error{u.Unwrap()}
	}
	return nil
}

// Worded is an error that can word itself in a language: an *Error, or
// another package's error that names a file and a line around one.
type Worded interface {
	error
	In(l Lang) string
}

// Explain words err in l for a person: the outermost Worded error inside
// err in l's words, its causes worded too. In English it is err's own
// text. An error with nothing Worded inside keeps its text, in brackets
// after a sentence in l.
func (l Lang) Explain(err error) string {
	if l == EN {
		return err.Error()
	}
	var w Worded
	if errors.As(err, &w) {
		return w.In(l)
	}
	return l.T("This did not work") + " (" + cause(err, l) + ")"
}

// Cause words err in l where a sentence around it already says what
// failed ("Sync failed: %s"): like Explain, but an error with nothing
// Worded inside is its own text. In English it is err's own text.
func (l Lang) Cause(err error) string {
	if l == EN {
		return err.Error()
	}
	return cause(err, l)
}

// wrapVerb finds %w and %[n]w, which only Errorf knows.
var wrapVerb = regexp.MustCompile(`(%(?:\[[0-9]+\])?)w`)

// In is e's text in l, its causes worded in l too.
func (e *Error) In(l Lang) string {
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		if err, ok := a.(error); ok {
			a = cause(err, l)
		}
		args[i] = a
	}
	return l.F(e.Key, args...)
}

// osCauses are errors of the operating system a person can act on, with
// their words.
var osCauses = []struct {
	err error
	key string
}{
	{fs.ErrNotExist, "there is no such file or folder"},
	{fs.ErrPermission, "this account may not write or read there"},
	{syscall.ENOSPC, "the disk is full"},
}

// cause words an inner error: an Error in l, a known error of the
// operating system by its words with its own text in brackets, anything
// else as it is.
func cause(err error, l Lang) string {
	var w Worded
	if errors.As(err, &w) {
		return w.In(l)
	}
	for _, c := range osCauses {
		if errors.Is(err, c.err) {
			return l.T(c.key) + " (" + err.Error() + ")"
		}
	}
	return err.Error()
}
