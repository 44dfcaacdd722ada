package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
)

// A participant with no name yet is asked for it before the copy for the
// trainer is saved; the copy is named after them and the day, and the
// window carries on with the training project.
func TestSaveCopyForTrainer(t *testing.T) {
	ui := newTestUI(t, 1)
	own := ui.ws.Project().Path()
	asked := false
	name := ui.askNameThen(func() { asked = true })
	test.Type(name, "Д. Ганбаатар")
	tapButton(t, ui, "Next")
	if !asked || ui.author() != "Д. Ганбаатар" {
		t.Fatalf("went on: %v, name %q", asked, ui.author())
	}
	path := filepath.Join(t.TempDir(), training.ParticipantCopyName(ui.author(), now()))
	ui.saveForTrainer(path)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	if ui.ws.Project().Path() != own {
		t.Errorf("the window moved to %s", ui.ws.Project().Path())
	}
	if filepath.Base(path) != "training-Д._Ганбаатар-"+now().Format("2006-01-02")+".gpkg" {
		t.Errorf("copy named %s", filepath.Base(path))
	}
}

// A real project is never reset: the window says only the training sample
// can be, and the file is left as it is.
func TestResetRefusesRealProject(t *testing.T) {
	path := filepath.Join(t.TempDir(), "СБД 6-р хороо.gpkg")
	if err := store.Create(path); err != nil {
		t.Fatal(err)
	}
	ui := newTestUIOn(t, path)
	if strings.Contains(ui.win.Title(), "Training") {
		t.Errorf("a real project's title: %q", ui.win.Title())
	}
	before, _ := os.ReadFile(path)
	ui.confirmResetTraining()
	if text := renderedText(ui.win.Canvas().Overlays().Top()); !strings.Contains(text, "Only the training sample can be reset") {
		t.Errorf("the window says %q", text)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the real project changed")
	}
	if backups, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*backup*")); len(backups) != 0 {
		t.Errorf("backups of a real project: %q", backups)
	}
}
