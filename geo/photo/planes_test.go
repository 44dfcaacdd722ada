package photo

import (
	"fmt"
	"image"
	"image/color"
	"math/rand/v2"
	"testing"
)

// naiveBox is boxPlane's meaning, one output pixel at a time.
func naiveBox(src []byte, stride, sw, sh, k, x, y int) byte {
	var s, n int
	for sy := y * k; sy < min(y*k+k, sh); sy++ {
		for sx := x * k; sx < min(x*k+k, sw); sx++ {
			s += int(src[sy*stride+sx])
			n++
		}
	}
	return byte((s + n/2) / n)
}

func TestBoxPlaneMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct{ sw, sh, k, w, h int }{
		{8, 6, 2, 4, 3}, {9, 7, 2, 4, 3}, {9, 7, 2, 5, 4}, {10, 10, 3, 4, 4}, {17, 5, 4, 5, 2}, {7, 7, 5, 2, 2},
	} {
		t.Run(fmt.Sprintf("%dx%d_by_%d", tc.sw, tc.sh, tc.k), func(t *testing.T) {
			stride := tc.sw + 3 // planes have strides wider than their rows
			src := make([]byte, stride*tc.sh)
			for i := range src {
				src[i] = byte(rng.IntN(256))
			}
			dst := make([]byte, tc.w*tc.h)
			boxPlane(dst, tc.w, tc.w, tc.h, src, stride, tc.sw, tc.sh, tc.k)
			for y := range tc.h {
				for x := range tc.w {
					if got, want := dst[y*tc.w+x], naiveBox(src, stride, tc.sw, tc.sh, tc.k, x, y); got != want {
						t.Fatalf("at %d,%d: %d, want %d", x, y, got, want)
					}
				}
			}
		})
	}
}

func TestResamplePlane(t *testing.T) {
	// A ramp 0, 10, 20, ... 90 across: kept as it is at the same size, and
	// halved it falls on the midpoints between pixel pairs (5, 25, ...).
	src := []byte{0, 10, 20, 30, 40, 50, 60, 70, 80, 90}
	same := make([]byte, 10)
	resamplePlane(same, 10, 10, 1, src, 10, 10, 1)
	if string(same) != string(src) {
		t.Errorf("same size: %v", same)
	}
	half := make([]byte, 5)
	resamplePlane(half, 5, 5, 1, src, 10, 10, 1)
	if want := []byte{5, 25, 45, 65, 85}; string(half) != string(want) {
		t.Errorf("halved: %v, want %v", half, want)
	}
}

// quadrantsYCbCr is a w x h image with the ratio's chroma: red and green
// above, blue and yellow below.
func quadrantsYCbCr(w, h int, r image.YCbCrSubsampleRatio) *image.YCbCr {
	img := image.NewYCbCr(image.Rect(0, 0, w, h), r)
	cols := []color.RGBA{{255, 0, 0, 255}, {0, 255, 0, 255}, {0, 0, 255, 255}, {255, 255, 0, 255}}
	for y := range h {
		for x := range w {
			c := cols[2*(2*y/h)+2*x/w]
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			img.Y[img.YOffset(x, y)] = yy
			img.Cb[img.COffset(x, y)], img.Cr[img.COffset(x, y)] = cb, cr
		}
	}
	return img
}

func TestScaleAndTurnYCbCr(t *testing.T) {
	// stored R G / B Y; orientation 6 shows B R / Y G
	for _, r := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420} {
		for _, size := range [][4]int{{401, 301, 161, 120}, {64, 32, 64, 32}, {1000, 999, 40, 39}} {
			img := orientYCbCr(scaleYCbCr(quadrantsYCbCr(size[0], size[1], r), size[2], size[3]), 6)
			w, h := size[3], size[2]
			if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
				t.Fatalf("%v %v: %v", r, size, b)
			}
			for _, c := range []struct {
				x, y int
				want color.RGBA
			}{{w / 8, h / 8, color.RGBA{0, 0, 255, 255}}, {w - 1 - w/8, h / 8, color.RGBA{255, 0, 0, 255}},
				{w / 8, h - 1 - h/8, color.RGBA{255, 255, 0, 255}}, {w - 1 - w/8, h - 1 - h/8, color.RGBA{0, 255, 0, 255}}} {
				got := color.RGBAModel.Convert(img.At(c.x, c.y)).(color.RGBA)
				if d := max(diff(got.R, c.want.R), diff(got.G, c.want.G), diff(got.B, c.want.B)); d > 8 {
					t.Errorf("%v %v: at %d,%d %v, want %v", r, size, c.x, c.y, got, c.want)
				}
			}
		}
	}
}

func diff(a, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }
