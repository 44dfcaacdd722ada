package store

import (
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// TestLayersOf: the training sample's khoroo, kheseg and ger-area layers;
// asking for khoroo and district layers reads the khoroo layer only,
// asking for none reads all three.
func TestLayersOf(t *testing.T) {
	p := newProject(t)
	defer p.Close()
	ls := sampleLayers(t)
	for i, role := range []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea} {
		if _, err := p.AddLayer(ls[i], role); err != nil {
			t.Fatal(err)
		}
	}
	got, err := p.LayersOf(geo.RoleKhoroo, geo.RoleDistrict)
	if err != nil || len(got) != 1 || got[0].Role != geo.RoleKhoroo || len(got[0].Layer.Features) != len(ls[0].Features) {
		t.Errorf("khoroo and district layers: %d (%v), want the khoroo layer with its %d features", len(got), err, len(ls[0].Features))
	}
	if all, err := p.LayersOf(); err != nil || len(all) != 3 {
		t.Errorf("all layers: %d (%v), want 3", len(all), err)
	}
}
