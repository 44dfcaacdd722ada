package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// CleanRing drops consecutive duplicate vertices and closes the ring if it
// is open, reusing r's storage where it can. The result has fewer than 4
// points when the ring is degenerate (it encloses no area).
func CleanRing(r orb.Ring) orb.Ring {
	if len(r) == 0 {
		return r
	}
	out := r[:1]
	for _, p := range r[1:] {
		if p != out[len(out)-1] {
			out = append(out, p)
		}
	}
	if len(out) > 1 && out[0] != out[len(out)-1] {
		out = append(out, out[0])
	}
	return out
}

// Orient makes every exterior ring counter-clockwise and every hole
// clockwise, as RFC 7946 asks, in place. It returns how many rings it
// reversed.
func Orient(mp orb.MultiPolygon) int {
	n := 0
	for _, poly := range mp {
		for i, ring := range poly {
			want := orb.CCW
			if i > 0 {
				want = orb.CW
			}
			if o := ring.Orientation(); o != 0 && o != want {
				ring.Reverse()
				n++
			}
		}
	}
	return n
}

// ValidLonLat reports whether p is a finite longitude/latitude pair.
func ValidLonLat(p orb.Point) bool {
	return !math.IsNaN(p[0]) && !math.IsNaN(p[1]) &&
		math.Abs(p[0]) <= 180 && math.Abs(p[1]) <= 90
}
