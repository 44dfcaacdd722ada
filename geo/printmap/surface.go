package printmap

import (
	"image"
	"image/color"
)

// surface is what a page is drawn on: a raster image or a PDF page.
// Positions and sizes are in millimetres from the page's top-left corner;
// font sizes in points.
type surface interface {
	measurer
	// text writes s with its baseline-left corner at (x, y).
	text(x, y, size float64, bold bool, c color.NRGBA, s string)
	// rect fills and/or outlines a rectangle (an alpha of 0 skips either).
	rect(x, y, w, h float64, fill, stroke color.NRGBA, width float64)
	// line draws a straight line.
	line(x1, y1, x2, y2 float64, c color.NRGBA, width float64)
	// polygon fills a closed polygon.
	polygon(pts [][2]float64, fill color.NRGBA)
	// image places a picture stretched over a rectangle.
	image(img image.Image, x, y, w, h float64)
}

// measurer tells how wide text is set, in millimetres.
type measurer interface {
	// textWidth is how wide s would be.
	textWidth(size float64, bold bool, s string) float64
}

// Type sizes in points, before scaling with the paper (k): body text
// (legend, notes, credits) is never under 9 pt, tables never under 8 pt.
const (
	bodySize  = 9.0
	tableSize = 8.0
)

// lineHeight is the distance between lines of size points, in mm.
func lineHeight(size float64) float64 { return size * 25.4 / 72 * 1.3 }
