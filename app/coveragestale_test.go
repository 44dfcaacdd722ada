package app

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// Hiding, showing, adding and removing kheseg layers works the coverage
// by kheseg out again, or takes it away when no kheseg is left shown.
func TestCoverageFollowsLayers(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.cover
	p.category.SetSelected("Water kiosk or well")
	p.by.SetSelected("Kheseg")
	p.compute()
	if len(p.results) != 6 {
		t.Fatalf("%d results", len(p.results))
	}
	li, _ := kheseg(t, ui, "3-р хэсэг")
	ui.layers.setHidden(li, true)
	if len(p.results) != 0 || p.printed() != nil || ui.cover.layer() != nil || !strings.HasPrefix(p.status.Text, "The boundary layers changed") {
		t.Fatalf("with the khesegs hidden: %d results, status %q", len(p.results), p.status.Text)
	}
	ui.layers.setHidden(li, false)
	p.compute()
	ml := ui.layers.list[li]
	one := &geo.Layer{Kind: ml.layer.Kind, Features: ml.layer.Features[:1]}
	one.ComputeBound()
	added := ui.layers.add(one, geo.RoleKheseg)
	if len(p.results) != 7 || !strings.HasPrefix(p.status.Text, "Worked out again after the boundary layers changed.") {
		t.Fatalf("with a kheseg layer added: %d results, status %q", len(p.results), p.status.Text)
	}
	ui.layers.remove(added)
	if len(p.results) != 6 {
		t.Errorf("with the added layer removed: %d results", len(p.results))
	}
	shown := p.results
	ui.layers.setHidden(li, false) // the areas are the same: not worked out again
	if &shown[0] != &p.results[0] {
		t.Error("showing a shown layer worked the coverage out again")
	}
}
