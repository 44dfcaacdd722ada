package settings

import (
	"maps"
	"slices"
)

// SetString keeps value under key and writes the file; the error says
// why the file could not be written (the value is kept in memory anyway).
func (s *Store) SetString(key, value string) error { return s.set(key, value) }

// SetBool keeps value under key and writes the file.
func (s *Store) SetBool(key string, value bool) error { return s.set(key, value) }

// SetStringList keeps a copy of value under key and writes the file.
func (s *Store) SetStringList(key string, value []string) error {
	return s.set(key, slices.Clone(value))
}

// Remove forgets key and writes the file.
func (s *Store) Remove(key string) error { return s.set(key, nil) }

// set changes one key (nil removes it) and, when it changed, writes the
// file: the settings in memory with, over them, what another process may
// have written since (its keys are not lost), and this key over all.
func (s *Store) set(key string, value any) error {
	s.mu.Lock()
	old, had := s.values[key]
	if had == (value != nil) && same(old, value) {
		s.mu.Unlock()
		return nil
	}
	if value == nil {
		delete(s.values, key)
	} else {
		s.values[key] = value
	}
	var err error
	if s.path != "" {
		err = s.write(key, value)
	}
	listeners := slices.Clone(s.listeners)
	s.mu.Unlock()
	for _, f := range listeners {
		f(key)
	}
	return err
}

// write merges and writes the file; s.mu is held.
func (s *Store) write(key string, value any) error {
	out := maps.Clone(s.values)
	if disk, _, err := readFile(s.path); err == nil {
		maps.Copy(out, disk)
	}
	if value == nil {
		delete(out, key)
	} else {
		out[key] = value
	}
	return writeFile(s.path, out)
}

// same reports whether two kept values are equal.
func same(a, b any) bool {
	la, okA := a.([]string)
	lb, okB := b.([]string)
	if okA || okB {
		return okA && okB && slices.Equal(la, lb)
	}
	return a == b
}
