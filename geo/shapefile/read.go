package shapefile

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// ReadPoints reads a point Shapefile: its geometry (.shp) and attributes
// (.dbf, text as UTF-8, trailing spaces trimmed) as rows whose Values
// follow fields, the .dbf's field names. Every length and offset is
// checked against the data, so a damaged or hostile file gives an error,
// never a panic; a shape other than a point is refused.
func ReadPoints(shp, dbf []byte) (fields []string, rows []Row, err error) {
	pts, err := readShpPoints(shp)
	if err != nil {
		return nil, nil, err
	}
	fields, values, err := readDBF(dbf)
	if err != nil {
		return nil, nil, err
	}
	if len(values) != len(pts) {
		return nil, nil, fmt.Errorf("shapefile: %d shapes but %d attribute rows", len(pts), len(values))
	}
	for i, p := range pts {
		rows = append(rows, Row{Geometry: p, Values: values[i]})
	}
	return fields, rows, nil
}

// readShpPoints reads the points of a .shp file.
func readShpPoints(b []byte) ([]orb.Point, error) {
	if len(b) < 100 || binary.BigEndian.Uint32(b) != 9994 {
		return nil, fmt.Errorf("shapefile: not a .shp file")
	}
	if t := binary.LittleEndian.Uint32(b[32:]); t != 1 {
		return nil, fmt.Errorf("shapefile: shape type %d, not points", t)
	}
	var out []orb.Point
	for off := 100; off < len(b); {
		if len(b)-off < 8 {
			return nil, fmt.Errorf("shapefile: record %d is cut short", len(out)+1)
		}
		n := int(binary.BigEndian.Uint32(b[off+4:])) * 2
		body := b[off+8:]
		if n < 20 || n > len(body) || binary.LittleEndian.Uint32(body) != 1 {
			return nil, fmt.Errorf("shapefile: record %d is not a point of its stated length", len(out)+1)
		}
		x := math.Float64frombits(binary.LittleEndian.Uint64(body[4:]))
		y := math.Float64frombits(binary.LittleEndian.Uint64(body[12:]))
		out = append(out, orb.Point{x, y})
		off += 8 + n
	}
	return out, nil
}

// readDBF reads a .dbf file's field names and its rows' values.
func readDBF(b []byte) ([]string, [][]string, error) {
	if len(b) < 32 {
		return nil, nil, fmt.Errorf("shapefile: not a .dbf file")
	}
	nRows := int(binary.LittleEndian.Uint32(b[4:]))
	headerLen, recordLen := int(binary.LittleEndian.Uint16(b[8:])), int(binary.LittleEndian.Uint16(b[10:]))
	if headerLen > len(b) || headerLen < 33 {
		return nil, nil, fmt.Errorf("shapefile: the .dbf header is cut short")
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
		return nil, nil, fmt.Errorf("shapefile: the .dbf's %d rows of %d bytes do not fit its fields or its size", nRows, recordLen)
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
