package store

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// A project with photos exported as a KMZ, or as the Shapefile zip for
// offices, and imported into another
// project keeps the photos: the same files, the same IDs, on the same
// points; imported again, nothing changes.
func TestExportRoundTripKeepsPhotos(t *testing.T) {
	for _, format := range []string{"kmz", "zip"} {
		t.Run(format, func(t *testing.T) { roundTrip(t, format) })
	}
}

func roundTrip(t *testing.T, format string) {
	src := newProject(t)
	phs := testPhotos(t, 3)
	a := samplePoint("Ус түгээх 3-р байр", orb.Point{106.91, 47.95})
	b := samplePoint("Сургууль", orb.Point{106.92, 47.95})
	a.Photos, b.Photos = []string{phs[0].ID, phs[1].ID}, []string{phs[2].ID}
	must(t, src.ApplyWithPhotos(phs, []annot.Change{{NewPoint: &a}, {NewPoint: &b}}))
	s, err := src.Load()
	must(t, err)
	var kmz bytes.Buffer
	data := func(id string) ([]byte, error) {
		ph, err := src.Photo(id)
		return ph.Data, err
	}
	write := exchange.WriteKMZ
	if format == "zip" {
		write = exchange.WriteShapefileZip
	}
	must(t, write(&kmz, s, exchange.WriteOptions{Lang: "mn"}, data))
	path := filepath.Join(t.TempDir(), "хороо."+format)
	must(t, os.WriteFile(path, kmz.Bytes(), 0o644))

	dst := newProject(t)
	for round := range 2 {
		l, err := load.File(path, load.Options{Points: true})
		must(t, err)
		photos, err := exchange.FilePhotos(path)
		must(t, err)
		points := geo.RolePoints
		res, err := dst.ImportWithPhotos([]*geo.Layer{l}, &points, "Б", photos)
		must(t, err)
		if round == 1 && (res.Added != 0 || res.Updated != 0) {
			t.Errorf("a second import changed things: %+v", res)
		}
	}
	for _, want := range []annot.Point{a, b} {
		got := pointPhotos(t, dst, want.ID)
		if !slices.Equal(got, want.Photos) {
			t.Errorf("%s: photos %v, want %v", want.Name, got, want.Photos)
		}
		for _, id := range got {
			ph, err := dst.Photo(id)
			if err != nil || photoIndex(phs, id) < 0 || !bytes.Equal(ph.Data, phs[photoIndex(phs, id)].Data) {
				t.Errorf("%s: photo %s: %v", want.Name, id, err)
			}
		}
	}
}

func photoIndex(phs []photo.Photo, id string) int {
	return slices.IndexFunc(phs, func(p photo.Photo) bool { return p.ID == id })
}
