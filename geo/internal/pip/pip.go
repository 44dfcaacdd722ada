// Package pip is an independent point-in-polygon count for tests: plain
// even-odd ray casting over every ring, written apart from orb/planar and
// the project's counting rule so that tests can check one against the
// other.
package pip

import "github.com/paulmach/orb"

// In reports whether p lies inside mp by the even-odd rule over all its
// rings (holes included). Points exactly on an edge may go either way.
func In(mp orb.MultiPolygon, p orb.Point) bool {
	inside := false
	for _, poly := range mp {
		for _, ring := range poly {
			for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
				a, b := ring[i], ring[j]
				if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
					inside = !inside
				}
			}
		}
	}
	return inside
}

// Count counts the points in mp, by a key of each (its category, say).
func Count(mp orb.MultiPolygon, pts []orb.Point, keys []string) map[string]int {
	out := map[string]int{}
	for i, p := range pts {
		if In(mp, p) {
			out[keys[i]]++
		}
	}
	return out
}
