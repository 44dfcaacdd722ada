package sheets

import (
	"image"
	"image/draw"
	"math"
)

// Rectify cuts the map frame out of the photo, with the perspective
// removed, as an image of pxPerMM pixels per page millimetre (A4 layout)
// sampled bilinearly. Its edges are the code's west, north, east and
// south, so it lies on the map as the printed map did.
func Rectify(photo image.Image, rd Reading, pxPerMM float64) *image.RGBA {
	src, ok := photo.(*image.RGBA)
	if !ok || src.Rect.Min != (image.Point{}) {
		src = image.NewRGBA(image.Rect(0, 0, photo.Bounds().Dx(), photo.Bounds().Dy()))
		draw.Draw(src, src.Rect, photo, photo.Bounds().Min, draw.Src)
	}
	l, _ := NewLayout("A4")
	fx, fy, fw, fh := l.MapFrame()
	w, h := int(math.Round(fw*pxPerMM)), int(math.Round(fh*pxPerMM))
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			u, v := rd.H.Apply(fx+(float64(x)+0.5)/pxPerMM, fy+(float64(y)+0.5)/pxPerMM)
			c := bilinear(src, u, v)
			i := y*out.Stride + x*4
			out.Pix[i], out.Pix[i+1], out.Pix[i+2], out.Pix[i+3] = c.R, c.G, c.B, 255
		}
	}
	return out
}
