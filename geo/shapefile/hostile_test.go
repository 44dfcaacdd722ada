package shapefile

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// shpOf is a .shp of one record whose content is rec (type first).
func shpOf(rec []byte) []byte {
	var b bytes.Buffer
	b.Write(header(typePolygon, 100+8+len(rec), orb.Bound{}))
	binary.Write(&b, binary.BigEndian, int32(1))
	binary.Write(&b, binary.BigEndian, int32(len(rec)/2))
	b.Write(rec)
	return b.Bytes()
}

// polyRec is a polygon record stating parts and points, with room for
// room points after the part starts.
func polyRec(typ uint32, nParts, nPoints uint32, starts []uint32, room int) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.LittleEndian, typ)
	b.Write(make([]byte, 32)) // the box
	binary.Write(&b, binary.LittleEndian, nParts)
	binary.Write(&b, binary.LittleEndian, nPoints)
	binary.Write(&b, binary.LittleEndian, starts)
	b.Write(make([]byte, 16*room))
	return b.Bytes()
}

// TestHostileShapes: records that lie about their parts, points or type
// are refused in words, never read out of bounds.
func TestHostileShapes(t *testing.T) {
	for _, c := range []struct {
		name string
		rec  []byte
		err  string
	}{
		{"parts beyond the record", polyRec(5, 0xFFFFFFFF, 4, []uint32{0}, 4), "does not fit"},
		{"points beyond the record", polyRec(5, 1, 1<<30, []uint32{0}, 4), "does not fit"},
		{"no parts", polyRec(5, 0, 4, nil, 4), "does not fit"},
		{"a part starting after the end", polyRec(5, 2, 4, []uint32{0, 9}, 4), "part 1 runs from point 0 to 9 of 4"},
		{"parts going back", polyRec(5, 2, 4, []uint32{3, 1}, 4), "part 1 runs from point 3 to 1"},
		{"a line", polyRec(3, 1, 2, []uint32{0}, 2), "a line (shape type 3)"},
		{"a multipatch", polyRec(31, 1, 2, []uint32{0}, 2), "shape type 31"},
		{"a point cut short", []byte{1, 0, 0, 0, 1, 2, 3, 4}, "a point cut short"},
		{"a polygon cut short", []byte{5, 0, 0, 0, 1, 2, 3, 4}, "a polygon cut short"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := readShapes(shpOf(c.rec))
			if err == nil || !strings.Contains(err.Error(), c.err) || !strings.HasPrefix(err.Error(), "shapefile: record 1: ") {
				t.Errorf("error %v, want one with %q", err, c.err)
			}
		})
	}
}

// FuzzRead: no .shp and .dbf, however made, makes Read panic; the seeds
// are a layer of points and one of polygons as the writer makes them.
func FuzzRead(f *testing.F) {
	for _, l := range []*Layer{
		{Name: "p", Fields: []string{"a"}, Rows: []Row{{Geometry: orb.Point{106.9, 47.9}, Values: []string{"Ө"}}}},
		{Name: "a", Polygons: true, Fields: []string{"a"}, Rows: []Row{{Geometry: orb.Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}, Values: []string{"Ү"}}}},
	} {
		files, err := l.Files()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(files[l.Name+".shp"], files[l.Name+".dbf"])
	}
	f.Fuzz(func(t *testing.T, shp, dbf []byte) {
		fields, rows, err := Read(shp, dbf)
		if err == nil && len(rows) > 0 && len(rows[0].Values) != len(fields) {
			t.Errorf("%d values for %d fields", len(rows[0].Values), len(fields))
		}
	})
}
