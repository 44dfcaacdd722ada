package sheets

import (
	"math"
	"testing"
)

// TestSolveHomography maps a unit square onto a quadrilateral that a
// tilted camera would see, then recovers it from the corners:
//
//	(0,0)---(1,0)        (10,10)-------(30,12)
//	  |       |     ->      \             /
//	(0,1)---(1,1)         (12,40)----(26,35)
func TestSolveHomography(t *testing.T) {
	want := Homography{20, 2, 10, 2, 30, 10, 0.1, 0.05}
	var src, dst [][2]float64
	for _, p := range [][2]float64{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0.5, 0.3}, {0.2, 0.9}} {
		u, v := want.Apply(p[0], p[1])
		src, dst = append(src, p), append(dst, [2]float64{u, v})
	}
	for _, n := range []int{4, 6} {
		got, err := SolveHomography(src[:n], dst[:n])
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			if math.Abs(got[i]-want[i]) > 1e-9 {
				t.Errorf("%d points: h%d = %g, want %g", n, i, got[i], want[i])
			}
		}
	}
	line := [][2]float64{{0, 0}, {1, 1}, {2, 2}, {3, 3}}
	if _, err := SolveHomography(line, line); err == nil {
		t.Error("points on a line gave a homography")
	}
	if _, err := SolveHomography(src[:3], dst[:3]); err == nil {
		t.Error("three points gave a homography")
	}
}
