package streets

import "github.com/paulmach/osm"

// dense takes a DenseNodes message: ids (1), latitudes (8) and
// longitudes (9), each delta-coded, and keys and values (10), each node's
// pairs ended by a 0. Versions, times and users (5) are left out.
func (d *blockDecoder) dense(b []byte) {
	var ids, lats, lons, kv packed
	d.bad = !pbfWalk(b, func(num, v uint64, b []byte) {
		switch num {
		case 1:
			ids.add(v, b)
		case 8:
			lats.add(v, b)
		case 9:
			lons.add(v, b)
		case 10:
			kv.add(v, b)
		}
	}) || d.bad
	var id, lat, lon int64
	for ids.more() {
		id, lat, lon = id+ids.sint(), lat+lats.sint(), lon+lons.sint()
		n := &osm.Node{ID: osm.NodeID(id), Lat: d.coord(d.latOff, lat), Lon: d.coord(d.lonOff, lon), Visible: true}
		for kv.more() {
			k := kv.uint()
			if k == 0 {
				break
			}
			n.Tags = append(n.Tags, osm.Tag{Key: d.str(k), Value: d.str(kv.uint())})
		}
		d.out = append(d.out, n)
	}
	d.bad = d.bad || ids.bad || lats.bad || lons.bad || kv.bad || lats.more() || lons.more()
}

// node takes a Node message, the plain form of a node: id (1), keys (2),
// values (3), latitude (8) and longitude (9).
func (d *blockDecoder) node(b []byte) {
	d.keys, d.vals = packed{}, packed{}
	var id, lat, lon int64
	d.bad = !pbfWalk(b, func(num, v uint64, b []byte) {
		switch num {
		case 1:
			id = d.sint(v, b)
		case 8:
			lat = d.sint(v, b)
		case 9:
			lon = d.sint(v, b)
		case 2:
			d.keys.add(v, b)
		case 3:
			d.vals.add(v, b)
		}
	}) || d.bad
	n := &osm.Node{ID: osm.NodeID(id), Lat: d.coord(d.latOff, lat), Lon: d.coord(d.lonOff, lon), Visible: true}
	n.Tags = d.tags(&d.keys, &d.vals)
	d.out = append(d.out, n)
}

// way takes a Way message: id (1), keys (2), values (3) and its nodes'
// ids, delta-coded (8).
func (d *blockDecoder) way(b []byte) {
	d.keys, d.vals, d.refs = packed{}, packed{}, packed{}
	var id int64
	d.bad = !pbfWalk(b, func(num, v uint64, b []byte) {
		if !d.element(num, v, b, &id) && num == 8 {
			d.refs.add(v, b)
		}
	}) || d.bad
	w := &osm.Way{ID: osm.WayID(id), Visible: true, Tags: d.tags(&d.keys, &d.vals)}
	w.Nodes = make(osm.WayNodes, 0, d.refs.count())
	var ref int64
	for d.refs.more() {
		ref += d.refs.sint()
		w.Nodes = append(w.Nodes, osm.WayNode{ID: osm.NodeID(ref)})
	}
	d.bad = d.bad || d.refs.bad
	d.out = append(d.out, w)
}

// element takes the fields ways and relations share: id (1), keys (2)
// and values (3); it reports whether num was one of them.
func (d *blockDecoder) element(num, v uint64, b []byte, id *int64) bool {
	switch num {
	case 1:
		*id, d.bad = int64(v), d.bad || b != nil
	case 2:
		d.keys.add(v, b)
	case 3:
		d.vals.add(v, b)
	default:
		return false
	}
	return true
}

// memberTypes are the member types of a relation, by their number.
var memberTypes = [...]osm.Type{osm.TypeNode, osm.TypeWay, osm.TypeRelation}

// relation takes a Relation message: id (1), keys (2), values (3), and
// its members' roles (8), ids, delta-coded (9), and types (10).
func (d *blockDecoder) relation(b []byte) {
	d.keys, d.vals = packed{}, packed{}
	var roles, ids, types packed
	var id int64
	d.bad = !pbfWalk(b, func(num, v uint64, b []byte) {
		switch {
		case d.element(num, v, b, &id):
		case num == 8:
			roles.add(v, b)
		case num == 9:
			ids.add(v, b)
		case num == 10:
			types.add(v, b)
		}
	}) || d.bad
	r := &osm.Relation{ID: osm.RelationID(id), Visible: true, Tags: d.tags(&d.keys, &d.vals)}
	var ref int64
	for ids.more() {
		ref += ids.sint()
		role, t := d.str(roles.uint()), types.uint()
		if t >= uint64(len(memberTypes)) {
			d.bad = true
			break
		}
		r.Members = append(r.Members, osm.Member{Type: memberTypes[t], Ref: ref, Role: role})
	}
	d.bad = d.bad || ids.bad || roles.bad || types.bad || roles.more() || types.more()
	if d.want.relation == nil || d.want.relation(r) {
		d.out = append(d.out, r)
	}
}

// sint is a single zigzag-encoded varint field (sint64); bytes in its
// place make the block bad.
func (d *blockDecoder) sint(v uint64, b []byte) int64 {
	d.bad = d.bad || b != nil
	return int64(v>>1) ^ -int64(v&1)
}
