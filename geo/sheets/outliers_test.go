package sheets

import (
	"math/rand/v2"
	"testing"
)

// TestFitMarksDropsAStrayMarker: the code's points and three markers as
// a tilted camera sees them, the fourth "marker" 15 mm off (a blob beside
// a marker the photo's edge cut): a stray one is left out when that is
// clear, and the frame is then placed within 1.5 mm (a corner without its
// marker is placed from the code and the three others: about 1 mm on a
// tilted photo, more than the 0.5% of a kheseg sheet); else all four are
// kept, as before (the perspective can be bent to fit a stray marker far
// from the code: the bottom-left one). With all four true, all four are
// kept.
func TestFitMarksDropsAStrayMarker(t *testing.T) {
	l, _ := NewLayout("A4")
	rng := rand.New(rand.NewPCG(7, 7))
	qrSrc, err := qrPagePoints(l, Code{Project: "x", Page: "S01"}.String(), 4)
	if err != nil {
		t.Fatal(err)
	}
	var left []int // the stray markers kept
	for i := range 12 {
		truth := randomShot(rng).camera(l)
		see := func(p [2]float64, jitter float64) [2]float64 {
			u, v := truth.Apply(p[0], p[1])
			return [2]float64{u + rng.NormFloat64()*jitter, v + rng.NormFloat64()*jitter}
		}
		var qrDst [][2]float64
		for _, p := range qrSrc {
			qrDst = append(qrDst, see(p, 0.5))
		}
		var found [4]*[2]float64
		for j, m := range l.Markers {
			p := see(m, 0.5)
			found[j] = &p
		}
		if _, kept, _, _, err := fitMarks(l, qrSrc, qrDst, found); err != nil || kept != [4]bool{true, true, true, true} {
			t.Fatalf("shot %d, all markers true: kept %v (%v)", i, kept, err)
		}
		stray := i % 4
		m := l.Markers[stray]
		p := see([2]float64{m[0] - 15, m[1] + 3}, 0)
		found[stray] = &p
		h, kept, _, _, err := fitMarks(l, qrSrc, qrDst, found)
		switch {
		case err != nil:
			t.Fatal(err)
		case kept == [4]bool{true, true, true, true}:
			left = append(left, stray)
		case kept[stray] || !kept[(stray+1)%4] || !kept[(stray+2)%4] || !kept[(stray+3)%4]:
			t.Errorf("shot %d, marker %d stray: kept %v", i, stray, kept)
		case cornerError(l, truth, h) > 1.5:
			t.Errorf("shot %d, marker %d stray: the frame's corners are %.2f mm off", i, stray, cornerError(l, truth, h))
		}
	}
	for _, m := range left {
		if m != 3 {
			t.Errorf("a stray marker %d was kept", m)
		}
	}
}
