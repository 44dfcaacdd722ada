package render

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
)

// pickRadius is how far from a point symbol a tap still selects it, in
// device-independent pixels.
const pickRadius = 8

// Pick returns the feature under image pixel (x, y) in view v: the nearest
// point symbol within reach, else the smallest visible area containing the
// spot (a kheseg rather than the khoroo around it; points on a boundary
// count as inside). It returns None when
// nothing is there. scale is the image pixels per device-independent pixel,
// as in Options.Scale. Safe to call while another goroutine draws.
func (r *Renderer) Pick(v View, s Scene, x, y, scale float64) Selection {
	f := newFrame(v, scale)
	world := orb.Point{(x + f.ox) / f.k, (y + f.oy) / f.k}
	reach := pickRadius * math.Max(scale, 1) / f.k
	for i := len(s.Layers) - 1; i >= 0; i-- {
		dl := s.Layers[i]
		if dl.Hidden || dl.Inert || dl.Layer.Kind != geo.Points {
			continue
		}
		if j := nearestPoint(r.proj.get(dl.Layer), world, reach); j >= 0 {
			return Selection{Layer: i, Feature: j}
		}
	}
	best, bestArea := None, math.Inf(1)
	for i := len(s.Layers) - 1; i >= 0; i-- {
		dl := s.Layers[i]
		if dl.Hidden || dl.Inert || dl.Layer.Kind != geo.Polygons {
			continue
		}
		p := r.proj.get(dl.Layer)
		if j := containing(p, world); j >= 0 {
			if a := planar.Area(p.features[j].polys); a < bestArea {
				best, bestArea = Selection{Layer: i, Feature: j}, a
			}
		}
	}
	return best
}

func nearestPoint(p *projected, at orb.Point, reach float64) int {
	best, bestD := -1, reach
	for i := range p.features {
		if p.features[i].polys != nil {
			continue
		}
		q := p.features[i].point
		if d := math.Hypot(q[0]-at[0], q[1]-at[1]); d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

// containing returns the last (topmost) feature of a layer containing at,
// or -1.
func containing(p *projected, at orb.Point) int {
	for i := len(p.features) - 1; i >= 0; i-- {
		pf := &p.features[i]
		if pf.polys != nil && pf.bound.Contains(at) && planar.MultiPolygonContains(pf.polys, at) {
			return i
		}
	}
	return -1
}
