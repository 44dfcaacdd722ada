package app

import (
	"database/sql"
	"encoding/binary"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/training"
)

// rawExec runs SQL on a project file as another program would.
func rawExec(t *testing.T, path, q string, args ...any) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// gpPoint is a GeoPackage point blob (little-endian, EPSG:4326).
func gpPoint(x, y float64) []byte {
	b := []byte{'G', 'P', 0, 1, 0xe6, 0x10, 0, 0, 1, 1, 0, 0, 0}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(y))
}

// TestOpeningSaysWhatIsLeftOut: a training project whose service points
// 2 and 3 are at (NaN, 1e308) and (+Inf, 47.9) opens with one dialog
// naming both rows, and the map fits the rest: a finite centre in
// Ulaanbaatar.
func TestOpeningSaysWhatIsLeftOut(t *testing.T) {
	ui := newTestUI(t, 1)
	path := filepath.Join(t.TempDir(), "stranger.gpkg")
	if err := training.Create(path); err != nil {
		t.Fatal(err)
	}
	rawExec(t, path, `UPDATE service_points SET geom = ? WHERE fid = 2`, gpPoint(math.NaN(), 1e308))
	rawExec(t, path, `UPDATE service_points SET geom = ? WHERE fid = 3`, gpPoint(math.Inf(1), 47.9))
	ui.OpenProject(path)
	if ui.ws.Project() == nil || ui.ws.Project().Path() != path {
		t.Fatal("the project did not open")
	}
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	text := overlayText(top)
	if !strings.Contains(text, "row 2: coordinate (NaN, 1e+308)") || !strings.Contains(text, "row 3: coordinate (+Inf, 47.9)") {
		t.Errorf("the dialog says %q", text)
	}
	ui.fitAll()
	if c := ui.Map.View().Center; math.Abs(c[0]-106.9) > 0.5 || math.Abs(c[1]-47.9) > 0.5 {
		t.Errorf("the map fits round %v, not the training khoroo", c)
	}
}

// TestBrokenPhotoSaysWhy: a point's photo whose bytes declare 60000x60000
// pixels shows as a broken-photo tile; a tap says why.
func TestBrokenPhotoSaysWhy(t *testing.T) {
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
	bomb := []byte{0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xea, 0x60, 0xea, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda, 0, 12}
	rawExec(t, ui.ws.Project().Path(), `UPDATE media SET data = ? WHERE uuid = ?`, bomb, ph.ID)
	ui.showAnnotation(pt.ID)
	items := ui.info.props.Items
	tiles := items[len(items)-1].Widget.(*fyne.Container).Objects
	broken, ok := tiles[0].(*brokenPhoto)
	if !ok {
		t.Fatalf("the photo shows as a %T", tiles[0])
	}
	if text := overlayText(broken); !strings.Contains(text, "Unreadable photo") {
		t.Errorf("the tile says %q", text)
	}
	test.Tap(broken)
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("tapping the tile said nothing")
	}
	if text := overlayText(top); !strings.Contains(text, "60000x60000 pixels is too large") {
		t.Errorf("the dialog says %q", text)
	}
}

// TestMergeReportSaysWhatIsLeftOut: merging a copy whose points 2 and 3
// are at (NaN, 1e308) and (+Inf, 47.9) reports both rows as left out,
// and the open project keeps its own intact points.
func TestMergeReportSaysWhatIsLeftOut(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Points)
	other := filepath.Join(t.TempDir(), "stranger.gpkg")
	if err := training.Create(other); err != nil {
		t.Fatal(err)
	}
	rawExec(t, other, `UPDATE service_points SET geom = ? WHERE fid = 2`, gpPoint(math.NaN(), 1e308))
	rawExec(t, other, `UPDATE service_points SET geom = ? WHERE fid = 3`, gpPoint(math.Inf(1), 47.9))
	ui.MergeFrom(other)
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no report")
	}
	text := overlayText(top)
	if !strings.Contains(text, "Left out of the merged file") || !strings.Contains(text, "row 2: coordinate (NaN, 1e+308)") {
		t.Errorf("the report says %q", text)
	}
	if n := len(ui.ws.Annotations().Points); n != before {
		t.Errorf("%d points after the merge, %d before", n, before)
	}
}
