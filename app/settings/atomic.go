package settings

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// writeFile writes values to path atomically: a temporary file in the
// same folder, written and synced, is renamed over path, so that path
// always holds either the old settings or the new ones, whole. On
// Windows os.Rename replaces an existing file (MoveFileEx with
// MOVEFILE_REPLACE_EXISTING); a rename refused because another program
// has the file open for a moment is tried again a few times.
func writeFile(path string, values map[string]any) error {
	data, err := json.Marshal(values)
	if err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("settings: cannot make the folder: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".settings-*.tmp")
	if err != nil {
		return fmt.Errorf("settings: cannot write in %s: %w", dir, err)
	}
	if err := fill(tmp, append(data, '\n')); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("settings: cannot write %s: %w", tmp.Name(), err)
	}
	if err := rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("settings: cannot replace %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// fill writes data to f, syncs it to the disk and closes it.
func fill(f *os.File, data []byte) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// rename renames from over to, trying again for about a second while it
// is refused (on Windows, while a reader holds to open).
func rename(from, to string) error {
	var err error
	for wait := 5 * time.Millisecond; wait < time.Second; wait *= 2 {
		if err = os.Rename(from, to); err == nil {
			return nil
		}
		time.Sleep(wait)
	}
	return err
}

// syncDir makes a rename in dir durable where the system allows it (not
// on Windows, where folders cannot be synced; errors are ignored).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
