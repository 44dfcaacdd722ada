package office

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// A khoroo the city's way ("СБД_06") and one without a number.
//
//	47.91 +------+
//	      | СБД_06  • a kiosk at (106.905, 47.905)
//	47.90 +------+
//	   106.90  106.91
const boundariesGeoJSON = `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"СБД_06"},"geometry":{"type":"Polygon","coordinates":[[[106.90,47.90],[106.91,47.90],[106.91,47.91],[106.90,47.91],[106.90,47.90]]]}},
{"type":"Feature","properties":{"name":"Хороо"},"geometry":{"type":"Polygon","coordinates":[[[106.92,47.90],[106.93,47.90],[106.93,47.91],[106.92,47.90]]]}}]}`

// TestBoundariesPlaceSyncedPoints: khoroos loaded by their place keys are
// where the server files a point pushed without an area; loading again
// replaces them.
func TestBoundariesPlaceSyncedPoints(t *testing.T) {
	db := initDB(t)
	path := filepath.Join(t.TempDir(), "khoroos.geojson")
	if err := os.WriteFile(path, []byte(boundariesGeoJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := load.File(path, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		res, err := LoadBoundaries(context.Background(), db, l)
		if err != nil {
			t.Fatal(err)
		}
		if res.Khoroos != 1 || len(res.Skipped) != 1 || !strings.Contains(strings.Join(res.Skipped, "\n"), `"Хороо"`) {
			t.Errorf("loaded %d, skipped %q; want 1 and the other named", res.Khoroos, res.Skipped)
		}
	}
	a := newLaptop(t, "Bat")
	kiosk := a.add("Ус", 106.905, 47.905)
	a.sync(db)
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var district string
	var khoroo, n int
	if err := conn.QueryRow(context.Background(), "SELECT district, khoroo, (SELECT count(*) FROM khoroos) FROM service_points WHERE id = $1",
		kiosk.ID).Scan(&district, &khoroo, &n); err != nil {
		t.Fatal(err)
	}
	if district != "СБД" || khoroo != 6 || n != 1 {
		t.Errorf("the kiosk is filed under %s/%d with %d khoroos; want СБД/6 and 1", district, khoroo, n)
	}
}

// TestRealKhoroosLoad: the city's 204 khoroos load by key.
func TestRealKhoroosLoad(t *testing.T) {
	path := realdata.File(t, "khoroo-map/khoroos.geojson")
	db := initDB(t)
	l, err := load.File(path, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := LoadBoundaries(context.Background(), db, l)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var keys, districts int
	if err := conn.QueryRow(context.Background(), "SELECT count(*), count(DISTINCT district) FROM khoroos").Scan(&keys, &districts); err != nil {
		t.Fatal(err)
	}
	if res.Khoroos != len(l.Features) || keys != len(l.Features) || districts != 9 {
		t.Errorf("loaded %d of %d khoroos (skipped %q): %d keys in %d districts", res.Khoroos, len(l.Features), res.Skipped, keys, districts)
	}
}
