package annot

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	orbgeo "github.com/paulmach/orb/geo"

	"github.com/paulmach/orb"
)

// benchCopies is a project of n service points and two copies of it with
// n/10 edits each and n/20 new points each (seeded).
func benchCopies(n int) (a *Set, ar Revisions, b *Set, br Revisions) {
	base, baseRevs := &Set{Categories: DefaultCategories()}, Revisions{}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		p := Point{Meta: NewMeta("trainer", t0), Category: "water_kiosk", Name: fmt.Sprint("kiosk ", i), Status: Working,
			Location: orb.Point{106.75 + rng.Float64()*0.35, 47.85 + rng.Float64()*0.12}}
		base.Points = append(base.Points, p)
		baseRevs.Add(p.ID, p.Rev)
	}
	a, ar = copyOf(base, baseRevs)
	b, br = copyOf(base, baseRevs)
	for c, s := range []*Set{a, b} {
		r := []Revisions{ar, br}[c]
		for i := range n / 10 {
			old := s.Points[rng.IntN(n)]
			q := old
			q.Notes = fmt.Sprint("copy ", c, " edit ", i)
			edit(s, r, Change{OldPoint: &old, NewPoint: &q}, "x", t0.Add(time.Duration(i)*time.Second))
		}
		for i := range n / 20 {
			p := Point{Meta: NewMeta("x", t0), Category: "school", Name: fmt.Sprint("new ", c, i), Status: Planned,
				Location: orb.Point{106.75 + rng.Float64()*0.35, 47.85 + rng.Float64()*0.12}}
			s.Points = append(s.Points, p)
			r.Add(p.ID, p.Rev)
		}
	}
	return a, ar, b, br
}

// BenchmarkMergeSets merges two copies of 10,000 points in memory:
// indexed by ID, duplicates looked up on a grid.
func BenchmarkMergeSets(b *testing.B) {
	a, ar, o, or := benchCopies(10000)
	b.ReportAllocs()
	for b.Loop() {
		s, r := copyOf(a, ar)
		Merge(s, r, o, or)
	}
}

// BenchmarkMergeSetsNaive is the baseline the index replaces, the same
// two copies: every point of one copy looked up, and a new one checked for
// a neighbour, by scanning the other (the lookups alone, nothing merged).
func BenchmarkMergeSetsNaive(b *testing.B) {
	a, _, o, _ := benchCopies(10000)
	b.ReportAllocs()
	for b.Loop() {
		near := 0
		for _, q := range o.Points {
			if _, ok := a.Point(q.ID); ok {
				continue
			}
			for _, p := range a.Points {
				if p.Category == q.Category && orbgeo.DistanceHaversine(p.Location, q.Location) <= DuplicateMetres {
					near++
					break
				}
			}
		}
		_ = near
	}
}
