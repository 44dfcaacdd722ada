package annot

import (
	"testing"

	"github.com/paulmach/orb"
)

// Same tells an export's rounding (a few 1e-8 degrees) from a move, and
// any other field's change from none.
func TestSame(t *testing.T) {
	at := orb.Point{106.91234567891234, 47.91876543219876}
	p := Point{Category: "water_kiosk", Name: "Худаг", Status: Working, Location: at}
	for _, tc := range []struct {
		name string
		edit func(q *Point)
		same bool
	}{
		{"identical", func(q *Point) {}, true},
		{"rounded to 7 decimals", func(q *Point) { q.Location = orb.Point{106.9123457, 47.9187654} }, true},
		{"a centimetre east", func(q *Point) { q.Location[0] += 0.9e-7 }, true},
		{"two centimetres north", func(q *Point) { q.Location[1] += 2e-7 }, false},
		{"renamed", func(q *Point) { q.Name = "Худаг 2" }, false},
		{"a photo more", func(q *Point) { q.Photos = []string{"x"} }, false},
		{"other times and author", func(q *Point) { q.Author, q.Rev = "Б", "r2" }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := p
			tc.edit(&q)
			if got := p.Same(&q); got != tc.same {
				t.Errorf("Same = %v, want %v", got, tc.same)
			}
		})
	}
}

// An area is the same turned round (the export writes outer rings
// counter-clockwise) or rounded; not with a corner moved, a corner more,
// or as a point.
//
//	d ─── c
//	│     │   a b c d a, or a d c b a
//	a ─── b
func TestSameArea(t *testing.T) {
	ring := orb.Ring{{106.92, 47.95}, {106.93, 47.95}, {106.93, 47.96}, {106.92, 47.96}, {106.92, 47.95}}
	g := Gap{Kind: Flooding, Severity: Medium, Status: Open, Geometry: orb.Polygon{ring}}
	turned := ring.Clone()
	turned.Reverse()
	moved := ring.Clone()
	moved[2][0] += 1e-6
	nudged := ring.Clone()
	nudged[1][1] += 5e-8
	for _, tc := range []struct {
		name string
		geom orb.Geometry
		same bool
	}{
		{"turned round", orb.Polygon{turned}, true},
		{"nudged by rounding", orb.Polygon{nudged}, true},
		{"a corner moved", orb.Polygon{moved}, false},
		{"a corner more", orb.Polygon{append(orb.Ring{{106.925, 47.945}}, ring...)}, false},
		{"a hole more", orb.Polygon{ring, turned}, false},
		{"a point", orb.Point{106.92, 47.95}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := g
			q.Geometry = tc.geom
			if got := g.Same(&q); got != tc.same {
				t.Errorf("Same = %v, want %v", got, tc.same)
			}
		})
	}
}
