// Package atomicfile writes files whole or not at all: the content goes
// into a temporary file beside the destination, is synced, and is renamed
// over it, so a crash, a full disk or a cancelled export never leaves a
// half-written file where a user expects a map or a table.
package atomicfile

import (
	"io"
	"os"
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Write has write fill a new file and puts it at path. When write (or
// anything after) fails, path is untouched and no temporary file is left.
// The file gets the mode a new file gets from the umask (see Temp).
func Write(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := Temp(path)
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return words.Errorf("atomicfile: %s: %w", path, reason(err))
	}
	if err := f.Close(); err != nil {
		return words.Errorf("atomicfile: %s: %w", path, reason(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return words.Errorf("atomicfile: %s: %w", path, reason(err))
	}
	if d, err := os.Open(dir); err == nil { // make the rename durable where directories sync
		d.Sync()
		d.Close()
	}
	return nil
}

// Check says, before any work is done, whether Write could put a file at
// path: nil, or one line naming path and why not (it is a folder, its
// folder is missing, or the folder refuses new files). It leaves nothing
// behind but may remove stale temporary files (see CleanStale).
func Check(path string) error {
	f, err := Temp(path)
	if err != nil {
		return err
	}
	f.Close()
	os.Remove(f.Name())
	return nil
}
