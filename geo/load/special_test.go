//go:build unix

package load

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe, a device or a folder is refused in one line without
// being opened (opening a pipe would wait for a writer forever).
func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "boundaries.geojson")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, tc := range []struct{ path, want string }{
		{fifo, "is a named pipe (FIFO), not a file"},
		{"/dev/zero", "is a device, not a file"},
		{dir, "is a folder, not a file"},
		{filepath.Join(dir, "missing.kml"), "cannot open: no such file"},
	} {
		_, err := File(tc.path, Options{})
		if err == nil || !strings.HasPrefix(err.Error(), tc.path+": "+tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want %q", tc.path, err, tc.want)
		}
		if f := Detect(tc.path); f != "" {
			t.Errorf("%s detected as %s", tc.path, f)
		}
	}
}
