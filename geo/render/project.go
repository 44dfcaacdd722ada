package render

import (
	"math"
	"sort"
	"sync"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// projected is a layer in Web Mercator world pixels at zoom 0, with each
// feature's bound, so that every frame only scales and shifts.
type projected struct {
	features []projFeature
	// order lists point features in Z-order (see morton): drawn in this
	// order, neighbouring symbols follow each other and touch memory the
	// cache already holds, which is far faster than file order.
	order []int
	mu    sync.Mutex // guards lazily computed label points
}

type projFeature struct {
	polys orb.MultiPolygon    // nil for points and lines
	lines orb.MultiLineString // nil for points and areas; point is its label's anchor
	// owner gives, for each ring segment (polys[j][k] segment n is
	// owner[j][k][n]), the earlier feature of the layer that has the same
	// segment, or -1: neighbouring khoroos share their borders, and drawn
	// once is enough. nil when the layer is too large to check.
	owner  [][][]int32
	point  orb.Point
	bound  orb.Bound
	label  orb.Point
	hasLbl bool
}

// projCache keeps projected layers; safe for concurrent use.
type projCache struct {
	mu     sync.Mutex
	layers map[*geo.Layer]*projected
}

// get returns the projection of l, computing it on first use.
func (c *projCache) get(l *geo.Layer) *projected {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.layers == nil {
		c.layers = map[*geo.Layer]*projected{}
	}
	if p, ok := c.layers[l]; ok && len(p.features) == len(l.Features) {
		return p
	}
	p := project(l)
	c.layers[l] = p
	return p
}

// forget drops layers that are no longer shown.
func (c *projCache) forget(keep []DrawLayer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	live := map[*geo.Layer]bool{}
	for _, dl := range keep {
		live[dl.Layer] = true
	}
	for l := range c.layers {
		if !live[l] {
			delete(c.layers, l)
		}
	}
}

func project(l *geo.Layer) *projected {
	p := &projected{features: make([]projFeature, len(l.Features))}
	for i := range l.Features {
		switch g := l.Features[i].Geometry.(type) {
		case orb.Point:
			x, y := worldPixel(g, 0)
			pt := orb.Point{x, y}
			p.features[i] = projFeature{point: pt, bound: orb.Bound{Min: pt, Max: pt}}
		case orb.MultiPolygon:
			mp := make(orb.MultiPolygon, len(g))
			for j, poly := range g {
				mp[j] = make(orb.Polygon, len(poly))
				for k, ring := range poly {
					r := make(orb.Ring, len(ring))
					for n, q := range ring {
						r[n][0], r[n][1] = worldPixel(q, 0)
					}
					mp[j][k] = r
				}
			}
			p.features[i] = projFeature{polys: mp, bound: mp.Bound()}
		case orb.MultiLineString:
			p.features[i] = projectLines(g)
		}
	}
	markShared(p)
	for i := range p.features {
		if p.features[i].polys == nil && p.features[i].lines == nil {
			p.order = append(p.order, i)
		}
	}
	keys := make(map[int]uint64, len(p.order))
	for _, i := range p.order {
		keys[i] = morton(p.features[i].point)
	}
	sort.Slice(p.order, func(a, b int) bool { return keys[p.order[a]] < keys[p.order[b]] })
	return p
}

// maxSharedCheck bounds how many segments markShared looks at: past it the
// set of seen segments would cost more memory than drawing twice costs time.
const maxSharedCheck = 500000

// segKey is a segment with its ends in a fixed order.
type segKey [4]float64

func keyOf(a, b orb.Point) segKey {
	if a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]) {
		a, b = b, a
	}
	return segKey{a[0], a[1], b[0], b[1]}
}

// markShared finds, for each segment, the first feature that has it.
func markShared(p *projected) {
	total := 0
	for i := range p.features {
		for _, poly := range p.features[i].polys {
			for _, ring := range poly {
				total += len(ring)
			}
		}
	}
	if total == 0 || total > maxSharedCheck {
		return
	}
	first := make(map[segKey]int32, total)
	for i := range p.features {
		pf := &p.features[i]
		pf.owner = make([][][]int32, len(pf.polys))
		for j, poly := range pf.polys {
			pf.owner[j] = make([][]int32, len(poly))
			for k, ring := range poly {
				owners := make([]int32, max(len(ring)-1, 0))
				for n := range owners {
					key := keyOf(ring[n], ring[n+1])
					if o, ok := first[key]; ok && o != int32(i) {
						owners[n] = o
					} else {
						owners[n] = -1
						first[key] = int32(i)
					}
				}
				pf.owner[j][k] = owners
			}
		}
	}
}

// morton interleaves the bits of a world point's coordinates (at zoom 24)
// into a Z-order key: points close in the key are close on the map at
// every zoom, so stamping symbols in key order reuses cached memory.
func morton(p orb.Point) uint64 {
	const scale = 1 << 24 // zoom-0 world pixels (0..256) to 32-bit integers
	x := uint64(math.Max(0, math.Min(float64(1<<32-1), p[0]*scale)))
	y := uint64(math.Max(0, math.Min(float64(1<<32-1), p[1]*scale)))
	return spread(x) | spread(y)<<1
}

// spread puts the low 32 bits of v in the even bit positions.
func spread(v uint64) uint64 {
	v &= 0xffffffff
	v = (v | v<<16) & 0x0000ffff0000ffff
	v = (v | v<<8) & 0x00ff00ff00ff00ff
	v = (v | v<<4) & 0x0f0f0f0f0f0f0f0f
	v = (v | v<<2) & 0x3333333333333333
	v = (v | v<<1) & 0x5555555555555555
	return v
}

// labelPoint returns the feature's label anchor in world pixels at zoom 0:
// the pole of inaccessibility of its largest polygon.
func (p *projected) labelPoint(i int) orb.Point {
	p.mu.Lock()
	defer p.mu.Unlock()
	f := &p.features[i]
	if !f.hasLbl {
		f.label, f.hasLbl = f.point, true
		if len(f.polys) > 0 {
			big, area := f.polys[0], 0.0
			for _, poly := range f.polys {
				b := poly.Bound()
				if a := (b.Max[0] - b.Min[0]) * (b.Max[1] - b.Min[1]); a > area {
					big, area = poly, a
				}
			}
			b := big.Bound()
			f.label = geo.LabelPoint(big, math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])/200)
		}
	}
	return f.label
}
