package annot

import (
	"bytes"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

func sampleBoundaries(t *testing.T) []Boundary {
	var bs []Boundary
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, Boundary{l, geo.InferRole(l)})
	}
	return bs
}

// The training sample's service points lie in the training khoroo (one
// sits just across its border) and then in one of its kheseg, which tile it.
func TestAssignTrainingSample(t *testing.T) {
	bs := sampleBoundaries(t)
	a := NewAssigner(bs)
	var pts *geo.Layer
	for _, b := range bs {
		if b.Role == geo.RolePoints {
			pts = b.Layer
		}
	}
	inGer, outside := 0, 0
	for _, f := range pts.Features {
		pl := a.At(f.Geometry.(orb.Point))
		if pl.Khoroo == "" {
			outside++ // a service just across the border
		}
		if (pl.Khoroo == "") != (pl.Kheseg == "") {
			t.Errorf("%s: places %+v; the kheseg tile the khoroo", f.Name, pl)
		}
		if pl.GerArea != "" {
			inGer++
		}
	}
	if outside > 2 {
		t.Errorf("%d of %d sample points outside the khoroo", outside, len(pts.Features))
	}
	if inGer == 0 || inGer == len(pts.Features) {
		t.Errorf("%d of %d points in ger areas: expected some, not all", inGer, len(pts.Features))
	}
	if pl := a.At(orb.Point{0, 0}); pl != (Places{}) {
		t.Errorf("far away: %+v", pl)
	}
}

// Each real khoroo's label point is assigned to that khoroo.
func TestAssignRealKhoroos(t *testing.T) {
	l, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := NewAssigner([]Boundary{{l, geo.RoleKhoroo}})
	for i, f := range l.Features {
		mp := f.Geometry.(orb.MultiPolygon)
		largest := mp[0]
		for _, p := range mp {
			if geo.Area(p) > geo.Area(largest) {
				largest = p
			}
		}
		got := a.Of(largest)
		if got.Khoroo != f.Name {
			t.Errorf("khoroo %d %q: assigned to %q", i, f.Name, got.Khoroo)
		}
	}
}

func BenchmarkAssign10000PointsTo204Khoroos(b *testing.B) {
	l, err := load.File(realdata.File(b, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var s Set
	for i := range 10000 {
		x, y := float64(i%100)/100, float64(i/100)/100
		s.Points = append(s.Points, Point{Location: orb.Point{106.75 + 0.35*x, 47.85 + 0.15*y}})
	}
	b.ReportAllocs()
	for b.Loop() {
		a := NewAssigner([]Boundary{{l, geo.RoleKhoroo}})
		a.Assign(&s)
	}
}
