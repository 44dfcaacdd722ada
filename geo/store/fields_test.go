package store

import (
	"database/sql"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// square is a small khoroo-sized area at (x, y).
func square(x, y float64) orb.MultiPolygon {
	return orb.MultiPolygon{{{{x, y}, {x + 0.01, y}, {x + 0.01, y + 0.01}, {x, y + 0.01}, {x, y}}}}
}

// oddLayer has properties of every kind, with names that collide once
// sanitised, a reserved one, Cyrillic, a leading digit and a quote.
func oddLayer() *geo.Layer {
	l := &geo.Layer{Source: "odd.geojson", Title: "odd", Kind: geo.Polygons, Features: []geo.Feature{
		{Name: "1-р хороо", Geometry: square(106.9, 47.9), Props: geo.Props{
			{Key: "Khoroo_nam", Value: "1-р хороо"}, {Key: "KHOROO_POP", Value: 12450.0}, {Key: "area.km2", Value: 1.5},
			{Key: "lit", Value: true}, {Key: "tags", Value: []any{"a", 2.0}}, {Key: "mixed", Value: "x"},
			{Key: "name", Value: "нэр"}, {Key: "Name", Value: "Нэр"}, {Key: "хороо", Value: "Өлзийт"},
			{Key: "1st", Value: 1.0}, {Key: `a"b`, Value: "quote"}, {Key: "area km2", Value: 2.0}, {Key: "gone", Value: nil}}},
		{Name: "2-р хороо", Geometry: square(106.92, 47.9), Props: geo.Props{
			{Key: "Khoroo_nam", Value: "2-р хороо"}, {Key: "KHOROO_POP", Value: 9800.0}, {Key: "area.km2", Value: 2.0},
			{Key: "lit", Value: false}, {Key: "mixed", Value: 3.0}}},
	}}
	l.ComputeBound()
	return l
}

// TestPropertiesAsColumns: each property is a typed column; the original
// names come back from gpkg_data_columns; nulls and absent ones are left out.
func TestPropertiesAsColumns(t *testing.T) {
	p := newProject(t)
	l := oddLayer()
	table, err := p.AddLayer(l, geo.RoleKhoroo)
	must(t, err)
	cols, err := tableColumns(p.db, table)
	must(t, err)
	want := map[string]string{"khoroo_nam": "TEXT", "khoroo_pop": "INTEGER", "area_km2": "REAL", "lit": "BOOLEAN",
		"tags": "TEXT", "mixed": "TEXT", "name_2": "TEXT", "name_3": "TEXT", "хороо": "TEXT", "f_1st": "INTEGER",
		"a_b": "TEXT", "area_km2_2": "INTEGER", "gone": "TEXT", "name": "TEXT", "fid": "INTEGER", "geom": "MULTIPOLYGON"}
	if !reflect.DeepEqual(cols, want) {
		t.Errorf("columns:\n%v\nwant\n%v", cols, want)
	}
	ls, err := p.Layers()
	must(t, err)
	for i, f := range ls[0].Layer.Features {
		var props geo.Props
		for _, kv := range l.Features[i].Props {
			if kv.Value != nil {
				props = append(props, kv)
			}
		}
		if !reflect.DeepEqual(f.Props, props) || f.Name != l.Features[i].Name {
			t.Errorf("feature %d: %q %v\nwant %v", i, f.Name, f.Props, props)
		}
	}
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		return
	}
	out, _ := exec.Command("ogrinfo", "-ro", "-so", p.Path(), table).CombinedOutput()
	for _, w := range []string{"KHOROO_POP: Integer", "area_km2: Real", "lit: Integer(Boolean)", "хороо: String", "tags: String(JSON)"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("ogrinfo does not say %q:\n%s", w, out)
		}
	}
}

// TestOlderLayersWithJSON: a layer table written before, with every
// property in one JSON properties column, still reads.
func TestOlderLayersWithJSON(t *testing.T) {
	dir := t.TempDir()
	geom, err := encodeGeometry(square(106.9, 47.9))
	must(t, err)
	path := craft(t, dir, "old.gpkg",
		`CREATE TABLE boundary_old (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, name TEXT, properties TEXT)`,
		`INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('boundary_old', 'features', 'old', 4326)`,
		`INSERT INTO gpkg_geometry_columns VALUES ('boundary_old', 'geom', 'MULTIPOLYGON', 4326, 0, 0)`,
		`INSERT INTO layers (table_name, kind, role, position) VALUES ('boundary_old', 'polygons', 'khoroo', 1)`)
	db, err := sql.Open("sqlite", path)
	must(t, err)
	_, err = db.Exec(`INSERT INTO boundary_old (geom, name, properties) VALUES (?, '1-р хороо', '{"KHOROO_POP":12450,"tags.name":"Өлзийт"}')`, geom)
	must(t, err)
	db.Close()
	p := newProjectAt(t, path)
	defer p.Close()
	ls, err := p.Layers()
	must(t, err)
	want := geo.Props{{Key: "KHOROO_POP", Value: 12450.0}, {Key: "tags.name", Value: "Өлзийт"}}
	if len(ls) != 1 || !reflect.DeepEqual(ls[0].Layer.Features[0].Props, want) {
		t.Errorf("read %+v", ls)
	}
	checkRTrees(t, path)
}

// TestManyProperties: past maxFields columns, the rest of the properties
// go to a JSON column, and all of them come back.
func TestManyProperties(t *testing.T) {
	p := newProject(t)
	var props geo.Props
	for i := range maxFields + 10 {
		props = append(props, geo.Prop{Key: "k" + strings.Repeat("x", i%3) + string(rune('a'+i%26)) + "_" + string(rune('0'+i/26%10)) + string(rune('0'+i/260)), Value: float64(i)})
	}
	l := &geo.Layer{Source: "wide.geojson", Kind: geo.Polygons, Features: []geo.Feature{{Geometry: square(106.9, 47.9), Props: props}}}
	l.ComputeBound()
	table, err := p.AddLayer(l, geo.RoleOther)
	must(t, err)
	cols, err := tableColumns(p.db, table)
	must(t, err)
	if len(cols) != maxFields+4 {
		t.Errorf("%d columns", len(cols))
	}
	ls, err := p.Layers()
	must(t, err)
	if got := ls[0].Layer.Features[0].Props; !reflect.DeepEqual(got, props) {
		t.Errorf("read back %d properties, want %d", len(got), len(props))
	}
}
