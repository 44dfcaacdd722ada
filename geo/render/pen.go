package render

import (
	"image"
	"image/color"

	"github.com/paulmach/orb"
)

// Pen draws anti-aliased strokes and fills in image pixels for layers
// drawn outside a Scene (a street map under the boundaries): shapes of one
// colour are gathered, then painted in one pass by Flush. Not safe for
// concurrent use.
type Pen struct{ p *painter }

// NewPen returns a pen drawing on dst; shapes reaching more than pad
// pixels outside dst are clipped.
func NewPen(dst *image.RGBA, pad float64) *Pen { return &Pen{newPainter(dst, pad)} }

// Begin readies the pen for drawing on dst, keeping its buffers when dst
// is the size of the last image (no allocation when redrawing a view).
func (pn *Pen) Begin(dst *image.RGBA, pad float64) { pn.p.begin(dst, pn.p.mask, pad) }

// Line adds a polyline of the given width, in image pixels, with round
// caps and joins.
func (pn *Pen) Line(line []orb.Point, width float64) { pn.p.stroke(line, width) }

// Ring adds a closed ring to fill (even-odd is not applied: holes are
// filled by adding them as rings of the opposite winding).
func (pn *Pen) Ring(r orb.Ring) { pn.p.ring(r) }

// Flush paints what was added in colour c and starts afresh.
func (pn *Pen) Flush(c color.NRGBA) { pn.p.flush(c) }

// WorldPixel is p in Web Mercator pixels at zoom 0 (the world is
// TileSize pixels wide): projecting once lets a layer be drawn at any view
// with Transform alone.
func WorldPixel(p orb.Point) orb.Point {
	x, y := worldPixel(p, 0)
	return orb.Point{x, y}
}
