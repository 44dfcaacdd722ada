package photo

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

func TestReducedScale(t *testing.T) {
	for _, tc := range []struct{ w, h, want int }{
		{4032, 3024, 2}, {3024, 4032, 2}, {3200, 10, 2}, {3199, 10, 2}, {3198, 10, 1}, // 3199/2 rounds up to 1600
		{1600, 1200, 1}, {800, 600, 1}, {8064, 6048, 4}, {6399, 2000, 4}, {6396, 2000, 2}, {12800, 5000, 8},
	} {
		if got := reducedScale(tc.w, tc.h); got != tc.want {
			t.Errorf("%dx%d: %d, want %d", tc.w, tc.h, got, tc.want)
		}
	}
}

// largePhoto is a noisy w x h JPEG made by Go's encoder (4:2:0).
func largePhoto(w, h int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range img.Pix {
		img.Pix[i] = byte(i/4%w*200/w) + byte(rng.IntN(40))
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, &jpeg.Options{Quality: 88})
	return buf.Bytes()
}

// magickPhotos are noisy photos ImageMagick writes as cameras do, in
// each sampling, and two kinds smalljpeg leaves to image/jpeg
// (progressive, CMYK); nil without ImageMagick. One noisy picture is
// made, then written in each kind, two at a time.
func magickPhotos(t *testing.T) map[string][]byte {
	if _, err := exec.LookPath("convert"); err != nil {
		return nil
	}
	dir := t.TempDir()
	base := filepath.Join(dir, "base.ppm")
	magick(t, "-size", "3202x482", "gradient:skyblue-tan", "-attenuate", "0.4", "+noise", "Gaussian", base)
	kinds := map[string][]string{
		"4:4:4": {"-sampling-factor", "1x1"}, "4:2:2": {"-sampling-factor", "2x1"}, "4:2:0": {"-sampling-factor", "2x2"},
		"gray": {"-colorspace", "Gray"}, "progressive": {"-interlace", "JPEG"}, "cmyk": {"-colorspace", "CMYK"},
	}
	out, mu, wg, two := map[string][]byte{}, sync.Mutex{}, sync.WaitGroup{}, make(chan bool, 2)
	for name, args := range kinds {
		wg.Go(func() {
			two <- true
			defer func() { <-two }()
			p := filepath.Join(dir, name+".jpg")
			magick(t, append(append([]string{base}, args...), "-quality", "90", p)...)
			b, _ := os.ReadFile(p)
			mu.Lock()
			out[name] = b
			mu.Unlock()
		})
	}
	wg.Wait()
	return out
}

// magick runs ImageMagick's convert.
func magick(t *testing.T, args ...string) {
	if b, err := exec.Command("convert", args...).CombinedOutput(); err != nil {
		t.Errorf("convert %v: %v %s", args, err, b)
	}
}

// TestReduceSmallMatchesFull: a large photo reduced from its planes at
// 1/2 is the one reduced from its full decode (box-shrunk by 2, then
// interpolated, as before) within a mean difference of 0.3 and at most
// 2 on a pixel of each plane (the bounds of smalljpeg's own test: the
// interpolation only mixes pixels that are each that close; seen: 0.15
// and 2). Sides are even: an odd one is rounded up at 1/2 and down by the
// box, and the interpolation then starts half a pixel apart. Photos
// smalljpeg leaves to image/jpeg decode at full size and reduce all the
// same.
func TestReduceSmallMatchesFull(t *testing.T) {
	photos := map[string][]byte{"go 4:2:0": largePhoto(3264, 1210)}
	for k, v := range magickPhotos(t) {
		photos["magick "+k] = v
	}
	for name, data := range photos {
		t.Run(name, func(t *testing.T) {
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			small, err := decodeFor("jpeg", data, cfg.Width, cfg.Height)
			if err != nil {
				t.Fatal(err)
			}
			full, _ := jpeg.Decode(bytes.NewReader(data))
			half := small.Bounds().Dx() == (cfg.Width+1)/2
			if fallback := name == "magick progressive" || name == "magick cmyk"; half == fallback {
				t.Fatalf("decoded at %v from %dx%d", small.Bounds(), cfg.Width, cfg.Height)
			}
			if g, ok := full.(*image.Gray); ok { // as RGBA it would be interpolated from its full size
				full = shrinkGray(g)
			}
			w, h := fitSize(cfg.Width, cfg.Height, MaxSide)
			a, b := upright(small, w, h, 6), upright(full, w, h, 6)
			if mean, most := imageDiff(a, b); mean > 0.3 || most > 2 {
				t.Errorf("reduced from 1/2 differs from the full decode's: mean %.3f, largest %d", mean, most)
			}
		})
	}
}

// imageDiff is the mean and the largest difference of two images' pixels:
// of each plane of YCbCr images, of the RGB channels of others.
func imageDiff(a, b image.Image) (float64, int) {
	if a.Bounds() != b.Bounds() {
		panic(fmt.Sprint(a.Bounds(), b.Bounds()))
	}
	var sum, most, n int
	add := func(p, q []byte) {
		for i := range p {
			d := int(p[i]) - int(q[i])
			sum, most, n = sum+max(d, -d), max(most, d, -d), n+1
		}
	}
	if p, ok := a.(*image.YCbCr); ok {
		q := b.(*image.YCbCr)
		add(p.Y, q.Y)
		add(p.Cb, q.Cb)
		add(p.Cr, q.Cr)
	} else {
		add(a.(*image.RGBA).Pix, b.(*image.RGBA).Pix)
	}
	return float64(sum) / float64(n), most
}

// shrinkGray is g box-shrunk by 2.
func shrinkGray(g *image.Gray) *image.Gray {
	w, h := g.Rect.Dx()/2, g.Rect.Dy()/2
	out := image.NewGray(image.Rect(0, 0, w, h))
	boxPlane(out.Pix, out.Stride, w, h, g.Pix, g.Stride, g.Rect.Dx(), g.Rect.Dy(), 2)
	return out
}
