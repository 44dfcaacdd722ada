package sheets

import (
	"fmt"
	"image"
	"math"
)

// qrPagePoints are where on the page the QR code's finder pattern centres
// (bottom-left, top-left, top-right) and, when n is 4, its alignment
// pattern lie, as the code with this text was printed.
func qrPagePoints(l Layout, text string, n int) ([][2]float64, error) {
	m, err := qrMatrix(text)
	if err != nil {
		return nil, err
	}
	k := float64(m.GetWidth())
	x, y, u := qrPlace(l, m.GetWidth())
	pts := [][2]float64{{x + 3.5*u, y + (k-3.5)*u}, {x + 3.5*u, y + 3.5*u}, {x + (k-3.5)*u, y + 3.5*u}}
	if n == 4 {
		if k < 25 {
			return nil, fmt.Errorf("sheets: the QR code reports an alignment pattern it cannot have")
		}
		pts = append(pts, [2]float64{x + (k-6.5)*u, y + (k-6.5)*u})
	}
	return pts, nil
}

// withFourth completes three points (a parallelogram's bottom-left,
// top-left, top-right corners) with the fourth corner, so that four
// points fix a first guess of the perspective.
func withFourth(p [][2]float64) [][2]float64 {
	if len(p) >= 4 {
		return p
	}
	return append(p[:3:3], [2]float64{p[0][0] + p[2][0] - p[1][0], p[0][1] + p[2][1] - p[1][1]})
}

// findMarkers looks for the four corner markers in g near where guess
// puts them; a marker not found is nil.
func findMarkers(g *image.Gray, l Layout, guess Homography) [4]*[2]float64 {
	w := g.Rect.Dx()
	scale := pxPerMM(guess, l.qr.x, l.qr.y)
	side := l.Marker * scale
	centres, _ := targets(darkMask(g, int(max(15, 4*side))), w, int(0.08*side*side))
	reach := 0.15 * math.Hypot(l.W, l.H) * scale
	var out [4]*[2]float64
	for i, m := range l.Markers {
		px, py := guess.Apply(m[0], m[1])
		best := reach
		for j, c := range centres {
			if d := math.Hypot(c[0]-px, c[1]-py); d < best {
				best, out[i] = d, &centres[j]
			}
		}
	}
	return out
}

// pxPerMM is how many pixels of the photo a millimetre near (x, y) on
// the page takes.
func pxPerMM(h Homography, x, y float64) float64 {
	ax, ay := h.Apply(x, y)
	bx, by := h.Apply(x+1, y)
	cx, cy := h.Apply(x, y+1)
	return math.Sqrt(math.Hypot(bx-ax, by-ay) * math.Hypot(cx-ax, cy-ay))
}

// residual is the root mean square of how far, in page millimetres, each
// found point lies from where h puts its page point.
func residual(h Homography, src, dst [][2]float64) float64 {
	var s float64
	for i, p := range src {
		u, v := h.Apply(p[0], p[1])
		d := math.Hypot(u-dst[i][0], v-dst[i][1]) / pxPerMM(h, p[0], p[1])
		s += d * d
	}
	return math.Sqrt(s / float64(len(src)))
}

// metresPerMM is how many metres on the ground a millimetre of the map
// frame covers (across, at the frame's middle latitude).
func metresPerMM(c Code, l Layout) float64 {
	return GroundWidth(c.Bound) / l.mapBox.w
}
