//go:build unix

package photoimport_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// TestFilesRefusesSpecial: a FIFO named like a photo would block the
// import for ever on open, and /dev/zero behind a photo's name would be
// read until the size limit. Named directly they are refused in one line
// naming them; in a folder (as files or behind symlinks) they are left out.
//
//	dir/pipe.jpg      FIFO
//	dir/link.jpg  ->  pipe.jpg
//	dir/zero.jpg  ->  /dev/zero
func TestFilesRefusesSpecial(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.jpg")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	os.Symlink(pipe, filepath.Join(dir, "link.jpg"))
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.jpg"))
	for _, name := range []string{"pipe.jpg", "link.jpg", "zero.jpg"} {
		p := filepath.Join(dir, name)
		files, err := photoimport.Files([]string{p})
		if err == nil || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: got %v, %v; want one line naming it", name, files, err)
		}
	}
	files, err := photoimport.Files([]string{dir})
	if err != nil || len(files) != 0 {
		t.Errorf("the folder gave %v, %v; want nothing", files, err)
	}
}
