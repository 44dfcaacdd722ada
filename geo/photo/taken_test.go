package photo_test

import (
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// TestTakenWithoutOffset: a phone's local time is placed in time by its
// own offset, else by its GPS stamp's, else as Ulaanbaatar time.
func TestTakenWithoutOffset(t *testing.T) {
	ub := photo.Ulaanbaatar
	kathmandu := time.FixedZone("NPT", 5*3600+45*60)
	for _, tc := range []struct {
		name    string
		tags    phototest.Tags
		want    time.Time
		wantDay string
	}{
		{"android, no GPS: Ulaanbaatar", phototest.Tags{Taken: time.Date(2026, 1, 12, 10, 1, 0, 0, ub)},
			time.Date(2026, 1, 12, 2, 1, 0, 0, time.UTC), "2026-01-12"},
		{"iphone: its offset", phototest.Tags{Style: phototest.IPhone, Taken: time.Date(2026, 1, 12, 11, 5, 0, 0, ub)},
			time.Date(2026, 1, 12, 3, 5, 0, 0, time.UTC), "2026-01-12"},
		{"android at 07:30, GPS fix the evening before in UTC", phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9,
			Taken: time.Date(2026, 1, 12, 7, 30, 0, 0, ub), GPSTime: time.Date(2026, 1, 11, 23, 22, 41, 0, time.UTC)},
			time.Date(2026, 1, 11, 23, 30, 0, 0, time.UTC), "2026-01-12"},
		{"android abroad: the GPS stamp's offset to the quarter hour", phototest.Tags{GPS: true, Lat: 27.7, Lon: 85.3,
			Taken: time.Date(2026, 1, 12, 10, 1, 0, 0, kathmandu), GPSTime: time.Date(2026, 1, 12, 4, 9, 0, 0, time.UTC)},
			time.Date(2026, 1, 12, 4, 16, 0, 0, time.UTC), "2026-01-12"},
		{"android, GPS stamp a year off: Ulaanbaatar", phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9,
			Taken: time.Date(2026, 1, 12, 10, 1, 0, 0, ub), GPSTime: time.Date(2025, 1, 12, 2, 1, 0, 0, time.UTC)},
			time.Date(2026, 1, 12, 2, 1, 0, 0, time.UTC), "2026-01-12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := photo.ReadExif(phototest.JPEG(phototest.Quadrants(8, 8), tc.tags)).Taken
			if !got.Equal(tc.want) {
				t.Errorf("taken %v, want %v", got, tc.want.In(tc.tags.Taken.Location()))
			}
			if d := photo.Day(got.UTC()); d != tc.wantDay {
				t.Errorf("day %s, want %s", d, tc.wantDay)
			}
		})
	}
}
