// Package overlay draws pictures that lie on the map, such as the field
// sheets read back from photos, into a view of it: north up, their edges
// on a Web Mercator box, with an opacity. The window and the printed
// pages both draw through it, so a sheet sits in the same place on both.
package overlay

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	xdraw "golang.org/x/image/draw"

	"github.com/khoroomap/khoroomap/geo/view"
)

// Picture is an image laid over Bound (lon/lat; its top edge is the
// north, its left the west, linear in Web Mercator) at Opacity (0 to 1).
// It is read, never changed, and so safe to draw from several goroutines.
type Picture struct {
	Image   image.Image
	Bound   orb.Bound
	Opacity float64
}

// maxScaled is the largest side, in pixels, a picture may span in a
// view (far beyond any zoom; it keeps the pixel arithmetic in int range).
// Only the part of it in the view is scaled.
const maxScaled = 1 << 28

// Draw paints p into dst, a frame of view v, over what dst holds. A
// picture outside the view, transparent or degenerate draws nothing.
func Draw(dst *image.RGBA, v view.View, p Picture) {
	x0, y0 := v.Pixel(orb.Point{p.Bound.Min[0], p.Bound.Max[1]})
	x1, y1 := v.Pixel(orb.Point{p.Bound.Max[0], p.Bound.Min[1]})
	dr := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	clip := dr.Intersect(dst.Bounds())
	a := math.Round(math.Max(0, math.Min(1, p.Opacity)) * 255)
	if clip.Empty() || a == 0 || p.Image == nil || p.Image.Bounds().Empty() || dr.Dx() > maxScaled || dr.Dy() > maxScaled {
		return
	}
	tmp := image.NewRGBA(image.Rect(0, 0, clip.Dx(), clip.Dy()))
	xdraw.ApproxBiLinear.Scale(tmp, dr.Sub(clip.Min), p.Image, p.Image.Bounds(), draw.Src, nil)
	draw.DrawMask(dst, clip, tmp, image.Point{}, image.NewUniform(color.Alpha{uint8(a)}), image.Point{}, draw.Over)
}

// DrawAll paints ps into dst in order, the first lowest.
func DrawAll(dst *image.RGBA, v view.View, ps []Picture) {
	for _, p := range ps {
		Draw(dst, v, p)
	}
}
