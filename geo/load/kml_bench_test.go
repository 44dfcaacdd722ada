package load

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// ringsText writes n rings of m vertices each (a wobbly circle around a
// seeded centre in UB), calling write with the coordinates of each.
func ringsText(n, m int, write func(i int, coords []byte)) {
	r := rand.New(rand.NewPCG(1, 2))
	var buf []byte
	for i := range n {
		cx, cy := 106.8+r.Float64()*0.3, 47.85+r.Float64()*0.1
		buf = buf[:0]
		for j := range m {
			a := 2 * math.Pi * float64(j%(m-1)) / float64(m-1)
			rad := 0.01 * (1 + 0.1*r.Float64())
			if j == m-1 {
				a, rad = 0, 0.01
			}
			buf = strconv.AppendFloat(buf, math.Round((cx+rad*math.Cos(a))*1e6)/1e6, 'f', -1, 64)
			buf = append(buf, ',')
			buf = strconv.AppendFloat(buf, math.Round((cy+rad*math.Sin(a))*1e6)/1e6, 'f', -1, 64)
			buf = append(buf, ' ')
		}
		write(i, buf)
	}
}

// generatedKML is n Placemarks, each a Polygon of m vertices.
func generatedKML(n, m int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>`)
	ringsText(n, m, func(i int, coords []byte) {
		fmt.Fprintf(&b, "<Placemark><name>%d</name><Polygon><outerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n", i, coords)
	})
	b.WriteString("</Document></kml>")
	return b.Bytes()
}

// generatedGeoJSON is the same rings as GeoJSON.
func generatedGeoJSON(n, m int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	ringsText(n, m, func(i int, coords []byte) {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"type":"Feature","properties":{"name":"%d"},"geometry":{"type":"Polygon","coordinates":[[`, i)
		for j, t := range bytes.Fields(coords) {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString("[" + string(t) + "]")
		}
		b.WriteString("]]}}")
	})
	b.WriteString("]}")
	return b.Bytes()
}

// BenchmarkLoadVertices reads 200 polygons of 5,000 vertices as KML and
// as GeoJSON, reporting the bytes allocated per vertex: KML is to stay
// within twice GeoJSON's.
func BenchmarkLoadVertices(b *testing.B) {
	const n, m = 200, 5000
	for _, tc := range []struct {
		name string
		data []byte
	}{{"kml", generatedKML(n, m)}, {"geojson", generatedGeoJSON(n, m)}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read("generated."+tc.name, bytes.NewReader(tc.data), Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			var before, after runtimeMemStats
			before.read()
			Read("generated."+tc.name, bytes.NewReader(tc.data), Options{})
			after.read()
			b.ReportMetric(float64(after.total-before.total)/(n*m), "B/vertex")
		})
	}
}
