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
		got := image.NewRGBA(size)
		copy(got.Pix, want.Pix)
		draw.Draw(want, size, src, image.Point{}, draw.Over)
		over(got, src)
		for i := range got.Pix {
			if d := int(got.Pix[i]) - int(want.Pix[i]); d > 1 || d < -1 {
				t.Fatalf("%v: byte %d is %d, image/draw gives %d", size, i, got.Pix[i], want.Pix[i])
			}
		}
	}
}
