package streets

import (
	"image"
	"image/color"
	"image/draw"
	"math/rand/v2"
	"testing"
)

// over agrees with image/draw's Over on random premultiplied layers.
func TestOverMatchesDraw(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, size := range []image.Rectangle{image.Rect(0, 0, 7, 5), image.Rect(0, 0, 64, 3)} {
		src, want := image.NewRGBA(size), image.NewRGBA(size)
		for i := 0; i < len(src.Pix); i += 4 {
			a := uint8(r.IntN(3) * 127) // transparent, half or opaque
			if r.IntN(4) == 0 {
				a = uint8(r.IntN(256))
			}
			for j := 0; j < 3; j++ {
				src.Pix[i+j] = uint8(r.IntN(int(a) + 1))
			}
			src.Pix[i+3] = a
		}
		draw.Draw(want, size, image.NewUniform(color.NRGBA{0xf4, 0xf1, 0xea, 0xff}), image.Point{}, draw.Src)
		// got is part of a wider image, as a printed map's picture is
		wide := image.NewRGBA(image.Rect(0, 0, size.Dx()+5, size.Dy()))
		got := wide.SubImage(size).(*image.RGBA)
		draw.Draw(got, size, want, image.Point{}, draw.Src)
		draw.Draw(want, size, src, image.Point{}, draw.Over)
		over(got, src)
		for y := 0; y < size.Dy(); y++ {
			for x := 0; x < size.Dx(); x++ {
				g, w := got.RGBAAt(x, y), want.RGBAAt(x, y)
				for _, d := range []int{int(g.R) - int(w.R), int(g.G) - int(w.G), int(g.B) - int(w.B), int(g.A) - int(w.A)} {
					if d > 1 || d < -1 {
						t.Fatalf("%v: pixel (%d, %d) is %v, image/draw gives %v", size, x, y, g, w)
					}
				}
			}
		}
		for i := size.Dx() * 4; i < len(wide.Pix); i += wide.Stride {
			if wide.Pix[i] != 0 {
				t.Fatalf("over wrote past the picture's right edge, at byte %d", i)
			}
		}
	}
}
