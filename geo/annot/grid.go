package annot

import (
	"math"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
)

// nearKey is what the duplicate test compares: a kind (the category, or
// the gap's kind and service) and a place.
type nearKey struct {
	kind string
	at   orb.Point
}

// grid finds annotations of a kind within a distance of a place. Rows are
// that distance tall; each row's cells are at least that wide at the
// row's pole-ward edge, so a neighbour is always in the 3x3 cells around.
type grid struct {
	metres, rowDeg float64
	cells          map[gridCell][]gridEntry
}

type gridCell struct{ row, col int }

type gridEntry struct {
	key nearKey
	i   int
}

const metresPerDegree = 111_195.0 // on the sphere orb's haversine uses

func newGrid(metres float64) *grid {
	return &grid{metres: metres, rowDeg: metres / metresPerDegree, cells: map[gridCell][]gridEntry{}}
}

func (g *grid) row(lat float64) int { return int(math.Floor(lat / g.rowDeg)) }

// colDeg is the cell width, in degrees of longitude, of a row.
func (g *grid) colDeg(row int) float64 {
	edge := math.Max(math.Abs(float64(row)*g.rowDeg), math.Abs(float64(row+1)*g.rowDeg))
	return g.rowDeg / math.Max(math.Cos(math.Min(edge, 89.9)*math.Pi/180), 1e-3)
}

func (g *grid) cell(row int, lon float64) gridCell {
	return gridCell{row, int(math.Floor(lon / g.colDeg(row)))}
}

// add puts entry i at k.
func (g *grid) add(k nearKey, i int) {
	c := g.cell(g.row(k.at[1]), k.at[0])
	g.cells[c] = append(g.cells[c], gridEntry{k, i})
}

// near returns the lowest entry of k's kind within the distance of k's
// place that ok accepts, or -1.
func (g *grid) near(k nearKey, ok func(int) bool) int {
	best := -1
	r := g.row(k.at[1])
	for row := r - 1; row <= r+1; row++ {
		c := g.cell(row, k.at[0])
		for col := c.col - 1; col <= c.col+1; col++ {
			for _, e := range g.cells[gridCell{row, col}] {
				if e.key.kind == k.kind && (best < 0 || e.i < best) && orbgeo.DistanceHaversine(e.key.at, k.at) <= g.metres && ok(e.i) {
					best = e.i
				}
			}
		}
	}
	return best
}
