package streets

import (
	"context"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/osm"
)

// areaRelation is a multipolygon relation the map draws as an area: a
// lake with islands, a park or a building made of several ways.
type areaRelation struct {
	f       Feature // class and names; the geometry comes from the members
	members []relationMember
}

// relationMember is one way of a multipolygon and its role.
type relationMember struct {
	way   int64
	inner bool
}

// areaRelationClass is the class a multipolygon relation is drawn as, or
// Unknown when it is not a multipolygon or not an area the map draws.
func areaRelationClass(r *osm.Relation) Class {
	if r.Tags.Find("type") != "multipolygon" {
		return Unknown
	}
	if c, area := classifyWay(r.Tags); area {
		return c
	}
	return Unknown
}

// scanRelations reads the extract's multipolygon relations drawn as areas.
func scanRelations(ctx context.Context, path string, progress func(float64)) ([]areaRelation, error) {
	var rels []areaRelation
	err := scan(ctx, path, progress, true, func(o osm.Object) {
		r, ok := o.(*osm.Relation)
		if !ok {
			return
		}
		c := areaRelationClass(r)
		if c == Unknown {
			return
		}
		a := areaRelation{f: Feature{ID: -int64(r.ID), Class: c}}
		a.f.fill(r.Tags)
		for _, m := range r.Members {
			if m.Type == osm.TypeWay {
				a.members = append(a.members, relationMember{way: m.Ref, inner: m.Role == "inner"})
			}
		}
		if len(a.members) > 0 {
			rels = append(rels, a)
		}
	})
	return rels, err
}

// wantWays marks the member ways of rels, whose lines the second pass
// keeps whatever their own tags.
func (r *reader) wantWays(rels []areaRelation) {
	if len(rels) == 0 {
		return
	}
	r.members = map[int64][]orb.Point{}
	for _, a := range rels {
		for _, m := range a.members {
			r.members[m.way] = nil
		}
	}
}

// keepMember keeps the line of way w when a relation wants it.
func (r *reader) keepMember(w *osm.Way) {
	if _, ok := r.members[int64(w.ID)]; !ok {
		return
	}
	line := make([]orb.Point, 0, len(w.Nodes))
	for _, n := range w.Nodes {
		p, ok := r.nodes.get(int64(n.ID))
		if !ok {
			return // a node beyond reach: the ring cannot close
		}
		line = append(line, p)
	}
	r.members[int64(w.ID)] = line
}

// assemble turns the relations into polygons, one feature per outer ring
// with the inner rings inside it (an island in a lake is a hole). Outer
// rings wind counter-clockwise and inner ones clockwise, as RFC 7946 and
// the painter's non-zero fill want. A relation whose rings do not close is
// left out, and so is one outside the box.
func (r *reader) assemble(rels []areaRelation) []Feature {
	var out []Feature
	for _, a := range rels {
		var outer, inner [][]orb.Point
		for _, m := range a.members {
			if line := r.members[m.way]; len(line) >= 2 {
				if m.inner {
					inner = append(inner, line)
				} else {
					outer = append(outer, line)
				}
			}
		}
		polys := polygons(closeRings(outer), closeRings(inner))
		for _, p := range polys {
			if !r.all && !p.Bound().Intersects(r.box) {
				continue
			}
			f := a.f
			f.Geometry = p
			out = append(out, f)
		}
	}
	return out
}

// polygons puts each inner ring into the outer ring holding it.
func polygons(outer, inner []orb.Ring) []orb.Polygon {
	ps := make([]orb.Polygon, 0, len(outer))
	boxes := make([]orb.Bound, 0, len(outer))
	for _, o := range outer {
		ps = append(ps, orb.Polygon{wind(o, orb.CCW)})
		boxes = append(boxes, o.Bound())
	}
	for _, in := range inner {
		for k := range ps {
			if boxes[k].Contains(in[0]) && planar.RingContains(ps[k][0], in[0]) {
				ps[k] = append(ps[k], wind(in, orb.CW))
				break
			}
		}
	}
	return ps
}

// wind returns r turning in direction o.
func wind(r orb.Ring, o orb.Orientation) orb.Ring {
	if r.Orientation() != o {
		r.Reverse()
	}
	return r
}

// closeRings joins lines end to end into closed rings, turning lines
// round where needed; lines that never close are dropped. Lines are found
// by their ends, so a relation of many thousand ways (a forest) joins in
// linear time.
func closeRings(lines [][]orb.Point) []orb.Ring {
	ends := make(map[orb.Point][]int, 2*len(lines))
	for i, l := range lines {
		ends[l[0]] = append(ends[l[0]], i)
		ends[l[len(l)-1]] = append(ends[l[len(l)-1]], i)
	}
	var rings []orb.Ring
	used := make([]bool, len(lines))
	for i := range lines {
		if used[i] {
			continue
		}
		used[i] = true
		ring := append(orb.Ring(nil), lines[i]...)
		for ring[0] != ring[len(ring)-1] {
			j := nextLine(ends[ring[len(ring)-1]], used)
			if j < 0 {
				break
			}
			used[j] = true
			next := lines[j]
			if next[0] != ring[len(ring)-1] {
				next = reversed(next)
			}
			ring = append(ring, next[1:]...)
		}
		if ring[0] == ring[len(ring)-1] && len(ring) >= 4 {
			rings = append(rings, ring)
		}
	}
	return rings
}

// nextLine is the first unused line among those ending at a point.
func nextLine(at []int, used []bool) int {
	for _, j := range at {
		if !used[j] {
			return j
		}
	}
	return -1
}

// reversed is a copy of l back to front.
func reversed(l []orb.Point) []orb.Point {
	r := make([]orb.Point, len(l))
	for i, p := range l {
		r[len(l)-1-i] = p
	}
	return r
}
