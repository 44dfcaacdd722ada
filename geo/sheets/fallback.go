package sheets

import (
	"image"
	"math"
	"slices"
)

// readQRByMarkers reads the QR code of a photo in which it could not be
// read as it is: the four largest marker-like targets are taken as the
// corner markers, and for each of the four ways the sheet may be turned
// the QR box is straightened and read. It returns the text and the
// finder pattern centres in g's pixels, as readQR does. The box is
// straightened out of full, the photo at every pixel (g is it shrunk by
// f): a blurred code needs them all.
func readQRByMarkers(g, full *image.Gray, f int, l Layout) (string, [][2]float64, error) {
	short := float64(min(g.Rect.Dx(), g.Rect.Dy()))
	side := short / 60 // a marker on a sheet filling half the photo
	centres, areas := targets(darkMask(g, int(short/15)), g.Rect.Dx(), int(0.3*side*side))
	if len(centres) < 4 {
		return "", nil, ErrNoSheet
	}
	idx := make([]int, len(centres))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return areas[b] - areas[a] })
	var big [][2]float64
	for _, i := range idx[:min(len(idx), candidates)] {
		big = append(big, centres[i])
	}
	corners := widest(big)
	for turn := range 4 {
		var page [][2]float64
		for i := range 4 {
			page = append(page, l.Markers[(i+turn)%4])
		}
		h, err := SolveHomography(page, corners)
		if err != nil {
			continue
		}
		ff, c := float64(f), float64(f-1)/2
		if text, pts, err := readQRBox(full, l, h.scaled(ff, c)); err == nil {
			for i := range pts {
				pts[i] = [2]float64{(pts[i][0] - c) / ff, (pts[i][1] - c) / ff}
			}
			return text, pts, nil
		}
	}
	return "", nil, ErrNoSheet
}

// candidates is how many of the largest marker-like targets are tried as
// the corner markers: the code's finder patterns, shaded, can be as large
// as a marker.
const candidates = 8

// widest is the four of ps that span the largest quadrilateral, clockwise:
// the corner markers lie at the page's corners, around every other mark.
func widest(ps [][2]float64) [][2]float64 {
	var best [][2]float64
	most := -1.0
	n := len(ps)
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			for c := b + 1; c < n; c++ {
				for d := c + 1; d < n; d++ {
					q := clockwise([][2]float64{ps[a], ps[b], ps[c], ps[d]})
					if s := quadArea(q); s > most {
						best, most = q, s
					}
				}
			}
		}
	}
	return best
}

// quadArea is the area of the quadrilateral q (shoelace formula).
func quadArea(q [][2]float64) float64 {
	s := 0.0
	for i := range q {
		j := (i + 1) % len(q)
		s += q[i][0]*q[j][1] - q[j][0]*q[i][1]
	}
	return math.Abs(s) / 2
}

// clockwise orders points by their angle around their centre: clockwise
// on an image whose y axis points down.
func clockwise(p [][2]float64) [][2]float64 {
	var cx, cy float64
	for _, q := range p {
		cx, cy = cx+q[0]/float64(len(p)), cy+q[1]/float64(len(p))
	}
	slices.SortFunc(p, func(a, b [2]float64) int {
		return cmpFloat(math.Atan2(a[1]-cy, a[0]-cx), math.Atan2(b[1]-cy, b[0]-cx))
	})
	return p
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// readQRBox straightens the layout's QR box (with a quiet zone) out of g
// through h (page mm to g's pixels) and reads it; the finder pattern
// centres found are taken back to g's pixels.
func readQRBox(g *image.Gray, l Layout, h Homography) (string, [][2]float64, error) {
	const px = 8.0 // pixels per millimetre of the straightened box
	x0, y0 := l.qr.x-6*l.k, l.qr.y-6*l.k
	n := int((l.qr.w + 12*l.k) * px)
	box := image.NewGray(image.Rect(0, 0, n, n))
	for y := range n {
		for x := range n {
			u, v := h.Apply(x0+(float64(x)+0.5)/px, y0+(float64(y)+0.5)/px)
			box.Pix[y*box.Stride+x] = grayAt(g, u, v)
		}
	}
	text, pts, err := readQR(box)
	if err != nil {
		return "", nil, err
	}
	for i, p := range pts {
		pts[i][0], pts[i][1] = h.Apply(x0+(p[0]+0.5)/px, y0+(p[1]+0.5)/px)
	}
	return text, pts, nil
}

// grayAt samples g bilinearly at (x, y), white outside it.
func grayAt(g *image.Gray, x, y float64) uint8 {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if x < 0 || y < 0 || x > float64(w-1) || y > float64(h-1) {
		return 255
	}
	x0, y0 := int(x), int(y)
	x1, y1 := min(x0+1, w-1), min(y0+1, h-1)
	fx, fy := x-float64(x0), y-float64(y0)
	p := func(x, y int) float64 { return float64(g.Pix[y*g.Stride+x]) }
	return uint8((p(x0, y0)*(1-fx)+p(x1, y0)*fx)*(1-fy) + (p(x0, y1)*(1-fx)+p(x1, y1)*fx)*fy + 0.5)
}
