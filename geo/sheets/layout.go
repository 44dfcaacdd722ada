package sheets

import (
	"fmt"
	"math"
)

// rect is a box on the page in millimetres from the top-left corner.
type rect struct{ x, y, w, h float64 }

// Layout is where everything sits on one paper size, in millimetres. It
// is designed on A4 portrait; A3 is the same scaled by √2.
type Layout struct {
	W, H float64
	// Markers are the centres of the four corner markers (top-left,
	// top-right, bottom-right, bottom-left); Marker is their side.
	Markers [4][2]float64
	Marker  float64
	k       float64
	mapBox  rect
	notes   rect
	legend  rect
	qr      rect
}

// Columns and Rows are the reference grid: A–H across, 1–12 down.
const (
	Columns = 8
	Rows    = 12
)

// NewLayout returns the layout of paper "A4" or "A3" (portrait).
func NewLayout(paper string) (Layout, error) {
	k := 1.0
	switch paper {
	case "", "A4":
	case "A3":
		k = math.Sqrt2
	default:
		return Layout{}, fmt.Errorf("sheets: paper %q: choose A4 or A3", paper)
	}
	s := func(r rect) rect { return rect{r.x * k, r.y * k, r.w * k, r.h * k} }
	l := Layout{W: 210 * k, H: 297 * k, Marker: 10 * k, k: k,
		mapBox: s(rect{18, 22, 174, 192}), notes: s(rect{18, 226, 80, 52}),
		legend: s(rect{102, 226, 46, 52}), qr: s(rect{152, 231, 40, 40})}
	for i, c := range [4][2]float64{{11, 11}, {199, 11}, {199, 286}, {11, 286}} {
		l.Markers[i] = [2]float64{c[0] * k, c[1] * k}
	}
	return l, nil
}

// MapFrame returns the map's box on the page in millimetres: left, top,
// width, height.
func (l Layout) MapFrame() (x, y, w, h float64) {
	return l.mapBox.x, l.mapBox.y, l.mapBox.w, l.mapBox.h
}

// QRBox returns the QR code's box on the page in millimetres: left, top,
// width, height.
func (l Layout) QRBox() (x, y, w, h float64) { return l.qr.x, l.qr.y, l.qr.w, l.qr.h }
