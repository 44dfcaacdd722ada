package load

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

const kmlRing = `106.9,47.89,0 106.91,47.89,0 106.91,47.9,0 106.9,47.9,0 106.9,47.89,0`

// arcgisPlacemark is a Placemark as the city's ArcGIS export writes it:
// attributes in an HTML table, the polygon inside a MultiGeometry.
func arcgisPlacemark(name, pop string) string {
	return `<Placemark id="ID_1"><name>` + name + `</name><Snippet maxLines="0"></Snippet>
<description><![CDATA[<html><body><table><tr style="font-weight:bold"><td>` + name + `</td></tr><tr><td><table>
<tr><td>OBJECTID_1</td><td>153</td></tr>
<tr bgcolor="#D4E4F3"><td>KH_MON</td><td>` + name + `</td></tr>
<tr><td>KHOROO_POP</td><td>` + pop + `</td></tr>
<tr><td>UP_DATE</td><td>&lt;Null&gt;</td></tr>
</table></td></tr></table></body></html>]]></description>
<MultiGeometry><Polygon><outerBoundaryIs><LinearRing><coordinates>
` + kmlRing + `
</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>`
}

func kmlDoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document id="doc" xsi:schemaLocation="http://www.opengis.net/kml/2.2 ogckml22.xsd"><name>bgd</name>
` + body + `</Document></kml>`
}

var kmlCases = []loadCase{
	{name: "a MultiGeometry of a line and a point", file: "mixed.kml", in: kmlDoc(`<Placemark><name>Худаг</name><MultiGeometry>
<LineString><coordinates>106.9,47.9 106.91,47.91</coordinates></LineString><Point><coordinates>106.9,47.9</coordinates></Point>
</MultiGeometry></Placemark>`), kind: geo.Points, count: 1, names: []string{"Худаг"}, warn: "dropped the lines of 1 feature that mixes lines with areas or points"},
	{name: "ArcGIS export with description tables", file: "bgd.kml", in: kmlDoc(arcgisPlacemark("БГД_01", "16655") + arcgisPlacemark("БГД_02", "9000")),
		count: 2, names: []string{"БГД_01", "БГД_02"}, warn: "heights were dropped", crs: "EPSG:4326", check: func(t *testing.T, l *geo.Layer) {
			p := l.Features[0].Props
			if p.Text("KHOROO_POP") != "16655" || p.Text("OBJECTID_1") != "153" {
				t.Errorf("props = %v", p)
			}
			if v, ok := p.Get("UP_DATE"); !ok || v != nil {
				t.Errorf("<Null> should read as null, got %v", v)
			}
			if l.Title != "bgd" {
				t.Errorf("title = %q", l.Title)
			}
		}},
	{name: "ExtendedData SchemaData", file: "bzd.kml", in: kmlDoc(`<Placemark><name>26</name><ExtendedData><SchemaData schemaUrl="#S">
<SimpleData name="name">26-р хороо</SimpleData><SimpleData name="duureg">Баянзүрх</SimpleData></SchemaData></ExtendedData>
<Polygon><outerBoundaryIs><LinearRing><coordinates>` + kmlRing + `</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`),
		count: 1, names: []string{"26-р хороо"}, check: func(t *testing.T, l *geo.Layer) {
			if v := l.Features[0].Props.Text("placemark_name"); v != "26" {
				t.Errorf("placemark_name = %q", v)
			}
		}},
	{name: "ExtendedData Data value", file: "a.kml", in: kmlDoc(`<Placemark><ExtendedData><Data name="kheseg"><displayName>Kheseg</displayName><value>3-р хэсэг</value></Data></ExtendedData>
<Polygon><outerBoundaryIs><LinearRing><coordinates>` + kmlRing + `</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`),
		count: 1, names: []string{"3-р хэсэг"}},
	{name: "polygon with a hole", file: "a.kml", in: kmlDoc(`<Placemark><name>a</name><Polygon><outerBoundaryIs><LinearRing><coordinates>` + kmlRing +
		`</coordinates></LinearRing></outerBoundaryIs><innerBoundaryIs><LinearRing><coordinates>106.904,47.894 106.906,47.894 106.906,47.896 106.904,47.894</coordinates></LinearRing></innerBoundaryIs></Polygon></Placemark>`),
		count: 1, check: func(t *testing.T, l *geo.Layer) {
			poly := l.Features[0].Geometry.(orb.MultiPolygon)[0]
			if len(poly) != 2 || poly[1].Orientation() != orb.CW {
				t.Errorf("want a clockwise hole, got %v", poly)
			}
		}},
	{name: "spaces after commas in coordinates", file: "a.kml", in: kmlDoc(`<Placemark><name>a</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.9, 47.89 106.91 ,47.89 106.91,47.9</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`),
		count: 1, warn: "closed 1 rings"},
	{name: "label points, a stray line and an empty polygon are skipped", file: "bzd.kml", in: kmlDoc(arcgisPlacemark("a", "1") +
		`<Placemark><name>1</name><visibility>0</visibility><Point><coordinates>106.905,47.895,0</coordinates></Point></Placemark>
<Placemark><name>Untitled Path</name><LineString><coordinates>106.9,47.9 106.91,47.91</coordinates></LineString></Placemark>
<Placemark><name>Untitled Polygon</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`),
		count: 1, warn: "skipped 1 feature of line geometry (neither area nor point), 1 feature of point geometry among the polygons (label points?), 1 feature with empty <coordinates>"},
	{name: "points only make a points layer", file: "kiosks.kml", in: kmlDoc(`<Folder><name>Усны цэг</name><Placemark><name>Ус түгээх байр 1</name><Point><coordinates>106.93,47.95</coordinates></Point></Placemark></Folder>`),
		kind: geo.Points, count: 1, names: []string{"Ус түгээх байр 1"}},
	{name: "windows-1251 encoding", file: "a.kml", in: "<?xml version=\"1.0\" encoding=\"windows-1251\"?><kml><Placemark><name>\xd5\xee\xf0\xee\xee</name><Point><coordinates>106.9,47.9</coordinates></Point></Placemark></kml>",
		kind: geo.Points, count: 1, names: []string{"Хороо"}},
	{name: "not KML", file: "map.xml", in: `<?xml version="1.0"?><osm><node/></osm>`, err: "map.xml: not KML: an XML document whose root element is <osm>"},
	{name: "GPX with a track only", file: "track.gpx", in: `<?xml version="1.0"?><gpx><trk/></gpx>`, err: "track.gpx: holds no polygons, points or lines: 1 feature with empty geometry"},
	{name: "truncated KML", file: "a.kml", in: kmlDoc(arcgisPlacemark("a", "1"))[:800], err: "invalid KML: unexpected end of file (the file looks truncated)"},
	{name: "mismatched tags", file: "a.kml", in: "<?xml version=\"1.0\"?>\n<kml><Placemark><name>a</nam></Placemark></kml>", err: "a.kml: feature 1: line 2: invalid KML: unexpected end element </nam>"},
	{name: "bad number in coordinates", file: "a.kml", in: kmlDoc(`<Placemark><Point><coordinates>106.9,4x7.9</coordinates></Point></Placemark>`), err: `feature 1: invalid number "4x7.9" in <coordinates>`},
	{name: "no placemarks", file: "a.kml", in: kmlDoc(``), err: "holds no features"},
	{name: "unsupported encoding", file: "a.kml", in: `<?xml version="1.0" encoding="klingon"?><kml></kml>`, err: `encoding "klingon" is not supported`},
}

func TestKML(t *testing.T) {
	runCases(t, kmlCases)
}

func kmz(t testing.TB, entries map[string]string) string {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestKMZ(t *testing.T) {
	runCases(t, []loadCase{
		{name: "KMZ with doc.kml", file: "khoroo.kmz", in: kmz(t, map[string]string{"doc.kml": kmlDoc(arcgisPlacemark("БГД_01", "1")), "files/icon.png": "\x89PNG"}),
			count: 1, names: []string{"БГД_01"}},
		{name: "KMZ with no KML inside", file: "photos.kmz", in: kmz(t, map[string]string{"a.jpg": "x"}), err: "photos.kmz: a ZIP archive with neither a .kml document nor a Shapefile (.shp with its .dbf) inside"},
		{name: "damaged KMZ", file: "bad.kmz", in: "PK\x03\x04garbage", err: "bad.kmz: a damaged ZIP/KMZ archive"},
	})
}

func TestParseKMLCoords(t *testing.T) {
	cases := []struct {
		in     string
		want   int
		threeD bool
		err    string
	}{
		{"106.9,47.9", 1, false, ""},
		{"106.9,47.9,0 106.91,47.91,0", 2, true, ""},
		{"\n\t106.9,47.9\n106.91,47.91\n", 2, false, ""},
		{"106.9, 47.9 106.91 , 47.91", 2, false, ""},
		{"", 0, false, ""},
		{"106.9", 0, false, "needs longitude,latitude"},
		{",47.9", 0, false, "starts with a comma"},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			pts, threeD, err := parseKMLCoords(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || len(pts) != tc.want || threeD != tc.threeD {
				t.Fatalf("got %v %v %v, want %d points, 3D %v", pts, threeD, err, tc.want, tc.threeD)
			}
		})
	}
}

// parseKMLCoords reads one <coordinates> text whole, through the
// streaming parser, fed one byte at a time to cross every piece boundary.
func parseKMLCoords(text string) ([]orb.Point, bool, error) {
	var p coordParser
	for i := range len(text) {
		if err := p.feed([]byte{text[i]}); err != nil {
			return nil, false, err
		}
	}
	err := p.end()
	return p.pts, p.threeD, err
}
