package app

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// Photos without GPS after an import: the first is placed by a click on
// the map (a new service point there, undone like any edit), the second
// added to a service point chosen from the list, the third to a gap area
// found by searching it.
func TestPlacePhotosWithoutGPS(t *testing.T) {
	ui := newTestUI(t, 1)
	var phs []photo.Photo
	for i, name := range []string{"A.jpg", "B.jpg", "C.jpg"} {
		ph, err := photo.Reduce(name, phototest.JPEG(phototest.Quadrants(40+8*i, 30), phototest.Tags{}))
		if err != nil {
			t.Fatal(err)
		}
		phs = append(phs, ph)
	}
	pi := ui.newPhotoImporter()
	pi.show()
	pi.noGPS(&photoimport.Result{NoGPS: phs})
	pp := pi.placer
	if len(pp.place) != 3 {
		t.Fatalf("%d photos listed", len(pp.place))
	}
	before := len(ui.ws.Annotations().Points)

	test.Tap(pp.place[0])
	at := fyne.NewPos(ui.Map.Size().Width/2, ui.Map.Size().Height/2)
	want := ui.Map.LonLatAt(at)
	test.TapAt(ui.Map, at)
	pts := ui.ws.Annotations().Points
	if len(pts) != before+1 {
		t.Fatalf("%d points after placing, want %d", len(pts), before+1)
	}
	if p := pts[len(pts)-1]; p.Location != want || !slices.Equal(p.Photos, []string{phs[0].ID}) || p.Category != pi.chosen() {
		t.Errorf("placed %+v at %v", p, want)
	}
	if _, err := ui.ws.Project().Photo(phs[0].ID); err != nil {
		t.Errorf("the photo is not in the file: %v", err)
	}
	if ui.Map.OnTap == nil || ui.hint.Text != "" {
		t.Error("the map's tools did not get their clicks back")
	}

	if len(pp.attach) != 2 {
		t.Fatalf("%d photos left to place, want 2", len(pp.attach))
	}
	test.Tap(pp.attach[0])
	pp.picker.list.Select(slices.IndexFunc(pp.picker.shown, func(t target) bool { return t.id == ui.ws.Annotations().Points[0].ID }))
	first := ui.ws.Annotations().Points[0]
	if !slices.Contains(first.Photos, phs[1].ID) {
		t.Errorf("the first point's photos %v lack %s", first.Photos, phs[1].ID)
	}
	if _, ok, err := ui.ws.Undo("Б"); !ok || err != nil || slices.Contains(ui.ws.Annotations().Points[0].Photos, phs[1].ID) {
		t.Errorf("undo: %v %v", ok, err)
	}

	c := want
	flood := annot.Gap{Meta: annot.NewMeta("Б", time.Now()), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open,
		Geometry: annot.NewArea([]orb.Point{c, {c[0] + 0.001, c[1]}, {c[0], c[1] + 0.001}})}
	if _, err := ui.ws.Edit(annot.Change{NewGap: &flood}, "Б"); err != nil {
		t.Fatal(err)
	}
	s := ui.ws.Annotations()
	area := slices.IndexFunc(s.Gaps, func(g annot.Gap) bool { return g.ID == flood.ID })
	pp.show() // listed anew, with the new area
	test.Tap(pp.attach[0])
	test.Type(pp.picker.search, "flood")
	if len(pp.picker.shown) != 2 || pp.picker.shown[0].label != "Gaps" || !strings.HasPrefix(pp.picker.shown[1].label, "Gap area: ") {
		t.Fatalf("searching flood lists %+v", pp.picker.shown)
	}
	pp.picker.list.Select(1)
	if g, _ := ui.ws.Annotations().Gap(s.Gaps[area].ID); !slices.Equal(g.Photos, []string{phs[2].ID}) {
		t.Errorf("the gap area's photos %v, want %s", g.Photos, phs[2].ID)
	}
	if _, err := ui.ws.Project().Photo(phs[2].ID); err != nil {
		t.Errorf("the gap's photo is not in the file: %v", err)
	}
}
