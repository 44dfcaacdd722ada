package locate

import (
	"sync"
	"sync/atomic"

	"github.com/paulmach/orb"
)

// feature is one feature of an index. Its outline's grid (see area) is
// built when it is asked about for the scansBeforeGrid+1-th time: until
// then each question goes through every edge, so that placing the one
// point of an import in a khoroo of a million vertices reads its edges
// once instead of building a grid of 80 MB for it.
type feature struct {
	bound orb.Bound
	mp    orb.MultiPolygon
	asked atomic.Int32
	once  sync.Once
	area  area
}

// scansBeforeGrid is how many questions a feature answers by going
// through every edge: building its grid costs a few such scans.
const scansBeforeGrid = 8

func (f *feature) contains(p orb.Point) bool {
	if !f.bound.Contains(p) {
		return false
	}
	if f.asked.Load() < scansBeforeGrid && f.asked.Add(1) <= scansBeforeGrid {
		return scan(f.mp, p)
	}
	f.once.Do(func() { f.area = newArea(f.mp) })
	return f.area.contains(p)
}

// scan counts crossings of a ray going east from p with every edge, as
// the grid does in a cell.
func scan(mp orb.MultiPolygon, p orb.Point) bool {
	in := false
	for _, poly := range mp {
		for _, ring := range poly {
			for k := 1; k < len(ring); k++ {
				a, b := ring[k-1], ring[k]
				if (a[1] > p[1]) != (b[1] > p[1]) && a[0]+(p[1]-a[1])*(b[0]-a[0])/(b[1]-a[1]) > p[0] {
					in = !in
				}
			}
		}
	}
	return in
}
