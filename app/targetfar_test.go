package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// A photo without a position, taken two minutes after one with: the
// picker's rows say how far each annotation lies from the second's spot,
// so the kiosk beside it is told from the one across the khoroo.
func TestTargetPickerDistanceFromNeighbour(t *testing.T) {
	ui := newTestUI(t, 1)
	t0 := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	ph, err := photo.Reduce("A.jpg", phototest.JPEG(phototest.Quadrants(40, 30), phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	ph.Taken = t0
	walk := photo.Photo{ID: "w", Taken: t0.Add(2 * time.Minute), HasGPS: true, Lat: 47.96, Lon: 106.925}
	near := annot.Point{Meta: annot.NewMeta("Б", now()), Category: "water_kiosk", Name: "Ойрын худаг", Location: orb.Point{106.925, 47.961}}
	ui.ws.Annotations().Apply(annot.Change{NewPoint: &near})

	pi := ui.newPhotoImporter()
	pi.show()
	pi.noGPS(&photoimport.Result{NoGPS: []photo.Photo{ph}, Photos: []photo.Photo{walk}})
	test.Tap(pi.placer.attach[0])
	p := pi.placer.picker
	p.search.SetText("Ойрын худаг")
	if len(p.shown) != 2 {
		t.Fatalf("%d rows for the kiosk", len(p.shown))
	}
	l := widget.NewLabel("")
	p.row(p.shown[1], l)
	if !strings.HasSuffix(l.Text, "110 m away") {
		t.Errorf("the kiosk's row: %q", l.Text)
	}

	pi.noGPS(&photoimport.Result{NoGPS: []photo.Photo{ph}}) // no photo with a position
	test.Tap(pi.placer.attach[0])
	if far := pi.placer.picker.shown[len(pi.placer.picker.shown)-1].far; far != "" {
		t.Errorf("a distance with no neighbour: %q", far)
	}
}
