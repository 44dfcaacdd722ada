package store

import (
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// TestReplaceWithPhotos: a sync's merge that shows photos the project
// lacks stores them with the annotations in one transaction; a bad photo
// (not its ID's data, a pixel bomb) leaves the project as it was.
func TestReplaceWithPhotos(t *testing.T) {
	bomb := []byte{0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xea, 0x60, 0xea, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda, 0, 12}
	good := testPhotos(t, 1)[0]
	forged := good
	forged.Data = append(slices.Clone(good.Data), 0)
	bombed := photo.Photo{ID: photo.ID(bomb), Data: bomb, ContentType: "image/jpeg", Name: "bomb.jpg"}
	for _, tc := range []struct {
		name string
		ph   photo.Photo
		want string // "" for success
	}{
		{"good", good, ""},
		{"forged", forged, "not the SHA-256"},
		{"bomb", bombed, "60000x60000 pixels is too large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newProject(t)
			defer p.Close()
			pt := samplePoint("худаг", orb.Point{106.92, 47.95})
			pt.Photos = []string{tc.ph.ID}
			if missing, err := p.MissingPhotos(pt.Photos); err != nil || !slices.Equal(missing, pt.Photos) {
				t.Fatalf("missing %v (%v), want %v", missing, err, pt.Photos)
			}
			revs := annot.Revisions{}
			revs.Add(pt.ID, pt.Rev)
			err := p.ReplaceWithPhotos(&annot.Set{Points: []annot.Point{pt}}, revs, func(put func(photo.Photo) error) error { return put(tc.ph) })
			s, lerr := p.Load()
			must(t, lerr)
			if tc.want != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want) || len(s.Points) != 0 {
					t.Errorf("got %v with %d points, want %q and nothing written", err, len(s.Points), tc.want)
				}
				return
			}
			must(t, err)
			if got := pointPhotos(t, p, pt.ID); !slices.Equal(got, pt.Photos) {
				t.Errorf("photos %v, want %v", got, pt.Photos)
			}
			if missing, _ := p.MissingPhotos(pt.Photos); len(missing) != 0 {
				t.Errorf("still missing %v", missing)
			}
		})
	}
}

// TestReplaceWithPhotosLeavesOut: fetch may take out of the set the
// photos it did not store (a sync's refused ones): the point comes in
// showing the photo stored only, and the setting keep gives after fetch
// (the list of those refused) is saved with it.
func TestReplaceWithPhotosLeavesOut(t *testing.T) {
	p := newProject(t)
	defer p.Close()
	phs := testPhotos(t, 2)
	s := &annot.Set{Points: []annot.Point{samplePoint("худаг", orb.Point{106.92, 47.95})}}
	s.Points[0].Photos = []string{phs[1].ID, phs[0].ID}
	revs := annot.Revisions{}
	revs.Add(s.Points[0].ID, s.Points[0].Rev)
	refused := ""
	must(t, p.ReplaceWithPhotos(s, revs, func(put func(photo.Photo) error) error {
		refused, s.Points[0].Photos = s.Points[0].Photos[0], s.Points[0].Photos[1:]
		return put(phs[0])
	}, func() (string, string) { return "sync.refused.test", refused }))
	if got := pointPhotos(t, p, s.Points[0].ID); !slices.Equal(got, []string{phs[0].ID}) {
		t.Errorf("the point shows %.12q, want the photo stored only", got)
	}
	if got, _, err := p.Setting("sync.refused.test"); got != phs[1].ID || err != nil {
		t.Errorf("the setting kept is %.12q (%v), want the photo left out", got, err)
	}
}
