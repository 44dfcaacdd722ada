package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"
)

// Every way out keeps the view: File > Quit, Ctrl+Q and Fyne's stop on
// SIGTERM (which closes no window) save it, once; a new window on the
// same settings opens the project where it was left.
func TestQuitKeepsView(t *testing.T) {
	quitters := []struct {
		name string
		quit func(*UI)
	}{
		{"File > Quit", func(ui *UI) { fileQuit(t, ui).Action() }},
		{"Ctrl+Q", func(ui *UI) { shortcut(ui, shortcutQuit) }},
		{"SIGTERM", func(ui *UI) { stop(t, ui) }},
	}
	for _, q := range quitters {
		t.Run(q.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			ui := testUIOf(t, a, 1, nil)
			path := ui.ws.Project().Path()
			ui.Map.SetView(orb.Point{106.93, 47.955}, 16.5)
			q.quit(ui)
			ui.Map.SetView(orb.Point{106.8, 47.9}, 11) // after the end: not kept
			ui.Close()
			again := testUIOf(t, a, 1, nil)
			again.OpenProject(path)
			if v := again.Map.View(); v.Zoom != 16.5 || orbDistance(v.Center, orb.Point{106.93, 47.955}) > 1e-6 {
				t.Errorf("reopened at %v zoom %v", v.Center, v.Zoom)
			}
		})
	}
}

// fileQuit is the File menu's Quit item, its last.
func fileQuit(t *testing.T, ui *UI) *fyne.MenuItem {
	t.Helper()
	items := ui.mainMenu().Items[0].Items
	it := items[len(items)-1]
	if !it.IsQuit || it.Label != lang.L("Quit") || it.Action == nil || it.Shortcut != shortcutQuit {
		t.Fatalf("the File menu ends with %q (quit %v), not Quit (Ctrl+Q)", it.Label, it.IsQuit)
	}
	return it
}

// stop runs the window's stop hook as Fyne does when it quits on a
// signal, the process's end swapped for a note.
func stop(t *testing.T, ui *UI) {
	ended := -1
	exit = func(code int) { ended = code }
	t.Cleanup(func() { exit = osExit })
	ui.EndAtStop()
	hook := ui.app.Lifecycle().(interface{ OnStopped() func() }).OnStopped()
	hook()
	if ended != 0 {
		t.Errorf("the process ended with %d", ended)
	}
}
