package store

import (
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// The real health points, imported into a project holding the 204 real
// khoroos, are placed in khoroos; importing them again updates them.
func TestImportRealPoints(t *testing.T) {
	p := newProject(t)
	khoroos, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	must(t, err)
	health, err := load.File(realdata.File(t, "c2m2_mobile/mongoliahealth.json"), load.Options{Points: true})
	must(t, err)
	res, err := p.Import([]*geo.Layer{khoroos, health}, nil, "трэйнер")
	must(t, err)
	if len(res.Layers) != 1 || res.Added != 207 {
		t.Fatalf("import: %+v", res)
	}
	s, _ := p.Load()
	placed := 0
	for _, pt := range s.Points {
		if pt.Khoroo != "" {
			placed++
		}
	}
	if placed < 180 {
		t.Errorf("only %d of 207 health points placed in a khoroo", placed)
	}
	again, err := p.Import([]*geo.Layer{health}, nil, "трэйнер")
	must(t, err)
	if again.Added != 0 || again.Updated != 0 || again.Unchanged != 207 {
		t.Errorf("re-import: %+v", again)
	}
	pts := geo.RolePoints
	if _, err := p.Import([]*geo.Layer{khoroos}, &pts, ""); err == nil {
		t.Error("areas imported as points")
	}
}
