package render

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"
)

// lineMask gathers anti-aliased thick lines as coverage, taking the
// maximum where lines overlap (so joints are not drawn twice) and
// remembering which span of each row it touched, so that blending and
// clearing cost as much as the lines cover, not the whole image. Segments
// get round caps, which makes round joins. Not safe for concurrent use.
type lineMask struct {
	w, h       int
	cov        []uint8
	minX, maxX []int32 // dirty span of each row; minX > maxX when clean
	minY, maxY int     // dirty rows
}

// reset readies the mask for an image of w x h. A mask is always clean
// between flushes, so only a size change reallocates.
func (m *lineMask) reset(w, h int) {
	if m.w == w && m.h == h {
		return
	}
	m.w, m.h = w, h
	m.cov = make([]uint8, w*h)
	m.minX, m.maxX = make([]int32, h), make([]int32, h)
	for y := range m.minX {
		m.minX[y], m.maxX[y] = math.MaxInt32, -1
	}
	m.minY, m.maxY = h, -1
}

func (m *lineMask) empty() bool { return m.minY > m.maxY }

// segment adds the line from a to b, hw pixels either side of it.
func (m *lineMask) segment(ax, ay, bx, by, hw float64) {
	r := hw + 1
	x0 := max(0, int(math.Floor(min(ax, bx)-r)))
	x1 := min(m.w-1, int(math.Ceil(max(ax, bx)+r)))
	y0 := max(0, int(math.Floor(min(ay, by)-r)))
	y1 := min(m.h-1, int(math.Ceil(max(ay, by)+r)))
	if x0 > x1 || y0 > y1 {
		return
	}
	dx, dy := bx-ax, by-ay
	l := math.Sqrt(dx*dx + dy*dy)
	if l < 1e-9 {
		dx, dy, l = 1e-9, 0, 1e-9 // a dot: a round cap alone
	}
	ux, uy := dx/l, dy/l // unit direction
	// Coverage is 1 within hw-0.5 of the segment, 0 beyond hw+0.5, linear
	// between: compare squared distances and take a root only in between.
	inner, outer := max(0, hw-0.5), hw+0.5
	in2, out2 := inner*inner, outer*outer
	for y := y0; y <= y1; y++ {
		py := float64(y) + 0.5 - ay
		from, to := x0, x1
		if dy != 0 {
			xc := ax + dx*py/dy
			reach := r * l / math.Abs(dy)
			from, to = max(x0, int(math.Floor(xc-reach))), min(x1, int(math.Ceil(xc+reach)))
		}
		if from > to {
			continue
		}
		m.touch(y, from, to)
		row := m.cov[y*m.w : (y+1)*m.w]
		px := float64(from) + 0.5 - ax
		along := px*ux + py*uy  // distance along the segment from a
		across := px*uy - py*ux // signed distance from the line
		for x := from; x <= to; x, along, across = x+1, along+ux, across+uy {
			var d2 float64
			switch {
			case along < 0:
				qx := float64(x) + 0.5 - ax
				d2 = qx*qx + py*py
			case along > l:
				qx, qy := float64(x)+0.5-bx, float64(y)+0.5-by
				d2 = qx*qx + qy*qy
			default:
				d2 = across * across
			}
			switch {
			case d2 >= out2:
			case d2 <= in2:
				m.put(row, x, 255)
			default:
				m.put(row, x, uint8((outer-math.Sqrt(d2))*255))
			}
		}
	}
}

func (m *lineMask) put(row []uint8, x int, v uint8) {
	if v > row[x] {
		row[x] = v
	}
}

// touch widens row y's dirty span to cover [from, to].
func (m *lineMask) touch(y, from, to int) {
	m.minX[y] = min(m.minX[y], int32(from))
	m.maxX[y] = max(m.maxX[y], int32(to))
	m.minY, m.maxY = min(m.minY, y), max(m.maxY, y)
}

// flush blends colour c through the gathered coverage onto dst and clears
// what it touched.
func (m *lineMask) flush(dst *image.RGBA, c color.NRGBA) {
	for y := m.minY; y <= m.maxY; y++ {
		x0, x1 := int(m.minX[y]), int(m.maxX[y])
		if x0 > x1 {
			continue
		}
		row := m.cov[y*m.w+x0 : y*m.w+x1+1]
		d := dst.Pix[dst.PixOffset(x0, y):]
		for i := 0; i < len(row); i++ {
			// skip untouched coverage eight bytes at a time
			if i+8 <= len(row) && binary.LittleEndian.Uint64(row[i:]) == 0 {
				i += 7
				continue
			}
			v := row[i]
			if v == 0 {
				continue
			}
			row[i] = 0
			if v == 255 && c.A == 255 { // fully covered, opaque: no blending
				d[4*i], d[4*i+1], d[4*i+2], d[4*i+3] = c.R, c.G, c.B, 255
				continue
			}
			blendPixel(d[4*i:4*i+4:4*i+4], v, c)
		}
		m.minX[y], m.maxX[y] = math.MaxInt32, -1
	}
	m.minY, m.maxY = m.h, -1
}
