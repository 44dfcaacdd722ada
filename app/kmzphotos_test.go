package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// A project's KMZ export (as `khoroomap export -o X.kmz` writes it),
// imported in another window with File > Import service points…, brings
// the photos back onto their point, and a gap area back as a gap with its
// photo, not as a boundary layer.
func TestKMZImportKeepsPhotos(t *testing.T) {
	src := newTestUI(t, 1)
	ph, err := photo.Reduce("IMG_1.jpg", phototest.JPEG(phototest.Quadrants(160, 120), phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	ph2, err := photo.Reduce("IMG_2.jpg", phototest.JPEG(phototest.Quadrants(120, 160), phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	pt := annot.Point{Meta: annot.NewMeta("Б", now()), Name: "Шинэ худаг", Category: "water_kiosk", Status: annot.Working, Location: orb.Point{106.925, 47.96}, Photos: []string{ph.ID}}
	area := annot.Gap{Meta: annot.NewMeta("Б", now()), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open, Notes: "Хаврын үер",
		Geometry: annot.NewArea([]orb.Point{{106.92, 47.95}, {106.925, 47.95}, {106.925, 47.955}}), Photos: []string{ph2.ID}}
	if err := src.ws.Project().ApplyWithPhotos([]photo.Photo{ph, ph2}, []annot.Change{{NewPoint: &pt}, {NewGap: &area}}); err != nil {
		t.Fatal(err)
	}
	s, _ := src.ws.Project().Load()
	path := filepath.Join(t.TempDir(), "export.kmz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	err = exchange.WriteKMZ(f, s, exchange.WriteOptions{Lang: "mn"}, func(id string) ([]byte, error) {
		p, err := src.ws.Project().Photo(id)
		return p.Data, err
	})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}

	dst := newTestUI(t, 1)
	dst.showImportPoints() // the dialog offers the export and an office's Shapefile zip
	if !slices.Contains(dst.picker.exts, ".kmz") || !slices.Contains(dst.picker.exts, ".zip") {
		t.Errorf("File > Import service points… offers %v", dst.picker.exts)
	}
	countLayers := func() int {
		ls, err := dst.ws.Project().Layers()
		if err != nil {
			t.Fatal(err)
		}
		return len(ls)
	}
	layers := countLayers()
	dst.ImportPoints(path)
	i := slices.IndexFunc(dst.ws.Annotations().Points, func(p annot.Point) bool { return p.ID == pt.ID })
	if i < 0 {
		t.Fatal("the point did not come in")
	}
	if got := dst.ws.Annotations().Points[i].Photos; !slices.Equal(got, pt.Photos) {
		t.Errorf("photos %v, want %v", got, pt.Photos)
	}
	if back, err := dst.ws.Project().Photo(ph.ID); err != nil || string(back.Data) != string(ph.Data) {
		t.Errorf("the photo in the file: %v", err)
	}
	g, ok := dst.ws.Annotations().Gap(area.ID)
	if !ok || g.Content() != area.Content() || countLayers() != layers {
		t.Fatalf("the gap area came back as %+v (%v), %d layers (was %d)", g, ok, countLayers(), layers)
	}
	if back, err := dst.ws.Project().Photo(ph2.ID); err != nil || string(back.Data) != string(ph2.Data) {
		t.Errorf("the gap's photo in the file: %v", err)
	}
	if !strings.Contains(dst.status.Text, "1 gaps added") {
		t.Errorf("status %q", dst.status.Text)
	}
}
