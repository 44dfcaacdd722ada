package settings

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// maxSize bounds the file read: settings are a few kilobytes; a larger
// file is not ours.
const maxSize = 1 << 20

// Open reads the settings kept in dir/settings.json. On the first start,
// when there is none, it takes the values of Fyne's dir/preferences.json
// (a leader who chose Монгол before keeps it) and writes them to
// settings.json at once; preferences.json is never written. The store is
// always usable: when a file cannot be used, the error says why in one
// line and the store starts from the defaults (the file is replaced at
// the next change).
func Open(dir string) (*Store, error) { return openFrom(dir, filepath.Join(dir, Legacy)) }

// OpenIn reads the settings kept in root/settings/settings.json, root
// being the app's storage folder. Fyne watches that folder itself and, at
// any change in it (a settings.json written beside its preferences.json),
// reloads its preferences and rewrites preferences.json in place, on its
// watcher's goroutine once the app is stopping: a process ending then left
// a truncated preferences.json ("Preferences load error: EOF" at the next
// start). A subfolder is not watched. On the first start it carries over
// root/settings.json (kept there before) or else Fyne's preferences.json.
func OpenIn(root string) (*Store, error) {
	dir := filepath.Join(root, Folder)
	legacy := filepath.Join(root, Legacy)
	if _, err := os.Stat(filepath.Join(dir, File)); errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Stat(filepath.Join(root, File)); err == nil {
			legacy = filepath.Join(root, File)
		}
	}
	// made now, at the start, not at a first change that may come at quit
	os.MkdirAll(dir, 0o700)
	return openFrom(dir, legacy)
}

// openFrom reads dir/settings.json, or carries legacy over when there is
// none.
func openFrom(dir, legacy string) (*Store, error) {
	s := &Store{path: filepath.Join(dir, File), values: map[string]any{}}
	values, left, err := readFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, s.migrate(legacy)
	}
	if err != nil {
		return s, fmt.Errorf("%w; starting from the default settings", err)
	}
	s.values = values
	return s, leftOut(s.path, left)
}

// migrate carries Fyne's preferences over, when there are any.
func (s *Store) migrate(legacy string) error {
	values, left, err := readFile(legacy)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w; the old settings were not carried over", err)
	}
	s.values = values
	if err := writeFile(s.path, values); err != nil {
		return fmt.Errorf("%w; the old settings are used but not kept", err)
	}
	return leftOut(legacy, left)
}

// readFile reads a settings file: a JSON object. Values of a kind a
// setting never has (objects, null, mixed lists) are left out, and their
// keys returned.
func readFile(path string) (map[string]any, []string, error) {
	f, err := open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("settings: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("settings: %s: %w", path, err)
	}
	if len(data) > maxSize {
		return nil, nil, fmt.Errorf("settings: %s is larger than settings can be (over %d KB)", path, maxSize>>10)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, nil, fmt.Errorf("settings: %s is not a settings file (%v)", path, err)
	}
	if raw == nil { // the file says null
		return nil, nil, fmt.Errorf("settings: %s is not a settings file (null)", path)
	}
	values, left := clean(raw)
	return values, left, nil
}

// clean keeps the values a setting can have: text, true/false, numbers
// and lists of text; left are the keys of the others, in order.
func clean(raw map[string]any) (out map[string]any, left []string) {
	out = make(map[string]any, len(raw))
	for k, v := range raw {
		switch v := v.(type) {
		case string, bool, float64:
			out[k] = v
			continue
		case []any:
			if list, ok := texts(v); ok {
				out[k] = list
				continue
			}
		}
		left = append(left, k)
	}
	sort.Strings(left)
	return out, left
}

// leftOut says which keys of path were not used, or nil.
func leftOut(path string, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	more := ""
	if len(keys) > 3 {
		keys, more = keys[:3], fmt.Sprintf(" and %d more", len(keys)-3)
	}
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = strconv.Quote(k)
	}
	return fmt.Errorf("settings: %s: left out %s%s (not text, true/false or a list of text)", path, strings.Join(quoted, ", "), more)
}

// texts is a JSON list as a list of text, when every item is text.
func texts(items []any) ([]string, bool) {
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// open opens path, trying again for about a second while Windows refuses
// it for a moment (while a writer renames a new file over it).
func open(path string) (*os.File, error) {
	f, err := os.Open(path)
	for wait := 5 * time.Millisecond; busy(err) && wait < time.Second; wait *= 2 {
		time.Sleep(wait)
		f, err = os.Open(path)
	}
	return f, err
}
