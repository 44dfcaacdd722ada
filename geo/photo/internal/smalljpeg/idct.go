package smalljpeg

// The cosines of the 4-point transform: cos(π/8), cos(2π/8), cos(3π/8).
const (
	cos1 = 0.92387953251128674
	cos2 = 0.70710678118654752
	cos3 = 0.38268343236508977
)

// half4 turns 16 folded coefficients (row by row) into the 4x4 pixels of
// a block at 1/2 (see weights), level-shifted and clamped (T.81 A.3.1),
// into dst at stride. Each pixel is Σ g(a,b) cos((2y+1)aπ/8) cos((2x+1)bπ/8),
// done as 4-point butterflies on the columns, then on the rows.
func half4(g *[16]float32, dst []byte, stride int) {
	for c := range 4 {
		g[c], g[4+c], g[8+c], g[12+c] = butterfly(g[c], g[4+c], g[8+c], g[12+c])
	}
	for y := range 4 {
		r := g[4*y : 4*y+4 : 4*y+4]
		a, b, c, d := butterfly(r[0], r[1], r[2], r[3])
		row := dst[y*stride : y*stride+4 : y*stride+4]
		row[0], row[1], row[2], row[3] = pixel(a), pixel(b), pixel(c), pixel(d)
	}
}

// butterfly is the 4-point transform of g0..g3: the values at
// i = 0..3 of Σ g(v) cos((2i+1)vπ/8), pairing i with 3-i.
func butterfly(g0, g1, g2, g3 float32) (float32, float32, float32, float32) {
	e0, e1 := g0+cos2*g2, g0-cos2*g2
	o0, o1 := cos1*g1+cos3*g3, cos3*g1-cos1*g3
	return e0 + o0, e1 + o1, e1 - o1, e0 - o0
}

// pixel level-shifts v by 128, rounds it and clamps it to a byte.
func pixel(v float32) byte {
	v += 128.5
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return byte(v)
}

// fill sets the n x n pixels of a block at dst to v (a block with only
// its DC coefficient is flat).
func fill(dst []byte, stride, n int, v byte) {
	for y := range n {
		row := dst[y*stride : y*stride+n]
		for x := range row {
			row[x] = v
		}
	}
}
