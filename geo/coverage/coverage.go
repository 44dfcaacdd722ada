package coverage

import (
	"math"
	"runtime"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"

	"github.com/khoroomap/khoroomap/geo"
)

// Area is a khoroo, kheseg or ger area to analyse.
type Area struct {
	Name string
	// Key tells the area apart from others of the same name: a khoroo's
	// (district, number) key, "sbd:6" (see place.AreaKey).
	Key string
	// District is the district the area's attributes name ("" if none).
	District string
	Role     geo.Role
	Geometry orb.MultiPolygon
	// Population and Households are 0 when unknown.
	Population, Households float64
}

// Result is the coverage of one area for one category and distance.
type Result struct {
	Area Area
	// AreaM2 is the area's size and UncoveredM2 the part out of reach, in
	// square metres on the ellipsoid.
	AreaM2, UncoveredM2 float64
	// Share is UncoveredM2 / AreaM2, from 0 (all within reach) to 1.
	Share float64
	// Uncovered is the out-of-reach region, in lon/lat.
	Uncovered orb.MultiPolygon
	// PeopleOutside estimates the residents out of reach, assuming they
	// are spread evenly; -1 when the area's population is unknown.
	PeopleOutside float64
	// HouseholdsOutside likewise, -1 when unknown.
	HouseholdsOutside float64
	// Points counts the service points inside the area.
	Points int
}

// Compute works out, for every area, the region farther than distance
// metres (straight line) from all the points given (the working points of
// one category). Areas are done in parallel; results keep their order.
func Compute(areas []Area, points []orb.Point, distance float64) []Result {
	out := make([]Result, len(areas))
	idx := newPointIndex(points, distance)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = one(areas[i], idx, distance)
			}
		}()
	}
	for i := range areas {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// one analyses a single area.
func one(a Area, idx *pointIndex, d float64) Result {
	res := Result{Area: a, AreaM2: geo.Area(a.Geometry), PeopleOutside: -1, HouseholdsOutside: -1}
	b := a.Geometry.Bound()
	if len(a.Geometry) == 0 || res.AreaM2 == 0 {
		return res
	}
	loc := newLocal(b.Center())
	var rings [][][2]float64
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, poly := range a.Geometry {
		for _, ring := range poly {
			r := make([][2]float64, len(ring))
			for k, p := range ring {
				x, y := loc.to(p)
				r[k] = [2]float64{x, y}
				minX, minY, maxX, maxY = math.Min(minX, x), math.Min(minY, y), math.Max(maxX, x), math.Max(maxY, y)
			}
			rings = append(rings, r)
		}
	}
	g := newGrid(minX, minY, maxX, maxY, d)
	g.fillPolygons(rings)
	for _, p := range idx.near(b, d) {
		x, y := loc.to(p)
		g.stamp(x, y, d)
		if b.Contains(p) && geoContains(a.Geometry, p) {
			res.Points++
		}
	}
	mask, inside, out := g.uncovered()
	if inside == 0 {
		return res
	}
	res.Share = float64(out) / float64(inside)
	res.UncoveredM2 = res.Share * res.AreaM2
	if a.Population > 0 {
		res.PeopleOutside = a.Population * res.Share
	}
	if a.Households > 0 {
		res.HouseholdsOutside = a.Households * res.Share
	}
	smooth := simplify.DouglasPeucker(1.0) // in cells: the grid's stairs become slopes
	for _, poly := range trace(mask, g.w, g.h) {
		var out orb.Polygon
		for _, ring := range poly {
			if r := smooth.Ring(ring.Clone()); len(r) >= 4 {
				ring = r
			}
			for k, c := range ring {
				ring[k] = loc.from(g.x0+c[0]*g.c, g.y0+c[1]*g.c)
			}
			out = append(out, ring)
		}
		res.Uncovered = append(res.Uncovered, out)
	}
	return res
}
