package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// walkPhotos writes a walk's photos: two with GPS inside the training
// khoroo (Android and iPhone style), one without.
func walkPhotos(t *testing.T) string {
	dir := t.TempDir()
	for i, name := range []string{"IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg"} {
		tags := map[string]phototest.Tags{
			"IMG_1.jpg": {Style: phototest.Android, GPS: true, Lat: 47.955, Lon: 106.92, Orientation: 6},
			"IMG_2.jpg": {Style: phototest.IPhone, GPS: true, Lat: 47.958, Lon: 106.925},
			"IMG_3.jpg": {},
		}[name] // of sizes of their own, so that no photo is another's copy
		if err := os.WriteFile(filepath.Join(dir, name), phototest.JPEG(phototest.Quadrants(64+8*i, 48), tags), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// File > Import photos…: the batch's category, then a folder; each photo
// with a position is a new point of that category with its photo, and
// the summary names the one without.
func TestImportPhotosFromTheWindow(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Points)
	pi := ui.newPhotoImporter()
	pi.show()
	for i, id := range pi.ids {
		if id == "school" {
			pi.category.SetSelectedIndex(i)
		}
	}
	pi.run([]string{walkPhotos(t)})
	<-pi.done
	pts := ui.ws.Annotations().Points
	if len(pts) != before+2 {
		t.Fatalf("%d points, want %d", len(pts), before+2)
	}
	for _, p := range pts[len(pts)-2:] {
		if p.Category != "school" || len(p.Photos) != 1 || p.Places.Khoroo == "" {
			t.Errorf("new point %+v", p)
		}
	}
	if n, err := ui.ws.Project().Load(); err != nil || len(n.Points) != before+2 {
		t.Errorf("the file holds %v points (%v)", len(n.Points), err)
	}
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Error("no summary shown")
	}
}

// Cancel leaves the project as it was, even when pressed after the last
// photo was read.
func TestImportPhotosCancelled(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.ws.Project()
	before, _ := p.Load()
	g := newCancelGate()
	g.cancel()
	res, _, err := importPhotos(g, p, []string{walkPhotos(t)}, ui.ws.Snapshot(), photoimport.Options{Category: "school"})
	if !errors.Is(err, context.Canceled) || res != nil {
		t.Fatalf("%v %v", res, err)
	}
	after, _ := p.Load()
	if len(after.Points) != len(before.Points) {
		t.Errorf("%d points after a cancelled import, %d before", len(after.Points), len(before.Points))
	}
}

func TestPhotoSummary(t *testing.T) {
	dir := walkPhotos(t)
	files, _ := photoimport.Files([]string{dir})
	res, err := photoimport.Run(context.Background(), files, newTestUI(t, 1).ws.Snapshot(), photoimport.Options{Category: "school"})
	if err != nil {
		t.Fatal(err)
	}
	got := photoSummary(res)
	if got != "New service points: 2\n1 without a GPS position: IMG_3.jpg" {
		t.Errorf("%q", got)
	}
}

// Imported again after the photo without GPS was placed, the walk's three
// photos are all in the project already, and the summary says so alone.
func TestPhotoSummaryAgain(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := walkPhotos(t)
	pi := ui.newPhotoImporter()
	pi.show()
	pi.run([]string{dir})
	<-pi.done
	data, err := os.ReadFile(filepath.Join(dir, "IMG_3.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	ph, err := photo.Reduce("IMG_3.jpg", data) // as the import read it
	if err != nil {
		t.Fatal(err)
	}
	pi.noGPS(&photoimport.Result{NoGPS: []photo.Photo{ph}})
	test.Tap(pi.placer.place[0])
	test.Tap(ui.Map)
	again := ui.newPhotoImporter()
	again.show()
	again.run([]string{dir})
	<-again.done
	if got := overlayText(ui.win.Canvas().Overlays().Top()); !strings.Contains(got, "Photos already in the project, left as they were: 3\n") || strings.Contains(got, ": 0") {
		t.Errorf("the summary says %q", got)
	}
}

// The folder and the photo are chosen in the window's own Open dialogs,
// in its language, not Fyne's.
func TestImportPhotosPicksInOwnDialogs(t *testing.T) {
	ui := newTestUI(t, 1)
	pi := ui.newPhotoImporter()
	for _, folder := range []bool{true, false} {
		ui.picker = nil
		pi.show()
		pi.pick(folder)
		if ui.picker == nil {
			t.Errorf("folder=%v: no Open dialog of the window's own", folder)
		}
	}
}

// The next Import photos… proposes the category of the last batch
// imported into the project, not "Other" again.
func TestImportPhotosRemembersCategory(t *testing.T) {
	ui := newTestUI(t, 1)
	pi := ui.newPhotoImporter()
	pi.show()
	if got := pi.chosen(); got != "other" {
		t.Errorf("the first import proposes %q", got)
	}
	pi.category.SetSelectedIndex(slices.Index(pi.ids, "school"))
	pi.run([]string{walkPhotos(t)})
	<-pi.done
	next := ui.newPhotoImporter()
	next.show()
	if got := next.chosen(); got != "school" {
		t.Errorf("the next import proposes %q, want the last batch's school", got)
	}
}
