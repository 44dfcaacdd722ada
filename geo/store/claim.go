package store

import (
	"fmt"
	"os"

	"github.com/khoroomap/khoroomap/geo/words"
)

// ErrInUse is wrapped by Claim's error when another program, another
// Khoroo Map window, has claimed the project.
var ErrInUse = words.Errorf("the project is open in another Khoroo Map window")

// Claim marks the project as open in this program's window until Close,
// so that a second window (another process, or another Project on the
// same file) is refused with ErrInUse instead of both editing one file
// unaware of each other's changes. The commands (import, export, merge)
// do not claim: SQLite's own locking keeps each of their writes whole.
//
// The claim is a lock of the operating system (flock on Unix, LockFileEx
// on Windows on a byte SQLite never uses), so a window that crashed leaves
// none behind. Claim must be called before the project is used: on Unix a
// refused claim closes a handle to the file, which drops the SQLite locks
// of this process on it, and a project just opened holds none.
func (p *Project) Claim() error {
	f, err := os.OpenFile(p.path, os.O_RDWR, 0)
	if err != nil {
		return words.Errorf("store: %w", err)
	}
	held, err := lockFile(f)
	if err != nil || held {
		f.Close()
	}
	if held {
		return words.Errorf("store: %s: %w; switch to that window, or close the project there and open it here again", p.path, ErrInUse)
	}
	if err != nil {
		return fmt.Errorf("store: %s: claiming the project: %w", p.path, err)
	}
	p.claim = f
	return nil
}
