package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

var t0 = time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)

func newProject(t testing.TB) *Project {
	t.Helper()
	p, err := Open(filepath.Join(t.TempDir(), "Хороо 5.gpkg"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func samplePoint(name string, at orb.Point) annot.Point {
	return annot.Point{Meta: annot.NewMeta("Б. Болормаа", t0), Category: "water_kiosk", Name: name,
		Status: annot.Broken, Notes: "Өвөл хөлддөг", Observed: "2026-10-03", RecordedBy: "Д. Ганбаатар",
		Location: at, Places: annot.Places{Khoroo: "Сургалтын хороо", Kheseg: "5-р хэсэг"}}
}

func sampleGap(area bool) annot.Gap {
	g := annot.Gap{Meta: annot.NewMeta("О. Сарангэрэл", t0), Kind: annot.MissingService, Service: "kindergarten",
		Severity: annot.High, Status: annot.Raised, Notes: "Хүүхдүүд 2 км алхдаг", RaisedBy: "5-р хэсэг", Raised: "2026-09-15",
		Geometry: orb.Point{106.93, 47.96}}
	if area {
		g.Kind, g.Service = annot.Flooding, ""
		g.Geometry = annot.NewArea([]orb.Point{{106.92, 47.95}, {106.925, 47.95}, {106.925, 47.955}, {106.92, 47.955}})
	}
	return g
}

func TestAnnotationsRoundTrip(t *testing.T) {
	p := newProject(t)
	pt := samplePoint("1-р ус түгээх байр", orb.Point{106.918829, 47.952819})
	gp, ga := sampleGap(false), sampleGap(true)
	for _, c := range []annot.Change{{NewPoint: &pt}, {NewGap: &gp}, {NewGap: &ga}} {
		if err := p.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	path := p.Path()
	p.Close()
	p, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Points) != 1 || len(s.Gaps) != 2 || len(s.Categories) != len(annot.DefaultCategories()) {
		t.Fatalf("read back %d points, %d gaps, %d categories", len(s.Points), len(s.Gaps), len(s.Categories))
	}
	if got := s.Points[0]; !equalPoint(got, pt) {
		t.Errorf("point:\n got %+v\nwant %+v", got, pt)
	}
	for i, want := range []annot.Gap{gp, ga} {
		if got := s.Gaps[i]; !equalGap(got, want) {
			t.Errorf("gap %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
}

func equalPoint(a, b annot.Point) bool {
	return a.Meta == b.Meta && a.Category == b.Category && a.Name == b.Name && a.Status == b.Status &&
		a.Notes == b.Notes && a.Observed == b.Observed && a.RecordedBy == b.RecordedBy && a.Location == b.Location && a.Places == b.Places
}

func equalGap(a, b annot.Gap) bool {
	return a.Meta == b.Meta && a.Kind == b.Kind && a.Service == b.Service && a.Severity == b.Severity &&
		a.Status == b.Status && a.Notes == b.Notes && a.RaisedBy == b.RaisedBy && a.Raised == b.Raised &&
		orb.Equal(a.Geometry, b.Geometry) && a.Places == b.Places
}

func TestEditMoveDelete(t *testing.T) {
	p := newProject(t)
	pt := samplePoint("худаг", orb.Point{106.9, 47.9})
	must(t, p.Apply(annot.Change{NewPoint: &pt}))
	moved := pt
	moved.Location = orb.Point{106.91, 47.91}
	moved.Meta = moved.Meta.Touched("me", t0.Add(time.Hour))
	must(t, p.Apply(annot.Change{OldPoint: &pt, NewPoint: &moved}))
	s, _ := p.Load()
	if len(s.Points) != 1 || s.Points[0].Location != moved.Location || s.Points[0].Rev != moved.Rev {
		t.Fatalf("after the move: %+v", s.Points)
	}
	// a point gap redrawn as an area moves to the other table
	g := sampleGap(false)
	must(t, p.Apply(annot.Change{NewGap: &g}))
	area := g
	area.Geometry = sampleGap(true).Geometry
	must(t, p.Apply(annot.Change{OldGap: &g, NewGap: &area}))
	s, _ = p.Load()
	if len(s.Gaps) != 1 || !s.Gaps[0].IsArea() {
		t.Fatalf("after redrawing the gap: %+v", s.Gaps)
	}
	must(t, p.Apply(annot.Change{OldPoint: &moved}))
	must(t, p.Apply(annot.Change{OldGap: &area}))
	s, _ = p.Load()
	if len(s.Points)+len(s.Gaps) != 0 {
		t.Errorf("after deleting: %d points, %d gaps", len(s.Points), len(s.Gaps))
	}
}

func TestInvalidEditWritesNothing(t *testing.T) {
	p := newProject(t)
	good := samplePoint("good", orb.Point{106.9, 47.9})
	bad := samplePoint("bad", orb.Point{106.9, 47.9})
	bad.Status = "fine"
	if err := p.ApplyAll([]annot.Change{{NewPoint: &good}, {NewPoint: &bad}}); err == nil {
		t.Fatal("a bad status was accepted")
	}
	if s, _ := p.Load(); len(s.Points) != 0 {
		t.Errorf("%d points written by a refused batch", len(s.Points))
	}
}

func TestCategories(t *testing.T) {
	p := newProject(t)
	c := annot.Category{ID: "kiosk_heated", NameMN: "Дулаалгатай ус түгээх байр", NameEN: "Heated water kiosk", Symbol: annot.Hexagon, Colour: ParseColour("#123456")}
	must(t, p.Apply(annot.Change{NewCategory: &c}))
	renamed := c
	renamed.NameEN, renamed.Hidden = "Warm kiosk", true
	must(t, p.Apply(annot.Change{OldCategory: &c, NewCategory: &renamed}))
	cats, err := p.Categories()
	must(t, err)
	last := cats[len(cats)-1]
	if len(cats) != len(annot.DefaultCategories())+1 || last.ID != c.ID || last.NameEN != "Warm kiosk" || !last.Hidden || last.Colour != c.Colour {
		t.Errorf("got %d categories, last %+v", len(cats), last)
	}
}

func TestLayersRoundTrip(t *testing.T) {
	p := newProject(t)
	var want []*geo.Layer
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		must(t, err)
		_, err = p.AddLayer(l, geo.InferRole(l))
		must(t, err)
		want = append(want, l)
	}
	got, err := p.Layers()
	must(t, err)
	if len(got) != len(want) {
		t.Fatalf("%d layers, want %d", len(got), len(want))
	}
	for i, sl := range got {
		w := want[i]
		if sl.Layer.Kind != w.Kind || len(sl.Layer.Features) != len(w.Features) || sl.Role != geo.InferRole(w) || sl.Layer.Bound != w.Bound {
			t.Errorf("layer %s: kind %v, %d features, role %v", sl.Table, sl.Layer.Kind, len(sl.Layer.Features), sl.Role)
			continue
		}
		for j := range w.Features {
			a, b := sl.Layer.Features[j], w.Features[j]
			if a.Name != b.Name || !orb.Equal(a.Geometry, b.Geometry) || len(a.Props) != len(b.Props) {
				t.Errorf("layer %s feature %d differs", sl.Table, j)
			}
		}
	}
	if got[0].Table != "boundary_khoroo" {
		t.Errorf("first table is %q", got[0].Table)
	}
	sl := got[1]
	sl.Hidden, sl.Colour, sl.Role = true, ParseColour("#ff0000"), geo.RoleOther
	sl.Layer.SetNameField("")
	must(t, p.UpdateLayer(sl))
	must(t, p.RenameFeatures(sl))
	must(t, p.RemoveLayer(got[0].Table))
	again, err := p.Layers()
	must(t, err)
	if len(again) != len(want)-1 || !again[0].Hidden || again[0].Colour != sl.Colour || again[0].Role != geo.RoleOther || again[0].Layer.Features[0].Name != "#1" {
		t.Errorf("after update and remove: %d layers, first %+v", len(again), again[0])
	}
}

func TestRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, data string }{
		{"notes.gpkg", "this is not a database"},
		{"empty.gpkg", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			must(t, os.WriteFile(path, []byte(tc.data), 0o644))
			if _, err := Open(path); err == nil {
				t.Fatal("opened")
			}
			if b, _ := os.ReadFile(path); string(b) != tc.data {
				t.Error("the refused file was changed")
			}
		})
	}
}

func TestSaveAs(t *testing.T) {
	p := newProject(t)
	pt := samplePoint("a", orb.Point{106.9, 47.9})
	must(t, p.Apply(annot.Change{NewPoint: &pt}))
	old := p.Path()
	to := filepath.Join(t.TempDir(), "copy.gpkg")
	must(t, p.SaveAs(to))
	q := samplePoint("b", orb.Point{106.9, 47.9})
	must(t, p.Apply(annot.Change{NewPoint: &q}))
	if p.Path() != to {
		t.Fatalf("path %s after SaveAs", p.Path())
	}
	o, err := Open(old)
	must(t, err)
	defer o.Close()
	if s, _ := o.Load(); len(s.Points) != 1 {
		t.Errorf("the original has %d points, want 1", len(s.Points))
	}
	if s, _ := p.Load(); len(s.Points) != 2 {
		t.Errorf("the copy has %d points, want 2", len(s.Points))
	}
	var app, ver int
	p.db.QueryRow("PRAGMA application_id").Scan(&app)
	p.db.QueryRow("PRAGMA user_version").Scan(&ver)
	if app != gpkgApplicationID || ver != gpkgUserVersion {
		t.Errorf("copy's header: application_id %#x, user_version %d", app, ver)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(to), ".*tmp*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestSettings(t *testing.T) {
	p := newProject(t)
	if _, ok, _ := p.Setting(SettingAuthor); ok {
		t.Fatal("a new project has an author")
	}
	must(t, p.SetSetting(SettingAuthor, "Д. Ганбаатар"))
	must(t, p.SetSetting(SettingAuthor, "Б. Болормаа"))
	if v, ok, err := p.Setting(SettingAuthor); v != "Б. Болормаа" || !ok || err != nil {
		t.Errorf("got %q %v %v", v, ok, err)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A project written before layers had an attribution column opens, gains
// the column, and keeps a layer's attribution from then on.
func TestUpgradeAddsAttribution(t *testing.T) {
	p := newProject(t)
	path := p.Path()
	if _, err := p.db.Exec(`ALTER TABLE layers DROP COLUMN attribution`); err != nil {
		t.Fatal(err)
	}
	p.Close()
	p = newProjectAt(t, path)
	defer p.Close()
	l := &geo.Layer{Source: "osm.geojson", Kind: geo.Points, Attribution: "© OpenStreetMap contributors",
		Features: []geo.Feature{{Name: "a", Geometry: orb.Point{106.9, 47.9}}}}
	l.ComputeBound()
	_, err := p.AddLayer(l, geo.RolePoints)
	must(t, err)
	got, err := p.Layers()
	must(t, err)
	if len(got) != 1 || got[0].Layer.Attribution != l.Attribution {
		t.Errorf("layers after the upgrade: %+v", got)
	}
}
