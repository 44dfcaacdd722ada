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

// districtMap is what a page draws of the districts when no district
// layer is loaded but the khoroos name theirs: the lines where districts
// meet (and the city's edge), and a layer that only names them.
type districtMap struct {
	edges [][2]orb.Point
	names *geo.Layer
}

// districtsDrawn works out the districts' lines and names once per
// project (nil when a district layer is loaded, or fewer than two
// districts are named). Safe for concurrent use.
func (p *Project) districtsDrawn() *districtMap {
	p.districtOnce.Do(func() {
		for _, dl := range p.Layers {
			if dl.Role == geo.RoleDistrict {
				return
			}
		}
		ds := p.Districts()
		if len(ds) < 2 {
			return
		}
		dm := &districtMap{names: &geo.Layer{Kind: geo.Polygons}}
		for _, d := range ds {
			dm.names.Features = append(dm.names.Features, geo.Feature{Name: d.Name, Geometry: d.Geometry})
		}
		dm.names.ComputeBound()
		dm.edges = districtEdges(ds)
		p.districts = dm
	})
	return p.districts
}

// edgeKey names a segment whichever way it runs, its ends rounded to
// about a centimetre.
type edgeKey [4]int64

func keyOf(a, b orb.Point) edgeKey {
	q := func(v float64) int64 { return int64(v*1e7 + 0.5) }
	ka, kb := [2]int64{q(a[0]), q(a[1])}, [2]int64{q(b[0]), q(b[1])}
	if ka[0] > kb[0] || (ka[0] == kb[0] && ka[1] > kb[1]) {
		ka, kb = kb, ka
	}
	return edgeKey{ka[0], ka[1], kb[0], kb[1]}
}

// districtEdges are the khoroo edges not shared by two khoroos of the
// same district: where districts meet and where the city ends. No
// polygons are dissolved: neighbouring khoroos share their vertices.
func districtEdges(ds []Area) [][2]orb.Point {
	type use struct {
		a, b     orb.Point
		district int
		shared   bool // by two khoroos of one district
	}
	seen := map[edgeKey]*use{}
	var order []edgeKey
	for i, d := range ds {
		for _, poly := range d.Geometry {
			for _, ring := range poly {
				for j := 1; j < len(ring); j++ {
					k := keyOf(ring[j-1], ring[j])
					if u, ok := seen[k]; ok {
						u.shared = u.shared || u.district == i
						continue
					}
					seen[k] = &use{a: ring[j-1], b: ring[j], district: i}
					order = append(order, k)
				}
			}
		}
	}
	var out [][2]orb.Point
	for _, k := range order {
		if u := seen[k]; !u.shared {
			out = append(out, [2]orb.Point{u.a, u.b})
		}
	}
	return out
}
