package load

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
)

// chunk is how many items an arena allocates at once.
const chunk = 16 << 10

// arena hands out sub-slices of large blocks, so that hundreds of
// thousands of small rings cost a few big allocations instead of one each.
// Sub-slices are capped at their length: appending to one copies it.
type arena[T any] struct{ buf []T }

// take copies items into the arena and returns the stored slice.
func (a *arena[T]) take(items []T) []T {
	if cap(a.buf)-len(a.buf) < len(items) {
		a.buf = make([]T, 0, max(chunk, len(items)))
	}
	start := len(a.buf)
	a.buf = append(a.buf, items...)
	return a.buf[start:len(a.buf):len(a.buf)]
}

// builder collects what a reader finds and turns it into a geo.Layer.
type builder struct {
	file, format, title string
	attribution         []string
	crsName             string // as declared by the file, "" if none
	polys, points       []geo.Feature
	polyIdx, pointIdx   []int32       // 1-based positions in the file, for messages
	lines               []geo.Feature // GPX tracks and routes
	lineIdx             []int32
	skipped             map[string]int // why -> how many features
	unclosed, dupes     int            // rings closed, duplicate vertices dropped
	degenerate          int            // rings dropped for having no area
	mixedLines          int            // features whose lines were dropped beside areas or points
	threeD              bool
	warnings            []string

	points3  arena[orb.Point]
	rings    arena[orb.Ring]
	polygons arena[orb.Polygon]
	ringTmp  []orb.Ring
	outerTmp []orb.Ring
	holeTmp  []orb.Ring
	edgeIdx  []edgeWest

	feature       int         // the feature being read, for warnings
	flat, crossed ringProblem // rings dropped for having no area; rings split where they cross
}

func newBuilder(file, format string) *builder {
	return &builder{file: file, format: format, skipped: map[string]int{}}
}

// Reasons a feature is skipped, worded to follow "N features".
const (
	whyEmpty       = "with empty geometry"
	whyEmptyCoords = "with empty <coordinates>"
	whyLine        = "of line geometry (neither area nor point)"
	whyNoGeometry  = "with no geometry (null)"
	whyNoArea      = "whose rings enclose no area"
	whyNotFeature  = "not in GeoJSON Feature form"
	whyPoints      = "of point geometry among the polygons (label points?)"
	whyPointLayers = "of point geometry, in a Shapefile of points beside the areas (import takes them as service points with -as points)"
	whyUnknownType = "with an unknown geometry type"
)

// skip counts a feature left out for the given reason.
func (b *builder) skip(why string) { b.skipped[why]++ }

// skipN counts n features left out for the given reason (none: no word).
func (b *builder) skipN(why string, n int) {
	if n > 0 {
		b.skipped[why] += n
	}
}

// ring cleans a ring read into pts (which it may modify): closes it,
// drops repeated vertices, drops it when it encloses no area, and splits
// it where it crosses itself. It appends the rings it makes, stored, to
// out.
func (b *builder) ring(out []orb.Ring, pts []orb.Point) []orb.Ring {
	n := len(pts)
	if n == 0 {
		return out
	}
	r := geo.CleanRing(orb.Ring(pts))
	closed := n > 1 && pts[0] == pts[n-1]
	if !closed && len(r) > 1 {
		b.unclosed++
		b.dupes += n + 1 - len(r)
	} else {
		b.dupes += n - len(r)
	}
	if len(r) < 4 {
		b.degenerate++
		return out
	}
	return b.pieces(out, r, 0)
}

// maxPieces bounds how often one ring is split.
const maxPieces = 64

// pieces stores a closed ring, splitting it where it crosses itself and
// dropping what is flat (a bowtie's signed area is nothing too, so
// crossings come first).
func (b *builder) pieces(out []orb.Ring, r []orb.Point, depth int) []orb.Ring {
	if len(r) < 4 {
		b.note(&b.flat)
		return out
	}
	i, j, at, crosses, idx := crossing(r, b.edgeIdx)
	b.edgeIdx = idx
	if !crosses || depth >= maxPieces {
		if flat(r) {
			b.note(&b.flat)
			return out
		}
		return append(out, b.points3.take(r))
	}
	if depth == 0 {
		b.note(&b.crossed)
	}
	one, two := split(r, i, j, at)
	out = b.pieces(out, geo.CleanRing(one), depth+1)
	return b.pieces(out, geo.CleanRing(two), depth+1)
}

// note counts a ring problem of the feature being read, remembering the
// first feature it was met in.
func (b *builder) note(c *ringProblem) {
	if c.count == 0 {
		c.first = b.feature
	}
	c.count++
}

// ringProblem counts rings with one kind of problem.
type ringProblem struct{ count, first int }

// polygon stores the rings read for one polygon, exterior first, and
// appends the polygons they make to polys: none when the exterior is
// empty or encloses nothing, several when it crossed itself and was split
// (each hole then goes with the piece holding it).
func (b *builder) polygon(polys []orb.Polygon, rings [][]orb.Point) []orb.Polygon {
	if len(rings) == 0 {
		return polys
	}
	outers := b.ring(b.outerTmp[:0], rings[0])
	b.outerTmp = outers
	if len(outers) == 0 {
		return polys
	}
	holes := b.holeTmp[:0]
	for _, pts := range rings[1:] {
		holes = b.ring(holes, pts)
	}
	b.holeTmp = holes
	for k, outer := range outers {
		b.ringTmp = append(b.ringTmp[:0], outer)
		for _, h := range holes {
			if len(outers) == 1 || planar.RingContains(outer, h[0]) || (k == 0 && !anyContains(outers, h[0])) {
				b.ringTmp = append(b.ringTmp, h)
			}
		}
		polys = append(polys, b.rings.take(b.ringTmp))
	}
	return polys
}

// anyContains reports whether one of rings holds p.
func anyContains(rings []orb.Ring, p orb.Point) bool {
	for _, r := range rings {
		if planar.RingContains(r, p) {
			return true
		}
	}
	return false
}

// mixed counts a feature that has lines beside its areas or points: the
// lines are dropped, and a warning says so.
func (b *builder) mixed(lines, areas, points int) {
	if lines > 0 && areas+points > 0 {
		b.mixedLines++
	}
}

// addPolygons adds a feature whose polygons are already stored.
func (b *builder) addPolygons(index int, props geo.Props, polys []orb.Polygon) {
	if len(polys) == 0 {
		b.skip(whyEmpty)
		return
	}
	mp := orb.MultiPolygon(b.polygons.take(polys))
	b.polys = append(b.polys, geo.Feature{Props: props, Geometry: mp})
	b.polyIdx = append(b.polyIdx, int32(index))
}

// addPoint adds a point feature.
func (b *builder) addPoint(index int, props geo.Props, p orb.Point) {
	b.points = append(b.points, geo.Feature{Props: props, Geometry: p})
	b.pointIdx = append(b.pointIdx, int32(index))
}

// whyPoints is why a file's points are left out beside its areas: in a
// Shapefile zip they are a layer of their own, elsewhere likely the
// areas' label points.
func (b *builder) whyPoints() string {
	if b.format == "Shapefile" {
		return whyPointLayers
	}
	return whyPoints
}
