package photoimport_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// gapSet: a gap point (a dark corner) and a flooded area, 100 m x 100 m
// with a dry hole in its middle, about 110 m apart. A metre is 1/74,600 of
// a degree of longitude here and 1/111,200 of latitude.
//
//	area (A)                       dark corner (G)
//	+---------+
//	|  +---+  |                        G
//	|  | h |  |
//	|  +---+  |
//	+---------+
func gapSet() *annot.Set {
	now := time.Date(2026, 1, 12, 3, 0, 0, 0, time.UTC)
	x, y := 1/74600.0, 1/111200.0
	at := func(e, n float64) orb.Point { return orb.Point{106.9 + e*x, 47.9 + n*y} }
	outer := orb.Ring{at(0, 0), at(100, 0), at(100, 100), at(0, 100), at(0, 0)}
	hole := orb.Ring{at(30, 30), at(30, 70), at(70, 70), at(70, 30), at(30, 30)}
	dark := annot.Gap{Meta: annot.NewMeta("А", now), Kind: annot.NoLighting, Severity: annot.High, Status: annot.Open, Geometry: at(210, 50)}
	flood := annot.Gap{Meta: annot.NewMeta("А", now), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open, Geometry: orb.Polygon{outer, hole}}
	return &annot.Set{Categories: annot.DefaultCategories(), Gaps: []annot.Gap{dark, flood}}
}

func TestAttachToGaps(t *testing.T) {
	x, y := 1/74600.0, 1/111200.0
	cases := []struct {
		name string
		e, n float64 // metres east and north of the area's south-west corner
		want int     // the gap the photo goes onto; -1: a new point
	}{
		{"inside the area", 10, 50, 1},
		{"20 m west of its edge", -20, 50, 1},
		{"60 m south of it", 50, -60, -1},
		{"in the hole, 20 m from its edge", 50, 50, 1},
		{"10 m from the dark corner", 200, 50, 0},
		{"30 m east of the area, 80 m from the corner", 130, 50, 1},
		{"25 m from the corner, 85 m from the area", 185, 50, 0},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			img := phototest.Quadrants(40, 30)
			img.Pix[0] = uint8(i)
			file := filepath.Join(dir, "IMG.jpg")
			os.WriteFile(file, phototest.JPEG(img, phototest.Tags{Style: phototest.Android, GPS: true, Lat: 47.9 + c.n*y, Lon: 106.9 + c.e*x}), 0o644)
			s := gapSet()
			res, err := photoimport.Run(context.Background(), []string{file}, s, photoimport.Options{Category: "other", Attach: 30})
			if err != nil || len(res.Changes) != 1 {
				t.Fatalf("%v, %d changes", err, len(res.Changes))
			}
			ch := res.Changes[0]
			switch {
			case c.want < 0 && ch.NewPoint == nil:
				t.Errorf("attached to %+v, want a new point", ch.NewGap)
			case c.want >= 0 && (ch.NewGap == nil || ch.NewGap.ID != s.Gaps[c.want].ID):
				t.Errorf("went onto %+v / %+v, want gap %d", ch.NewGap, ch.NewPoint, c.want)
			case c.want >= 0 && (!slices.Equal(ch.NewGap.Photos, []string{res.Photos[0].ID}) || len(ch.OldGap.Photos) != 0 || ch.NewGap.Rev == ch.OldGap.Rev):
				t.Errorf("the gap's edit: %+v -> %+v", ch.OldGap, ch.NewGap)
			}
		})
	}
}

// TestAttachChosen: a photo without a position goes onto the annotation a
// person picks, a point, a gap point or a gap area; an unknown ID is not
// taken, and the set is left as it was.
func TestAttachChosen(t *testing.T) {
	s := gapSet()
	s.Points = project().Points
	now := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, id := range []string{s.Points[0].ID, s.Gaps[0].ID, s.Gaps[1].ID} {
		c, ok := photoimport.Attach(s, id, "ph1", "Б", now)
		if !ok {
			t.Fatalf("%s not found", id)
		}
		s.Apply(c)
	}
	if !slices.Equal(s.Points[0].Photos, []string{"ph1"}) || !slices.Equal(s.Gaps[0].Photos, []string{"ph1"}) ||
		!slices.Equal(s.Gaps[1].Photos, []string{"ph1"}) || s.Gaps[1].Author != "Б" || !s.Gaps[1].Modified.Equal(now) {
		t.Errorf("after attaching: %+v %+v", s.Points[0], s.Gaps)
	}
	before := s.Gaps[1].Photos
	c, _ := photoimport.Attach(s, s.Gaps[1].ID, "ph2", "Б", now)
	if len(before) != 1 || len(c.OldGap.Photos) != 1 || len(c.NewGap.Photos) != 2 {
		t.Errorf("the old side changed: %v, %v -> %v", before, c.OldGap.Photos, c.NewGap.Photos)
	}
	if _, ok := photoimport.Attach(s, "nowhere", "ph1", "Б", now); ok {
		t.Error("an unknown annotation was found")
	}
}
