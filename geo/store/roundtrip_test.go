package store

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// A project with photos exported as a KMZ, or as the Shapefile zip for
// offices, and imported into another project keeps its service points,
// gap points and gap areas with the photos: the same content, the same
// files and IDs on the same annotations; imported again, nothing changes.
func TestExportRoundTripKeepsPhotos(t *testing.T) {
	for _, format := range []string{"kmz", "zip"} {
		t.Run(format, func(t *testing.T) { roundTrip(t, format) })
	}
}

func roundTrip(t *testing.T, format string) {
	src := newProject(t)
	phs := testPhotos(t, 5)
	a := samplePoint("Ус түгээх 3-р байр", orb.Point{106.91, 47.95})
	b := samplePoint("Сургууль", orb.Point{106.92, 47.95})
	a.Photos, b.Photos = []string{phs[0].ID, phs[1].ID}, []string{phs[2].ID}
	gp, ga := sampleGap(false), sampleGap(true)
	gp.Photos, ga.Photos = []string{phs[3].ID}, []string{phs[4].ID}
	must(t, src.ApplyWithPhotos(phs, []annot.Change{{NewPoint: &a}, {NewPoint: &b}, {NewGap: &gp}, {NewGap: &ga}}))
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
		ls, err := load.All(path, load.Options{})
		must(t, err)
		photos, err := exchange.FilePhotos(path)
		must(t, err)
		res, err := dst.ImportWithPhotos(ls, nil, "Б", photos)
		must(t, err)
		if round == 0 && (res.Added != 2 || res.Gaps.Added != 2 || len(res.Layers) != 0) {
			t.Errorf("the first import: %+v", res)
		}
		if round == 1 && (res.Added != 0 || res.Updated != 0 || res.Gaps != (GapCounts{Unchanged: 2})) {
			t.Errorf("a second import changed things: %+v", res)
		}
	}
	got, err := dst.Load()
	must(t, err)
	if len(got.Points) != 2 || len(got.Gaps) != 2 {
		t.Fatalf("%d points and %d gaps came in", len(got.Points), len(got.Gaps))
	}
	for _, want := range []annot.Gap{gp, ga} {
		g, ok := got.Gap(want.ID)
		if !ok || g.Content() != want.Content() || !g.Created.Equal(want.Created) || g.Author != want.Author {
			t.Errorf("gap %s came back as %+v, want %+v", want.ID, g, want)
		}
		if len(g.Photos) == 1 {
			ph, err := dst.Photo(g.Photos[0])
			if err != nil || !bytes.Equal(ph.Data, phs[photoIndex(phs, want.Photos[0])].Data) {
				t.Errorf("gap %s: its photo: %v", want.ID, err)
			}
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
