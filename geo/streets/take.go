package streets

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/osm"
)

// reader gathers the features of one Read.
type reader struct {
	box      orb.Bound // the area asked for, with its margin
	nodeBox  orb.Bound // box and reach: nodes kept for ways crossing box
	all      bool      // no box: keep everything
	nodes    nodeTable
	sealed   bool
	features []Feature
	line     []orb.Point // scratch
	// members holds the lines of the ways multipolygon relations use, by
	// way id (nil until the way is read).
	members map[int64][]orb.Point
}

// take handles one object of the stream.
func (r *reader) take(o osm.Object) {
	switch v := o.(type) {
	case *osm.Node:
		p := orb.Point{v.Lon, v.Lat}
		if !r.all && !r.nodeBox.Contains(p) {
			return
		}
		r.nodes.add(int64(v.ID), p)
		if c := classifyNode(v.Tags); c != Unknown && (r.all || r.box.Contains(p)) {
			f := Feature{ID: int64(v.ID), Class: c, Geometry: p}
			f.fill(v.Tags)
			r.features = append(r.features, f)
		}
	case *osm.Way:
		if !r.sealed {
			r.nodes.seal()
			r.sealed = true
		}
		r.keepMember(v)
		r.way(v)
	}
}

// way keeps a way of a known class with its nodes inside the box.
func (r *reader) way(w *osm.Way) {
	c, area := classifyWay(w.Tags)
	if c == Unknown || len(w.Nodes) < 2 {
		return
	}
	r.line = r.line[:0]
	for _, n := range w.Nodes {
		if p, ok := r.nodes.get(int64(n.ID)); ok {
			r.line = append(r.line, p)
		}
	}
	if len(r.line) < 2 || (!r.all && !orb.MultiPoint(r.line).Bound().Intersects(r.box)) {
		return
	}
	f := Feature{ID: int64(w.ID), Class: c}
	f.fill(w.Tags)
	closed := w.Nodes[0].ID == w.Nodes[len(w.Nodes)-1].ID
	switch {
	case area && closed && len(r.line) >= 4:
		ring := append(orb.Ring(nil), r.line...)
		if ring[0] != ring[len(ring)-1] {
			ring = append(ring, ring[0])
		}
		f.Geometry = orb.Polygon{ring}
	case area:
		return // an open area (cut by the box or broken): nothing to fill
	default:
		f.Geometry = append(orb.LineString(nil), r.line...)
	}
	r.features = append(r.features, f)
}
