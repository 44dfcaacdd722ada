package photoimport

import (
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// The photo taken closest in time with a position gives the hint; none
// beyond half an hour, none for a photo of unknown time.
func TestNeighbour(t *testing.T) {
	t0 := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	batch := []photo.Photo{
		{Taken: t0.Add(-20 * time.Minute), HasGPS: true, Lat: 47.91, Lon: 106.91},
		{Taken: t0.Add(5 * time.Minute), HasGPS: true, Lat: 47.92, Lon: 106.92},
		{Taken: t0.Add(time.Minute)}, // no position: no hint
		{Taken: t0.Add(2 * time.Hour), HasGPS: true, Lat: 47.93, Lon: 106.93},
	}
	for _, c := range []struct {
		name  string
		taken time.Time
		want  orb.Point
		ok    bool
	}{
		{"closest", t0, orb.Point{106.92, 47.92}, true},
		{"earlier", t0.Add(-25 * time.Minute), orb.Point{106.91, 47.91}, true},
		{"too far in time", t0.Add(time.Hour), orb.Point{}, false},
		{"unknown time", time.Time{}, orb.Point{}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := Neighbour(photo.Photo{Taken: c.taken}, batch)
			if got != c.want || ok != c.ok {
				t.Errorf("Neighbour = %v %v, want %v %v", got, ok, c.want, c.ok)
			}
		})
	}
}
