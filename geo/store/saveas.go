package store

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo/words"
)

// SaveAs writes a copy of the project to path (compacted, complete before
// it appears there) and carries on with the copy: later edits go to path.
// The original file stays as it was.
func (p *Project) SaveAs(path string) error {
	abs, _ := filepath.Abs(path)
	if old, _ := filepath.Abs(p.path); abs == old {
		return nil // every edit is already saved
	}
	if err := p.copyTo(path); err != nil {
		return err
	}
	db, err := openDB(path)
	if err != nil {
		return fmt.Errorf("store: %s: %w", path, err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.db.Close()
	p.db, p.path = db, path
	return nil
}

// copyTo writes a compacted copy of the project to path, atomically,
// without switching to it.
func (p *Project) copyTo(path string) error {
	return writeAtomically(path, p.copyToFile)
}

// copyToFile writes a compacted copy of the project to a new file.
func (p *Project) copyToFile(path string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := p.db.Exec(`VACUUM INTO ?`, path); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

// SaveCopy writes a compacted copy of the project to path (complete
// before it appears there) and carries on with the project itself, as a
// participant's copy for the trainer is saved. Writing over the project's
// own file is refused.
func (p *Project) SaveCopy(path string) error {
	abs, _ := filepath.Abs(path)
	if old, _ := filepath.Abs(p.Path()); abs == old {
		return words.Errorf("store: %s is the open project itself; choose another file for the copy", path)
	}
	return p.copyTo(path)
}
