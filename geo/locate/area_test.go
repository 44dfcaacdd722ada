package locate

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/pip"
	"github.com/khoroomap/khoroomap/geo/synth"
)

func zigzagLayer(n int) *geo.Layer {
	l := &geo.Layer{Kind: geo.Polygons, Features: []geo.Feature{
		{Name: "Зигзаг", Geometry: orb.MultiPolygon{{synth.Zigzag(n, 0.3)}}},
	}}
	l.ComputeBound()
	return l
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A zigzag's tall edges each span many bands: listing each in all of them
// took 1.4 GB for 100,000 vertices (7 GB at a million). The index now
// holds a few entries per edge, and still agrees with plain ray casting.
func TestZigzagIndexStaysSmall(t *testing.T) {
	const n = 20000
	l := zigzagLayer(n)
	ix := New(l)
	mp := l.Features[0].Geometry.(orb.MultiPolygon)
	inside := 0
	pts := randomPoints(l.Bound, 2000)
	if got := allocated(func() { ix.Find(pts[0]) }); got > 1000 {
		t.Errorf("placing one point allocated %d bytes: the outline's grid was built for it", got)
	}
	got := allocated(func() {
		for _, p := range pts {
			want := -1
			if pip.In(mp, p) {
				want, inside = 0, inside+1
			}
			if got := ix.Find(p); got != want {
				t.Fatalf("Find(%v) = %d, ray casting says %d", p, got, want)
			}
		}
	})
	if got > 200*n {
		t.Errorf("indexing %d vertices allocated %d MB, more than 200 bytes a vertex", n, got>>20)
	}
	if inside < 500 {
		t.Errorf("only %d of 2000 points inside: the test is not testing much", inside)
	}
}

// BenchmarkZigzag indexes a zigzag boundary (see synth.Zigzag) and finds
// 10,000 points in it.
func BenchmarkZigzag(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		l := zigzagLayer(n)
		pts := randomPoints(l.Bound, 10000)
		b.Run(label(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix := New(l)
				for _, p := range pts {
					ix.Find(p)
				}
			}
		})
	}
}

func label(n int) string {
	if n >= 1_000_000 {
		return "1M"
	}
	return "100k"
}

// A tangle of 2,048 edges between whole-numbered vertices in a 64 x 64
// box, over a 16 x 16 grid whose column lines fall on multiples of 4: vertices lie
// on the lines where a point's path turns down, and the points of a
// half-unit lattice lie level with them. Every point not on an edge is
// counted as plain ray casting counts it.
func TestGridLinesThroughVertices(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ring := orb.Ring{{0, 0}, {64, 64}, {0, 64}, {64, 0}}
	for len(ring) < 2048 {
		ring = append(ring, orb.Point{float64(r.IntN(65)), float64(r.IntN(65))})
	}
	ring = append(ring, ring[0])
	mp := orb.MultiPolygon{{ring}}
	a := area{bound: mp.Bound(), edges: edgesOf(mp)}
	a.build(16, 16)
	checked := 0
	for x := 0.0; x <= 64; x += 0.5 {
		for y := 0.0; y <= 64; y += 0.5 {
			p := orb.Point{x, y}
			if onEdge(ring, p) {
				continue
			}
			if got, want := a.contains(p), pip.In(mp, p); got != want {
				t.Fatalf("contains(%v) = %v, ray casting says %v", p, got, want)
			}
			checked++
		}
	}
	if checked < 5000 {
		t.Errorf("only %d points checked", checked)
	}
}

// onEdge reports whether p lies exactly on an edge of r (exact for these
// whole and half numbers).
func onEdge(r orb.Ring, p orb.Point) bool {
	for k := 1; k < len(r); k++ {
		a, b := r[k-1], r[k]
		cross := (b[0]-a[0])*(p[1]-a[1]) - (b[1]-a[1])*(p[0]-a[0])
		if cross == 0 && math.Min(a[0], b[0]) <= p[0] && p[0] <= math.Max(a[0], b[0]) && math.Min(a[1], b[1]) <= p[1] && p[1] <= math.Max(a[1], b[1]) {
			return true
		}
	}
	return false
}

// Goroutines asking at once share one grid, built by whichever asks
// first after the scans (run with -race).
func TestConcurrentFirstQuestions(t *testing.T) {
	l := zigzagLayer(2000)
	ix := New(l)
	mp := l.Features[0].Geometry.(orb.MultiPolygon)
	pts := randomPoints(l.Bound, 200)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, p := range pts {
				if got, want := ix.Find(p) == 0, pip.In(mp, p); got != want {
					t.Errorf("Find(%v) inside = %v, ray casting says %v", p, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
