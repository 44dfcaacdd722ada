package store

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// testPhotos makes n small distinct photos, reduced as an import would.
func testPhotos(t testing.TB, n int) []photo.Photo {
	t.Helper()
	var out []photo.Photo
	for i := range n {
		img := phototest.Quadrants(40+i, 30)
		img.SetNRGBA(0, 0, color.NRGBA{uint8(i), 1, 2, 255})
		ph, err := photo.Reduce(fmt.Sprintf("IMG_%04d.jpg", i+1), phototest.JPEG(img, phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9 + float64(i)/1000}))
		must(t, err)
		out = append(out, ph)
	}
	return out
}

func pointPhotos(t *testing.T, p *Project, id string) []string {
	t.Helper()
	s, err := p.Load()
	must(t, err)
	pt, ok := s.Point(id)
	if !ok {
		t.Fatalf("no point %s", id)
	}
	return pt.Photos
}

func TestPhotosAreStoredInOrder(t *testing.T) {
	p := newProject(t)
	phs := testPhotos(t, 3)
	pt := samplePoint("худаг", orb.Point{106.92, 47.95})
	pt.Photos = []string{phs[2].ID, phs[0].ID}
	must(t, p.ApplyWithPhotos(phs, []annot.Change{{NewPoint: &pt}}))
	p.Close()
	p = newProjectAt(t, p.Path())
	defer p.Close()
	if got := pointPhotos(t, p, pt.ID); !slices.Equal(got, pt.Photos) {
		t.Errorf("photos %v, want %v", got, pt.Photos)
	}
	ph, err := p.Photo(phs[2].ID)
	must(t, err)
	cfg, _, err := image.DecodeConfig(bytes.NewReader(ph.Data))
	if err != nil || cfg.Width != 42 || ph.Width != 42 || ph.Name != "IMG_0003.jpg" || !ph.HasGPS || ph.Lon != phs[2].Lon {
		t.Errorf("read back %v %+v (%v)", cfg, ph, err)
	}
	if _, err := p.Photo("nope"); !errors.Is(err, ErrNoPhoto) {
		t.Errorf("a missing photo: %v", err)
	}
}

func TestPhotoEditsUndo(t *testing.T) {
	p := newProject(t)
	defer p.Close()
	phs := testPhotos(t, 1)
	pt := samplePoint("худаг", orb.Point{106.92, 47.95})
	must(t, p.Apply(annot.Change{NewPoint: &pt}))
	var h annot.History
	with := pt
	with.Photos = []string{phs[0].ID}
	add := annot.Touch(annot.Change{OldPoint: &pt, NewPoint: &with}, "Б", t0)
	must(t, p.ApplyWithPhotos(phs, []annot.Change{add}))
	h.Did(add)
	steps := []struct {
		name string
		do   func() annot.Change
		want int
	}{
		{"undo the photo", func() annot.Change { c, _ := h.Undo(); return c }, 0},
		{"redo it", func() annot.Change {
			h.Undone(annot.Change{OldPoint: &with, NewPoint: &pt})
			c, _ := h.Redo()
			return c
		}, 1},
		{"delete the point", func() annot.Change { return annot.Change{OldPoint: &with} }, -1},
		{"undo the deletion", func() annot.Change { return annot.Change{NewPoint: &with} }, 1},
	}
	for _, s := range steps {
		must(t, p.Apply(s.do()))
		got, err := p.Load()
		must(t, err)
		q, ok := got.Point(pt.ID)
		switch {
		case s.want < 0 && ok, s.want >= 0 && (!ok || len(q.Photos) != s.want):
			t.Errorf("%s: point there %v with %d photos, want %d", s.name, ok, len(q.Photos), s.want)
		}
	}
	if _, err := p.Photo(phs[0].ID); err != nil {
		t.Errorf("the photo is gone after undo: %v", err)
	}
}

func TestPhotosRefused(t *testing.T) {
	p := newProject(t)
	defer p.Close()
	phs := testPhotos(t, 2)
	pt := samplePoint("худаг", orb.Point{106.92, 47.95})
	pt.Photos = []string{phs[0].ID, "0000"}
	if err := p.ApplyWithPhotos(phs[:1], []annot.Change{{NewPoint: &pt}}); err == nil || !strings.Contains(err.Error(), "photo 0000 is not in the project") {
		t.Errorf("an unknown photo: %v", err)
	}
	bad := phs[1]
	bad.Data = append([]byte{}, bad.Data[:len(bad.Data)-1]...)
	if err := p.AddPhotos([]photo.Photo{bad}); err == nil || !strings.Contains(err.Error(), "IMG_0002.jpg") {
		t.Errorf("data not matching its ID: %v", err)
	}
	if _, err := p.Photo(phs[0].ID); !errors.Is(err, ErrNoPhoto) {
		t.Errorf("the failed edit left its photo: %v", err)
	}
}

func TestGapRedrawnKeepsPhotos(t *testing.T) {
	p := newProject(t)
	defer p.Close()
	phs := testPhotos(t, 1)
	g := sampleGap(false)
	g.Photos = []string{phs[0].ID}
	must(t, p.ApplyWithPhotos(phs, []annot.Change{{NewGap: &g}}))
	area := g
	area.Geometry = annot.NewArea([]orb.Point{{106.90, 47.90}, {106.91, 47.90}, {106.91, 47.91}})
	must(t, p.Apply(annot.Change{OldGap: &g, NewGap: &area}))
	s, err := p.Load()
	must(t, err)
	if got, _ := s.Gap(g.ID); !got.IsArea() || !slices.Equal(got.Photos, g.Photos) {
		t.Errorf("redrawn gap: area %v, photos %v", got.IsArea(), got.Photos)
	}
}

// TestMergeCarriesPhotos: B is a copy of A; in B a leader adds a photo
// to A's point and a new point with a photo. The merge holds both,
// with their data, and A's own photo.
func TestMergeCarriesPhotos(t *testing.T) {
	dir := t.TempDir()
	a := newProjectAt(t, filepath.Join(dir, "a.gpkg"))
	phs := testPhotos(t, 3)
	pt := samplePoint("худаг", orb.Point{106.92, 47.95})
	pt.Photos = []string{phs[0].ID}
	must(t, a.ApplyWithPhotos(phs[:1], []annot.Change{{NewPoint: &pt}}))
	must(t, a.SaveAs(filepath.Join(dir, "b.gpkg")))
	a.Close()
	b := newProjectAt(t, filepath.Join(dir, "b.gpkg"))
	more := pt
	more.Photos = []string{phs[0].ID, phs[1].ID}
	fresh := samplePoint("сургууль", orb.Point{106.95, 47.95})
	fresh.Photos = []string{phs[2].ID}
	must(t, b.ApplyWithPhotos(phs[1:], []annot.Change{annot.Touch(annot.Change{OldPoint: &pt, NewPoint: &more}, "Б", t0.Add(1)), {NewPoint: &fresh}}))
	b.Close()
	out := filepath.Join(dir, "merged.gpkg")
	_, err := Merge(out, []string{filepath.Join(dir, "a.gpkg"), filepath.Join(dir, "b.gpkg")})
	must(t, err)
	m := newProjectAt(t, out)
	defer m.Close()
	if got := pointPhotos(t, m, pt.ID); !slices.Equal(got, more.Photos) {
		t.Errorf("merged point's photos %v, want %v", got, more.Photos)
	}
	if got := pointPhotos(t, m, fresh.ID); !slices.Equal(got, fresh.Photos) {
		t.Errorf("new point's photos %v", got)
	}
	for _, ph := range phs {
		got, err := m.Photo(ph.ID)
		if err != nil || !bytes.Equal(got.Data, ph.Data) {
			t.Errorf("photo %s in the merge: %v", ph.Name, err)
		}
	}
	validateGPKG(t, out)
}
