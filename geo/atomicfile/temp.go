package atomicfile

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Temp creates the temporary file that will become path: a hidden name
// beside it, ".NAME.DIGITS.tmp", so the rename stays on one disk. The file
// gets the mode any program's new file gets (0666 less the umask, usually
// 0644), or the mode of the file it will replace; os.CreateTemp would give
// 0600. Stale temporary files that a killed write left in the folder are
// removed first (see CleanStale). Errors name path and say in one line why
// it cannot be written: it is a folder, its folder is missing, or the
// folder refuses new files.
func Temp(path string) (*os.File, error) {
	dir, err := folder(path)
	if err != nil {
		return nil, err
	}
	CleanStale(dir)
	perm, keep := fs.FileMode(0o666), false
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		perm, keep = fi.Mode().Perm(), true
	}
	for range 100 {
		name := filepath.Join(dir, "."+filepath.Base(path)+"."+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, words.Errorf("atomicfile: %s: cannot write in the folder %s: %w", path, dir, reason(err))
		}
		if keep {
			f.Chmod(perm) // the umask may have narrowed it
		}
		return f, nil
	}
	return nil, words.Errorf("atomicfile: %s: cannot find a free temporary name in %s", path, dir)
}

// folder checks that path can be a file in an existing folder, and
// returns that folder.
func folder(path string) (string, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		if ext := filepath.Ext(path); ext != "" {
			return "", words.Errorf("atomicfile: %s is a folder, not a file: give a file name, e.g. %s", path, filepath.Join(path, "map"+ext))
		}
		return "", words.Errorf("atomicfile: %s is a folder, not a file: give a file name in it", path)
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", words.Errorf("atomicfile: %s: the folder %s does not exist", path, dir)
	case err != nil:
		return "", words.Errorf("atomicfile: %s: cannot reach the folder %s: %w", path, dir, reason(err))
	case !fi.IsDir():
		return "", words.Errorf("atomicfile: %s: %s is a file, not a folder", path, dir)
	}
	return dir, nil
}

// reason is the cause of a file error without the path os repeats in it
// (a temporary name that means nothing to a user).
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError // a rename's
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
