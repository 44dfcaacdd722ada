package store

import (
	"database/sql/driver"
	"math"

	"github.com/paulmach/orb"
	"modernc.org/sqlite"
)

// The SQL functions the GeoPackage R-tree triggers call, registered for
// every connection this program opens. A blob that is not a readable
// GeoPackage geometry counts as empty, so it is left out of the index
// rather than failing the write (reading it reports the problem).
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("ST_IsEmpty", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		if args[0] == nil {
			return nil, nil
		}
		_, ok := geomBound(args[0])
		return !ok, nil
	})
	for name, pick := range map[string]func(orb.Bound) float64{
		"ST_MinX": func(b orb.Bound) float64 { return b.Min[0] },
		"ST_MaxX": func(b orb.Bound) float64 { return b.Max[0] },
		"ST_MinY": func(b orb.Bound) float64 { return b.Min[1] },
		"ST_MaxY": func(b orb.Bound) float64 { return b.Max[1] },
	} {
		sqlite.MustRegisterDeterministicScalarFunction(name, 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			if b, ok := geomBound(args[0]); ok {
				return pick(b), nil
			}
			return nil, nil
		})
	}
}

// geomBound returns the extent of a GeoPackage geometry blob, and false
// when v is not one, is empty or has no finite coordinates.
func geomBound(v driver.Value) (orb.Bound, bool) {
	blob, ok := v.([]byte)
	if !ok {
		return orb.Bound{}, false
	}
	g, err := decodeGeometry(blob)
	if err != nil || g == nil {
		return orb.Bound{}, false
	}
	b := g.Bound()
	for _, f := range []float64{b.Min[0], b.Min[1], b.Max[0], b.Max[1]} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return orb.Bound{}, false
		}
	}
	return b, true
}
