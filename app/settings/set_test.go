package settings

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// readBack parses dir/settings.json as another process would, opening it
// as the store does.
func readBack(dir string) (map[string]any, error) {
	f, err := open(filepath.Join(dir, File))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w in %q", err, data)
	}
	return m, nil
}

// watch reads the file over and over until stop is closed, as Fyne's
// watcher read its preferences; it reports every read that was not a
// whole settings file.
func watch(t *testing.T, dir string, stop chan struct{}) *sync.WaitGroup {
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := readBack(dir); err != nil && !os.IsNotExist(err) {
				t.Errorf("a reader saw a half-written file: %v", err)
				return
			}
			if runtime.GOOS == "windows" { // a rename over an open file is refused there: a reader that never lets go would stop every writer
				time.Sleep(2 * time.Millisecond)
			}
		}
	})
	return &wg
}

// Each change writes the whole file at once: a reader at any moment finds
// the old settings or the new ones, never half a file, and no temporary
// file is left behind.
func TestSetIsAtomic(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir)
	s.SetString("author", strings.Repeat("Бат-Эрдэнэ ", 2000)) // a file of some size, so a torn write would show
	stop := make(chan struct{})
	wg := watch(t, dir, stop)
	for i := range 100 {
		if err := errors.Join(s.SetString("lastView:/p.gpkg", fmt.Sprint(i)), s.SetBool("projector", i%2 == 0)); err != nil {
			t.Fatal(err) // a reader made the rename fail
		}
	}
	close(stop)
	wg.Wait()
	m, err := readBack(dir)
	if err != nil || m["lastView:/p.gpkg"] != "99" || m["projector"] != false {
		t.Errorf("the file holds %v, %v", m["lastView:/p.gpkg"], err)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 1 {
		t.Errorf("the folder holds %v", names)
	}
}

// A crash while writing leaves a temporary file, never a broken
// settings.json: the next start reads the settings kept before.
func TestCrashKeepsOldSettings(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir)
	s.SetString("language", "mn")
	write(t, dir, ".settings-123.tmp", `{"language":"e`) // where a crash stopped
	if again, err := Open(dir); err != nil || again.String("language") != "mn" {
		t.Errorf("after a crash: %q, %v", again.String("language"), err)
	}
}

// Two processes writing the same settings (two Khoroo Maps, or one and
// a command) never leave a broken file, and one's keys survive the
// other's changes.
func TestConcurrentWriters(t *testing.T) {
	dir := t.TempDir()
	a, _ := Open(dir)
	b, _ := Open(dir) // another process: its own memory, the same file
	stop := make(chan struct{})
	reader := watch(t, dir, stop)
	var writers sync.WaitGroup
	for i, s := range []*Store{a, b} {
		writers.Go(func() {
			for n := range 100 {
				if err := s.SetString(fmt.Sprintf("key%d", i), fmt.Sprint(n)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	writers.Wait()
	close(stop)
	reader.Wait()
	a.SetString("language", "mn") // one after the other: nothing is lost
	b.SetString("author", "Батболд")
	m, err := readBack(dir)
	if err != nil || m["language"] != "mn" || m["author"] != "Батболд" {
		t.Errorf("after both: %v, %v", m, err)
	}
	if m["key0"] == nil && m["key1"] == nil {
		t.Errorf("both writers' keys were lost: %v", m)
	}
}

// A change writes once; setting a value the store already has does not
// write; a store in memory writes nowhere.
func TestSetWritesOnChange(t *testing.T) {
	cases := []struct {
		name string
		set  func(*Store)
		want int // changes reported
	}{
		{"same text", func(s *Store) { s.SetString("k", "a"); s.SetString("k", "a") }, 1},
		{"other text", func(s *Store) { s.SetString("k", "a"); s.SetString("k", "b") }, 2},
		{"same list", func(s *Store) { s.SetStringList("k", []string{"a"}); s.SetStringList("k", []string{"a"}) }, 1},
		{"text then list", func(s *Store) { s.SetString("k", "a"); s.SetStringList("k", []string{"a"}) }, 2},
		{"false on nothing", func(s *Store) { s.SetBool("k", false) }, 1},
		{"remove nothing", func(s *Store) { s.Remove("k") }, 0},
		{"remove", func(s *Store) { s.SetBool("k", true); s.Remove("k") }, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, s := range []*Store{Memory(), must(Open(t.TempDir()))} {
				n := 0
				s.AddChangeListener(func(string) { n++ })
				tc.set(s)
				if n != tc.want {
					t.Errorf("%d changes in %q, want %d", n, s.Path(), tc.want)
				}
			}
		})
	}
	if m := Memory(); m.SetString("k", "v") != nil || m.Path() != "" || m.String("k") != "v" {
		t.Error("a store in memory does not keep")
	}
}

// Values are read by type: another type reads as the fallback; lists are
// copies.
func TestTypes(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, File, `{"language":5,"projector":"yes","recentFiles":["a"],"exportDPI":"300"}`)
	s := must(Open(dir))
	if s.String("language") != "" || s.BoolWithFallback("projector", true) != true || s.StringWithFallback("exportDPI", "150") != "300" {
		t.Errorf("read: %q %v %q", s.String("language"), s.Bool("projector"), s.String("exportDPI"))
	}
	l := s.StringList("recentFiles")
	l[0] = "changed"
	if s.StringList("recentFiles")[0] != "a" || s.StringList("language") != nil {
		t.Error("a list read is not a copy")
	}
}

func must(s *Store, err error) *Store {
	if err != nil {
		panic(err)
	}
	return s
}
