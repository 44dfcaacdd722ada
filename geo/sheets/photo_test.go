package sheets

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"math/rand/v2"
	"testing"
)

// shot is how a generated photo was taken.
type shot struct {
	w, h    int     // photo size in pixels
	turn    float64 // rotation in the photo's plane, degrees
	tilt    float64 // angle between the camera's axis and the sheet's normal, degrees
	tiltDir float64 // direction of the tilt, degrees
	fill    float64 // share of the photo's short side the sheet's height takes
	shade   float64 // how dark the shaded part is (0 none .. 1 black)
	blur    int     // box blur radius in pixels
	quality int     // JPEG quality
}

// camera is the homography from page millimetres to photo pixels of a
// pinhole camera looking at the sheet as s says.
func (s shot) camera(l Layout) Homography {
	f := 0.8 * float64(max(s.w, s.h))
	rad := math.Pi / 180
	ct, st := math.Cos(s.tilt*rad), math.Sin(s.tilt*rad)
	ax, ay := math.Cos(s.tiltDir*rad), math.Sin(s.tiltDir*rad)
	cz, sz := math.Cos(s.turn*rad), math.Sin(s.turn*rad)
	d := f * l.H / (s.fill * float64(min(s.w, s.h)))
	var src, dst [][2]float64
	for _, c := range [][2]float64{{0, 0}, {l.W, 0}, {l.W, l.H}, {0, l.H}} {
		x, y := c[0]-l.W/2, c[1]-l.H/2
		x, y = x*cz-y*sz, x*sz+y*cz
		// rotate about the axis (ax, ay, 0) by the tilt (Rodrigues)
		dot := x*ax + y*ay
		px := x*ct + (ay*0-0*y)*st + ax*dot*(1-ct)
		py := y*ct + (0*x-ax*0)*st + ay*dot*(1-ct)
		pz := (ax*y-ay*x)*st + 0
		z := d + pz
		src = append(src, c)
		dst = append(dst, [2]float64{f*px/z + float64(s.w)/2, f*py/z + float64(s.h)/2})
	}
	h, _ := SolveHomography(src, dst)
	return h
}

// photograph makes the JPEG a phone would: the sheet image (drawn at dpi)
// seen through the camera on a dark table, shaded, blurred, compressed.
func photograph(t testing.TB, sheet *image.RGBA, dpi float64, s shot, rng *rand.Rand) (image.Image, Homography) {
	l, _ := NewLayout("A4")
	h := s.camera(l)
	inv := h.Inverse()
	img := image.NewRGBA(image.Rect(0, 0, s.w, s.h))
	px := dpi / 25.4
	sx, sy := rng.Float64()*float64(s.w), rng.Float64()*float64(s.h)
	ang := rng.Float64() * 2 * math.Pi
	for y := range s.h {
		for x := range s.w {
			mx, my := inv.Apply(float64(x), float64(y))
			c := color.RGBA{92, 80, 68, 255}
			if mx >= 0 && my >= 0 && mx < l.W && my < l.H {
				c = bilinear(sheet, mx*px-0.5, my*px-0.5)
			}
			// a soft-edged shadow across the sheet and a gradient
			side := (float64(x)-sx)*math.Cos(ang) + (float64(y)-sy)*math.Sin(ang)
			k := 1 - s.shade/(1+math.Exp(-side/40))
			k *= 0.75 + 0.25*float64(x)/float64(s.w)
			img.SetRGBA(x, y, color.RGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), 255})
		}
	}
	boxBlur(img, s.blur)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: s.quality}); err != nil {
		t.Fatal(err)
	}
	out, err := jpeg.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return out, h
}

// boxBlur blurs img in place with a (2r+1)-wide box, rows then columns.
func boxBlur(img *image.RGBA, r int) {
	if r <= 0 {
		return
	}
	w, h := img.Rect.Dx(), img.Rect.Dy()
	pass := func(n, m, step, stride int) {
		line := make([]int, (n)*4)
		for j := range m {
			base := j * stride
			for i := range n {
				for c := range 4 {
					line[i*4+c] = int(img.Pix[base+i*step+c])
				}
			}
			for i := range n {
				for c := range 3 {
					s, k := 0, 0
					for d := max(0, i-r); d <= min(n-1, i+r); d++ {
						s, k = s+line[d*4+c], k+1
					}
					img.Pix[base+i*step+c] = uint8(s / k)
				}
			}
		}
	}
	pass(w, h, 4, img.Stride)
	pass(h, w, img.Stride, 4)
}

// randomShot draws a photo's conditions: 8 to 12 MP, any rotation, a
// tilt up to 30°, shade, blur and JPEG quality 60.
func randomShot(rng *rand.Rand) shot {
	mp := 8 + rng.Float64()*4
	w := int(math.Sqrt(mp * 1e6 * 4 / 3))
	return shot{w: w, h: w * 3 / 4, turn: rng.Float64() * 360, tilt: rng.Float64() * 30, tiltDir: rng.Float64() * 360,
		fill: 0.55 + rng.Float64()*0.3, shade: rng.Float64() * 0.5, blur: 1 + rng.IntN(2), quality: 60}
}

// cornerError is how far, in page millimetres, the map frame's corners
// placed by the reading lie from where they truly are.
func cornerError(l Layout, truth, got Homography) float64 {
	inv := truth.Inverse()
	worst := 0.0
	x, y, w, h := l.MapFrame()
	for _, c := range [][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}} {
		u, v := got.Apply(c[0], c[1])
		mx, my := inv.Apply(u, v)
		worst = max(worst, math.Hypot(mx-c[0], my-c[1]))
	}
	return worst
}
