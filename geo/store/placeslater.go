package store

import (
	"sync"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// placeRoles are the roles of the layers that tell places (see
// annot.NewAssigner): the features of others (a track, an "other" layer of
// a million vertices) need not be read to place a point.
var placeRoles = []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea, geo.RoleDistrict}

// PlacesLater returns at, which tells the khoroo, kheseg and ger area of
// a position, and reads the project's area layers (only those) at its
// first call, not before: an import that ends up placing nothing, such as
// one of photos all refused, does not read a boundary of a million
// vertices. failed reports whether reading them failed, in which case at
// returned no places; it reads nothing itself. Both are safe for
// concurrent use.
func (p *Project) PlacesLater() (at func(orb.Point) annot.Places, failed func() error) {
	var mu sync.Mutex
	var err error
	assigner := sync.OnceValue(func() *annot.Assigner {
		layers, e := p.LayersOf(placeRoles...)
		mu.Lock()
		defer mu.Unlock()
		err = e
		return Assigner(layers)
	})
	at = func(pt orb.Point) annot.Places { return assigner().At(pt) }
	failed = func() error {
		mu.Lock()
		defer mu.Unlock()
		return err
	}
	return at, failed
}
