package exchange_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
)

// OsmAnd's favourites export: GPX 1.1 waypoints, the group in <type>.
const osmandGPX = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<gpx version="1.1" creator="OsmAnd Maps" xmlns="http://www.topografix.com/GPX/1/1" xmlns:osmand="https://osmand.net">
  <wpt lat="47.9181" lon="106.9172">
    <time>2026-01-12T03:30:00Z</time>
    <name>Ус түгээх 3-р байр</name>
    <desc>Өвөл хөлддөг</desc>
    <type>Ус түгээх байр, худаг</type>
    <extensions><osmand:color>#b4eecc22</osmand:color></extensions>
  </wpt>
  <wpt lat="47.9190" lon="106.9190"><name>Гэрэлгүй гудамж</name></wpt>
  <trk><name>Өглөөний алхалт</name><trkseg><trkpt lat="47.918" lon="106.917"/><trkpt lat="47.919" lon="106.918"/></trkseg></trk>
</gpx>`

// A GPX 1.0 file from a GPS unit, with a route.
const gpx10 = `<?xml version="1.0"?><gpx version="1.0" creator="eTrex"><wpt lat="47.92" lon="106.93"><name>001</name><cmt>сургууль</cmt></wpt>
<rte><rtept lat="47.92" lon="106.93"/><rtept lat="47.921" lon="106.931"/></rte></gpx>`

// Organic Maps' bookmarks: KML Placemarks with a Point.
const organicKML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://earth.google.com/kml/2.2"><Document><name>Хэсгийн алхалт</name>
<Placemark><name>Хүүхдийн тоглоомын талбай</name><description>Эвдэрсэн савлуур</description>
<TimeStamp><when>2026-01-12T03:00:00Z</when></TimeStamp><styleUrl>#placemark-red</styleUrl>
<Point><coordinates>106.9201,47.9212</coordinates></Point></Placemark></Document></kml>`

func phoneOptions() exchange.Options {
	return exchange.Options{Categories: annot.DefaultCategories(), Author: "Б"}
}

func TestPhoneAppFiles(t *testing.T) {
	var kmz bytes.Buffer
	zw := zip.NewWriter(&kmz)
	w, _ := zw.Create("doc.kml")
	w.Write([]byte(organicKML))
	zw.Close()
	for _, c := range []struct {
		name, data string
		names      []string
		category   string
		warning    string
	}{
		{"favourites.gpx", osmandGPX, []string{"Ус түгээх 3-р байр", "Гэрэлгүй гудамж"}, "water_kiosk", "1 feature of track or route lines"},
		{"etrex.gpx", gpx10, []string{"001"}, annot.Other, "1 feature of track or route lines beside waypoints"},
		{"bookmarks.kml", organicKML, []string{"Хүүхдийн тоглоомын талбай"}, "playground", ""},
		{"bookmarks.kmz", kmz.String(), []string{"Хүүхдийн тоглоомын талбай"}, "playground", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := load.Read(c.name, strings.NewReader(c.data), load.Options{Points: true})
			if err != nil {
				t.Fatal(err)
			}
			pts, err := exchange.Points(l, phoneOptions())
			if err != nil {
				t.Fatal(err)
			}
			if len(pts) != len(c.names) {
				t.Fatalf("%d points, want %d", len(pts), len(c.names))
			}
			for i, p := range pts {
				if p.Name != c.names[i] {
					t.Errorf("point %d: %q, want %q", i, p.Name, c.names[i])
				}
			}
			if pts[0].Category != c.category {
				t.Errorf("category %q, want %q", pts[0].Category, c.category)
			}
			if got := strings.Join(l.Warnings, " "); c.warning != "" && !strings.Contains(got, c.warning) {
				t.Errorf("warnings %q, want %q", got, c.warning)
			}
		})
	}
	l, _ := load.Read("favourites.gpx", strings.NewReader(osmandGPX), load.Options{Points: true})
	p, _ := exchange.Points(l, phoneOptions())
	if p[0].Notes != "Өвөл хөлддөг" || p[0].Observed != "2026-01-12" || p[0].Location[0] != 106.9172 {
		t.Errorf("OsmAnd favourite: %+v", p[0])
	}
}

func TestGPXRefused(t *testing.T) {
	for name, data := range map[string]string{
		"bad position": `<gpx version="1.1"><wpt lat="north" lon="106.9"><name>x</name></wpt></gpx>`,
		"out of range": `<gpx version="1.1"><wpt lat="147.9" lon="106.9"/></gpx>`,
		"cut short":    `<gpx version="1.1"><wpt lat="47.9" lon="106.9"><name>x</na`,
	} {
		if _, err := load.Read("f.gpx", strings.NewReader(data), load.Options{Points: true}); err == nil || !strings.Contains(err.Error(), "f.gpx") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
