package office

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// districtGeoJSON is Сүхбаатар district around the khoroo of
// boundariesGeoJSON.
const districtGeoJSON = `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Сүхбаатар"},"geometry":{"type":"Polygon","coordinates":[[[106.8,47.8],[107.0,47.8],[107.0,48.0],[106.8,48.0],[106.8,47.8]]]}}]}`

// withLayer adds the GeoJSON text as a layer of role to l's project.
func (l *laptop) withLayer(name, text string, role geo.Role) {
	l.t.Helper()
	path := filepath.Join(l.t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		l.t.Fatal(err)
	}
	layer, err := load.File(path, load.Options{})
	if err != nil {
		l.t.Fatal(err)
	}
	if _, err := l.p.AddLayer(layer, role); err != nil {
		l.t.Fatal(err)
	}
}

// TestSyncPushesBoundaries: an office's project holding khoroo and
// district layers gives the server its khoroos by place key (the one
// without a key named in the result) and the district's outline; a
// leader's kiosk is then filed in that khoroo. A second sync writes
// nothing. A leader's project with the same layers leaves them alone and
// says so.
func TestSyncPushesBoundaries(t *testing.T) {
	db := initDB(t)
	office := loginRole(t, db, "khoroomap_office", "INSERT INTO offices (role, district, khoroo) VALUES ('ROLE', 'СБД', 6)")
	leader := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'СБД', 6)")
	o := newLaptop(t, "office")
	o.withLayer("khoroos.geojson", boundariesGeoJSON, geo.RoleKhoroo)
	o.withLayer("districts.geojson", districtGeoJSON, geo.RoleDistrict)
	r := o.sync(office)
	if b := r.Boundaries; b.Written < 2 || b.Refused || len(b.LeftOut) != 1 || !strings.Contains(b.LeftOut[0], `"Хороо"`) {
		t.Errorf("the office's first sync: %+v; want the khoroo and the district written, Хороо left out", b)
	}
	if n := count(t, db, "SELECT count(*) FROM khoroos WHERE district = 'СБД' AND number = 6") +
		count(t, db, "SELECT count(*) FROM districts WHERE code = 'СБД' AND geom IS NOT NULL"); n != 2 {
		t.Errorf("the server holds %d of СБД 6 and Сүхбаатар's outline, want both", n)
	}
	if b := o.sync(office).Boundaries; b.Written != 0 {
		t.Errorf("the office's second sync wrote %d boundary rows, want 0", b.Written)
	}
	l := newLaptop(t, "Bat")
	l.add("Ус", 106.905, 47.905)
	l.withLayer("khoroos.geojson", strings.ReplaceAll(boundariesGeoJSON, "СБД_06", "СБД_07"), geo.RoleKhoroo)
	if b := l.sync(leader).Boundaries; !b.Refused || b.Written != 0 {
		t.Errorf("the leader's sync: %+v; want the boundaries refused", b)
	}
	if n := count(t, db, "SELECT count(*) FROM khoroos"); n != 1 {
		t.Errorf("the server has %d khoroos after the leader's sync, want 1", n)
	}
	if n := count(t, db, "SELECT count(*) FROM service_points WHERE district = 'СБД' AND khoroo = 6"); n != 1 {
		t.Error("the kiosk is not filed in the khoroo the office pushed")
	}
}
