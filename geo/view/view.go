// Package view is the map's window onto the world in Web Mercator: a
// View (centre, zoom, pixel size) and the maths between lon/lat and
// pixels. It is a leaf: the renderer, basemaps, printed pages and the
// window all use it, and it uses none of them.
package view

import (
	"math"

	"github.com/paulmach/orb"
)

// TileSize is the width of the world in pixels at zoom 0, as in web maps.
const TileSize = 256

// MaxZoom is the deepest zoom a view allows: at 22 a pixel is about 2.5 cm
// in Ulaanbaatar, enough to see a single fenced plot.
const MaxZoom = 22

// MinZoom is the widest zoom a view allows.
const MinZoom = 2

// View is a Web Mercator window onto the world: which lon/lat sits at the
// centre of an image of Width x Height pixels, at which zoom (fractional
// zoom levels allowed). View is a value: methods return changed copies.
type View struct {
	Center        orb.Point // lon/lat
	Zoom          float64
	Width, Height int
}

// WorldPixel projects lon/lat to global pixel coordinates at zoom z;
// latitudes beyond ±85.05112878° are clamped, as web maps do.
func WorldPixel(p orb.Point, z float64) (float64, float64) {
	scale := TileSize * math.Exp2(z)
	lat := math.Max(-85.05112878, math.Min(85.05112878, p[1]))
	x := (p[0] + 180) / 360 * scale
	s := math.Sin(lat * math.Pi / 180)
	y := (0.5 - math.Log((1+s)/(1-s))/(4*math.Pi)) * scale
	return x, y
}

// WorldLonLat is the inverse of WorldPixel.
func WorldLonLat(x, y, z float64) orb.Point {
	scale := TileSize * math.Exp2(z)
	lon := x/scale*360 - 180
	n := math.Pi - 2*math.Pi*y/scale
	lat := math.Atan(math.Sinh(n)) * 180 / math.Pi
	return orb.Point{lon, lat}
}

// Pixel returns where lon/lat p falls in the view's image.
func (v View) Pixel(p orb.Point) (x, y float64) {
	cx, cy := WorldPixel(v.Center, v.Zoom)
	px, py := WorldPixel(p, v.Zoom)
	return px - cx + float64(v.Width)/2, py - cy + float64(v.Height)/2
}

// LonLat returns the lon/lat under image pixel (x, y): the inverse of Pixel.
func (v View) LonLat(x, y float64) orb.Point {
	cx, cy := WorldPixel(v.Center, v.Zoom)
	return WorldLonLat(cx+x-float64(v.Width)/2, cy+y-float64(v.Height)/2, v.Zoom)
}

// Bound returns the lon/lat box the view shows.
func (v View) Bound() orb.Bound {
	a := v.LonLat(0, float64(v.Height))
	b := v.LonLat(float64(v.Width), 0)
	return orb.Bound{Min: a, Max: b}
}

// Pan moves the view so that the content shifts by (dx, dy) pixels.
func (v View) Pan(dx, dy float64) View {
	v.Center = v.LonLat(float64(v.Width)/2-dx, float64(v.Height)/2-dy)
	return v
}

// ZoomAt changes the zoom by delta levels keeping the lon/lat under image
// pixel (x, y) where it is, as map programs do for the mouse wheel.
func (v View) ZoomAt(x, y, delta float64) View {
	anchor := v.LonLat(x, y)
	v.Zoom = math.Max(MinZoom, math.Min(MaxZoom, v.Zoom+delta))
	ax, ay := v.Pixel(anchor)
	return v.Pan(x-ax, y-ay)
}

// Fit returns a view of the given size that shows all of b with a margin
// of pad pixels on every side. An empty bound gives a zoomed-in view of
// its point.
func Fit(b orb.Bound, width, height int, pad float64) View {
	v := View{Center: b.Center(), Width: width, Height: height, Zoom: MaxZoom}
	x0, y0 := WorldPixel(orb.Point{b.Min[0], b.Max[1]}, 0)
	x1, y1 := WorldPixel(orb.Point{b.Max[0], b.Min[1]}, 0)
	w, h := x1-x0, y1-y0
	availW, availH := float64(width)-2*pad, float64(height)-2*pad
	if w > 0 && h > 0 && availW > 0 && availH > 0 {
		v.Zoom = math.Min(math.Log2(availW/w), math.Log2(availH/h))
	} else if w > 0 && availW > 0 {
		v.Zoom = math.Log2(availW / w)
	} else if h > 0 && availH > 0 {
		v.Zoom = math.Log2(availH / h)
	} else {
		v.Zoom = 17
	}
	v.Zoom = math.Max(MinZoom, math.Min(MaxZoom, v.Zoom))
	// centre on the Mercator middle, not the lon/lat middle
	v.Center = WorldLonLat((x0+x1)/2*math.Exp2(v.Zoom), (y0+y1)/2*math.Exp2(v.Zoom), v.Zoom)
	return v
}

// MetresPerPixel returns the ground distance one image pixel covers at the
// view's centre.
func (v View) MetresPerPixel() float64 {
	const earthCircumference = 40075016.686
	return earthCircumference * math.Cos(v.Center[1]*math.Pi/180) / (TileSize * math.Exp2(v.Zoom))
}

// Transform returns k, ox, oy such that a point in WorldPixel coordinates
// at zoom 0 lands at (w[0]*k - ox, w[1]*k - oy) in the view's image.
func (v View) Transform() (k, ox, oy float64) {
	k = math.Exp2(v.Zoom)
	cx, cy := WorldPixel(v.Center, 0)
	return k, cx*k - float64(v.Width)/2, cy*k - float64(v.Height)/2
}

// WorldBound is the view's extent in WorldPixel coordinates at zoom 0.
func (v View) WorldBound() orb.Bound {
	k, ox, oy := v.Transform()
	return orb.Bound{Min: orb.Point{ox / k, oy / k}, Max: orb.Point{(ox + float64(v.Width)) / k, (oy + float64(v.Height)) / k}}
}
