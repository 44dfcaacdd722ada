//go:build unix

package sheets

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadPhotoRefusesSpecial: `sheet-read` given a named pipe called
// sheet.jpg waited on its open for ever; it, a device and a folder are
// refused in one line naming them (without the check this test waits on
// the pipe until go test's -timeout ends it).
func TestReadPhotoRefusesSpecial(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "sheet.jpg")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, p := range []string{dir, "/dev/zero", pipe} {
		_, _, err := ReadPhoto(p)
		if err == nil || !strings.HasPrefix(err.Error(), "sheets: "+p+" is ") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: got %v, want one line naming it and what it is", p, err)
		}
	}
}
