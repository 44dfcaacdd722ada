// Package settings keeps Khoroo Map's own settings (the language, the
// user's name, the last project, recent files, print options...) in one
// small JSON file, settings.json, in the app's storage folder. It is read
// once, when the store is opened; every change writes the whole file
// anew, atomically (a temporary file beside it, synced, then renamed over
// it), so that a reader never sees half a file and a crash never loses
// the settings already kept. It replaces Fyne's preferences, whose file
// is truncated and rewritten in place while Fyne's own watcher may be
// reading it (issue 16: "Preferences load error: EOF" at quit). The
// package does not import Fyne.
package settings

import (
	"slices"
	"sync"
)

// File is the settings file's name in the app's storage folder; Legacy
// is Fyne's preferences file there, read once to carry the settings over.
// Folder is the subfolder of the app's storage folder that OpenIn keeps
// settings.json in.
const (
	File   = "settings.json"
	Legacy = "preferences.json"
	Folder = "settings"
)

// Store is a set of named settings: text, true/false and lists of text.
// It is safe for concurrent use. A value of another type than the one
// asked for (a hostile or hand-edited file) reads as the fallback.
type Store struct {
	path      string // "" keeps the settings in memory only
	mu        sync.Mutex
	values    map[string]any // string, bool, float64 or []string
	listeners []func(key string)
}

// Memory returns an empty store that writes nowhere: for tests and for
// offscreen pictures that must not change the user's settings.
func Memory() *Store { return &Store{values: map[string]any{}} }

// Path is the file the store writes, or "" for a store in memory.
func (s *Store) Path() string { return s.path }

// String is the text kept under key, or "".
func (s *Store) String(key string) string { return s.StringWithFallback(key, "") }

// StringWithFallback is the text kept under key, or fallback when there
// is none.
func (s *Store) StringWithFallback(key, fallback string) string {
	if v, ok := s.get(key).(string); ok {
		return v
	}
	return fallback
}

// Bool is the true/false kept under key, or false.
func (s *Store) Bool(key string) bool { return s.BoolWithFallback(key, false) }

// BoolWithFallback is the true/false kept under key, or fallback when
// there is none.
func (s *Store) BoolWithFallback(key string, fallback bool) bool {
	if v, ok := s.get(key).(bool); ok {
		return v
	}
	return fallback
}

// StringList is a copy of the list of text kept under key, or nil.
func (s *Store) StringList(key string) []string {
	v, _ := s.get(key).([]string)
	return slices.Clone(v)
}

func (s *Store) get(key string) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.values[key]
}

// AddChangeListener calls f with the key after each change that was
// kept (setting a value it already has is no change).
func (s *Store) AddChangeListener(f func(key string)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.listeners = append(s.listeners, f)
}
