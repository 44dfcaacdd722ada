package render

import (
	"image/color"

	"github.com/khoroomap/khoroomap/geo"
)

// Style says how one layer is drawn. Widths and sizes are in device-
// independent pixels; each Draw multiplies them by its Options.Scale.
type Style struct {
	Stroke      color.NRGBA
	StrokeWidth float64
	Fill        color.NRGBA
	// Hatch draws diagonal lines in the stroke colour over the fill.
	Hatch bool
	// LabelSize is the font size of feature names; 0 draws no labels.
	LabelSize float64
	LabelBold bool
	// PointRadius is the radius of point symbols.
	PointRadius float64
	// Symbol is the shape of point symbols; "" is a circle.
	Symbol Symbol
	// MinLabelZoom hides labels at wider zooms.
	MinLabelZoom float64
}

// DefaultStyle returns the look of a role: khoroo boundaries with a strong
// outline, kheseg with a thin one, ger areas with a tinted fill, districts
// with a heavy grey line, points as round symbols.
func DefaultStyle(r geo.Role) Style {
	switch r {
	case geo.RoleKhoroo:
		return Style{Stroke: color.NRGBA{0x8e, 0x24, 0xaa, 0xff}, StrokeWidth: 2.5, LabelSize: 13, LabelBold: true}
	case geo.RoleKheseg:
		return Style{Stroke: color.NRGBA{0x1e, 0x6b, 0xb8, 0xff}, StrokeWidth: 1.2, LabelSize: 11, MinLabelZoom: 13}
	case geo.RoleGerArea:
		return Style{Stroke: color.NRGBA{0xc2, 0x6a, 0x00, 0xff}, StrokeWidth: 1, Fill: color.NRGBA{0xff, 0xa7, 0x26, 0x55}, LabelSize: 11, MinLabelZoom: 13}
	case geo.RoleDistrict:
		return Style{Stroke: color.NRGBA{0x45, 0x45, 0x45, 0xff}, StrokeWidth: 3.5, LabelSize: 15, LabelBold: true}
	case geo.RolePoints:
		return Style{Stroke: color.NRGBA{0xff, 0xff, 0xff, 0xff}, StrokeWidth: 1.5, Fill: color.NRGBA{0x00, 0x89, 0x7b, 0xff}, PointRadius: 5, LabelSize: 10, MinLabelZoom: 16}
	}
	return Style{Stroke: color.NRGBA{0x2e, 0x7d, 0x32, 0xff}, StrokeWidth: 1.5, Fill: color.NRGBA{0x66, 0xbb, 0x6a, 0x33}, LabelSize: 11}
}

// Palette is a set of distinct colours for telling layers of the same role
// apart; Palette[i%len] gives a layer its default colour.
var Palette = []color.NRGBA{
	{0x8e, 0x24, 0xaa, 0xff}, {0x1e, 0x6b, 0xb8, 0xff}, {0xc2, 0x6a, 0x00, 0xff}, {0x2e, 0x7d, 0x32, 0xff},
	{0xc6, 0x28, 0x28, 0xff}, {0x00, 0x83, 0x8f, 0xff}, {0x6d, 0x4c, 0x41, 0xff}, {0x45, 0x45, 0x45, 0xff},
}

// Recoloured is st for a layer of role drawn in colour c, the one rule of
// the window and the printed page: points take c as their symbol's fill;
// areas as their outline, and as their fill's colour at the fill's own
// transparency (an unfilled area stays unfilled). c is taken opaque.
func (st Style) Recoloured(role geo.Role, c color.NRGBA) Style {
	c.A = 0xff
	if role == geo.RolePoints {
		st.Fill = c
		return st
	}
	st.Stroke = c
	if st.Fill.A > 0 {
		st.Fill.R, st.Fill.G, st.Fill.B = c.R, c.G, c.B
	}
	return st
}
