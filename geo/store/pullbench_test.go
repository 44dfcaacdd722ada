package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// BenchmarkReplacePulled5000 is a leader's first sync writing 5,000 rows
// pulled from the office (one other leader's kheseg) into a project that
// holds 500 of its own.
func BenchmarkReplacePulled5000(b *testing.B) { benchReplacePulled(b, 5000) }

// BenchmarkReplacePulled35000 is the same for a full khoroo: 7 other
// leaders × 5,000.
func BenchmarkReplacePulled35000(b *testing.B) { benchReplacePulled(b, 35000) }

func benchReplacePulled(b *testing.B, n int) {
	own, pulled := pulledSet(500, n)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		p, err := Open(filepath.Join(b.TempDir(), fmt.Sprintf("p%d.gpkg", i)))
		must(b, err)
		must(b, p.Replace(own, annot.Revisions{}))
		b.StartTimer()
		must(b, p.Replace(pulled, revisionsOf(pulled)))
		b.StopTimer()
		p.Close()
		b.StartTimer()
	}
}

// pulledSet is a project's own points (the first own) and the same plus
// n pulled from others: one in ten a gap, one in fifty of those an area.
func pulledSet(own, n int) (*annot.Set, *annot.Set) {
	var a, all annot.Set
	for i := range own + n {
		at := orb.Point{106.8 + float64(i%200)*0.002, 47.85 + float64(i/200)*0.001}
		if i%10 == 9 {
			g := sampleGap(i%500 == 499)
			if !g.IsArea() {
				g.Geometry = at
			}
			all.Gaps = append(all.Gaps, g)
		} else {
			all.Points = append(all.Points, samplePoint(fmt.Sprintf("цэг %d", i), at))
		}
		if i == own-1 {
			a.Points, a.Gaps = append(a.Points, all.Points...), append(a.Gaps, all.Gaps...)
		}
	}
	return &a, &all
}

func revisionsOf(s *annot.Set) annot.Revisions {
	r := annot.Revisions{}
	for _, p := range s.Points {
		r.Add(p.ID, p.Rev)
	}
	for _, g := range s.Gaps {
		r.Add(g.ID, g.Rev)
	}
	return r
}
