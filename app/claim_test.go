package app

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/store"
)

// A project another Khoroo Map window has open is not opened a second
// time: the window says so, and keeps the project it had.
func TestOpenProjectInAnotherWindow(t *testing.T) {
	ui := newTestUI(t, 1)
	had := ui.ws.Project()
	path := filepath.Join(t.TempDir(), "Миний хороо.gpkg")
	other, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.Claim(); err != nil {
		t.Fatal(err)
	}
	ui.OpenProject(path)
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	if text := overlayText(top); !strings.Contains(text, "open in another Khoroo Map window") {
		t.Errorf("dialog says %q", text)
	}
	if ui.ws.Project() != had {
		t.Errorf("the window switched to %s", ui.ws.Project().Path())
	}
}
