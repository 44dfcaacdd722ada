package printmap

import (
	"image/color"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// A layer's picked colour prints as the window shows it: the same rule
// (render.Style.Recoloured), opaque even when stored translucent.
func TestPrintedColourIsTheWindows(t *testing.T) {
	c := color.NRGBA{0x12, 0x34, 0x56, 0x80}
	l := &geo.Layer{}
	p := FromLayers("t", []Layer{{Layer: l, Role: geo.RoleKheseg, Colour: c}}, nil)
	want := render.DefaultStyle(geo.RoleKheseg).Recoloured(geo.RoleKheseg, c)
	if got := p.Layers[0].Style; got != want {
		t.Errorf("printed style %+v, the window's %+v", got, want)
	}
	if p.Layers[0].Style.Stroke.A != 0xff {
		t.Errorf("outline alpha %d, want opaque", p.Layers[0].Style.Stroke.A)
	}
}
