package photoimport

import (
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// NeighbourWithin is how far apart in time a photo without a position and
// one with may be taken for the second's position to hint at the first's.
const NeighbourWithin = 30 * time.Minute

// Neighbour is where the photo of batch with a GPS position taken closest
// in time to ph was taken, when one was taken within NeighbourWithin: the
// likely place of a photo without a position, taken on the same walk. It
// is false when ph's time is unknown or no such photo exists.
func Neighbour(ph photo.Photo, batch []photo.Photo) (orb.Point, bool) {
	if ph.Taken.IsZero() {
		return orb.Point{}, false
	}
	best, found, at := NeighbourWithin, false, orb.Point{}
	for _, o := range batch {
		if !o.HasGPS || o.Taken.IsZero() {
			continue
		}
		if d := o.Taken.Sub(ph.Taken).Abs(); d <= best {
			best, found, at = d, true, orb.Point{o.Lon, o.Lat}
		}
	}
	return at, found
}
