package render

import (
	"image"
	"math"

	"github.com/paulmach/orb"
)

// minLineWidth is the narrowest a layer of lines is drawn, in device-
// independent pixels: a track, the route walked, must stand out from the
// boundaries' thin outlines.
const minLineWidth = 2.5

// LineWidth is the width, in device-independent pixels, that a layer of
// lines in style st is drawn at (on the map and in a printed legend).
func LineWidth(st Style) float64 { return math.Max(st.StrokeWidth, minLineWidth) }

// projectLines projects a line feature; its label goes at the middle
// vertex of its longest line.
func projectLines(g orb.MultiLineString) projFeature {
	ml := make(orb.MultiLineString, len(g))
	var anchor orb.Point
	most := -1
	for j, line := range g {
		l := make(orb.LineString, len(line))
		for n, q := range line {
			l[n][0], l[n][1] = worldPixel(q, 0)
		}
		ml[j] = l
		if len(l) > most {
			most, anchor = len(l), l[len(l)/2]
		}
	}
	return projFeature{lines: ml, point: anchor, bound: ml.Bound()}
}

// drawLines strokes every visible feature of a layer of lines.
func (b *band) drawLines(dst *image.RGBA, f frame, p *projected, st Style) {
	width := LineWidth(st) * f.scale
	_, stroke := b.painters(dst, width+2)
	for i := range p.features {
		pf := &p.features[i]
		if !pf.bound.Intersects(f.world) {
			continue
		}
		for _, line := range pf.lines {
			stroke.stroke(b.pixels(f, orb.Ring(line), nil), width)
		}
	}
	stroke.flush(st.Stroke)
}
