package sheets

import (
	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
)

// GroundWidth is the width in metres of box b across its middle latitude.
func GroundWidth(b orb.Bound) float64 {
	lat := (b.Min[1] + b.Max[1]) / 2
	return orbgeo.Distance(orb.Point{b.Min[0], lat}, orb.Point{b.Max[0], lat})
}
