package load

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// A file that is not there says so in one line, and callers can still ask
// errors.Is and errors.As about the cause.
func TestErrorUnwraps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.geojson")
	_, err := File(path, Options{})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(%v, fs.ErrNotExist) = false", err)
	}
	var le *Error
	if !errors.As(err, &le) || le.File != path {
		t.Errorf("errors.As gives %+v, want a load.Error naming %s", le, path)
	}
	if msg := err.Error(); strings.Count(msg, path) != 1 || strings.Contains(msg, "\n") {
		t.Errorf("message %q should name the file once, on one line", msg)
	}
}
