package load

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/crs"
)

// finish turns what was read into a layer: it picks polygons or points,
// brings coordinates to lon/lat, orients rings, names features and words
// the warnings.
func (b *builder) finish(opt Options) (*geo.Layer, error) {
	l := &geo.Layer{Source: b.file, Format: b.format, Title: b.title, Attribution: strings.Join(b.attribution, "; ")}
	features, index, err := b.choose(l, opt)
	if err != nil {
		return nil, err
	}
	if err := b.toLonLat(features, index, l); err != nil {
		return nil, err
	}
	reversed := 0
	for i := range features {
		if mp, ok := features[i].Geometry.(orb.MultiPolygon); ok {
			reversed += geo.Orient(mp)
		}
	}
	l.Features = features
	l.ComputeBound()
	b.repairWarnings(reversed)
	l.Warnings = append(l.Warnings, b.warnings...)
	return l, b.name(l, opt.NameField)
}

// choose decides whether the layer holds polygons, points or lines.
func (b *builder) choose(l *geo.Layer, opt Options) ([]geo.Feature, []int32, error) {
	points := opt.Points
	if len(b.lines) > 0 && (opt.Lines || len(b.polys)+len(b.points) == 0) {
		b.skipN(whyBesideLines, len(b.polys)+len(b.points))
		l.Kind = geo.Lines
		return b.lines, b.lineIdx, nil
	}
	b.skipN(whyTrack, len(b.lines))
	switch {
	case len(b.polys) > 0 && !(points && len(b.points) > 0):
		if len(b.points) > 0 {
			b.skipped[b.whyPoints()] += len(b.points)
		}
		l.Kind = geo.Polygons
		return b.polys, b.polyIdx, nil
	case len(b.points) > 0:
		l.Kind = geo.Points
		return b.points, b.pointIdx, nil
	}
	if len(b.skipped) == 0 {
		return nil, nil, errorf(b.file, "holds no features (an empty collection)")
	}
	return nil, nil, errorf(b.file, "holds no polygons, points or lines: %s", skipList(b.skipped))
}

// skipSummary lists the skipped features by reason, largest count first.
func (b *builder) skipSummary() string { return skipList(b.skipped).Error() }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// repairWarnings words what was skipped or repaired.
func (b *builder) repairWarnings(reversed int) {
	if len(b.skipped) > 0 {
		b.warn("skipped %s", b.skipSummary())
	}
	if b.mixedLines > 0 {
		b.warn("dropped the lines of %d %s that %s lines with areas or points", b.mixedLines, plural(b.mixedLines, "feature", "features"), plural(b.mixedLines, "mixes", "mix"))
	}
	if b.unclosed > 0 {
		b.warn("closed %d rings whose last point did not repeat the first", b.unclosed)
	}
	if b.dupes > 0 {
		b.warn("dropped %d repeated consecutive vertices", b.dupes)
	}
	if b.degenerate > 0 {
		b.warn("dropped %d rings with fewer than 3 distinct points", b.degenerate)
	}
	if c := b.flat; c.count > 0 {
		b.warn("dropped %d %s with no area (all points on one line), the first in feature %d", c.count, plural(c.count, "ring", "rings"), c.first)
	}
	if c := b.crossed; c.count > 0 {
		b.warn("split %d self-crossing %s (bowties) where the edges cross, the first in feature %d: check the outline", c.count, plural(c.count, "ring", "rings"), c.first)
	}
	if reversed > 0 {
		b.warn("reoriented %d rings to the RFC 7946 winding (exteriors counter-clockwise, holes clockwise)", reversed)
	}
	if b.threeD {
		b.warn("3D coordinates: heights were dropped")
	}
}

func (b *builder) warn(format string, args ...any) {
	b.warnings = append(b.warnings, fmt.Sprintf(format, args...))
}

// name picks the name field (or checks the one asked for) and names features.
func (b *builder) name(l *geo.Layer, field string) error {
	if field == "" {
		l.SetNameField(geo.ChooseNameField(l.Features))
		return nil
	}
	fields := l.Fields()
	if !slices.Contains(fields, field) {
		return errorf(b.file, "has no property %q to name features by; it has: %s", field, strings.Join(fields, ", "))
	}
	l.SetNameField(field)
	return nil
}

// toLonLat checks coordinates against the declared CRS and converts them
// to lon/lat where the file is projected.
func (b *builder) toLonLat(fs []geo.Feature, index []int32, l *geo.Layer) error {
	declared := 0
	if b.crsName != "" {
		code, ok := crs.Parse(b.crsName)
		if !ok {
			return errorf(b.file, "the crs member names an unknown coordinate system %q; re-export the file as WGS84 longitude/latitude (EPSG:4326)", b.crsName)
		}
		declared = code
	}
	bad, p := firstInvalid(fs)
	if declared == 0 || crs.Geographic(declared) {
		l.CRS = crs.Name(crs.WGS84)
		if declared == 0 {
			l.CRS += ", assumed: the file names none"
		}
		if bad < 0 {
			return nil
		}
		return b.rangeError(declared, index[bad], p)
	}
	toLL, err := crs.ToLonLat(declared)
	if err != nil {
		return errorf(b.file, "the crs member says %s, which is not supported; re-export the file as EPSG:4326 or a WGS84 UTM zone", crs.Name(declared))
	}
	if bad < 0 {
		l.CRS = crs.Name(crs.WGS84)
		b.warn("the crs member says %s, but the coordinates are longitude/latitude degrees: the coordinates were trusted", crs.Name(declared))
		return nil
	}
	if bad, p := firstOutside(fs, declared); bad >= 0 {
		return worded(Error{File: b.file, Feature: int(index[bad])}, "coordinate %s is outside what %s can hold (%s); the file is refused", pointText(p), crs.Name(declared), crs.DomainText(declared))
	}
	transform(fs, toLL)
	l.CRS = crs.Name(declared) + ", converted to lon/lat"
	if bad, p := firstInvalid(fs); bad >= 0 {
		return worded(Error{File: b.file, Feature: int(index[bad])}, "coordinate %s is outside %s even after conversion", pointText(p), crs.Name(declared))
	}
	return nil
}

// rangeError explains coordinates that are not lon/lat.
func (b *builder) rangeError(declared int, feature int32, p orb.Point) error {
	projected := !math.IsNaN(p[0]+p[1]) && !math.IsInf(p[0]+p[1], 0) && (math.Abs(p[0]) > 360 || math.Abs(p[1]) > 360)
	if projected && declared == 0 {
		return errorf(b.file, "coordinates look projected, in metres (e.g. %s), but the file names no coordinate system: it was probably exported in UTM or Web Mercator without a \"crs\" member; re-export it as WGS84 longitude/latitude (EPSG:4326)", pointText(p))
	}
	at := Error{File: b.file, Feature: int(feature)}
	if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.IsInf(p[0], 0) || math.IsInf(p[1], 0) {
		return worded(at, "coordinate %s is not a finite number", pointText(p))
	}
	return worded(at, "coordinate %s is out of range for longitude/latitude (|lon| at most 180, |lat| at most 90)", pointText(p))
}

func pointText(p orb.Point) string {
	return fmt.Sprintf("(%s, %s)", numberText(p[0]), numberText(p[1]))
}

// numberText writes a coordinate as people write it, and a huge one
// with an exponent.
func numberText(v float64) string {
	if math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'g', 6, 64)
	}
	return geo.FormatValue(v)
}

// firstInvalid finds the first feature with a point that is not lon/lat.
func firstInvalid(fs []geo.Feature) (int, orb.Point) { return firstBad(fs, geo.ValidLonLat) }

// firstOutside finds the first feature with a point outside the domain
// of a projected CRS.
func firstOutside(fs []geo.Feature, code int) (int, orb.Point) {
	return firstBad(fs, func(p orb.Point) bool { return crs.InDomain(code, p) })
}

// firstBad finds the first feature with a point that is not ok.
func firstBad(fs []geo.Feature, ok func(orb.Point) bool) (int, orb.Point) {
	for i := range fs {
		bad, p := -1, orb.Point{}
		eachPoint(fs[i].Geometry, func(q *orb.Point) {
			if bad < 0 && !ok(*q) {
				bad, p = i, *q
			}
		})
		if bad >= 0 {
			return bad, p
		}
	}
	return -1, orb.Point{}
}

// transform applies f to every point of every feature, in place.
func transform(fs []geo.Feature, f func(orb.Point) orb.Point) {
	for i := range fs {
		if pt, ok := fs[i].Geometry.(orb.Point); ok {
			fs[i].Geometry = f(pt)
			continue
		}
		eachPoint(fs[i].Geometry, func(q *orb.Point) { *q = f(*q) })
	}
}

// eachPoint calls f with a pointer to every vertex of a polygon geometry,
// or to a copy of a point.
func eachPoint(g orb.Geometry, f func(*orb.Point)) {
	switch g := g.(type) {
	case orb.MultiPolygon:
		for _, poly := range g {
			for _, ring := range poly {
				for k := range ring {
					f(&ring[k])
				}
			}
		}
	case orb.MultiLineString:
		for _, line := range g {
			for k := range line {
				f(&line[k])
			}
		}
	case orb.Point:
		f(&g)
	}
}
