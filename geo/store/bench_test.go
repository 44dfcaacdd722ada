package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// BenchmarkOpen10000 opens a project of 8,000 service points, 1,500 gap
// points and 500 gap areas and reads them all (target: under 200 ms).
func BenchmarkOpen10000(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.gpkg")
	p, err := Open(path)
	must(b, err)
	must(b, p.ApplyAll(bigProject()))
	p.Close()
	b.ReportAllocs()
	for b.Loop() {
		p, err := Open(path)
		must(b, err)
		s, err := p.Load()
		must(b, err)
		if len(s.Points)+len(s.Gaps) != 10000 {
			b.Fatalf("read %d", len(s.Points)+len(s.Gaps))
		}
		p.Close()
	}
}

// bigProject is the changes making 8,000 service points, 1,500 gap points
// and 500 gap areas on a grid over the city.
func bigProject() []annot.Change {
	var cs []annot.Change
	for i := range 10000 {
		at := orb.Point{106.8 + float64(i%100)*0.003, 47.85 + float64(i/100)*0.002}
		switch {
		case i < 8000:
			pt := samplePoint(fmt.Sprintf("цэг %d", i), at)
			cs = append(cs, annot.Change{NewPoint: &pt})
		case i < 9500:
			g := sampleGap(false)
			g.Geometry = at
			cs = append(cs, annot.Change{NewGap: &g})
		default:
			g := sampleGap(true)
			g.Geometry = annot.NewArea([]orb.Point{at, {at[0] + 0.001, at[1]}, {at[0] + 0.001, at[1] + 0.001}, {at[0], at[1] + 0.001}})
			cs = append(cs, annot.Change{NewGap: &g})
		}
	}
	return cs
}

// BenchmarkApply is one edit committed to disk, as the window does at
// every change.
func BenchmarkApply(b *testing.B) {
	p := newProject(b)
	pt := samplePoint("a", orb.Point{106.9, 47.9})
	b.ReportAllocs()
	for b.Loop() {
		pt.Meta = pt.Meta.Touched("me", t0)
		must(b, p.Apply(annot.Change{NewPoint: &pt}))
	}
}
