package streets

import (
	"image"
	"math"

	"github.com/paulmach/orb"
	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/math/f64"
)

// labelGap is the distance along a street between repeats of its name,
// in screen pixels.
const labelGap = 360.0

// drawLabels writes place names, street names along their streets
// (repeated along long ones) and, close in, house numbers, never
// overlapping one another.
func (pt *Painter) drawLabels(dst *image.RGBA, f frame, s *Set) {
	pt.claimed = pt.claimed[:0]
	clear(pt.placed)
	fonts := fontSet{pt.Fonts.Regular, pt.Fonts.Bold}
	if f.zoom >= 12 {
		pt.pointLabels(dst, f, s, fonts, Place, 13*pt.Scale, true)
	}
	if f.zoom >= streetLabelZoom {
		for i := len(pt.ids) - 1; i >= 0; i-- { // major roads first
			id := pt.ids[i]
			if ft := &s.Features[id]; ft.Class.Road() {
				name := ft.Label(pt.Lang)
				if img := pt.labels.get(fonts, name, labelSize*pt.Scale, false); img != nil {
					pt.line = f.pixels(pt.line, s, id)
					pt.alongLine(dst, img, pt.line, name)
					pt.alongBends(dst, fonts, pt.line, name, float64(img.Bounds().Dx()))
				}
			}
		}
	}
	if f.zoom >= houseLabelZoom {
		pt.pointLabels(dst, f, s, fonts, House, 9*pt.Scale, false)
		pt.pointLabels(dst, f, s, fonts, Building, 9*pt.Scale, false)
	}
}

// pointLabels writes the label of every feature of class c at its point
// (a building's number at the middle of its outline), horizontally.
func (pt *Painter) pointLabels(dst *image.RGBA, f frame, s *Set, fonts fontSet, c Class, size float64, name bool) {
	for _, id := range pt.ids {
		ft := &s.Features[id]
		if ft.Class != c {
			continue
		}
		text := ft.Number
		if name {
			text = ft.Label(pt.Lang)
		}
		img := pt.labels.get(fonts, text, size, name)
		if img == nil {
			continue
		}
		pt.line = f.pixels(pt.line, s, id)
		at := orb.MultiPoint(pt.line).Bound().Center()
		pt.put(dst, img, at, 0)
	}
}

// alongLine places img on the straight stretches of a line long enough
// to hold it, one every labelGap pixels along the line and no closer than
// that to the same name on another way of the street (OpenStreetMap cuts
// streets into many ways).
func (pt *Painter) alongLine(dst *image.RGBA, img *image.NRGBA, line []orb.Point, name string) {
	need := float64(img.Bounds().Dx()) * 1.1
	next := 0.0 // distance along the line where the next label may go
	walked := 0.0
	for i := 0; i+1 < len(line); i++ {
		a, b := line[i], line[i+1]
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		angle := upright(math.Atan2(dy, dx))
		for at := max(need/2, next-walked); at <= l-need/2; at += need / 2 {
			c := orb.Point{a[0] + dx*at/l, a[1] + dy*at/l}
			if pt.nearSameName(name, c) {
				continue
			}
			if pt.put(dst, img, c, angle) {
				if pt.placed == nil {
					pt.placed = map[string][]orb.Point{}
				}
				pt.placed[name] = append(pt.placed[name], c)
				next = walked + at + labelGap*pt.Scale
				at = next - walked - need/2
			}
		}
		walked += l
	}
}

// nearSameName reports whether name was already written within labelGap
// of c.
func (pt *Painter) nearSameName(name string, c orb.Point) bool {
	gap := labelGap * pt.Scale
	for _, p := range pt.placed[name] {
		if math.Hypot(p[0]-c[0], p[1]-c[1]) < gap {
			return true
		}
	}
	return false
}

// upright turns an angle so that text along it reads left to right.
func upright(a float64) float64 {
	if a > math.Pi/2 {
		return a - math.Pi
	}
	if a < -math.Pi/2 {
		return a + math.Pi
	}
	return a
}

// put draws img centred at c, turned by angle radians, unless it would
// leave the image or overlap a label already placed; it reports whether
// it drew.
func (pt *Painter) put(dst *image.RGBA, img *image.NRGBA, c orb.Point, angle float64) bool {
	r := turnedRect(img, c, angle)
	if !pt.free(dst, r) {
		return false
	}
	pt.claimed = append(pt.claimed, r)
	drawTurned(dst, img, c, angle)
	return true
}

// free reports whether r lies inside dst and clear of every label placed.
func (pt *Painter) free(dst *image.RGBA, r image.Rectangle) bool {
	if !r.In(dst.Bounds()) {
		return false
	}
	for _, o := range pt.claimed {
		if o.Overlaps(r) {
			return false
		}
	}
	return true
}

// turnedRect is the pixel box img covers centred at c, turned by angle.
func turnedRect(img *image.NRGBA, c orb.Point, angle float64) image.Rectangle {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	cos, sin := math.Cos(angle), math.Sin(angle)
	hw := (math.Abs(cos)*w + math.Abs(sin)*h) / 2
	hh := (math.Abs(sin)*w + math.Abs(cos)*h) / 2
	return image.Rect(int(c[0]-hw), int(c[1]-hh), int(math.Ceil(c[0]+hw)), int(math.Ceil(c[1]+hh)))
}

// drawTurned draws img centred at c, turned by angle radians.
func drawTurned(dst *image.RGBA, img *image.NRGBA, c orb.Point, angle float64) {
	if angle == 0 {
		xdraw.Draw(dst, turnedRect(img, c, 0), img, image.Point{}, xdraw.Over)
		return
	}
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	cos, sin := math.Cos(angle), math.Sin(angle)
	ox, oy := w/2, h/2
	m := f64.Aff3{cos, -sin, c[0] - cos*ox + sin*oy, sin, cos, c[1] - sin*ox - cos*oy}
	xdraw.ApproxBiLinear.Transform(dst, m, img, img.Bounds(), xdraw.Over, nil)
}
