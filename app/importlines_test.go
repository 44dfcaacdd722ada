package app

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/shapefile"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Import service points… of an office's Shapefile zip (khoroos and
// schools) says per layer what became of it, as `khoroomap import` does,
// in the window's language; a file of one layer only sets the status line.
func TestImportPointsSaysEachLayer(t *testing.T) {
	cases := []struct {
		lang words.Lang
		want []string
	}{
		{words.EN, []string{"Export/Khoroo: 1 polygon — left out beside the points", "Export/Schools: 1 point — service points"}},
		{words.MN, []string{"Export/Khoroo: 1 талбай — цэгүүдийн хажууд орхигдсон", "Export/Schools: 1 цэг — үйлчилгээний цэгүүд"}},
	}
	for _, c := range cases {
		t.Run(string(c.lang), func(t *testing.T) {
			a := test.NewTempApp(t)
			prefsOf(a).SetString(prefLanguage, string(c.lang))
			defer useLanguage(words.EN)
			ui := testUIOf(t, a, 1, nil)
			ui.ImportPoints(officeZip(t))
			top := ui.win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatalf("no report; status: %q", ui.status.Text)
			}
			text := overlayText(top)
			for _, line := range c.want {
				if !strings.Contains(text, line) {
					t.Errorf("the report says\n%s\nnot %q", text, line)
				}
			}
			if c.lang == words.MN { // file and layer names aside, no English
				rest := strings.NewReplacer("Export/Khoroo", "", "Export/Schools", "", "office.zip", "").Replace(text)
				if i := strings.IndexFunc(rest, func(r rune) bool { return r < 128 && unicode.IsLetter(r) }); i >= 0 {
					t.Errorf("Latin in the Mongolian report: %q", rest[i:])
				}
			}
			top.Hide()
			ui.ImportPoints(writeTemp(t, "points.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Худаг"},"geometry":{"type":"Point","coordinates":[106.905,47.905]}}]}`))
			if ui.win.Canvas().Overlays().Top() != nil {
				t.Errorf("a report for a file of one layer: %s", overlayText(ui.win.Canvas().Overlays().Top()))
			}
		})
	}
}

// officeZip is a Shapefile zip as an office sends it: khoroos, schools.
func officeZip(t *testing.T) string {
	t.Helper()
	square := orb.Polygon{{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}, {106.9, 47.9}}}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, l := range []*shapefile.Layer{
		{Name: "Khoroo", Polygons: true, Fields: []string{"NAME"}, Rows: []shapefile.Row{{Geometry: square, Values: []string{"1-р хороо"}}}},
		{Name: "Schools", Fields: []string{"NAME", "TYPE"}, Rows: []shapefile.Row{{Geometry: orb.Point{106.905, 47.905}, Values: []string{"12-р сургууль", "school"}}}},
	} {
		files, err := l.Files()
		if err != nil {
			t.Fatal(err)
		}
		for _, ext := range []string{".shp", ".dbf", ".prj"} {
			w, _ := zw.Create("Export/" + l.Name + ext)
			w.Write(files[l.Name+ext])
		}
	}
	zw.Close()
	return writeTemp(t, "office.zip", b.String())
}

// writeTemp writes content into a file named name in a new folder.
func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Add layer… of the city's kind of KML, its khoroos with points beside
// them, says the areas became a boundary layer and the points were left
// out; of a GPX walk, as `khoroomap import` takes it, that its waypoints
// became service points and its track a layer of lines.
func TestAddLayerSaysEachLayer(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.Open([]string{writeTemp(t, "arcgis.kml", `<kml><Document><name>Хороод</name><Placemark><name>1-р хороо</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.9,47.9 106.91,47.9 106.91,47.91 106.9,47.9</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`+
		`<Placemark><name>12-р сургууль</name><Point><coordinates>106.905,47.905,1350</coordinates></Point></Placemark></Document></kml>`)})
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no report")
	}
	text := overlayText(top)
	for _, line := range []string{"Хороод: 1 polygon — a boundary layer (khoroo)", "Хороод: 1 point — left out beside the areas"} {
		if !strings.Contains(text, line) {
			t.Errorf("the report says\n%s\nnot %q", text, line)
		}
	}
	top.Hide()
	ui.Open([]string{writeTemp(t, "walk.gpx", `<gpx version="1.1" creator="t"><wpt lat="47.9" lon="106.9"><name>Худаг</name></wpt><trk><trkseg><trkpt lat="47.9" lon="106.9"/><trkpt lat="47.91" lon="106.91"/></trkseg></trk></gpx>`)})
	top = ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no report for a GPX walk")
	}
	text = overlayText(top)
	for _, line := range []string{"walk.gpx: 1 point — service points", "walk.gpx: 1 line — a line layer (the route walked)", "walk.gpx: 1 service points added, 0 updated"} {
		if !strings.Contains(text, line) {
			t.Errorf("the report says\n%s\nnot %q", text, line)
		}
	}
}
