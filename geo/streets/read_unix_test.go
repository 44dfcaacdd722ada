//go:build unix

package streets

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadRefusesSpecial: a named pipe called city.osm.pbf made
// basemap-prepare wait for ever on open; it, a device and a folder are
// refused in one line naming them (without the check, this test waits
// on the pipe until go test's -timeout ends it).
func TestReadRefusesSpecial(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "city.osm.pbf")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, p := range []string{dir, "/dev/zero", pipe} {
		_, err := Read(context.Background(), p, Options{})
		if err == nil || !strings.HasPrefix(err.Error(), "streets: ") || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), "-----") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: got %v, want one line naming it", p, err)
		}
	}
}
