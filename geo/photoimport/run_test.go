package photoimport_test

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
)

var ub = time.FixedZone("ULAT", 8*3600)

// walk writes a phone's DCIM folder as copied over USB:
//
//	DCIM/Camera/IMG_1.jpg      Android, at the well
//	DCIM/Camera/IMG_2.jpg      Android, 20 m east of the well
//	DCIM/100APPLE/IMG_3.JPG    iPhone, at the school, taken just after midnight
//	DCIM/100APPLE/IMG_4.HEIC   not supported
//	DCIM/Camera/IMG_5.jpg      no GPS
//	DCIM/Camera/broken.jpg     cut short
//	DCIM/Camera/._IMG_1.jpg    macOS's shadow file, hidden
//	DCIM/.thumbnails/t.jpg     hidden folder
func walk(t *testing.T) string {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	img := phototest.Quadrants(80, 60)
	taken := time.Date(2026, 1, 12, 10, 30, 0, 0, time.UTC)
	write("DCIM/Camera/IMG_1.jpg", phototest.JPEG(img, phototest.Tags{Style: phototest.Android, Orientation: 6, GPS: true, Lat: 47.92, Lon: 106.92, Taken: taken}))
	img.Pix[0] = 1 // a different photo
	write("DCIM/Camera/IMG_2.jpg", phototest.JPEG(img, phototest.Tags{Style: phototest.Android, GPS: true, Lat: 47.92, Lon: 106.92 + 20/74600.0, Taken: taken}))
	img.Pix[0] = 2
	write("DCIM/100APPLE/IMG_3.JPG", phototest.JPEG(img, phototest.Tags{Style: phototest.IPhone, Orientation: 8, GPS: true, Lat: 47.93, Lon: 106.95, Taken: time.Date(2026, 1, 13, 0, 5, 0, 0, ub)}))
	write("DCIM/100APPLE/IMG_4.HEIC", append([]byte{0, 0, 0, 24}, "ftypheic\x00\x00\x00\x00mif1heic"...))
	img.Pix[0] = 3
	write("DCIM/Camera/IMG_5.jpg", phototest.JPEG(img, phototest.Tags{Taken: taken}))
	write("DCIM/Camera/broken.jpg", phototest.JPEG(img, phototest.Tags{})[:200])
	write("DCIM/Camera/._IMG_1.jpg", []byte("AppleDouble"))
	write("DCIM/.thumbnails/t.jpg", phototest.JPEG(img, phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9}))
	return dir
}

func project() *annot.Set {
	well := annot.Point{Meta: annot.NewMeta("А", time.Now()), Category: "water_kiosk", Status: annot.Working, Location: orb.Point{106.92, 47.92}}
	return &annot.Set{Categories: annot.DefaultCategories(), Points: []annot.Point{well}}
}

func TestImportAWalk(t *testing.T) {
	files, err := photoimport.Files([]string{walk(t)})
	if err != nil || len(files) != 6 {
		t.Fatalf("files %v (%v), want the six photos outside hidden places", files, err)
	}
	s := project()
	places := func(p orb.Point) annot.Places { return annot.Places{Khoroo: "5-р хороо"} }
	res, err := photoimport.Run(context.Background(), files, s, photoimport.Options{Category: "school", Author: "Б", Places: places})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 3 || res.Attached != 0 || len(res.NoGPS) != 1 || len(res.Skipped) != 2 || len(res.Photos) != 3 {
		t.Fatalf("added %d, attached %d, no GPS %d, skipped %v, photos %d", res.Added, res.Attached, len(res.NoGPS), res.Skipped, len(res.Photos))
	}
	if !errors.Is(res.Skipped[0], photo.ErrHEIC) && !errors.Is(res.Skipped[1], photo.ErrHEIC) {
		t.Errorf("HEIC not reported as such: %v", res.Skipped)
	}
	for _, e := range res.Skipped {
		if !strings.Contains(e.Error(), "IMG_4.HEIC") && !strings.Contains(e.Error(), "broken.jpg") {
			t.Errorf("skipped without its file: %v", e)
		}
	}
	iphone := res.Changes[0].NewPoint // files sorted: 100APPLE first
	if iphone.Observed != "2026-01-13" || iphone.Category != "school" || iphone.Khoroo != "5-р хороо" ||
		math.Abs(iphone.Location[0]-106.95) > 1e-6 || math.Abs(iphone.Location[1]-47.93) > 1e-6 {
		t.Errorf("the iPhone photo's point: %+v", iphone)
	}
	if ph := res.Photos[0]; ph.Name != "IMG_3.JPG" || ph.Width != 60 || ph.Height != 80 {
		t.Errorf("the iPhone photo, turned: %s %dx%d", ph.Name, ph.Width, ph.Height)
	}
	for _, c := range res.Changes {
		if err := c.NewPoint.Validate(); err != nil {
			t.Error(err)
		}
	}
}

func TestImportAttachesToNearby(t *testing.T) {
	files, err := photoimport.Files([]string{walk(t)})
	if err != nil {
		t.Fatal(err)
	}
	s := project()
	res, err := photoimport.Run(context.Background(), files, s, photoimport.Options{Category: "school", Attach: 30})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 1 || res.Attached != 2 || len(res.Changes) != 2 {
		t.Fatalf("added %d, attached %d, %d changes", res.Added, res.Attached, len(res.Changes))
	}
	c := res.Changes[1]
	if c.OldPoint == nil || len(c.OldPoint.Photos) != 0 || len(c.NewPoint.Photos) != 2 || c.NewPoint.Rev == c.OldPoint.Rev {
		t.Errorf("the well's change: %+v -> %+v", c.OldPoint, c.NewPoint)
	}
	if len(s.Points[0].Photos) != 0 {
		t.Error("the set was changed")
	}
	// the same folder again: nothing new
	for _, c := range res.Changes {
		s.Apply(c)
	}
	again, err := photoimport.Run(context.Background(), files, s, photoimport.Options{Category: "school", Attach: 30})
	if err != nil || again.Already != 3 || len(again.Changes) != 0 {
		t.Errorf("importing again: %v, already %d, %d changes", err, again.Already, len(again.Changes))
	}
}

func TestImportRefusals(t *testing.T) {
	files, err := photoimport.Files([]string{walk(t)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := photoimport.Run(context.Background(), files, project(), photoimport.Options{Category: "zoo"}); err == nil || !strings.Contains(err.Error(), `"zoo"`) {
		t.Errorf("unknown category: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := photoimport.Run(ctx, files, project(), photoimport.Options{Category: "school"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if _, err := photoimport.Files([]string{filepath.Join(t.TempDir(), "nowhere")}); err == nil {
		t.Error("a missing folder was accepted")
	}
}
