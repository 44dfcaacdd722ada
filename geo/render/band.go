package render

import (
	"image"
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// band draws one horizontal strip of an image; the strips of a frame are
// drawn in parallel, each with its own scratch state, reused across frames.
type band struct {
	r              *Renderer
	scratch        []orb.Point
	skip           []bool       // per segment of scratch: already drawn by a neighbour
	outlined       []bool       // per feature of the layer being drawn: outline drawn
	fillP, strokeP painter      // reused between layers and frames
	mask           *image.Alpha // coverage scratch shared by the painters
}

// painters readies the two reusable painters for dst.
func (b *band) painters(dst *image.RGBA, pad float64) (fill, stroke *painter) {
	if b.mask == nil || b.mask.Bounds() != dst.Bounds() {
		b.mask = image.NewAlpha(dst.Bounds())
	}
	b.fillP.begin(dst, b.mask, pad)
	b.strokeP.begin(dst, b.mask, pad)
	return &b.fillP, &b.strokeP
}

// draw paints the areas, the selection and the symbols of one strip.
func (b *band) draw(dst *image.RGBA, f frame, s Scene) {
	r := b.r
	for i, dl := range s.Layers {
		if !dl.Hidden && dl.Layer.Kind == geo.Polygons {
			b.drawPolygons(dst, f, r.proj.get(dl.Layer), dl.Style)
		}
		if !dl.Hidden && dl.Layer.Kind == geo.Lines {
			b.drawLines(dst, f, r.proj.get(dl.Layer), dl.Style)
		}
		if s.Selected.Layer == i && !dl.Hidden {
			b.drawSelected(dst, f, r.proj.get(dl.Layer), s.Selected.Feature, dl.Style)
		}
	}
	for _, dl := range s.Layers {
		if !dl.Hidden && dl.Layer.Kind == geo.Points {
			b.drawPoints(dst, f, r.proj.get(dl.Layer), dl.Style)
		}
	}
}

// pixels converts a world ring to image pixels, dropping vertices closer
// than simplifyPx to the last one kept. Given the owners of its segments
// (or nil), it also fills b.skip: for each output segment, whether every
// original segment it stands for was already outlined by its owner.
func (b *band) pixels(f frame, ring orb.Ring, owners []int32) orb.Ring {
	out := b.scratch[:0]
	b.skip = b.skip[:0]
	run := true // all original segments since the last kept vertex are drawn
	for i, p := range ring {
		if i > 0 {
			run = run && owners != nil && owners[i-1] >= 0 && b.outlined[owners[i-1]]
		}
		x, y := f.px(p)
		if n := len(out); n > 0 && i < len(ring)-1 {
			last := out[n-1]
			if math.Abs(x-last[0]) < simplifyPx && math.Abs(y-last[1]) < simplifyPx {
				continue
			}
		}
		if len(out) > 0 {
			b.skip = append(b.skip, run)
		}
		run = true
		out = append(out, orb.Point{x, y})
	}
	b.scratch = out
	return orb.Ring(out)
}

// drawPolygons fills, hatches and outlines every visible feature of a layer.
func (b *band) drawPolygons(dst *image.RGBA, f frame, p *projected, st Style) {
	sc := f.scale
	width := st.StrokeWidth * sc
	fill, stroke := b.painters(dst, width+2)
	b.outlined = append(b.outlined[:0], make([]bool, len(p.features))...)
	for i := range p.features {
		pf := &p.features[i]
		if !pf.bound.Intersects(f.world) {
			continue
		}
		if w, h := (pf.bound.Max[0]-pf.bound.Min[0])*f.k, (pf.bound.Max[1]-pf.bound.Min[1])*f.k; w < tinyPx && h < tinyPx {
			// a few pixels across: a dot of its size says as much as an outline
			x, y := f.px(pf.bound.Center())
			stroke.lines.segment(x, y, x, y, math.Max(width/2, math.Max(w, h)/2))
			continue
		}
		var hatchRings []orb.Ring
		for j, poly := range pf.polys {
			for k, ring := range poly {
				var owners []int32
				if pf.owner != nil {
					owners = pf.owner[j][k]
				}
				px := b.pixels(f, ring, owners)
				if st.Fill.A > 0 {
					fill.ring(px)
				}
				if st.Hatch {
					hatchRings = append(hatchRings, append(orb.Ring(nil), px...))
				}
				if width > 0 && st.Stroke.A > 0 {
					stroke.strokeSkipping(px, width, b.skip)
				}
			}
		}
		b.outlined[i] = true
		if len(hatchRings) > 0 {
			hatch(dst, hatchRings, st.Stroke, 8*sc, math.Max(1, sc))
		}
	}
	fill.flush(st.Fill)
	stroke.flush(st.Stroke)
}

// drawSelected highlights one feature over its layer.
func (b *band) drawSelected(dst *image.RGBA, f frame, p *projected, i int, st Style) {
	if i < 0 || i >= len(p.features) {
		return
	}
	pf := &p.features[i]
	sc := f.scale
	if pf.polys == nil {
		x, y := f.px(pf.point)
		rad := (st.PointRadius + 4) * sc
		ring := newPainter(dst, 2)
		ring.stroke(circle(x, y, rad, 24), 3*sc)
		ring.flush(selectStroke)
		return
	}
	fill, stroke := b.painters(dst, 6*sc)
	for _, poly := range pf.polys {
		for _, ring := range poly {
			px := b.pixels(f, ring, nil)
			fill.ring(px)
			stroke.stroke(px, 3.5*sc)
		}
	}
	fill.flush(selectFill)
	stroke.flush(selectStroke)
}

func circle(x, y, r float64, n int) []orb.Point {
	pts := make([]orb.Point, n+1)
	for k := 0; k <= n; k++ {
		a := 2 * math.Pi * float64(k) / float64(n)
		pts[k] = orb.Point{x + r*math.Cos(a), y + r*math.Sin(a)}
	}
	return pts
}

// drawPoints stamps a symbol at every visible point.
func (b *band) drawPoints(dst *image.RGBA, f frame, p *projected, st Style) {
	r := b.r
	radius, width, ring := st.PointRadius, st.StrokeWidth, st.Stroke
	if z := f.v.Zoom; z < 13 { // dense symbols at city scale would hide the map
		radius *= math.Max(0.4, 1-(13-z)*0.15)
		width, ring = 0, st.Fill // and a ring would be thinner than a pixel
	}
	sym := r.sprites.get(st.Symbol, st.Fill, ring, radius*f.scale, width*f.scale)
	half := sym.img.Bounds().Dx() / 2
	bounds := dst.Bounds()
	offs := sym.offsets(dst.Stride)
	for _, i := range p.order {
		x, y := f.px(p.features[i].point)
		ix, iy := int(math.Round(x))-half, int(math.Round(y))-half
		rect := sym.img.Bounds().Add(image.Pt(ix, iy))
		if !rect.Overlaps(bounds) {
			continue
		}
		blitOver(dst, sym, offs, rect)
	}
}
