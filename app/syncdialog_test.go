package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/office/pgtest"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// syncProject makes a project with one water kiosk named name at lon.
func syncProject(t *testing.T, name string, lon float64) *store.Project {
	path := filepath.Join(t.TempDir(), name+".gpkg")
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	pt := annot.Point{Meta: annot.NewMeta(name, time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)), Category: "water_kiosk", Name: name,
		Status: annot.Working, Location: orb.Point{lon, 47.9}}
	if err := p.Apply(annot.Change{NewPoint: &pt}); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSyncPanel: the window's sync sends the project, takes in another
// leader's point, shows the result, hands the annotations to the window,
// keeps the address and forgets the password.
func TestSyncPanel(t *testing.T) {
	db := pgtest.DB(t)
	if _, err := office.Init(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	if _, err := office.Sync(context.Background(), syncProject(t, "Saran", 106.95), db, office.Area{}); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	p := syncProject(t, "Bat", 106.9)
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace.Workspace{Now: time.Now}
	ws.Open(p, s)
	var got *annot.Set
	panel := newSyncPanel(win, ws, prefsOf(a), func(s *annot.Set) { got = s })
	ended := make(chan bool)
	panel.done = func() { ended <- true }
	panel.show()
	test.Type(panel.url, db)
	test.Type(panel.password, "S3cret-pw")
	test.Tap(panel.start)
	<-ended
	if want := "1 sent, 1 received, 0 for review"; !strings.Contains(panel.last.Text, want) {
		t.Errorf("last result %q, want %q", panel.last.Text, want)
	}
	if got == nil || len(got.Points) != 2 {
		t.Errorf("the window got %v after the sync, want both kiosks", got)
	}
	if u := prefsOf(a).String(prefSyncURL); u != db || panel.password.Text != "" {
		t.Errorf("kept address %q, password entry %q; want the address and no password", u, panel.password.Text)
	}
	if panel.start.Disabled() || !panel.cancel.Disabled() {
		t.Error("after the sync Sync is disabled or Cancel enabled")
	}
}

// TestSyncPanelKeepsThePassword: with the box ticked a typed password the
// server took is kept in the OS keyring (here one in memory) and the next
// sync needs none typed; untick it and type the password, and it is
// forgotten. The password entry is emptied after each sync either way.
func TestSyncPanelKeepsThePassword(t *testing.T) {
	db := pgtest.DB(t)
	if _, err := office.Init(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	office.MockKeyring()
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	p := syncProject(t, "Bat", 106.9)
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace.Workspace{Now: time.Now}
	ws.Open(p, s)
	panel := newSyncPanel(win, ws, prefsOf(a), func(*annot.Set) {})
	ended := make(chan bool)
	panel.done = func() { ended <- true }
	panel.show()
	test.Type(panel.url, db)
	test.Type(panel.password, "Өндөр-уул 7")
	test.Tap(panel.keep)
	test.Tap(panel.start)
	<-ended
	if pw, ok := office.SavedPassword(db); !ok || pw != "Өндөр-уул 7" || !strings.Contains(panel.last.Text, "keyring") || panel.password.Text != "" {
		t.Errorf("kept %q %v; result %q; entry %q", pw, ok, panel.last.Text, panel.password.Text)
	}
	test.Tap(panel.start) // nothing typed: the kept one serves
	<-ended
	if !strings.Contains(panel.last.Text, "0 sent, 0 received") {
		t.Errorf("the second sync: %q", panel.last.Text)
	}
	test.Tap(panel.keep)
	test.Type(panel.password, "Өндөр-уул 7")
	test.Tap(panel.start)
	<-ended
	if _, ok := office.SavedPassword(db); ok {
		t.Error("unticked, the password is still kept")
	}
}
