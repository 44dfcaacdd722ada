package printmap

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// Districts lists the districts a page can be about: the features of the
// district layers when any is loaded, else each district the khoroos name
// in their attributes, made of its khoroos (so that a whole district can
// be printed with only a khoroo layer).
func (p *Project) Districts() []Area {
	var out []Area
	for _, dl := range p.Layers {
		if dl.Role != geo.RoleDistrict || dl.Layer.Kind != geo.Polygons {
			continue
		}
		for _, f := range dl.Layer.Features {
			if mp, ok := f.Geometry.(orb.MultiPolygon); ok && f.Name != "" {
				out = append(out, Area{Name: f.Name, Role: geo.RoleDistrict, Geometry: mp})
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	index := map[string]int{}
	for _, a := range p.Areas(geo.RoleKhoroo) {
		if a.District == "" {
			continue
		}
		i, ok := index[a.District]
		if !ok {
			i = len(out)
			index[a.District] = i
			out = append(out, Area{Name: a.District, Role: geo.RoleDistrict})
		}
		out[i].Geometry = append(out[i].Geometry, a.Geometry...)
	}
	return out
}
