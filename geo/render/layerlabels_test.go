package render

import (
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// A layer's Labels are printed instead of its features' names; without
// them, the names are.
func TestLayerLabels(t *testing.T) {
	l := &geo.Layer{Features: []geo.Feature{{Name: "6-р хороо"}, {Name: "7-р хороо"}}}
	if got := (DrawLayer{Layer: l}).Label(1); got != "7-р хороо" {
		t.Errorf("without labels: %q", got)
	}
	dl := DrawLayer{Layer: l, Labels: []string{"ЧД 6-р хороо"}}
	if dl.Label(0) != "ЧД 6-р хороо" || dl.Label(1) != "" {
		t.Errorf("with labels: %q %q", dl.Label(0), dl.Label(1))
	}
}
