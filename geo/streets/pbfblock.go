package streets

import (
	"github.com/paulmach/osm"

	"github.com/khoroomap/khoroomap/geo/words"
)

// errDamaged is the one word for a data block that is not well formed:
// a field cut short, a string index beyond its table, lists of unequal
// length.
var errDamaged = words.Errorf("its data is damaged")

// pbfWant says what a pass over the file keeps; relation, when set,
// picks the relations kept.
type pbfWant struct {
	nodes, ways, relations bool
	relation               func(*osm.Relation) bool
}

// blockDecoder turns one PrimitiveBlock (OSM's osmformat.proto) into
// objects. Not safe for concurrent use; each worker has its own.
type blockDecoder struct {
	want             pbfWant
	strs             []string // the block's string table
	gran             int64    // nanodegrees a coordinate unit
	latOff, lonOff   int64    // nanodegrees
	out              []osm.Object
	bad              bool
	keys, vals, refs packed // scratch, reset for each way or relation
}

// decode decodes one block of the file: its string table and settings
// first (they may come after the groups), then its groups in order.
func (d *blockDecoder) decode(block []byte) ([]osm.Object, error) {
	d.strs, d.gran, d.latOff, d.lonOff, d.out, d.bad = d.strs[:0], 100, 0, 0, nil, false
	var groups [][]byte
	ok := pbfWalk(block, func(num, v uint64, b []byte) {
		switch {
		case num == 1 && b != nil:
			d.bad = !pbfWalk(b, d.addString) || d.bad
		case num == 2 && b != nil:
			groups = append(groups, b)
		case num == 17 && b == nil:
			d.gran = int64(int32(v))
		case num == 19 && b == nil:
			d.latOff = int64(v)
		case num == 20 && b == nil:
			d.lonOff = int64(v)
		}
	})
	for _, g := range groups {
		ok = pbfWalk(g, d.group) && ok
	}
	if !ok || d.bad {
		return nil, errDamaged
	}
	return d.out, nil
}

// addString takes one entry of the string table.
func (d *blockDecoder) addString(num, _ uint64, b []byte) {
	if num == 1 && b != nil {
		d.strs = append(d.strs, string(b))
	}
}

// group takes one field of a PrimitiveGroup: plain nodes (1), dense
// nodes (2), ways (3) or relations (4); changesets (5) are left out.
func (d *blockDecoder) group(num, _ uint64, b []byte) {
	switch {
	case b == nil:
	case num == 1 && d.want.nodes:
		d.node(b)
	case num == 2 && d.want.nodes:
		d.dense(b)
	case num == 3 && d.want.ways:
		d.way(b)
	case num == 4 && d.want.relations:
		d.relation(b)
	}
}

// str is entry i of the string table ("" and bad when there is none).
func (d *blockDecoder) str(i uint64) string {
	if i >= uint64(len(d.strs)) {
		d.bad = true
		return ""
	}
	return d.strs[i]
}

// coord is a coordinate in degrees from its units in the block.
func (d *blockDecoder) coord(off, v int64) float64 {
	return 1e-9 * float64(off+d.gran*v)
}

// tags pairs the keys and values of a way, relation or plain node.
func (d *blockDecoder) tags(keys, vals *packed) osm.Tags {
	if !keys.more() {
		return nil
	}
	t := make(osm.Tags, 0, keys.count())
	for keys.more() {
		t = append(t, osm.Tag{Key: d.str(keys.uint()), Value: d.str(vals.uint())})
	}
	d.bad = d.bad || keys.bad || vals.bad || vals.more()
	return t
}

// blockError names the block in an error of its own.
func blockError(block int, err error) error {
	return words.Errorf("block %d: %w", block, err)
}
