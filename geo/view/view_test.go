package view

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestPixelRoundTrip(t *testing.T) {
	views := []View{
		{Center: orb.Point{106.92, 47.92}, Zoom: 12, Width: 1280, Height: 800},
		{Center: orb.Point{106.92, 47.92}, Zoom: 19.5, Width: 300, Height: 200},
		{Center: orb.Point{0, 0}, Zoom: 3, Width: 800, Height: 600},
	}
	for _, v := range views {
		for _, px := range [][2]float64{{0, 0}, {17.5, 33.25}, {float64(v.Width), float64(v.Height)}} {
			ll := v.LonLat(px[0], px[1])
			x, y := v.Pixel(ll)
			if math.Abs(x-px[0]) > 1e-6 || math.Abs(y-px[1]) > 1e-6 {
				t.Errorf("zoom %v: pixel %v -> %v -> (%v, %v)", v.Zoom, px, ll, x, y)
			}
		}
	}
}

func TestCenterIsMiddle(t *testing.T) {
	v := View{Center: orb.Point{106.92, 47.92}, Zoom: 14, Width: 1000, Height: 600}
	x, y := v.Pixel(v.Center)
	if x != 500 || y != 300 {
		t.Errorf("centre at (%v, %v), want (500, 300)", x, y)
	}
	// North is up and east is right.
	nx, ny := v.Pixel(orb.Point{106.93, 47.93})
	if nx <= 500 || ny >= 300 {
		t.Errorf("a point north-east of the centre is drawn at (%v, %v)", nx, ny)
	}
}

func TestZoomAtKeepsAnchor(t *testing.T) {
	v := View{Center: orb.Point{106.92, 47.92}, Zoom: 12, Width: 800, Height: 600}
	anchor := v.LonLat(100, 450)
	for _, d := range []float64{1, -1.5, 0.25, 30, -30} {
		w := v.ZoomAt(100, 450, d)
		x, y := w.Pixel(anchor)
		if math.Abs(x-100) > 1e-6 || math.Abs(y-450) > 1e-6 {
			t.Errorf("delta %v: anchor moved to (%v, %v)", d, x, y)
		}
		if w.Zoom < MinZoom || w.Zoom > MaxZoom {
			t.Errorf("zoom %v out of range", w.Zoom)
		}
	}
}

func TestFit(t *testing.T) {
	b := orb.Bound{Min: orb.Point{106.90, 47.94}, Max: orb.Point{106.95, 47.98}}
	v := Fit(b, 1280, 800, 20)
	x0, y0 := v.Pixel(orb.Point{b.Min[0], b.Max[1]})
	x1, y1 := v.Pixel(orb.Point{b.Max[0], b.Min[1]})
	if x0 < 19.99 || y0 < 19.99 || x1 > 1260.01 || y1 > 780.01 {
		t.Errorf("bound drawn at (%v,%v)-(%v,%v), not inside the padded image", x0, y0, x1, y1)
	}
	if math.Abs(x0-20) > 1e-6 && math.Abs(y0-20) > 1e-6 {
		t.Errorf("bound does not touch the padding on either axis: (%v,%v)", x0, y0)
	}
	if p := Fit(orb.Bound{Min: orb.Point{106.9, 47.9}, Max: orb.Point{106.9, 47.9}}, 100, 100, 10); p.Zoom != 17 {
		t.Errorf("a single point fits at zoom %v, want 17", p.Zoom)
	}
}

func TestMetresPerPixel(t *testing.T) {
	// At zoom 0 on the equator a 256-pixel world is 40,075 km wide.
	v := View{Zoom: 0}
	if got := v.MetresPerPixel(); math.Abs(got-156543.03) > 0.01 {
		t.Errorf("got %v m/px", got)
	}
}
