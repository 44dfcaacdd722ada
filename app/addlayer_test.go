package app

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// File > Add layer… of files holding service points, gaps and
// boundaries gives what `khoroomap import` gives, file after file: an
// export's points as service points and its gaps as gaps with their
// photos (GeoJSON, KML, KMZ, Shapefile zip), another tool's points as
// service points, areas as a boundary layer, an office's Shapefile zip as
// a boundary layer with its points left out, a GPX's waypoints as service
// points and its track as a layer of lines. The window shows what its
// project holds, and says what became of the file.
func TestAddLayerImportsAsTheCommand(t *testing.T) {
	ex := exportSource(t)
	khoroo := writeTemp(t, "khoroo.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"6-р хороо"},"geometry":{"type":"Polygon","coordinates":[[[106.9,47.9],[106.95,47.9],[106.95,47.97],[106.9,47.97],[106.9,47.9]]]}}]}`)
	schools := writeTemp(t, "schools.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"12-р сургууль","amenity":"school"},"geometry":{"type":"Point","coordinates":[106.905,47.905]}},`+
		`{"type":"Feature","properties":{"name":"Худаг"},"geometry":{"type":"Point","coordinates":[106.91,47.92]}}]}`)
	walk := writeTemp(t, "walk.gpx", `<gpx version="1.1" creator="t"><wpt lat="47.93" lon="106.93"><name>Хогийн цэг</name></wpt><trk><trkseg><trkpt lat="47.9" lon="106.9"/><trkpt lat="47.91" lon="106.91"/></trkseg></trk></gpx>`)
	cases := []struct {
		name                 string
		files                []string
		points, gaps, layers int
		photos               int
		status               string
	}{
		{"GeoJSON export", []string{ex.write(t, exchange.GeoJSON)}, 1, 2, 0, 0, "annotations.geojson: 1 service points added, 0 updated; 2 gaps added, 0 updated"},
		{"KML export", []string{ex.write(t, exchange.KML)}, 1, 2, 0, 0, "1 service points added"},
		{"KMZ export", []string{ex.write(t, exchange.KMZ)}, 1, 2, 0, 2, "2 gaps added"},
		{"Shapefile zip export", []string{ex.write(t, exchange.ShapefileZip)}, 1, 2, 0, 2, "2 gaps added"},
		{"boundaries, then another tool's points", []string{khoroo, schools}, 2, 0, 1, 0, "schools.geojson: 2 service points added, 0 updated"},
		{"an office's zip", []string{officeZip(t)}, 0, 0, 1, 0, "office.zip"},
		{"a GPX walk, then the boundaries", []string{walk, khoroo}, 1, 0, 2, 0, "khoroo.geojson: 1 polygon — a boundary layer (khoroo)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ui := newTestUIOn(t, emptyProject(t, "window.gpkg"))
			for _, f := range c.files {
				if top := ui.win.Canvas().Overlays().Top(); top != nil {
					top.Hide()
				}
				ui.Open([]string{f})
			}
			cmd := importAsTheCommand(t, c.files)
			got, want := projectState(t, ui.ws.Project()), projectState(t, cmd)
			if got != want {
				t.Errorf("the window's project holds\n%s\nthe command's\n%s", got, want)
			}
			s, _ := ui.ws.Project().Load()
			if n := len(ui.ws.Annotations().Points); n != c.points || n != len(s.Points) || len(ui.ws.Annotations().Gaps) != c.gaps {
				t.Errorf("the window shows %d points (%d stored, want %d), %d gaps (want %d)", n, len(s.Points), c.points, len(ui.ws.Annotations().Gaps), c.gaps)
			}
			if n := len(ui.layers.list); n != c.layers || strings.Count(got, "\nphoto ") != c.photos {
				t.Errorf("%d layers shown (want %d), %d photos (want %d):\n%s", n, c.layers, strings.Count(got, "\nphoto "), c.photos, got)
			}
			if !strings.Contains(ui.status.Text, c.status) {
				t.Errorf("status %q, want %q", ui.status.Text, c.status)
			}
		})
	}
}

// exportFiles are annotations in a project of their own, to export.
type exportFiles struct {
	set *annot.Set
	p   *store.Project
	dir string
}

// exportSource is a project holding a service point with a photo, a gap
// point and a gap area with a photo.
func exportSource(t *testing.T) exportFiles {
	t.Helper()
	p, err := store.Open(emptyProject(t, "source.gpkg"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	var phs []photo.Photo
	for i, size := range [][2]int{{160, 120}, {120, 160}} {
		ph, err := photo.Reduce(fmt.Sprintf("IMG_%d.jpg", i), phototest.JPEG(phototest.Quadrants(size[0], size[1]), phototest.Tags{}))
		if err != nil {
			t.Fatal(err)
		}
		phs = append(phs, ph)
	}
	pt := annot.Point{Meta: annot.NewMeta("Б", now()), Name: "Шинэ худаг", Category: "water_kiosk", Status: annot.Working, Location: orb.Point{106.925, 47.96}, Photos: []string{phs[0].ID}}
	gapPoint := annot.Gap{Meta: annot.NewMeta("Б", now()), Kind: annot.Unsafe, Severity: annot.High, Status: annot.Open, Notes: "Гэрэлгүй гарц", Geometry: orb.Point{106.92, 47.93}}
	area := annot.Gap{Meta: annot.NewMeta("Б", now()), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open, Notes: "Хаврын үер",
		Geometry: annot.NewArea([]orb.Point{{106.92, 47.95}, {106.925, 47.95}, {106.925, 47.955}}), Photos: []string{phs[1].ID}}
	if err := p.ApplyWithPhotos(phs, []annot.Change{{NewPoint: &pt}, {NewGap: &gapPoint}, {NewGap: &area}}); err != nil {
		t.Fatal(err)
	}
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	return exportFiles{set: s, p: p, dir: t.TempDir()}
}

// write exports the annotations in format f, with their photos.
func (e exportFiles) write(t *testing.T, f exchange.Format) string {
	t.Helper()
	var b bytes.Buffer
	opt := exchange.WriteOptions{Lang: "mn", Photos: func(id string) ([]byte, error) {
		ph, err := e.p.Photo(id)
		return ph.Data, err
	}}
	if err := exchange.Write(&b, e.set, f, opt); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(e.dir, "annotations"+f.Ext())
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// emptyProject is a new project (the default categories, nothing else).
func emptyProject(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := store.Create(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// importAsTheCommand does what `khoroomap import -project P.gpkg FILE`
// does, file after file, into a new project, and returns it open.
func importAsTheCommand(t *testing.T, files []string) *store.Project {
	t.Helper()
	p, err := workspace.OpenFile(filepath.Join(t.TempDir(), "command.gpkg"), workspace.Create)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	for _, f := range files {
		in, err := workspace.ReadIncoming(f, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := workspace.Import(p, []*workspace.Incoming{in}, nil, ""); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// projectState lists what a project holds, one line each, sorted: its
// layers (table, role, kind, features), service points and gaps (ID,
// content, places) and the photos they name (ID, digest).
func projectState(t *testing.T, p *store.Project) string {
	t.Helper()
	ls, err := p.Layers()
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	var lines, photos []string
	for _, l := range ls {
		lines = append(lines, fmt.Sprintf("layer %s %s %s %d", l.Table, l.Role, l.Layer.Kind, len(l.Layer.Features)))
	}
	for _, pt := range s.Points {
		lines = append(lines, fmt.Sprintf("point %s %q %v", pt.ID, pt.Content(), pt.Places))
		photos = append(photos, pt.Photos...)
	}
	for _, g := range s.Gaps {
		lines = append(lines, fmt.Sprintf("gap %s %q %v", g.ID, g.Content(), g.Places))
		photos = append(photos, g.Photos...)
	}
	for _, id := range photos {
		ph, err := p.Photo(id)
		lines = append(lines, fmt.Sprintf("photo %s %x %v", id, sha256.Sum256(ph.Data), err))
	}
	slices.Sort(lines)
	return "\n" + strings.Join(lines, "\n")
}

// A file given on the command line is read before the project opens: it
// waits for it, then is imported into it (its points as service points),
// and the progress bar stops.
func TestAddLayerBeforeTheProjectOpens(t *testing.T) {
	ui, err := New(test.NewTempApp(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ui.Close)
	var queue []func()
	ui.background = func(f func()) { queue = append(queue, f) }
	ui.Map.inline = true
	schools := writeTemp(t, "schools.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"12-р сургууль","amenity":"school"},"geometry":{"type":"Point","coordinates":[106.905,47.905]}}]}`)
	ui.OpenIn(emptyProject(t, "p.gpkg"), []string{schools})
	if len(queue) != 2 {
		t.Fatalf("%d jobs in the background, want the project's and the file's", len(queue))
	}
	queue[1]() // the file is read first
	if len(ui.pendingFiles) != 1 {
		t.Fatalf("%d files wait for the project", len(ui.pendingFiles))
	}
	queue[0]()
	for _, f := range queue[2:] { // the import, once the project is open
		f()
	}
	if s := ui.ws.Annotations(); s == nil || len(s.Points) != 1 || s.Points[0].Name != "12-р сургууль" || ui.loading != 0 || len(ui.layers.list) != 0 {
		t.Errorf("the project shows %+v, %d layers, loading %d", s, len(ui.layers.list), ui.loading)
	}
}

// File > Add layer… offers every kind of file `khoroomap import` reads:
// a Shapefile zip and a GPX walk pasted in its location field are taken.
func TestAddLayerOffersZipAndGPX(t *testing.T) {
	for _, c := range []struct {
		file   func(t *testing.T) string
		points int
	}{
		{func(t *testing.T) string { return officeZip(t) }, 0},
		{func(t *testing.T) string {
			return writeTemp(t, "walk.gpx", `<gpx version="1.1" creator="t"><wpt lat="47.93" lon="106.93"><name>Хогийн цэг</name></wpt></gpx>`)
		}, 1},
	} {
		ui := newTestUIOn(t, emptyProject(t, "p.gpkg"))
		ui.showOpen()
		path := c.file(t)
		ui.picker.loc.SetText(path)
		ui.picker.loc.OnSubmitted(path)
		if ui.picker.problem.Visible() {
			t.Fatalf("%s: the dialog says %q", filepath.Base(path), ui.picker.problem.Text)
		}
		if len(ui.ws.Annotations().Points) != c.points || len(ui.layers.list)+c.points != 1 {
			t.Errorf("%s gave %d service points and %d layers", filepath.Base(path), len(ui.ws.Annotations().Points), len(ui.layers.list))
		}
	}
}
