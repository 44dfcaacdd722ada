package render

import (
	"image/color"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// A picked colour recolours a point's symbol, an area's outline and its
// fill at the fill's own transparency; it is taken opaque.
func TestRecoloured(t *testing.T) {
	c := color.NRGBA{0x12, 0x34, 0x56, 0x80}
	opaque := color.NRGBA{0x12, 0x34, 0x56, 0xff}
	for _, role := range geo.Roles {
		t.Run(role.String(), func(t *testing.T) {
			before := DefaultStyle(role)
			st := before.Recoloured(role, c)
			switch {
			case role == geo.RolePoints:
				if st.Fill != opaque || st.Stroke != before.Stroke {
					t.Errorf("points: fill %v, stroke %v", st.Fill, st.Stroke)
				}
			case st.Stroke != opaque:
				t.Errorf("outline %v, want %v", st.Stroke, opaque)
			case before.Fill.A == 0 && st.Fill != before.Fill:
				t.Errorf("an unfilled area got fill %v", st.Fill)
			case before.Fill.A > 0 && st.Fill != (color.NRGBA{c.R, c.G, c.B, before.Fill.A}):
				t.Errorf("fill %v, want the colour at alpha %d", st.Fill, before.Fill.A)
			}
		})
	}
}
