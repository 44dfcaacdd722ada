package app

import (
	"math"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// withDistances is a copy of ts whose annotations say how far they lie
// from `from` (where a photo taken just before or after was taken):
// "120 m away", rounded to 10 m, or to 100 m beyond a kilometre.
func withDistances(ts []target, from orb.Point, l words.Lang) []target {
	out := append([]target(nil), ts...)
	for i := range out {
		if out[i].heading() {
			continue
		}
		d := orbgeo.DistanceHaversine(from, out[i].at)
		step := 10.0
		if d >= 1000 {
			step = 100
		}
		out[i].far = l.F("%s away", geo.ScaleLabel(math.Round(d/step)*step, l))
	}
	return out
}
