package photo_test

import (
	"testing"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// FuzzReadExif feeds damaged EXIF to the reader: it must never panic or
// read outside the data.
func FuzzReadExif(f *testing.F) {
	for _, s := range []phototest.Style{phototest.Android, phototest.IPhone} {
		f.Add(phototest.TIFF(phototest.Tags{Style: s, Orientation: 6, GPS: true, Lat: 47.9, Lon: 106.9}))
	}
	f.Fuzz(func(t *testing.T, tiff []byte) {
		jpeg := append([]byte{0xFF, 0xD8, 0xFF, 0xE1, byte((len(tiff) + 8) >> 8), byte(len(tiff) + 8)}, "Exif\x00\x00"...)
		if len(tiff)+8 > 0xFFFF {
			return
		}
		ex := photo.ReadExif(append(jpeg, tiff...))
		if ex.Orientation < 1 || ex.Orientation > 8 {
			t.Errorf("orientation %d", ex.Orientation)
		}
	})
}

func TestReadExifNone(t *testing.T) {
	for _, b := range [][]byte{nil, {0xFF, 0xD8}, {0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF}} {
		if ex := photo.ReadExif(b); ex.Orientation != 1 || ex.HasGPS {
			t.Errorf("%x: %+v", b, ex)
		}
	}
}
