package store

import (
	"math"
	"strconv"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// leftOut gathers the rows that reading left out of what a project
// shows, once each: rows whose geometry has a coordinate that is not a
// finite number or lies outside WGS84's range. The file keeps them. A nil
// *leftOut leaves rows out without a word (a write's own reading).
type leftOut struct {
	path string
	seen map[string]bool
	errs []error
	rows []leftRow
}

// leftRow is a row left out: its table and fid.
type leftRow struct {
	table string
	fid   int64
}

// check reports whether g may be shown; when it may not, it notes the row.
func (lo *leftOut) check(table string, fid int64, g orb.Geometry) bool {
	p, bad := badCoordinate(g)
	if !bad || lo == nil {
		return !bad
	}
	key := table + "\x00" + strconv.FormatInt(fid, 10)
	if lo.seen == nil {
		lo.seen = map[string]bool{}
	}
	if !lo.seen[key] {
		lo.seen[key] = true
		lo.errs = append(lo.errs, leftOutError(lo.path, table, fid, p))
		lo.rows = append(lo.rows, leftRow{table, fid})
	}
	return false
}

func leftOutError(path, table string, fid int64, p orb.Point) error {
	at := "(" + coordText(p[0]) + ", " + coordText(p[1]) + ")"
	if !finite(p[0]) || !finite(p[1]) {
		return words.Errorf("store: %s: table %s, row %d: coordinate %s is not a finite number; the row is left out (the file keeps it)", path, table, fid, at)
	}
	return words.Errorf("store: %s: table %s, row %d: coordinate %s is outside longitude/latitude (longitude -180 to 180, latitude -90 to 90); the row is left out (the file keeps it)", path, table, fid, at)
}

// LeftOut returns one error for each row that reading the project left out
// so far, in the order met: each names the file, the table, the row (its
// fid) and the coordinate that is not a finite number or lies outside
// longitude/latitude. The rows stay in the file; nothing else shows them.
func (p *Project) LeftOut() []error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]error(nil), p.left.errs...)
}

// leftRows are the rows reading p left out so far.
func (p *Project) leftRows() []leftRow {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]leftRow(nil), p.left.rows...)
}

// rowLog is where p's reads note the rows they leave out; p.mu is held.
func (p *Project) rowLog() *leftOut {
	p.left.path = p.path
	return &p.left
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// coordText writes a coordinate short, a huge one with an exponent.
func coordText(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// badCoordinate returns the first coordinate of g that is not a finite
// number or lies outside longitude/latitude (|lon| ≤ 180, |lat| ≤ 90).
func badCoordinate(g orb.Geometry) (orb.Point, bool) {
	var bad orb.Point
	found := false
	eachPoint(g, func(p orb.Point) bool {
		if !finite(p[0]) || !finite(p[1]) || math.Abs(p[0]) > 180 || math.Abs(p[1]) > 90 {
			bad, found = p, true
		}
		return !found
	})
	return bad, found
}

// eachPoint calls fn on every point of g until fn returns false, and
// reports whether it went through all of them.
func eachPoint(g orb.Geometry, fn func(orb.Point) bool) bool {
	switch g := g.(type) {
	case orb.Point:
		return fn(g)
	case orb.MultiPoint:
		return eachIn(g, fn)
	case orb.LineString:
		return eachIn(g, fn)
	case orb.Ring:
		return eachIn(g, fn)
	case orb.Bound:
		return fn(g.Min) && fn(g.Max)
	case orb.Polygon:
		return eachIn(g, func(r orb.Ring) bool { return eachIn(r, fn) })
	case orb.MultiLineString:
		return eachIn(g, func(l orb.LineString) bool { return eachIn(l, fn) })
	case orb.MultiPolygon:
		return eachIn(g, func(p orb.Polygon) bool { return eachPoint(p, fn) })
	case orb.Collection:
		return eachIn(g, func(c orb.Geometry) bool { return eachPoint(c, fn) })
	}
	return true
}

func eachIn[S ~[]E, E any](s S, fn func(E) bool) bool {
	for _, e := range s {
		if !fn(e) {
			return false
		}
	}
	return true
}
