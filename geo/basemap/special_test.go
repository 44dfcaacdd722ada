//go:build unix

package basemap

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe or a device given as a basemap is refused without being
// opened.
func TestSpecialFilesRefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "imagery.mbtiles")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, tc := range []struct{ path, want string }{
		{fifo, "is a named pipe (FIFO), not a file"},
		{"/dev/zero", "is a device, not a file"},
	} {
		_, err := Open(tc.path, OnlineOptions{})
		if err == nil || !strings.HasPrefix(err.Error(), "basemap: "+tc.path+": "+tc.want) {
			t.Errorf("%s: %v, want %q", tc.path, err, tc.want)
		}
	}
}
