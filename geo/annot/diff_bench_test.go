package annot

import (
	"fmt"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// importedSet is a project of n points, after an import that added them
// all to an empty one.
func importedSet(n int) (before, after *Set) {
	before = &Set{Categories: DefaultCategories()}
	after = before.Clone()
	for i := range n {
		p := Point{Meta: NewMeta("Б", t0.Add(time.Duration(i)*time.Millisecond)), Category: "water_kiosk", Name: fmt.Sprintf("%d-р худаг", i),
			Status: Working, Location: orb.Point{106.9 + float64(i%100)/1000, 47.9 + float64(i/100)/1000}}
		after.Points = append(after.Points, p)
	}
	return before, after
}

// BenchmarkUndoImport10000: the diff of an import of 10,000 points and
// its undo in memory, as Ctrl+Z does on the window's goroutine.
func BenchmarkUndoImport10000(b *testing.B) {
	before, after := importedSet(10000)
	b.ReportAllocs()
	for b.Loop() {
		s := after.Clone()
		c := Diff(before, s)
		s.Apply(c.Inverse())
		if len(s.Points) != 0 {
			b.Fatal(len(s.Points))
		}
	}
}
