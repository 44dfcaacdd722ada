package coverage

import (
	"math"

	"github.com/paulmach/orb"
)

// earthRadius is the mean radius of the WGS84 ellipsoid in metres.
const earthRadius = 6371008.8

// local is an equirectangular projection centred on an area, in metres.
type local struct {
	lon0, lat0, kx, ky float64
}

func newLocal(centre orb.Point) local {
	ky := earthRadius * math.Pi / 180
	return local{lon0: centre[0], lat0: centre[1], kx: ky * math.Cos(centre[1]*math.Pi/180), ky: ky}
}

func (l local) to(p orb.Point) (float64, float64) {
	return (p[0] - l.lon0) * l.kx, (p[1] - l.lat0) * l.ky
}

func (l local) from(x, y float64) orb.Point {
	return orb.Point{l.lon0 + x/l.kx, l.lat0 + y/l.ky}
}

// grid is a raster over an area's bounding box: cell (i, j) covers
// [x0+i*c, x0+(i+1)*c] x [y0+j*c, y0+(j+1)*c], rows from the bottom.
type grid struct {
	x0, y0, c float64
	w, h      int
	inside    []bool // the cell's centre lies in the area
	covered   []bool // the cell's centre is within reach of a point
}

// maxCells bounds a grid's size; finer grids only matter for small areas.
const maxCells = 1_000_000

func newGrid(minX, minY, maxX, maxY, reach float64) *grid {
	c := reach / 40
	if cells := (maxX - minX) * (maxY - minY) / (c * c); cells > maxCells {
		c = math.Sqrt((maxX - minX) * (maxY - minY) / maxCells)
	}
	c = math.Max(c, 0.5)
	g := &grid{x0: minX, y0: minY, c: c, w: int(math.Ceil((maxX-minX)/c)) + 1, h: int(math.Ceil((maxY-minY)/c)) + 1}
	g.inside = make([]bool, g.w*g.h)
	g.covered = make([]bool, g.w*g.h)
	return g
}

// stamp marks the cells whose centres lie within r of (px, py).
func (g *grid) stamp(px, py, r float64) {
	j0 := max(0, int(math.Ceil((py-r-g.y0)/g.c-0.5)))
	j1 := min(g.h-1, int(math.Floor((py+r-g.y0)/g.c-0.5)))
	for j := j0; j <= j1; j++ {
		dy := g.y0 + (float64(j)+0.5)*g.c - py
		half := math.Sqrt(math.Max(0, r*r-dy*dy))
		i0 := max(0, int(math.Ceil((px-half-g.x0)/g.c-0.5)))
		i1 := min(g.w-1, int(math.Floor((px+half-g.x0)/g.c-0.5)))
		row := g.covered[j*g.w : (j+1)*g.w]
		for i := i0; i <= i1; i++ {
			row[i] = true
		}
	}
}

// uncovered is the mask of cells inside the area and out of reach, and
// how many cells are inside at all.
func (g *grid) uncovered() (mask []bool, inside, out int) {
	mask = make([]bool, len(g.inside))
	for k, in := range g.inside {
		if in {
			inside++
			if !g.covered[k] {
				mask[k] = true
				out++
			}
		}
	}
	return mask, inside, out
}
