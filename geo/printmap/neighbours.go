package printmap

import (
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// labelledLayers are the project's layers as a page about focus shows
// them: khoroos of another district than the focus's are labelled with
// that district's short name ("ЧД 6-р хороо"), so that a neighbour is not
// taken for the focus district's khoroo of the same number.
func (p *Project) labelledLayers(focus *Area) []render.DrawLayer {
	out := append([]render.DrawLayer(nil), p.Layers...)
	if focus == nil || focus.District == "" {
		return out
	}
	for i, dl := range out {
		if dl.Role != geo.RoleKhoroo || dl.Layer.Kind != geo.Polygons {
			continue
		}
		labels := make([]string, len(dl.Layer.Features))
		for j, k := range p.describe(dl.Layer) {
			labels[j] = dl.Layer.Features[j].Name
			if k.District.Name != "" && k.District.Name != focus.District {
				labels[j] = k.Label()
			}
		}
		out[i].Labels = labels
	}
	return out
}
