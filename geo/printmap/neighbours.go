package printmap

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/place"
	"github.com/khoroomap/khoroomap/geo/render"
)

// labelledLayers are the project's layers as a page about focus, showing
// shown, draws them. On a page about an area of a district, khoroos of
// another district are labelled with that district's short name ("ЧД
// 6-р хороо"), so that a neighbour is not taken for the focus district's
// khoroo of the same number. On a page about no district (the current
// view) every khoroo is so labelled when the khoroos in shown belong to
// more than one district; else the names stay as they are.
func (p *Project) labelledLayers(focus *Area, shown orb.Bound) []render.DrawLayer {
	out := append([]render.DrawLayer(nil), p.Layers...)
	own := ""
	if focus != nil && focus.District != "" {
		own = focus.District
	} else if !p.severalDistricts(shown) {
		return out
	}
	for i, dl := range out {
		if dl.Role != geo.RoleKhoroo || dl.Layer.Kind != geo.Polygons {
			continue
		}
		out[i].Labels = place.Labels(p.describe(dl.Layer), own)
	}
	return out
}

// severalDistricts tells whether the khoroos reaching into shown belong
// to more than one (known) district.
func (p *Project) severalDistricts(shown orb.Bound) bool {
	var in []place.Khoroo
	for _, dl := range p.Layers {
		if dl.Role != geo.RoleKhoroo || dl.Hidden || dl.Layer.Kind != geo.Polygons {
			continue
		}
		for j, k := range p.describe(dl.Layer) {
			if inBound(&dl.Layer.Features[j], shown) {
				in = append(in, k)
			}
		}
	}
	return place.SeveralDistricts(in)
}

// inBound tells whether f's geometry reaches into b.
func inBound(f *geo.Feature, b orb.Bound) bool {
	return f.Geometry != nil && f.Geometry.Bound().Intersects(b)
}
