package locate

import (
	"runtime"
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
	var ix *Index
	if got := allocated(func() { ix = New(l) }); got > 100*n {
		t.Errorf("indexing %d vertices allocated %d MB, more than 100 bytes a vertex", n, got>>20)
	}
	mp := l.Features[0].Geometry.(orb.MultiPolygon)
	inside := 0
	for _, p := range randomPoints(l.Bound, 2000) {
		want := -1
		if pip.In(mp, p) {
			want, inside = 0, inside+1
		}
		if got := ix.Find(p); got != want {
			t.Fatalf("Find(%v) = %d, ray casting says %d", p, got, want)
		}
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
