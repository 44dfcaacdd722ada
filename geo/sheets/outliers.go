package sheets

import (
	"math"
	"slices"
)

// fitMM is how far, in page millimetres, any point may lie from where
// the perspective solved from all the points used puts it. Marks truly
// found lie within a few tenths; a blob beside a marker cut off by the
// photo's edge, a pen mark or a shadow taken for a marker lies further.
const fitMM = 1.5

// clearly is how many times better the best set of three markers must
// fit than the next for the fourth to be left out: with the code's
// points close together, three markers and the code leave little to
// check, and a stray marker far from the code can be fitted by bending
// the perspective.
const clearly = 3

// fitMarks solves the perspective from the code's points and the markers
// found. When all four were found but one does not fit the others, and
// leaving one out fits clearly better than leaving out any other, that
// one is left out. It returns the perspective, which markers it kept,
// and the points used.
func fitMarks(l Layout, qrSrc, qrDst [][2]float64, found [4]*[2]float64) (Homography, [4]bool, [][2]float64, [][2]float64, error) {
	var kept [4]bool
	for i, m := range found {
		kept[i] = m != nil
	}
	h, src, dst, err := solveKept(l, qrSrc, qrDst, found, kept)
	if err != nil || kept != [4]bool{true, true, true, true} || worstFit(h, src, dst) < fitMM {
		return h, kept, src, dst, err
	}
	type leftOut struct {
		marker int
		fit    float64
	}
	var tries []leftOut
	for i := range found {
		k := kept
		k[i] = false
		if h, src, dst, err := solveKept(l, qrSrc, qrDst, found, k); err == nil {
			tries = append(tries, leftOut{i, worstFit(h, src, dst)})
		}
	}
	slices.SortFunc(tries, func(a, b leftOut) int { return int(math.Copysign(1, a.fit-b.fit)) })
	if len(tries) < 2 || tries[0].fit >= fitMM || tries[0].fit*clearly > tries[1].fit {
		return h, kept, src, dst, nil // no one marker clearly stray: all four, as found
	}
	kept[tries[0].marker] = false
	h, src, dst, err = solveKept(l, qrSrc, qrDst, found, kept)
	return h, kept, src, dst, err
}

// solveKept solves from the code's points and the markers kept.
func solveKept(l Layout, qrSrc, qrDst [][2]float64, found [4]*[2]float64, kept [4]bool) (Homography, [][2]float64, [][2]float64, error) {
	src, dst := append([][2]float64(nil), qrSrc...), append([][2]float64(nil), qrDst...)
	for i, m := range found {
		if kept[i] {
			src, dst = append(src, l.Markers[i]), append(dst, *m)
		}
	}
	h, err := SolveHomography(src, dst)
	return h, src, dst, err
}

// worstFit is the largest distance, in page millimetres, between a
// point found and where h puts its page point.
func worstFit(h Homography, src, dst [][2]float64) float64 {
	worst := 0.0
	for i, p := range src {
		u, v := h.Apply(p[0], p[1])
		worst = max(worst, math.Hypot(u-dst[i][0], v-dst[i][1])/pxPerMM(h, p[0], p[1]))
	}
	return worst
}
