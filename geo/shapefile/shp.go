// Package shapefile writes ESRI Shapefiles, for offices that run ArcMap
// or QGIS: points or polygons in WGS 84 with text attributes, as .shp,
// .shx, .dbf (UTF-8, said so in .cpg) and .prj. Attribute names are cut to
// the format's 10 bytes, made unique, and listed beside their full names.
package shapefile

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// Shape types.
const (
	typePoint   = 1
	typePolygon = 5
)

// Layer is one shapefile's content. Rows' Values follow Fields.
type Layer struct {
	// Name is the files' base name.
	Name string
	// Polygons says whether the rows hold orb.Polygons (else orb.Points).
	Polygons bool
	Fields   []string
	Rows     []Row
}

// Row is one feature.
type Row struct {
	Geometry orb.Geometry
	Values   []string
}

// prj is WGS 84 as ESRI's software writes it.
const prj = `GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`

// Files returns the layer's files by name: NAME.shp, .shx, .dbf, .prj,
// .cpg, and the field names' mapping as NAME_fields.csv (short name, full
// name).
func (l *Layer) Files() (map[string][]byte, error) {
	shp, shx, err := l.geometry()
	if err != nil {
		return nil, err
	}
	short := ShortNames(l.Fields)
	dbf, err := writeDBF(short, l.Rows)
	if err != nil {
		return nil, fmt.Errorf("shapefile: %s: %w", l.Name, err)
	}
	var mapping bytes.Buffer
	mapping.WriteString("short,full\r\n")
	for i, f := range l.Fields {
		fmt.Fprintf(&mapping, "%s,%s\r\n", short[i], f)
	}
	return map[string][]byte{l.Name + ".shp": shp, l.Name + ".shx": shx, l.Name + ".dbf": dbf,
		l.Name + ".prj": []byte(prj), l.Name + ".cpg": []byte("UTF-8"), l.Name + "_fields.csv": mapping.Bytes()}, nil
}

// geometry writes the .shp and its index .shx.
func (l *Layer) geometry() ([]byte, []byte, error) {
	var body, index bytes.Buffer
	var bound orb.Bound
	for i, r := range l.Rows {
		content, err := l.record(r.Geometry)
		if err != nil {
			return nil, nil, fmt.Errorf("shapefile: %s: feature %d: %w", l.Name, i+1, err)
		}
		if i == 0 {
			bound = r.Geometry.Bound()
		} else {
			bound = bound.Union(r.Geometry.Bound())
		}
		be32(&index, int32(50+body.Len()/2))
		be32(&index, int32(len(content)/2))
		be32(&body, int32(i+1))
		be32(&body, int32(len(content)/2))
		body.Write(content)
	}
	typ := typePoint
	if l.Polygons {
		typ = typePolygon
	}
	shp := append(header(typ, 100+body.Len(), bound), body.Bytes()...)
	shx := append(header(typ, 100+index.Len(), bound), index.Bytes()...)
	return shp, shx, nil
}

// header is the 100-byte main file header.
func header(typ, length int, b orb.Bound) []byte {
	var h bytes.Buffer
	be32(&h, 9994)
	h.Write(make([]byte, 20))
	be32(&h, int32(length/2))
	le(&h, int32(1000), int32(typ), b.Min[0], b.Min[1], b.Max[0], b.Max[1], 0.0, 0.0, 0.0, 0.0)
	return h.Bytes()
}

func (l *Layer) record(g orb.Geometry) ([]byte, error) {
	var c bytes.Buffer
	switch g := g.(type) {
	case orb.Point:
		if l.Polygons {
			return nil, fmt.Errorf("a point in a polygon layer")
		}
		le(&c, int32(typePoint), g[0], g[1])
	case orb.Polygon:
		if !l.Polygons || len(g) == 0 {
			return nil, fmt.Errorf("a polygon in a point layer, or an empty one")
		}
		polygon(&c, g)
	default:
		return nil, fmt.Errorf("a %T cannot be written", g)
	}
	return c.Bytes(), nil
}

// polygon writes the rings as the format wants them: the outer ring
// clockwise, holes anticlockwise, each closed.
func polygon(c *bytes.Buffer, p orb.Polygon) {
	b := p.Bound()
	n := 0
	for _, r := range p {
		n += len(r)
	}
	le(c, int32(typePolygon), b.Min[0], b.Min[1], b.Max[0], b.Max[1], int32(len(p)), int32(n))
	start := 0
	for _, r := range p {
		le(c, int32(start))
		start += len(r)
	}
	for i, r := range p {
		clockwise := r.Orientation() == orb.CW
		for j := range r {
			k := j
			if clockwise != (i == 0) {
				k = len(r) - 1 - j
			}
			le(c, r[k][0], r[k][1])
		}
	}
}

func be32(b *bytes.Buffer, v int32) { binary.Write(b, binary.BigEndian, v) }

func le(b *bytes.Buffer, vs ...any) {
	for _, v := range vs {
		if f, ok := v.(float64); ok && (math.IsNaN(f) || math.IsInf(f, 0)) {
			v = 0.0
		}
		binary.Write(b, binary.LittleEndian, v)
	}
}
