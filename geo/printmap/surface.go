package printmap

import (
	"image"
	"image/color"
)

// surface is what a page is drawn on: a raster image or a PDF page.
// Positions and sizes are in millimetres from the page's top-left corner;
// font sizes in points.
type surface interface {
	// text writes s with its baseline-left corner at (x, y).
	text(x, y, size float64, bold bool, c color.NRGBA, s string)
	// textWidth is how wide s would be.
	textWidth(size float64, bold bool, s string) float64
	// rect fills and/or outlines a rectangle (an alpha of 0 skips either).
	rect(x, y, w, h float64, fill, stroke color.NRGBA, width float64)
	// line draws a straight line.
	line(x1, y1, x2, y2 float64, c color.NRGBA, width float64)
	// polygon fills a closed polygon.
	polygon(pts [][2]float64, fill color.NRGBA)
	// image places a picture stretched over a rectangle.
	image(img image.Image, x, y, w, h float64)
}

// wrap breaks s into lines no wider than width, at spaces.
func wrap(s surface, size float64, bold bool, text string, width float64) []string {
	var lines []string
	for _, para := range splitLines(text) {
		line := ""
		for _, word := range splitWords(para) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if line != "" && s.textWidth(size, bold, try) > width {
				lines = append(lines, line)
				line = word
				continue
			}
			line = try
		}
		lines = append(lines, line)
	}
	return lines
}
