package load

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// maxCoordDepth bounds the nesting of a "coordinates" array; a
// MultiPolygon needs 4.
const maxCoordDepth = 6

// coords holds one geometry's "coordinates" as read: every position in
// order, plus where each nested array ends. Arrays are counted from the
// outermost (depth 1); positions sit at depth posDepth. It is reused from
// one geometry to the next.
type coords struct {
	posDepth int // 0 while no position has been read
	pts      []orb.Point
	// ends[d] lists, for each finished array at depth d, how many arrays of
	// depth d+1 had finished by then; posEnds[d] how many positions.
	ends, posEnds [maxCoordDepth + 1][]int
	threeD        bool
}

func (c *coords) reset() {
	c.posDepth = 0
	c.pts = c.pts[:0]
	c.threeD = false
	for d := range c.ends {
		c.ends[d] = c.ends[d][:0]
		c.posEnds[d] = c.posEnds[d][:0]
	}
}

// readCoords reads a "coordinates" value into c.
func (s *scanner) readCoords(c *coords) error {
	c.reset()
	return s.coordArray(c, 1)
}

// coordArray reads one array at depth d: a position or a list of arrays.
func (s *scanner) coordArray(c *coords, d int) error {
	if d > maxCoordDepth {
		return s.errorf("coordinates nest deeper than %d levels", maxCoordDepth)
	}
	if err := s.consume('[', "'[' starting coordinates"); err != nil {
		return err
	}
	switch ch := s.peek(); {
	case ch == ']':
		s.pos++
	case ch == '[':
		if err := s.coordList(c, d); err != nil {
			return err
		}
	default:
		return s.position(c, d)
	}
	if d < maxCoordDepth {
		c.ends[d] = append(c.ends[d], len(c.ends[d+1]))
	}
	c.posEnds[d] = append(c.posEnds[d], len(c.pts))
	return nil
}

// coordList reads the elements of an array of arrays, up to its ']'.
func (s *scanner) coordList(c *coords, d int) error {
	for {
		if err := s.coordArray(c, d+1); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return nil
		default:
			return s.unexpected("',' or ']' in coordinates")
		}
	}
}

// position reads the numbers of one position after its '['.
func (s *scanner) position(c *coords, d int) error {
	m := s.mark()
	m.off-- // the '[' just read
	if c.posDepth == 0 {
		c.posDepth = d
	} else if c.posDepth != d {
		return s.errorf("coordinates mix positions at different nesting levels")
	}
	var xy [2]float64
	n := 0
	for {
		v, err := s.number(true)
		if err != nil {
			return err
		}
		if n < 2 {
			xy[n] = v
		} else {
			c.threeD = true
		}
		n++
		switch s.peek() {
		case ',':
			s.pos++
			continue
		case ']':
			s.pos++
		default:
			return s.unexpected("',' or ']' in a position")
		}
		break
	}
	if n < 2 {
		return s.errorAt(m, "a position needs two numbers [longitude, latitude], found %d", n)
	}
	c.pts = append(c.pts, orb.Point(xy))
	return nil
}

// wantDepth is the nesting of positions each GeoJSON geometry type has.
var wantDepth = map[string]int{
	"Point": 1, "MultiPoint": 2, "LineString": 2, "MultiLineString": 3,
	"Polygon": 3, "MultiPolygon": 4,
}

// shapeHint says what a geometry type's coordinates look like.
var shapeHint = map[string]error{
	"Point":           words.Errorf("[lon, lat]"),
	"MultiPoint":      words.Errorf("a list of [lon, lat] positions"),
	"LineString":      words.Errorf("a list of [lon, lat] positions"),
	"MultiLineString": words.Errorf("a list of lines"),
	"Polygon":         words.Errorf("a list of rings, each a list of [lon, lat] positions"),
	"MultiPolygon":    words.Errorf("a list of polygons, each a list of rings"),
}

// checkShape reports whether c fits typ.
func (c *coords) checkShape(typ string) error {
	if c.posDepth != wantDepth[typ] {
		return words.Errorf("%s coordinates must be %s", typ, shapeHint[typ])
	}
	return nil
}

// span returns the positions of the i-th array at depth d (d = posDepth-1).
func (c *coords) span(d, i int) []orb.Point {
	start := 0
	if i > 0 {
		start = c.posEnds[d][i-1]
	}
	end := c.posEnds[d][i]
	return c.pts[start:end:end]
}

// children returns the index range of arrays at depth d+1 inside the i-th
// array at depth d.
func (c *coords) children(d, i int) (from, to int) {
	if i > 0 {
		from = c.ends[d][i-1]
	}
	return from, c.ends[d][i]
}
