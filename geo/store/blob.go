package store

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// wgs84 is the srs_id of EPSG:4326 in gpkg_spatial_ref_sys.
const wgs84 = 4326

// encodeGeometry returns a GeoPackage geometry blob: the "GP" header
// (version 0, little-endian, an xy envelope for anything but a point)
// followed by the geometry as ISO WKB.
func encodeGeometry(g orb.Geometry) ([]byte, error) {
	body, err := wkb.Marshal(g, binary.LittleEndian)
	if err != nil {
		return nil, fmt.Errorf("store: encoding a %T: %w", g, err)
	}
	_, point := g.(orb.Point)
	size := 8
	flags := byte(1) // little-endian
	if !point {
		size += 32
		flags |= 1 << 1 // envelope [minx, maxx, miny, maxy]
	}
	out := make([]byte, size, size+len(body))
	copy(out, "GP")
	out[3] = flags
	binary.LittleEndian.PutUint32(out[4:], wgs84)
	if !point {
		b := g.Bound()
		for i, v := range []float64{b.Min[0], b.Max[0], b.Min[1], b.Max[1]} {
			binary.LittleEndian.PutUint64(out[8+8*i:], math.Float64bits(v))
		}
	}
	return append(out, body...), nil
}

// envelopeSize is the byte length of each GeoPackage envelope type.
var envelopeSize = [...]int{0, 32, 48, 48, 64}

// decodeGeometry reads a GeoPackage geometry blob.
func decodeGeometry(b []byte) (orb.Geometry, error) {
	if len(b) < 8 || b[0] != 'G' || b[1] != 'P' {
		return nil, words.Errorf("store: not a GeoPackage geometry")
	}
	env := int(b[3]>>1) & 7
	if env >= len(envelopeSize) {
		return nil, words.Errorf("store: unknown GeoPackage envelope type %d", env)
	}
	start := 8 + envelopeSize[env]
	if len(b) < start {
		return nil, words.Errorf("store: truncated GeoPackage geometry")
	}
	if b[3]&(1<<4) != 0 { // empty geometry
		return nil, nil
	}
	g, err := wkb.Unmarshal(b[start:])
	if err != nil {
		return nil, words.Errorf("store: reading a geometry: %w", err)
	}
	return g, nil
}

// errEmptyGeometry is a row's geometry that holds nothing.
var errEmptyGeometry = words.Errorf("store: the geometry is empty")
