package sheets

// blob is a connected set of dark pixels.
type blob struct {
	n                      int
	sx, sy                 float64
	minX, minY, maxX, maxY int
}

// blobs labels the 4-connected dark regions of a w-wide mask; label[i] is
// the index of pixel i's blob plus one, 0 for light pixels.
func blobs(dark []bool, w int) (label []int32, out []blob) {
	label = make([]int32, len(dark))
	var stack []int
	for i, d := range dark {
		if !d || label[i] != 0 {
			continue
		}
		id := int32(len(out) + 1)
		b := blob{minX: i % w, minY: i / w, maxX: i % w, maxY: i / w}
		label[i] = id
		stack = append(stack[:0], i)
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			x, y := p%w, p/w
			b.add(x, y)
			for _, q := range [4]int{p - 1, p + 1, p - w, p + w} {
				if q < 0 || q >= len(dark) || !dark[q] || label[q] != 0 || (q == p-1 && x == 0) || (q == p+1 && x == w-1) {
					continue
				}
				label[q] = id
				stack = append(stack, q)
			}
		}
		out = append(out, b)
	}
	return label, out
}

func (b *blob) add(x, y int) {
	b.n++
	b.sx, b.sy = b.sx+float64(x), b.sy+float64(y)
	b.minX, b.maxX = min(b.minX, x), max(b.maxX, x)
	b.minY, b.maxY = min(b.minY, y), max(b.maxY, y)
}

func (b blob) centre() (float64, float64) { return b.sx / float64(b.n), b.sy / float64(b.n) }

// targets finds marker-like shapes: a dark blob (the core) with light
// around it and, to its left, a dark ring blob holding it, of about the
// areas an 8:4:2 square target has. It returns their centres (the
// centroid of ring and core together, or of the core alone when the
// ring reaches the image's edge) and their areas in pixels.
func targets(dark []bool, w, minArea int) (centres [][2]float64, areas []int) {
	label, bs := blobs(dark, w)
	for ci, c := range bs {
		if c.n < minArea/40 {
			continue
		}
		cx, cy := c.centre()
		ring := ringLeftOf(label, dark, w, int(cx+0.5), int(cy+0.5), int32(ci+1))
		if ring < 0 {
			continue
		}
		r := bs[ring]
		ratio := float64(c.n) / float64(r.n)
		rw, rh := r.maxX-r.minX+1, r.maxY-r.minY+1
		fill := float64(r.n) / float64(rw*rh)
		if r.n+c.n < minArea || ratio < 0.03 || ratio > 0.4 || fill < 0.3 || fill > 0.95 ||
			c.minX <= r.minX || c.maxX >= r.maxX || c.minY <= r.minY || c.maxY >= r.maxY {
			continue
		}
		rx, ry := r.centre()
		if d := max(abs(rx-cx), abs(ry-cy)); d > 0.15*float64(max(rw, rh)) {
			continue
		}
		n := float64(r.n + c.n)
		centre := [2]float64{(r.sx + c.sx) / n, (r.sy + c.sy) / n}
		if r.minX == 0 || r.minY == 0 || r.maxX == w-1 || r.maxY == len(dark)/w-1 {
			centre = [2]float64{cx, cy} // the photo cut the ring: the core is whole
		}
		centres = append(centres, centre)
		areas = append(areas, r.n+c.n)
	}
	return centres, areas
}

// ringLeftOf walks left from (x, y) out of blob self, across light pixels,
// to the next dark blob and returns its index (-1 when there is none).
func ringLeftOf(label []int32, dark []bool, w, x, y int, self int32) int {
	i := y*w + x
	for ; x >= 0 && label[i] == self; x, i = x-1, i-1 {
	}
	for ; x >= 0 && !dark[i]; x, i = x-1, i-1 {
	}
	if x < 0 {
		return -1
	}
	return int(label[i]) - 1
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
