package shapefile

import (
	"bytes"
	"encoding/binary"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Read reads a Shapefile of points or polygons: its geometry (.shp) and
// attributes (.dbf, text as UTF-8, trailing spaces trimmed) as rows whose
// Values follow fields, the .dbf's field names. A point is an orb.Point;
// a polygon an orb.MultiPolygon as the format groups rings (see
// polygons); the Z and M variants are read in two dimensions, and a null
// shape is a row whose Geometry is nil. Lines and multipoints are
// refused. Every length and offset is checked against the data, so a
// damaged or hostile file gives an error, never a panic.
func Read(shp, dbf []byte) (fields []string, rows []Row, err error) {
	shapes, err := readShapes(shp)
	if err != nil {
		return nil, nil, err
	}
	fields, values, err := readDBF(dbf)
	if err != nil {
		return nil, nil, err
	}
	if len(values) != len(shapes) {
		return nil, nil, words.Errorf("shapefile: %d shapes but %d attribute rows", len(shapes), len(values))
	}
	for i, g := range shapes {
		rows = append(rows, Row{Geometry: g, Values: values[i]})
	}
	return fields, rows, nil
}

// readShapes reads the shapes of a .shp file.
func readShapes(b []byte) ([]orb.Geometry, error) {
	if len(b) < 100 || binary.BigEndian.Uint32(b) != 9994 {
		return nil, words.Errorf("shapefile: not a .shp file")
	}
	var out []orb.Geometry
	for off := 100; off < len(b); {
		if len(b)-off < 8 {
			return nil, words.Errorf("shapefile: record %d is cut short", len(out)+1)
		}
		n := int(binary.BigEndian.Uint32(b[off+4:])) * 2
		body := b[off+8:]
		if n < 4 || n > len(body) {
			return nil, words.Errorf("shapefile: record %d is longer than the file", len(out)+1)
		}
		g, err := shape(body[:n])
		if err != nil {
			return nil, words.Errorf("shapefile: record %d: %w", len(out)+1, err)
		}
		out = append(out, g)
		off += 8 + n
	}
	return out, nil
}

// shape reads one record's shape: nil for a null shape.
func shape(rec []byte) (orb.Geometry, error) {
	switch t := binary.LittleEndian.Uint32(rec); t {
	case 0:
		return nil, nil
	case 1, 11, 21: // point, with Z, with M
		if len(rec) < 20 {
			return nil, words.Errorf("a point cut short")
		}
		return orb.Point{f64(rec[4:]), f64(rec[12:])}, nil
	case 5, 15, 25:
		return polygonShape(rec)
	case 3, 13, 23:
		return nil, words.Errorf("a line (shape type %d): only points and polygons are read", t)
	default:
		return nil, words.Errorf("shape type %d: only points and polygons are read", t)
	}
}

// polygonShape reads a polygon record: its box, its parts' starts and
// its points.
func polygonShape(rec []byte) (orb.Geometry, error) {
	if len(rec) < 44 {
		return nil, words.Errorf("a polygon cut short")
	}
	nParts, nPoints := int(binary.LittleEndian.Uint32(rec[36:])), int(binary.LittleEndian.Uint32(rec[40:]))
	if nParts < 1 || nParts > (len(rec)-44)/4 || nPoints > (len(rec)-44-4*nParts)/16 {
		return nil, words.Errorf("a polygon of %d parts and %d points does not fit its record", nParts, nPoints)
	}
	parts, pts := rec[44:], rec[44+4*nParts:]
	rings := make([]orb.Ring, 0, nParts)
	for i := range nParts {
		start, end := int(binary.LittleEndian.Uint32(parts[4*i:])), nPoints
		if i+1 < nParts {
			end = int(binary.LittleEndian.Uint32(parts[4*i+4:]))
		}
		if start > end || end > nPoints {
			return nil, words.Errorf("a polygon's part %d runs from point %d to %d of %d", i+1, start, end, nPoints)
		}
		ring := make(orb.Ring, end-start)
		for j := range ring {
			ring[j] = orb.Point{f64(pts[16*(start+j):]), f64(pts[16*(start+j)+8:])}
		}
		rings = append(rings, ring)
	}
	return polygons(rings), nil
}

// polygons groups a record's rings as the format means them: a clockwise
// ring is an outer ring and starts a polygon; an anticlockwise one is a
// hole of the polygon whose outer ring holds its first corner (of the
// last polygon when none does; of none, so an outer ring itself, when it
// comes first).
func polygons(rings []orb.Ring) orb.MultiPolygon {
	var mp orb.MultiPolygon
	for _, r := range rings {
		if len(mp) == 0 || len(r) == 0 || r.Orientation() == orb.CW {
			mp = append(mp, orb.Polygon{r})
			continue
		}
		k := len(mp) - 1
		for j := range mp {
			if planar.RingContains(mp[j][0], r[0]) {
				k = j
				break
			}
		}
		mp[k] = append(mp[k], r)
	}
	return mp
}

func f64(b []byte) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(b)) }

// readDBF reads a .dbf file's field names and its rows' values.
func readDBF(b []byte) ([]string, [][]string, error) {
	if len(b) < 32 {
		return nil, nil, words.Errorf("shapefile: not a .dbf file")
	}
	nRows := int(binary.LittleEndian.Uint32(b[4:]))
	headerLen, recordLen := int(binary.LittleEndian.Uint16(b[8:])), int(binary.LittleEndian.Uint16(b[10:]))
	if headerLen > len(b) || headerLen < 33 {
		return nil, nil, words.Errorf("shapefile: the .dbf header is cut short")
	}
	var names []string
	var sizes []int
	for off := 32; off+32 <= headerLen && b[off] != 0x0D; off += 32 {
		name, _, _ := bytes.Cut(b[off:off+11], []byte{0})
		names, sizes = append(names, string(name)), append(sizes, int(b[off+16]))
	}
	total := 1
	for _, s := range sizes {
		total += s
	}
	if total != recordLen || nRows > (len(b)-headerLen)/max(recordLen, 1) {
		return nil, nil, words.Errorf("shapefile: the .dbf's %d rows of %d bytes do not fit its fields or its size", nRows, recordLen)
	}
	rows := make([][]string, nRows)
	for i := range rows {
		rec := b[headerLen+i*recordLen+1:]
		for _, s := range sizes {
			rows[i] = append(rows[i], string(bytes.TrimRight(rec[:s], " ")))
			rec = rec[s:]
		}
	}
	return names, rows, nil
}
