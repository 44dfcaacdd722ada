package app

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/office/pgtest"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// TestSyncPanelProgress: four leaders' kiosks with a photo each are on
// the server; Bat's kiosk shows a photo another program stored as a GIF.
// The bar moves up as the four photos come in, ends full, the stage
// says the sync finished, and the result names Bat's photo as left on
// the laptop and why, in words.
func TestSyncPanelProgress(t *testing.T) {
	db := pgtest.DB(t)
	if _, err := office.Init(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"Saran", "Dorj", "Tuya", "Bold"} {
		if _, err := office.Sync(context.Background(), photographed(t, name, 106.95+float64(i)/100), db, office.Area{}); err != nil {
			t.Fatal(err)
		}
	}
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	p := photographed(t, "Bat", 106.9)
	gif, err := sql.Open("sqlite", p.Path())
	if err == nil {
		_, err = gif.Exec(`UPDATE media SET content_type = 'image/gif'`)
		gif.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace.Workspace{Now: time.Now}
	ws.Open(p, s)
	panel := newSyncPanel(win, ws, prefsOf(a), func(*annot.Set) {})
	ended := make(chan bool)
	var values []float64
	panel.done = func() { ended <- true }
	panel.moved = func(v float64) { values = append(values, v) }
	panel.show()
	test.Type(panel.url, db)
	test.Tap(panel.start)
	<-ended
	received := strings.Fields("0 0.25 0.5 0.75 1 1")
	if len(values) < len(received) || strings.Join(floats(values[len(values)-len(received):]), " ") != strings.Join(received, " ") {
		t.Errorf("the bar went %v, want it to end %v (the photos received, then full)", values, received)
	}
	if panel.bar.Value != 1 || panel.bar.Hidden || panel.stage.Text != "Sync finished." {
		t.Errorf("after the sync the bar is at %g (hidden %v) under %q", panel.bar.Value, panel.bar.Hidden, panel.stage.Text)
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject
	if bar, area := at(panel.bar), at(panel.area); bar.Y < area.Y+panel.area.Size().Height {
		t.Errorf("the bar is drawn at y=%g, over the area field (y=%g to %g)", bar.Y, area.Y, area.Y+panel.area.Size().Height)
	}
	if got, need := panel.last.Size().Height, panel.last.MinSize().Height; got < need {
		t.Errorf("the result has %g of the %g pixels its lines need", got, need)
	}
	if want := "Photo Bat.jpg of «Bat» stays on this laptop: the photo is not a JPEG or PNG."; !strings.Contains(panel.last.Text, want) ||
		!strings.Contains(panel.last.Text, "Photos: 0 sent, 4 received") {
		t.Errorf("the result says %q, want the 4 photos received and %q", panel.last.Text, want)
	}
}

func floats(vs []float64) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = strconv.FormatFloat(v, 'g', -1, 64)
	}
	return out
}
