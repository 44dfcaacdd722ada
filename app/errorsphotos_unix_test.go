//go:build unix

package app

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// A named pipe picked among a phone's photos is refused in Mongolian,
// naming what it is.
func TestNamedPipePhotoWordedInMongolian(t *testing.T) {
	path := filepath.Join(t.TempDir(), "зураг.jpg")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	_, err := photoimport.Files([]string{path})
	checkWorded(t, err, "")
}
