package smalljpeg

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
	"testing"
)

// noisy is a w x h photo-like picture: gradients with noise, kept within
// 24..231 so that no full-size pixel is clamped (see TestDecodeMatchesShrunk).
func noisy(w, h int, seed uint64) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	rng := rand.New(rand.NewPCG(seed, 7))
	for y := range h {
		for x := range w {
			p := img.Pix[y*img.Stride+4*x:]
			p[0], p[1], p[2], p[3] = byte(24+x*160/w+rng.IntN(48)), byte(24+y*160/h+rng.IntN(48)), byte(100+rng.IntN(60)), 255
		}
	}
	return img
}

// planeDiff compares plane got (its stride gs) with plane full (stride
// fs, fw x fh) box-shrunk by k, over the whole blocks of full: the mean
// and the largest absolute difference, and how many pixels were compared.
func planeDiff(got []byte, gs int, full []byte, fs, fw, fh, k int) diff {
	var sum, most, n int
	for y := range fh / k {
		for x := range fw / k {
			s := 0
			for dy := range k {
				for dx := range k {
					s += int(full[(y*k+dy)*fs+x*k+dx])
				}
			}
			d := int(got[y*gs+x]) - (s+k*k/2)/(k*k)
			sum, most, n = sum+max(d, -d), max(most, d, -d), n+1
		}
	}
	return diff{float64(sum) / float64(max(n, 1)), most, n}
}

// diff is how far a plane is from another.
type diff struct {
	mean    float64
	most, n int
}

// layouts are the codings tested: every sampling decoded, with and
// without restart markers.
var layouts = []layout{{1, 1, 0}, {2, 1, 0}, {2, 2, 0}, {1, 2, 0}, {0, 0, 0}, {2, 2, 1}, {2, 1, 3}, {1, 1, 5}, {0, 0, 2}}

// edges is a w x h picture of stripes of saturated colours, red, black,
// white and blue, 5 pixels wide and slanted.
func edges(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	cols := []color.NRGBA{{255, 0, 0, 255}, {0, 0, 0, 255}, {255, 255, 255, 255}, {0, 0, 255, 255}}
	for y := range h {
		for x := range w {
			img.SetNRGBA(x, y, cols[(x/5+y/7)%4])
		}
	}
	return img
}

// TestDecodeMatchesShrunk: each plane decoded at 1/2, 1/4 and 1/8 is
// image/jpeg's full decode box-shrunk by 2, 4 and 8, within a mean
// difference of 0.3 and at most 2 on any pixel, for photo-like content
// of every size. Our pixel is the exact mean of the full inverse DCT,
// rounded once; image/jpeg's integer IDCT is within 1 of the exact one
// on each pixel (IEEE 1180), rounded on each, and the box mean rounds
// again: about 1 pixel in 5 is 1 off, none 2 (seen: 0.19 and 1).
//
// Sharp edges between saturated colours differ more: the full decode
// rings past 0 and 255 and clamps each pixel before the mean, which the
// mean of the unclamped pixels does not; with this coarse quantisation
// up to 7 on a pixel and 0.8 on average (bounds 1 and 8).
func TestDecodeMatchesShrunk(t *testing.T) {
	for _, l := range layouts {
		for _, tc := range []struct {
			img        *image.NRGBA
			mean, most float64
		}{
			{noisy(67, 45, 1), 0.3, 2}, {noisy(33, 17, 2), 0.3, 2}, {noisy(8, 8, 3), 0.3, 2}, {noisy(120, 64, 4), 0.3, 2},
			{edges(61, 43), 1, 8},
		} {
			size := [2]int{tc.img.Rect.Dx(), tc.img.Rect.Dy()}
			data := encode(tc.img, l)
			full, err := jpeg.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%v %v: image/jpeg: %v", l, size, err)
			}
			for _, k := range []int{2, 4, 8} {
				t.Run(fmt.Sprintf("%dx%d_restart%d_%dx%d_by%d", l.h, l.v, l.restart, size[0], size[1], k), func(t *testing.T) {
					got, err := Decode(data, k, 1<<20)
					if err != nil {
						t.Fatal(err)
					}
					comparePlanes(t, got, full, k, tc.mean, tc.most)
				})
			}
		}
	}
}

// comparePlanes checks got against full shrunk by k, plane by plane.
func comparePlanes(t *testing.T, got, full image.Image, k int, mean, most float64) {
	t.Helper()
	fb := full.Bounds()
	if want := image.Rect(0, 0, (fb.Dx()+k-1)/k, (fb.Dy()+k-1)/k); got.Bounds() != want {
		t.Fatalf("bounds %v, want %v", got.Bounds(), want)
	}
	check := func(name string, d diff) {
		if d.n >= 16 && d.mean > mean || float64(d.most) > most { // the mean of a few pixels says little
			t.Errorf("%s: mean difference %.3f, largest %d over %d pixels", name, d.mean, d.most, d.n)
		}
	}
	if g, ok := got.(*image.Gray); ok {
		f := full.(*image.Gray)
		check("gray", planeDiff(g.Pix, g.Stride, f.Pix, f.Stride, fb.Dx(), fb.Dy(), k))
		return
	}
	g, f := got.(*image.YCbCr), full.(*image.YCbCr)
	if g.SubsampleRatio != f.SubsampleRatio {
		t.Fatalf("subsampling %v, want %v", g.SubsampleRatio, f.SubsampleRatio)
	}
	check("Y", planeDiff(g.Y, g.YStride, f.Y, f.YStride, fb.Dx(), fb.Dy(), k))
	cw, ch := f.COffset(fb.Dx()-1, fb.Dy()-1)%f.CStride+1, f.COffset(fb.Dx()-1, fb.Dy()-1)/f.CStride+1
	for _, p := range [][2][]byte{{g.Cb, f.Cb}, {g.Cr, f.Cr}} {
		check("chroma", planeDiff(p[0], g.CStride, p[1], f.CStride, cw, ch, k))
	}
}
