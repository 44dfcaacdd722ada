package coverage

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/internal/pip"
	"github.com/khoroomap/khoroomap/geo/synth"
)

// zigzagRings is synth.Zigzag(n, 0.3) in local metres, and its local
// projection.
func zigzagRings(n int) ([][][2]float64, orb.Ring, local) {
	ring := synth.Zigzag(n, 0.3)
	loc := newLocal(ring.Bound().Center())
	r := make([][2]float64, len(ring))
	for k, p := range ring {
		r[k][0], r[k][1] = loc.to(p)
	}
	return [][][2]float64{r}, ring, loc
}

// A zigzag's rows each cross thousands of edges: the sweep looks at those
// only (every edge for every row before), and marks the cells plain ray
// casting puts inside.
func TestFillZigzag(t *testing.T) {
	const n = 4000
	rings, ring, loc := zigzagRings(n)
	b := ring.Bound()
	x0, y0 := loc.to(b.Min)
	x1, y1 := loc.to(b.Max)
	g := newGrid(x0, y0, x1, y1, 500)
	before := edgesLookedAt.Load()
	g.fillPolygons(rings)
	looked := edgesLookedAt.Load() - before
	crossings := 0
	mp := orb.MultiPolygon{{ring}}
	for j := 0; j < g.h; j++ {
		for i := j % 3; i < g.w; i += 3 { // a third of the cells, in a lattice
			x, y := g.x0+(float64(i)+0.5)*g.c, g.y0+(float64(j)+0.5)*g.c
			if want := pip.In(mp, loc.from(x, y)); g.inside[j*g.w+i] != want {
				t.Fatalf("cell (%d, %d): inside %v, ray casting says %v", i, j, g.inside[j*g.w+i], want)
			}
		}
		for k := 1; k < len(rings[0]); k++ {
			a, c := rings[0][k-1], rings[0][k]
			if y := g.y0 + (float64(j)+0.5)*g.c; (a[1] > y) != (c[1] > y) {
				crossings++
			}
		}
	}
	if looked > int64(crossings) {
		t.Errorf("looked at %d edges for %d crossings", looked, crossings)
	}
	if crossings < 10*g.h {
		t.Errorf("only %d crossings in %d rows: the test is not testing much", crossings, g.h)
	}
}

// BenchmarkZigzagCoverage is the coverage of one zigzag khoroo (see
// synth.Zigzag) of 100,000 or a million vertices by one point in its
// middle, within 500 m.
func BenchmarkZigzagCoverage(b *testing.B) {
	for _, n := range []struct {
		name string
		n    int
	}{{"100k", 100_000}, {"1M", 1_000_000}} {
		a := Area{Name: "Зигзаг", Geometry: orb.MultiPolygon{{synth.Zigzag(n.n, 0.3)}}}
		b.Run(n.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Compute([]Area{a}, []orb.Point{{106.92, 47.96}}, 500)
			}
		})
	}
}
