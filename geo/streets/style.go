package streets

import (
	"image/color"
	"math"
)

// look is how one class is drawn: a fill (areas) or a line with an
// optional casing, its width in metres on the ground bounded by a minimum
// and maximum in pixels, and the zoom it appears from. The colours differ
// in lightness, not only in hue, so that a greyscale print still tells
// water, parks, buildings and roads apart.
type look struct {
	fill, line, casing color.NRGBA
	metres             float64 // line width on the ground
	minPx, maxPx       float64
	minZoom            float64
}

var looks = [...]look{
	Park:      {fill: color.NRGBA{0xd4, 0xe6, 0xc4, 0xff}, minZoom: 12},
	Water:     {fill: color.NRGBA{0xa9, 0xc8, 0xe0, 0xff}, minZoom: 10},
	Building:  {fill: color.NRGBA{0xd9, 0xd0, 0xc9, 0xff}, line: color.NRGBA{0xb8, 0xab, 0xa1, 0xff}, minZoom: 14.5},
	Fence:     {line: color.NRGBA{0xa8, 0x9e, 0x94, 0xff}, metres: 0.3, minPx: 0.6, maxPx: 2, minZoom: 17},
	Stream:    {line: color.NRGBA{0x8a, 0xb4, 0xd6, 0xff}, metres: 2, minPx: 0.8, maxPx: 6, minZoom: 13},
	River:     {line: color.NRGBA{0x8a, 0xb4, 0xd6, 0xff}, metres: 20, minPx: 1.5, maxPx: 40, minZoom: 10},
	Rail:      {line: color.NRGBA{0x70, 0x70, 0x70, 0xff}, metres: 2, minPx: 1, maxPx: 4, minZoom: 11},
	Path:      {line: color.NRGBA{0xb0, 0x9a, 0x86, 0xff}, metres: 1.5, minPx: 0.8, maxPx: 4, minZoom: 15},
	Track:     {line: color.NRGBA{0xc8, 0xb0, 0x90, 0xff}, metres: 3, minPx: 1, maxPx: 10, minZoom: 13},
	Service:   {line: color.NRGBA{0xff, 0xff, 0xff, 0xff}, casing: color.NRGBA{0xb8, 0xb0, 0xa8, 0xff}, metres: 4, minPx: 1, maxPx: 14, minZoom: 14},
	Street:    {line: color.NRGBA{0xff, 0xff, 0xff, 0xff}, casing: color.NRGBA{0xa8, 0xa0, 0x98, 0xff}, metres: 7, minPx: 1.2, maxPx: 24, minZoom: 12},
	Tertiary:  {line: color.NRGBA{0xff, 0xff, 0xf0, 0xff}, casing: color.NRGBA{0x98, 0x90, 0x88, 0xff}, metres: 9, minPx: 1.5, maxPx: 30, minZoom: 11},
	Secondary: {line: color.NRGBA{0xf7, 0xe4, 0xa8, 0xff}, casing: color.NRGBA{0x8a, 0x7a, 0x5a, 0xff}, metres: 12, minPx: 2, maxPx: 36, minZoom: 10},
	Primary:   {line: color.NRGBA{0xf2, 0xc9, 0x8a, 0xff}, casing: color.NRGBA{0x80, 0x66, 0x44, 0xff}, metres: 15, minPx: 2.5, maxPx: 44, minZoom: 9},
	Major:     {line: color.NRGBA{0xe8, 0xa8, 0x70, 0xff}, casing: color.NRGBA{0x70, 0x50, 0x30, 0xff}, metres: 20, minPx: 3, maxPx: 52, minZoom: 8},
}

// lookOf is the style of class c (the zero look, never drawn, for points
// and unknowns).
func lookOf(c Class) look {
	if int(c) < len(looks) {
		return looks[c]
	}
	return look{}
}

// width is the line width in image pixels at mpp ground metres per image
// pixel, with scale image pixels per screen pixel.
func (l look) width(mpp, scale float64) float64 {
	return math.Max(l.minPx*scale, math.Min(l.maxPx*scale, l.metres/mpp))
}

// visible says whether the class is drawn at zoom z.
func (l look) visible(z float64) bool {
	return (l.fill.A > 0 || l.line.A > 0) && z >= l.minZoom
}

// Label sizes and zooms.
const (
	streetLabelZoom = 15   // street names from this zoom
	houseLabelZoom  = 18   // house numbers from this zoom
	labelSize       = 11.5 // street label size in points at Scale 1
)
