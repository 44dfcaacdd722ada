package printmap

import (
	"image"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"

	"github.com/khoroomap/khoroomap/geo/render"
)

// The map's own drawing (the focus, the districts' borders, the coverage
// shading) rasterizes each shape over its bounding box only: a rasterizer
// over the whole picture costs the picture's size for every line.

// pixelRings projects a multipolygon's rings to v's pixels, outer rings
// one way round and holes the other, so that x/image/vector's winding
// sum fills polygons with holes right.
func pixelRings(v render.View, mp orb.MultiPolygon) [][][2]float32 {
	var out [][][2]float32
	for _, poly := range mp {
		for k, ring := range poly {
			if len(ring) < 3 {
				continue
			}
			pts := make([][2]float32, len(ring))
			for i, p := range ring {
				x, y := v.Pixel(p)
				pts[i] = [2]float32{float32(x), float32(y)}
			}
			if (signedArea(pts) > 0) != (k == 0) {
				for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
					pts[i], pts[j] = pts[j], pts[i]
				}
			}
			out = append(out, pts)
		}
	}
	return out
}

// signedArea is twice a ring's signed area (shoelace).
func signedArea(pts [][2]float32) float64 {
	a := 0.0
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		a += float64(p[0])*float64(q[1]) - float64(q[0])*float64(p[1])
	}
	return a
}

// boxOf is the pixel rectangle around points, grown by pad, within clip.
func boxOf(clip image.Rectangle, pad float32, pts ...[2]float32) image.Rectangle {
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, p := range pts {
		minX, minY, maxX, maxY = min(minX, p[0]), min(minY, p[1]), max(maxX, p[0]), max(maxY, p[1])
	}
	r := image.Rect(int(math.Floor(float64(minX-pad))), int(math.Floor(float64(minY-pad))), int(math.Ceil(float64(maxX+pad)))+1, int(math.Ceil(float64(maxY+pad)))+1)
	return r.Intersect(clip)
}

// fillMask is the coverage of rings over their bounding box within clip
// (an empty mask when they miss it).
func fillMask(clip image.Rectangle, rings [][][2]float32) *image.Alpha {
	var all [][2]float32
	for _, r := range rings {
		all = append(all, r...)
	}
	r := boxOf(clip, 1, all...)
	m := image.NewAlpha(r)
	if r.Empty() {
		return m
	}
	z := vector.NewRasterizer(r.Dx(), r.Dy())
	ox, oy := float32(r.Min.X), float32(r.Min.Y)
	for _, ring := range rings {
		z.MoveTo(ring[0][0]-ox, ring[0][1]-oy)
		for _, p := range ring[1:] {
			z.LineTo(p[0]-ox, p[1]-oy)
		}
		z.ClosePath()
	}
	z.Draw(m, r, image.Opaque, image.Point{})
	return m
}

// stroker draws lines segment by segment, each over its own bounding box;
// the colour should be opaque, since joints are covered twice.
type stroker struct {
	z   vector.Rasterizer
	dst draw.Image
	src image.Image
}

// segment draws a line from a to b, half wide on each side and lengthened
// by half at both ends so that joints close.
func (s *stroker) segment(a, b [2]float32, half float32) {
	dx, dy := b[0]-a[0], b[1]-a[1]
	n := float32(math.Hypot(float64(dx), float64(dy)))
	if n == 0 {
		return
	}
	ux, uy := dx/n*half, dy/n*half
	q := [4][2]float32{{a[0] - ux - uy, a[1] - uy + ux}, {b[0] + ux - uy, b[1] + uy + ux}, {b[0] + ux + uy, b[1] + uy - ux}, {a[0] - ux + uy, a[1] - uy - ux}}
	r := boxOf(s.dst.Bounds(), 1, q[:]...)
	if r.Empty() {
		return
	}
	s.z.Reset(r.Dx(), r.Dy())
	ox, oy := float32(r.Min.X), float32(r.Min.Y)
	s.z.MoveTo(q[0][0]-ox, q[0][1]-oy)
	for _, p := range q[1:] {
		s.z.LineTo(p[0]-ox, p[1]-oy)
	}
	s.z.ClosePath()
	s.z.Draw(s.dst, r, s.src, image.Point{})
}
