package exchange

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

func opts() Options {
	return Options{Categories: annot.DefaultCategories(), Author: "сургагч", Now: t0}
}

func TestImportOSMStyleGeoJSON(t *testing.T) {
	in := `{"type":"FeatureCollection","features":[
	 {"type":"Feature","id":"node/1","properties":{"type":"node","id":1,"tags":{"amenity":"kindergarten","name":"123-р цэцэрлэг"}},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
	 {"type":"Feature","id":"node/2","properties":{"type":"node","id":2,"tags":{"amenity":"dentist"}},"geometry":{"type":"Point","coordinates":[106.92,47.95]}},
	 {"type":"Feature","properties":{"name":"Худаг","category":"Ус түгээх байр, худаг","status":"Broken","observed":"2026-10-01T08:00:00Z"},"geometry":{"type":"Point","coordinates":[106.93,47.95]}}]}`
	l, err := load.Read("osm.geojson", strings.NewReader(in), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pts, err := Points(l, opts())
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ name, cat, status, notes, observed string }{
		{"123-р цэцэрлэг", "kindergarten", "working", "OpenStreetMap: amenity=kindergarten", ""},
		{"", "dentist", "working", "OpenStreetMap: amenity=dentist", ""},
		{"Худаг", "water_kiosk", "broken", "", "2026-10-01"},
	}
	for i, w := range want {
		p := pts[i]
		if p.Name != w.name || p.Category != w.cat || string(p.Status) != w.status || p.Notes != w.notes || p.Observed != w.observed || p.RecordedBy != "" || p.Author != "сургагч" {
			t.Errorf("point %d: %+v", i, p)
		}
	}
	again, _ := Points(l, opts())
	for i := range pts {
		if pts[i].ID != again[i].ID || pts[i].Rev != again[i].Rev {
			t.Errorf("point %d: imported twice, it should keep its UUID and revision (by source ID, or by position, name and category)", i)
		}
	}
	l.Features[2].Geometry = orb.Point{106.931, 47.95}
	if moved, _ := Points(l, opts()); moved[2].ID == pts[2].ID {
		t.Error("a point without an ID moved 75 m kept its UUID")
	}
}

// The real health points come in an API envelope with OSM tags nested.
func TestImportRealHealthPoints(t *testing.T) {
	l, err := load.File(realdata.File(t, "c2m2_mobile/mongoliahealth.json"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pts, err := Points(l, opts())
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 207 {
		t.Fatalf("%d points, want 207", len(pts))
	}
	cats, named, reviewed := map[string]int{}, 0, 0
	for _, p := range pts {
		cats[p.Category]++
		if p.Name != "" {
			named++
		}
		if strings.Contains(p.Name, "ӨЭМТ") && p.Category != "family_health_centre" {
			t.Errorf("%q is a %s", p.Name, p.Category)
		}
		if strings.Contains(p.Notes, GuessNote) {
			reviewed++
		}
	}
	// nursing homes and social facilities (12 + 3) are no category of ours
	if cats["other"] != 15 || cats["hospital"] < 80 || cats["dentist"] < 49 || cats["family_health_centre"] < 14 || cats["clinic"] < 30 {
		t.Errorf("categories %v", cats)
	}
	if named < 100 {
		t.Errorf("only %d named", named)
	}
	if reviewed == 0 || reviewed > 30 {
		t.Errorf("%d points noted as guessed", reviewed)
	}
}

// Names tell what tags do not: the family health centre abbreviation
// beats a hospital tag, "шүдний" a clinic tag; with no tag, words of the
// name guess a category; every guess is counted by rule, and those from a
// name are noted on the point.
func TestImportGuessesFromNames(t *testing.T) {
	in := `{"type":"FeatureCollection","features":[
	 {"type":"Feature","properties":{"name":"6-р хороо ӨЭМТ","amenity":"hospital"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
	 {"type":"Feature","properties":{"name":"Их зайсан шүдний эмнэлэг","amenity":"clinic"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
	 {"type":"Feature","properties":{"name":"Мондент шүдний эмнэлэг","amenity":"dentist"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
	 {"type":"Feature","properties":{"name":"45-р сургууль"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
	 {"type":"Feature","properties":{"name":"12-р цэцэрлэг"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
	 {"type":"Feature","properties":{"name":"Монос эмийн сан"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}},
	 {"type":"Feature","properties":{"name":"Гэр"},"geometry":{"type":"Point","coordinates":[106.91,47.95]}}]}`
	l, err := load.Read("names.geojson", strings.NewReader(in), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := opts()
	o.Guessed = map[string]int{}
	pts, err := Points(l, o)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		cat    string
		review bool
	}{{"family_health_centre", true}, {"dentist", true}, {"dentist", false}, {"school", true}, {"kindergarten", true}, {"pharmacy", true}, {"other", false}}
	for i, w := range want {
		if pts[i].Category != w.cat || strings.Contains(pts[i].Notes, GuessNote) != w.review || pts[i].Review != "" {
			t.Errorf("%q: %s, notes %q, review %q; want %s", pts[i].Name, pts[i].Category, pts[i].Notes, pts[i].Review, w.cat)
		}
	}
	if o.Guessed["name: өэмт"] != 1 || o.Guessed["OpenStreetMap amenity=dentist"] != 1 || o.Guessed["name: сургууль"] != 1 || len(o.Guessed) != 6 {
		t.Errorf("guesses %v", o.Guessed)
	}
}

func testSet() *annot.Set {
	s := &annot.Set{Categories: annot.DefaultCategories()}
	p := annot.Point{Meta: annot.NewMeta("Б. Болормаа", t0), Category: "water_kiosk", Name: "1-р ус түгээх байр, \"шинэ\"",
		Status: annot.Broken, Notes: "Өвөл хөлддөг\nхоёр дахь мөр", Observed: "2026-10-03", RecordedBy: "Д. Ганбаатар",
		Location: orb.Point{106.918829, 47.952819}, Places: annot.Places{Khoroo: "Сургалтын хороо"}}
	g := annot.Gap{Meta: annot.NewMeta("О. Сарангэрэл", t0), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open,
		Geometry: annot.NewArea([]orb.Point{{106.92, 47.95}, {106.925, 47.95}, {106.925, 47.955}})}
	gp := annot.Gap{Meta: annot.NewMeta("", t0), Kind: annot.MissingService, Service: "kindergarten", Severity: annot.Medium, Status: annot.Raised, Geometry: orb.Point{106.93, 47.96}}
	s.Points, s.Gaps = []annot.Point{p}, []annot.Gap{g, gp}
	return s
}

func TestGeoJSONRoundTrip(t *testing.T) {
	s := testSet()
	var b bytes.Buffer
	if err := Write(&b, s, GeoJSON, WriteOptions{Lang: "mn"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"category_name":"Ус түгээх байр, худаг"`, `"service":"Цэцэрлэг"`, `"type":"Polygon"`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the export lacks %s", want)
		}
	}
	l, err := load.Read("export.geojson", &b, load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	// the loader keeps the points (the gap area is an area): the service point and the point gap
	if len(l.Features) != 2 {
		t.Fatalf("%d point features read back", len(l.Features))
	}
	pts, err := Points(l, opts())
	if err != nil {
		t.Fatal(err)
	}
	got, want := pts[0], s.Points[0]
	if got.ID != want.ID || got.Name != want.Name || got.Notes != want.Notes || got.Status != want.Status ||
		got.Observed != want.Observed || got.RecordedBy != want.RecordedBy || got.Location != want.Location || !got.Created.Equal(want.Created) || got.Author != want.Author {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

func TestCSV(t *testing.T) {
	s := testSet()
	var b bytes.Buffer
	if err := Write(&b, s, CSV, WriteOptions{Lang: "en", CRLF: true}); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	if !strings.HasPrefix(text, "\ufefflat,lon,annotation,uuid,") || strings.Count(text, "\r\n") != 4+1 { // header, 3 rows, and the note's line break inside quotes is \n
		t.Errorf("CSV head or line ends wrong: %q", text[:min(len(text), 80)])
	}
	if !strings.Contains(text, "POLYGON((106.92") || !strings.Contains(text, `"1-р ус түгээх байр, ""шинэ"""`) {
		t.Errorf("CSV lacks the area's WKT or quoting:\n%s", text)
	}
	l, err := load.Read("export.csv", &b, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 3 {
		t.Fatalf("read back %d rows", len(l.Features))
	}
	pts, _ := Points(l, opts())
	if pts[0].ID != s.Points[0].ID || pts[0].Notes != s.Points[0].Notes {
		t.Errorf("CSV round trip: %+v", pts[0])
	}
}

func TestKML(t *testing.T) {
	s := testSet()
	var b bytes.Buffer
	if err := Write(&b, s, KML, WriteOptions{Lang: "mn"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "<color>ffd18802</color>") || !strings.Contains(b.String(), "<outerBoundaryIs>") {
		t.Errorf("KML lacks the category colour or the area:\n%s", b.String())
	}
	l, err := load.Read("export.kml", &b, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Kind.String() != "polygons" || len(l.Features) != 1 {
		t.Fatalf("KML read back as %v with %d features", l.Kind, len(l.Features))
	}
	if v := l.Features[0].Props.Text("severity"); v != "high" {
		t.Errorf("the area's severity read back as %q", v)
	}
}

func TestFormatOf(t *testing.T) {
	for in, want := range map[string]Format{"a.geojson": GeoJSON, `C:\Users\Бат\цэг.CSV`: CSV, "x.kml": KML, "walk.KMZ": KMZ, "office.zip": ShapefileZip} {
		if got, err := FormatOf(in); got != want || err != nil {
			t.Errorf("FormatOf(%q) = %q, %v", in, got, err)
		}
	}
	for _, f := range Formats {
		if got, err := FormatOf("x" + f.Ext()); got != f || err != nil {
			t.Errorf("%s: FormatOf(%q) = %q, %v", f, "x"+f.Ext(), got, err)
		}
	}
	if _, err := FormatOf("x.shp"); err == nil {
		t.Error("x.shp accepted")
	}
}

func TestImportKMLPoints(t *testing.T) {
	s := testSet()
	var b bytes.Buffer
	if err := Write(&b, s, KML, WriteOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	l, err := load.Read("export.kml", &b, load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	pts, err := Points(l, opts())
	if err != nil || len(pts) != 1 { // the gap point is no service point
		t.Fatalf("%d points (%v)", len(pts), err)
	}
	if p := pts[0]; p.ID != s.Points[0].ID || p.Category != "water_kiosk" || p.Status != annot.Broken || p.Name != s.Points[0].Name {
		t.Errorf("KML import: %+v", p)
	}
	gaps, err := Gaps(l, opts())
	if err != nil || len(gaps) != 1 {
		t.Fatalf("%d gaps (%v)", len(gaps), err)
	}
	want := s.Gaps[1]
	if g := gaps[0]; g.ID != want.ID || g.Content() != want.Content() || g.Created != want.Created || g.Kind != annot.MissingService || g.Service != "kindergarten" {
		t.Errorf("the gap point came back as %+v", g)
	}
}
