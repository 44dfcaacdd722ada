package load

import (
	"github.com/paulmach/orb"

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
	polyIdx, pointIdx   []int32        // 1-based positions in the file, for messages
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
	whyNotFeature  = "not in GeoJSON Feature form"
	whyPoints      = "of point geometry among the polygons (label points?)"
	whyUnknownType = "with an unknown geometry type"
)

// skip counts a feature left out for the given reason.
func (b *builder) skip(why string) { b.skipped[why]++ }

// ring cleans a ring read into pts (which it may modify) and stores it;
// ok is false when the ring encloses no area.
func (b *builder) ring(pts []orb.Point) (orb.Ring, bool) {
	n := len(pts)
	if n == 0 {
		return nil, false
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
		return nil, false
	}
	return b.points3.take(r), true
}

// polygon stores the rings read for one polygon, exterior first. It returns
// nil when the exterior is empty or degenerate.
func (b *builder) polygon(rings [][]orb.Point) orb.Polygon {
	b.ringTmp = b.ringTmp[:0]
	for i, pts := range rings {
		r, ok := b.ring(pts)
		if !ok {
			if i == 0 {
				return nil
			}
			continue
		}
		b.ringTmp = append(b.ringTmp, r)
	}
	return b.rings.take(b.ringTmp)
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
