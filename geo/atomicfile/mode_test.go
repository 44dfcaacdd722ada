//go:build unix

package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A written file gets 0666 less the umask, like any program's new file,
// and a replaced file keeps the mode it had.
func TestWriteMode(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	put := func(name string) os.FileMode {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Mode().Perm()
	}
	if m := put("new.csv"); m != 0o640 {
		t.Errorf("a new file has mode %o, want 640 under umask 027", m)
	}
	os.Chmod(filepath.Join(dir, "new.csv"), 0o604)
	if m := put("new.csv"); m != 0o604 {
		t.Errorf("a replaced file has mode %o, want its old 604", m)
	}
}
