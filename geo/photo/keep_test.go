package photo_test

import (
	"bytes"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

func TestKeep(t *testing.T) {
	phone := phototest.JPEG(phototest.Quadrants(2000, 1000), phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9})
	stored, err := photo.Reduce("IMG_1.jpg", phone)
	if err != nil {
		t.Fatal(err)
	}
	// a stored photo comes back byte for byte, with its ID
	got, err := photo.Keep("photos/Ус_1.jpg", stored.Data)
	if err != nil || got.ID != stored.ID || !bytes.Equal(got.Data, stored.Data) || got.Width != 1600 || got.Name != "photos/Ус_1.jpg" {
		t.Errorf("stored photo: %v %+v", err, got.ID)
	}
	// a phone's photo (too large, with EXIF) is reduced
	if got, err := photo.Keep("big.jpg", phone); err != nil || got.Width != 1600 || bytes.Contains(got.Data, []byte("Exif")) {
		t.Errorf("phone photo: %v %dx%d", err, got.Width, got.Height)
	}
	small := phototest.JPEG(phototest.Quadrants(64, 48), phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9})
	if got, err := photo.Keep("small.jpg", small); err != nil || bytes.Contains(got.Data, []byte("Exif")) {
		t.Errorf("small photo with EXIF kept as it was: %v", err)
	}
	if _, err := photo.Keep("cut.jpg", stored.Data[:len(stored.Data)/2]); err == nil {
		t.Error("a cut JPEG was kept")
	}
}
