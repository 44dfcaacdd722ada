package streets

import (
	"slices"
	"sort"

	"github.com/paulmach/orb"
)

// nodeTable keeps the locations of the nodes inside the box: two
// parallel slices sorted by id (24 bytes a node, no map overhead), looked
// up by binary search. Not safe for concurrent use.
type nodeTable struct {
	ids    []int64
	pts    []orb.Point
	sorted bool
}

func (n *nodeTable) add(id int64, p orb.Point) {
	if len(n.ids) > 0 && id <= n.ids[len(n.ids)-1] {
		n.sorted = false
	}
	n.ids = append(n.ids, id)
	n.pts = append(n.pts, p)
}

// seal sorts the table if nodes came out of order (XML from other tools).
func (n *nodeTable) seal() {
	if n.sorted {
		return
	}
	idx := make([]int, len(n.ids))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return n.ids[idx[a]] < n.ids[idx[b]] })
	ids, pts := make([]int64, len(idx)), make([]orb.Point, len(idx))
	for i, j := range idx {
		ids[i], pts[i] = n.ids[j], n.pts[j]
	}
	n.ids, n.pts, n.sorted = ids, pts, true
}

// get returns the location of node id, if it is in the table.
func (n *nodeTable) get(id int64) (orb.Point, bool) {
	i, ok := slices.BinarySearch(n.ids, id)
	if !ok {
		return orb.Point{}, false
	}
	return n.pts[i], true
}
