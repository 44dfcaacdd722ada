package photo_test

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// exiftoolCase is one photo tagged by exiftool.
type exiftoolCase struct {
	order    string
	o        int
	lat, lon float64
	path     string
}

// TestExiftoolPhotos reads EXIF as exiftool writes it (Debian's
// libimage-exiftool-perl), in a phone's byte order: Android's Intel
// order and the iPhone's Motorola order, every orientation, and a
// position south-west of Greenwich. One exiftool run tags every photo.
func TestExiftoolPhotos(t *testing.T) {
	if _, err := exec.LookPath("exiftool"); err != nil {
		t.Skip("no exiftool (libimage-exiftool-perl) on this machine")
	}
	dir := t.TempDir()
	var cases []exiftoolCase
	args := []string{"-q", "-overwrite_original", "-n"}
	for _, order := range []string{"II", "MM"} {
		for _, tc := range orientations {
			c := exiftoolCase{order, tc.o, 47.918765, 106.917432, filepath.Join(dir, fmt.Sprintf("%s%d.jpg", order, tc.o))}
			if tc.o == 7 {
				c.lat, c.lon = -33.45, -70.66
			}
			os.WriteFile(c.path, phototest.JPEG(phototest.Quadrants(64, 32), phototest.Tags{}), 0o644)
			args = append(args, c.tags()...)
			args = append(args, c.path, "-execute", "-q", "-overwrite_original", "-n")
			cases = append(cases, c)
		}
	}
	if out, err := exec.Command("exiftool", args[:len(args)-4]...).CombinedOutput(); err != nil {
		t.Fatalf("exiftool: %v\n%s", err, out)
	}
	for i, c := range cases {
		c.check(t, orientations[i%len(orientations)].topLeft, orientations[i%len(orientations)].right)
	}
}

func (c exiftoolCase) tags() []string {
	ref := func(v float64, pos, neg string) string {
		if v < 0 {
			return neg
		}
		return pos
	}
	f := func(v float64) string { return strconv.FormatFloat(math.Abs(v), 'f', -1, 64) }
	return []string{"-ExifByteOrder=" + c.order, "-Orientation=" + strconv.Itoa(c.o),
		"-GPSLatitude=" + f(c.lat), "-GPSLatitudeRef=" + ref(c.lat, "N", "S"),
		"-GPSLongitude=" + f(c.lon), "-GPSLongitudeRef=" + ref(c.lon, "E", "W"), "-GPSAltitude=1350",
		"-DateTimeOriginal=2026:01:12 10:30:05", "-Make=Phone"}
}

func (c exiftoolCase) check(t *testing.T, topLeft, topRight string) {
	t.Helper()
	data, _ := os.ReadFile(c.path)
	p, err := photo.Reduce(filepath.Base(c.path), data)
	if err != nil {
		t.Fatal(err)
	}
	img, err := jpegImage(p.Data)
	if err != nil {
		t.Fatal(err)
	}
	w := img.Bounds().Dx()
	tl, tr := colourName(img.At(w/8, 4)), colourName(img.At(w-1-w/8, 4))
	if tl != topLeft || tr != topRight {
		t.Errorf("%s orientation %d: top left %s, top right %s; want %s, %s", c.order, c.o, tl, tr, topLeft, topRight)
	}
	if !p.HasGPS || math.Abs(p.Lat-c.lat) > 1e-6 || math.Abs(p.Lon-c.lon) > 1e-6 || p.Taken.Format("2006-01-02 15:04:05") != "2026-01-12 10:30:05" {
		t.Errorf("%s orientation %d: GPS %v %f %f, taken %v", c.order, c.o, p.HasGPS, p.Lat, p.Lon, p.Taken)
	}
}
