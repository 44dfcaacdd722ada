package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Where a file cannot go is said before any work, in one line naming the
// path and the reason, and nothing is left behind.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "maps.png"), 0o755)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	cases := []struct{ name, path, want string }{
		{"a folder", filepath.Join(dir, "maps.png"), "maps.png is a folder, not a file: give a file name, e.g. "},
		{"a missing folder", filepath.Join(dir, "nowhere", "map.png"), "the folder " + filepath.Join(dir, "nowhere") + " does not exist"},
		{"a file as folder", filepath.Join(dir, "notes.txt", "map.png"), "notes.txt is a file, not a folder"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			called := false
			err := Check(c.path)
			werr := Write(c.path, func(io.Writer) error { called = true; return nil })
			for _, e := range []error{err, werr} {
				if e == nil || !strings.Contains(e.Error(), c.want) || strings.Contains(e.Error(), "\n") || strings.Contains(e.Error(), ".tmp") {
					t.Errorf("error %v, want one line with %q", e, c.want)
				}
			}
			if called {
				t.Error("Write drew the content before finding it could not be written")
			}
		})
	}
	if err := Check(filepath.Join(dir, "map.png")); err != nil {
		t.Errorf("a writable place refused: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("Check left behind %v", left)
	}
}

// A folder that refuses new files is reported as such, before any work.
// Root may write into a read-only folder, so root tries Linux's /sys,
// which refuses everyone.
func TestCheckReadOnlyFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o555)
	if os.Geteuid() == 0 {
		if fi, err := os.Stat("/sys"); err != nil || !fi.IsDir() {
			t.Skip("root writes into read-only folders, and there is no /sys")
		}
		dir = "/sys"
	}
	called := false
	err := Write(filepath.Join(dir, "map.png"), func(io.Writer) error { called = true; return nil })
	if err == nil || !strings.Contains(err.Error(), "map.png: cannot write in the folder "+dir+": ") || called {
		t.Errorf("error %v (content drawn: %v)", err, called)
	}
	if cerr := Check(filepath.Join(dir, "map.png")); cerr == nil || cerr.Error() != err.Error() {
		t.Errorf("Check says %v", cerr)
	}
}

// A folder made at path while the content was written (another program,
// a second export) fails the rename; the message names path, not the
// temporary file.
func TestWriteRenameRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "map.png")
	err := Write(path, func(io.Writer) error { return os.Mkdir(path, 0o755) })
	if err == nil || !strings.HasPrefix(err.Error(), "atomicfile: "+path+": ") || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v", err)
	}
}
