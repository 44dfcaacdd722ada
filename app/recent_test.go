package app

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/store"
)

// File > Open Recent lists the projects that opened, the last first: the
// training project the window starts with, a new project, a copy saved as
// another file, and one opened from the list. A text file named like a
// project fails to open and is never listed; a listed project that fails
// later is taken off.
func TestOpenRecentListsProjectsThatOpened(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := t.TempDir()
	training := ui.ws.Project().Path()
	bad := filepath.Join(dir, "project.gpkg")
	if err := os.WriteFile(bad, []byte("not a project\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.Open([]string{bad})
	fresh := filepath.Join(dir, "my khoroo.gpkg")
	if err := store.Create(fresh); err != nil {
		t.Fatal(err)
	}
	ui.OpenProject(fresh) // what New project… does with the file it made
	ui.showSaveAs()
	ui.picker.enter(dir)
	ui.picker.name.SetText("copy.gpkg")
	ui.picker.saveTyped()
	copied := filepath.Join(dir, "copy.gpkg")
	ui.Open([]string{training})
	want := []string{training, copied, fresh}
	if got := recentPaths(ui); !reflect.DeepEqual(got, want) {
		t.Errorf("recent %q, want %q", got, want)
	}
	if err := os.WriteFile(copied, []byte("damaged\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.Open([]string{copied})
	if got := recentPaths(ui); !reflect.DeepEqual(got, []string{training, fresh}) {
		t.Errorf("after the copy failed to open, recent %q", got)
	}
	menu := ui.recentMenu()
	if len(menu.Items) != 2 || menu.Items[0].Label != shortPath(training) {
		t.Errorf("the menu lists %d, the first %q", len(menu.Items), menu.Items[0].Label)
	}
}

func recentPaths(ui *UI) []string { return ui.prefs().StringList(prefRecent) }

// A recent project that was moved or deleted is taken off the list, with
// a word, not made anew as an empty project where it was.
func TestOpenRecentGone(t *testing.T) {
	ui := newTestUI(t, 1)
	gone := trainingCopy(t, t.TempDir(), "moved.gpkg")
	ui.Open([]string{gone})
	ui.Open([]string{ui.prefs().StringList(prefRecent)[1]}) // back to the training project
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	ui.openRecent(gone)
	if _, err := os.Stat(gone); err == nil {
		t.Error("a project no longer there was made anew")
	}
	if got := recentPaths(ui); len(got) != 1 || got[0] == gone {
		t.Errorf("recent %q", got)
	}
	if text := overlayText(ui.win.Canvas().Overlays().Top()); !strings.Contains(text, "moved.gpkg is no longer there") {
		t.Errorf("the window says %q", text)
	}
}
