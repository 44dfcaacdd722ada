package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// TestPhotosInTheInfoPanel: a point's photos show as thumbnails in the
// info panel; a tap opens one large.
func TestPhotosInTheInfoPanel(t *testing.T) {
	ui := newTestUI(t, 1)
	ph, err := photo.Reduce("IMG_1.jpg", phototest.JPEG(phototest.Quadrants(160, 120), phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	pt := annot.Point{Meta: annot.NewMeta("Б", now()), Category: "school", Status: annot.Working, Location: orb.Point{106.925, 47.96}, Photos: []string{ph.ID}}
	if err := ui.ws.Project().ApplyWithPhotos([]photo.Photo{ph}, []annot.Change{{NewPoint: &pt}}); err != nil {
		t.Fatal(err)
	}
	ui.ws.Annotations().Apply(annot.Change{NewPoint: &pt})
	ui.showAnnotation(pt.ID)
	items := ui.info.props.Items
	last := items[len(items)-1]
	if last.Text != "Photos" {
		t.Fatalf("the last row is %q", last.Text)
	}
	thumbs := last.Widget.(*fyne.Container).Objects
	if len(thumbs) != 1 {
		t.Fatalf("%d thumbnails", len(thumbs))
	}
	test.Tap(thumbs[0].(*thumbnail))

	if ui.win.Canvas().Overlays().Top() == nil {
		t.Error("tapping the thumbnail opened nothing")
	}
}
