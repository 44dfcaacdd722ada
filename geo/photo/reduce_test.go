package photo_test

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"math"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// Stored quadrants (red, green / blue, yellow) and which of them each
// orientation shows at the top left and the top right once upright:
//
//	stored   1: R G   6 (turn clockwise):  B R
//	R G         B Y                        Y G
//	B Y
var orientations = []struct {
	o              int
	topLeft, right string
}{
	{1, "red", "green"}, {2, "green", "red"}, {3, "yellow", "blue"}, {4, "blue", "yellow"},
	{5, "red", "blue"}, {6, "blue", "red"}, {7, "yellow", "green"}, {8, "green", "yellow"},
}

func colourName(c color.Color) string {
	r, g, b, _ := c.RGBA()
	hi := func(v uint32) bool { return v > 0x8000 }
	switch {
	case hi(r) && hi(g) && !hi(b):
		return "yellow"
	case hi(r) && !hi(g) && !hi(b):
		return "red"
	case !hi(r) && hi(g) && !hi(b):
		return "green"
	case !hi(r) && !hi(g) && hi(b):
		return "blue"
	}
	return "other"
}

func TestReduceOrientations(t *testing.T) {
	for _, style := range []phototest.Style{phototest.Android, phototest.IPhone} {
		for _, tc := range orientations {
			data := phototest.JPEG(phototest.Quadrants(64, 32), phototest.Tags{Style: style, Orientation: tc.o})
			p, err := photo.Reduce("a.jpg", data)
			if err != nil {
				t.Fatal(err)
			}
			img, err := jpegImage(p.Data)
			if err != nil {
				t.Fatal(err)
			}
			w, h := 64, 32
			if tc.o >= 5 {
				w, h = 32, 64
			}
			if b := img.Bounds(); b.Dx() != w || b.Dy() != h || p.Width != w || p.Height != h {
				t.Errorf("style %d orientation %d: %v (%dx%d), want %dx%d", style, tc.o, b, p.Width, p.Height, w, h)
			}
			tl, tr := colourName(img.At(w/8, h/8)), colourName(img.At(w-1-w/8, h/8))
			if tl != tc.topLeft || tr != tc.right {
				t.Errorf("style %d orientation %d: top left %s, top right %s; want %s, %s", style, tc.o, tl, tr, tc.topLeft, tc.right)
			}
		}
	}
}

func jpegImage(b []byte) (image.Image, error) {
	img, _, err := image.Decode(bytes.NewReader(b))
	return img, err
}

func TestReduceKeepsGPSAndTimeOnly(t *testing.T) {
	ub := time.FixedZone("ULAT", 8*3600)
	taken := time.Date(2026, 1, 12, 10, 30, 5, 0, ub)
	for _, tc := range []struct {
		name  string
		style phototest.Style
		want  time.Time
	}{
		{"android", phototest.Android, taken}, // no offset written, no GPS stamp: Ulaanbaatar time
		{"iphone", phototest.IPhone, taken},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := phototest.JPEG(phototest.Quadrants(4000, 3000), phototest.Tags{Style: tc.style, Orientation: 1, GPS: true, Lat: 47.918123, Lon: 106.917456, Taken: taken})
			p, err := photo.Reduce("IMG_0001.JPG", data)
			if err != nil {
				t.Fatal(err)
			}
			if p.Width != 1600 || p.Height != 1200 {
				t.Errorf("reduced to %dx%d, want 1600x1200", p.Width, p.Height)
			}
			img, err := jpegImage(p.Data)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				x, y int
				want string
			}{{10, 10, "red"}, {790, 590, "red"}, {810, 10, "green"}, {10, 610, "blue"}, {1590, 1190, "yellow"}, {810, 610, "yellow"}} {
				if got := colourName(img.At(c.x, c.y)); got != c.want {
					t.Errorf("at %d,%d: %s, want %s", c.x, c.y, got, c.want)
				}
			}
			if !p.HasGPS || math.Abs(p.Lat-47.918123) > 1e-6 || math.Abs(p.Lon-106.917456) > 1e-6 {
				t.Errorf("GPS %v %f %f", p.HasGPS, p.Lat, p.Lon)
			}
			if !p.Taken.Equal(tc.want) {
				t.Errorf("taken %v, want %v", p.Taken, tc.want)
			}
			if bytes.Contains(p.Data, []byte("Exif")) || bytes.Contains(p.Data, []byte("samsung")) || bytes.Contains(p.Data, []byte("Apple")) {
				t.Error("the stored photo still carries EXIF")
			}
			if ex := photo.ReadExif(p.Data); ex.HasGPS || ex.Orientation != 1 {
				t.Errorf("stored photo's EXIF: %+v", ex)
			}
			if p.ID != photo.ID(p.Data) || len(p.ID) != 64 {
				t.Errorf("ID %q", p.ID)
			}
		})
	}
}

func TestReduceSouthWest(t *testing.T) {
	data := phototest.JPEG(phototest.Quadrants(20, 10), phototest.Tags{GPS: true, Lat: -33.5, Lon: -70.25})
	p, err := photo.Reduce("x.jpg", data)
	if err != nil || !p.HasGPS || math.Abs(p.Lat+33.5) > 1e-6 || math.Abs(p.Lon+70.25) > 1e-6 {
		t.Fatalf("%v %+v", err, p)
	}
}

func TestReducePNG(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, phototest.Quadrants(30, 20))
	p, err := photo.Reduce("s.png", buf.Bytes())
	if err != nil || p.Width != 30 || p.ContentType != "image/jpeg" || p.HasGPS {
		t.Fatalf("%v %+v", err, p)
	}
}

func TestReduceRefuses(t *testing.T) {
	heic := append([]byte{0, 0, 0, 24}, []byte("ftypheic\x00\x00\x00\x00mif1heic")...)
	if _, err := photo.Reduce("IMG_1.HEIC", heic); !errors.Is(err, photo.ErrHEIC) {
		t.Errorf("HEIC: %v", err)
	}
	// a PNG header claiming 100000 x 100000 pixels
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1, 1)))
	huge := buf.Bytes()
	copy(huge[16:], []byte{0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0})
	for name, data := range map[string][]byte{"huge.png": huge, "text.jpg": []byte("hello"), "cut.jpg": phototest.JPEG(phototest.Quadrants(64, 64), phototest.Tags{})[:300]} {
		if _, err := photo.Reduce(name, data); err == nil || !bytes.Contains([]byte(err.Error()), []byte(name)) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
