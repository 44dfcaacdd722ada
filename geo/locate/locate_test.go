package locate

import (
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// Two features:
//
//	10 +---------+
//	   |  A      |        B is the little square at (12..14, 2..4),
//	   |   +--+  |        A is 0..10 with a hole at 4..6.
//	   |   |  |  |
//	   |   +--+  |   +--+
//	   |         |   |B |
//	 0 +---------+   +--+
//	   0        10  12  14
func sketch() *geo.Layer {
	sq := func(x0, y0, x1, y1 float64) orb.Ring {
		return orb.Ring{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
	}
	l := &geo.Layer{Kind: geo.Polygons, Features: []geo.Feature{
		{Name: "A", Geometry: orb.MultiPolygon{{sq(0, 0, 10, 10), sq(4, 4, 6, 6)}}},
		{Name: "B", Geometry: orb.MultiPolygon{{sq(12, 2, 14, 4)}}},
	}}
	l.ComputeBound()
	return l
}

func TestFind(t *testing.T) {
	ix := New(sketch())
	for _, tc := range []struct {
		name string
		at   orb.Point
		want int
	}{
		{"inside A", orb.Point{1, 1}, 0},
		{"in A's hole", orb.Point{5, 5}, -1},
		{"between the hole and A's edge", orb.Point{7, 5}, 0},
		{"inside B", orb.Point{13, 3}, 1},
		{"between A and B", orb.Point{11, 3}, -1},
		{"above B, inside the layer's bound", orb.Point{13, 8}, -1},
		{"outside everything", orb.Point{-5, 50}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ix.Find(tc.at); got != tc.want {
				t.Errorf("Find(%v) = %d, want %d", tc.at, got, tc.want)
			}
		})
	}
}

func TestEmptyLayers(t *testing.T) {
	if got := New(&geo.Layer{}).Find(orb.Point{1, 1}); got != -1 {
		t.Errorf("empty layer: Find = %d", got)
	}
	pts := &geo.Layer{Kind: geo.Points, Features: []geo.Feature{{Geometry: orb.Point{1, 1}}}}
	pts.ComputeBound()
	if got := New(pts).Find(orb.Point{1, 1}); got != -1 {
		t.Errorf("point layer: Find = %d", got)
	}
}

// naive is the baseline: every feature, the full outline.
func naive(l *geo.Layer, p orb.Point) int {
	for i := range l.Features {
		if mp := l.Features[i].Geometry.(orb.MultiPolygon); mp.Bound().Contains(p) && planar.MultiPolygonContains(mp, p) {
			return i
		}
	}
	return -1
}

func realKhoroos(t testing.TB) *geo.Layer {
	l, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func randomPoints(b orb.Bound, n int) []orb.Point {
	r := rand.New(rand.NewPCG(1, 2))
	pts := make([]orb.Point, n)
	for i := range pts {
		pts[i] = orb.Point{b.Min[0] + r.Float64()*(b.Max[0]-b.Min[0]), b.Min[1] + r.Float64()*(b.Max[1]-b.Min[1])}
	}
	return pts
}

// TestRealKhoroosAgreeWithPlanar checks 8,000 random points over the 204
// real khoroos against orb's planar test of every feature.
func TestRealKhoroosAgreeWithPlanar(t *testing.T) {
	l := realKhoroos(t)
	ix := New(l)
	inside := 0
	for _, p := range randomPoints(l.Bound, 8000) {
		got, want := ix.Find(p), naive(l, p)
		if got != want {
			t.Fatalf("Find(%v) = %d, planar says %d", p, got, want)
		}
		if got >= 0 {
			inside++
		}
	}
	if inside < 400 {
		t.Errorf("only %d of 8000 points fell in a khoroo: the test is not testing much", inside)
	}
}

func BenchmarkFind10000In204Khoroos(b *testing.B) {
	l := realKhoroos(b)
	pts := randomPoints(orb.Bound{Min: orb.Point{106.75, 47.85}, Max: orb.Point{107.1, 48.0}}, 10000)
	b.Run("index", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ix := New(l)
			for _, p := range pts {
				ix.Find(p)
			}
		}
	})
	b.Run("naive", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pts {
				naive(l, p)
			}
		}
	})
}
