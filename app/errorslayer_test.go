package app

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"math"
	"testing"
)

// Layer files with odd geometry or odd content are refused in words
// naming the file, the feature and the problem, in the window's language.
var layerErrorCases = []namedErrorCase{
	{errorCase{"coordinates of another shape", loadErr("хороо.geojson", `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[106.9,47.9]}}`), ""}, []string{"Polygon"}},
	{errorCase{"only features with no geometry", loadErr("хороо.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},{"type":"Feature","properties":{},"geometry":null}]}`), ""}, nil},
	{errorCase{"only rings enclosing nothing", loadErr("хороо.kml", "<kml><Document><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>106.9,47.9 106.91,47.91</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>"), ""}, nil},
	{errorCase{"an unknown GeoJSON type", loadErr("хороо.geojson", `{"type":"Дугуй","coordinates":[106.9,47.9]}`), ""}, nil},
	{errorCase{"a TopoJSON arc that is not there", loadErr("хороо.topojson", `{"type":"Topology","objects":{"хороод":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[5]]}]}},"arcs":[[[0,0],[1,0],[0,1],[-1,-1]]]}`), ""}, nil},
	{errorCase{"a KML number that is none", loadErr("хороо.kml", "<kml><Document><Placemark><Point><coordinates>зүүн,47.9</coordinates></Point></Placemark></Document></kml>"), ""}, nil},
	{errorCase{"a KML position of one number", loadErr("хороо.kml", "<kml><Document><Placemark><Point><coordinates>106.9</coordinates></Point></Placemark></Document></kml>"), ""}, nil},
	{errorCase{"a coordinate out of range", loadErr("цэг.geojson", `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[200,47.9]}}`), ""}, nil},
	{errorCase{"a UTM coordinate outside its zone", loadErr("хороо.geojson", `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32648"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e10,1e10]}}]}`), ""}, []string{"48N"}},
	{errorCase{"CSV coordinates that are words", loadErr("цэг.csv", "нэр,lat,lon\nСургууль,хойд,зүүн\n"), ""}, nil},
	{errorCase{"a CSV quote left open", loadErr("цэг.csv", "нэр,lat,lon\n\"Сургууль,47.9,106.9\nЭмнэлэг,47.91,106.91\n"), ""}, nil},
	{errorCase{"a GPX point with no position", loadErr("зам.gpx", `<gpx><wpt lat="хойд" lon="106.9"><name>Худаг</name></wpt></gpx>`), ""}, nil},
	{errorCase{"a project picked as a layer", loadErr("төсөл.gpkg", "SQLite format 3\x00 хуудас"), ""}, nil},
	{errorCase{"a photo picked as a layer", loadErr("зураг.png", "\x89PNG\r\n\x1a\n"), ""}, nil},
	{errorCase{"a .shp picked alone", loadErr("хороо.shp", "\x00\x00\x27\x0a"+string(make([]byte, 96))), ""}, nil},
	{errorCase{"a Shapefile zip whose .shp is not one", loadErr("хороо.zip", zipped(map[string][]byte{"хороо.shp": []byte("сайн байна уу, энэ бол зүгээр л текст файл юм, хэлбэр дүрс алга, уучлаарай!"), "хороо.dbf": dbfHeader()})), ""}, nil},
	{errorCase{"a Shapefile zip whose record runs past its end", loadErr("хороо.zip", zipped(map[string][]byte{"хороо.shp": shpRecord(1000, nil), "хороо.dbf": dbfHeader()})), ""}, nil},
	{errorCase{"a Shapefile zip whose polygon does not fit", loadErr("хороо.zip", zipped(map[string][]byte{"хороо.shp": shpRecord(0, polygonClaiming(1, 100)), "хороо.dbf": dbfHeader()})), ""}, nil},
}

// zipped is a zip archive of files.
func zipped(files map[string][]byte) string {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, data := range files {
		w, _ := z.Create(name)
		w.Write(data)
	}
	z.Close()
	return b.String()
}

// shpRecord is a .shp file of one record holding body, whose header
// claims words 16-bit words of content (none: the body's own length).
func shpRecord(words int, body []byte) []byte {
	if words == 0 {
		words = len(body) / 2
	}
	out := make([]byte, 100)
	binary.BigEndian.PutUint32(out, 9994)
	binary.BigEndian.PutUint32(out[24:], uint32(50+4+len(body)/2))
	binary.LittleEndian.PutUint32(out[28:], 1000)
	binary.LittleEndian.PutUint32(out[32:], 5)
	out = binary.BigEndian.AppendUint32(out, 1)
	out = binary.BigEndian.AppendUint32(out, uint32(words))
	return append(out, body...)
}

// polygonClaiming is a polygon record's content that claims parts and
// points it does not hold.
func polygonClaiming(parts, points int) []byte {
	out := binary.LittleEndian.AppendUint32(nil, 5)
	for _, v := range []float64{106.9, 47.9, 107, 48} {
		out = binary.LittleEndian.AppendUint64(out, math.Float64bits(v))
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(parts))
	out = binary.LittleEndian.AppendUint32(out, uint32(points))
	return binary.LittleEndian.AppendUint32(out, 0)
}

// dbfHeader is a .dbf of one text field and no rows.
func dbfHeader() []byte {
	h := make([]byte, 32)
	h[0] = 3
	binary.LittleEndian.PutUint16(h[8:], 32+32+1)
	binary.LittleEndian.PutUint16(h[10:], 1+10)
	field := make([]byte, 32)
	copy(field, "NAME")
	field[11] = 'C'
	field[16] = 10
	return append(append(append(h, field...), 0x0d), 0x1a)
}

// Each refusal of a layer file reads in Mongolian.
func TestLayerErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, layerErrorCases)
}
