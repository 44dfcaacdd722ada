package photoimport_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// TestObservedDayInUlaanbaatar: an Android photo taken at 07:30 in
// Ulaanbaatar (no offset written; its GPS fix at 23:30 UTC the day before)
// is taken at 23:30 UTC and makes a point observed on the Ulaanbaatar day.
func TestObservedDayInUlaanbaatar(t *testing.T) {
	path := filepath.Join(t.TempDir(), "IMG_20260112_073000.jpg")
	tags := phototest.Tags{GPS: true, Lat: 47.92, Lon: 106.92, Taken: time.Date(2026, 1, 12, 7, 30, 0, 0, time.UTC),
		GPSTime: time.Date(2026, 1, 11, 23, 29, 52, 0, time.UTC)}
	if err := os.WriteFile(path, phototest.JPEG(phototest.Quadrants(80, 60), tags), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := photoimport.Run(context.Background(), []string{path}, project(), photoimport.Options{Category: "school", Author: "Б"})
	if err != nil || len(res.Photos) != 1 || len(res.Changes) != 1 {
		t.Fatalf("%v: %+v", err, res)
	}
	if want := time.Date(2026, 1, 11, 23, 30, 0, 0, time.UTC); !res.Photos[0].Taken.Equal(want) {
		t.Errorf("taken %v, want %v", res.Photos[0].Taken, want)
	}
	if got := res.Changes[0].NewPoint.Observed; got != "2026-01-12" {
		t.Errorf("observed %s, want 2026-01-12", got)
	}
}
