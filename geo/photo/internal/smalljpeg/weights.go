package smalljpeg

import "math"

// zigzag[k] is the place, row by row, of the k-th coefficient in the
// order a block is coded (T.81 figure A.6): the anti-diagonals of the
// 8x8 block in turn, alternately up and to the right (even ones) and
// down and to the left (odd ones).
var zigzag = func() (z [64]int) {
	k := 0
	for s := range 15 {
		for i := range 8 {
			row := i
			if s%2 == 0 {
				row = s - i // even diagonals start at the bottom
			}
			if col := s - row; row >= 0 && row < 8 && col >= 0 && col < 8 {
				z[k] = row*8 + col
				k++
			}
		}
	}
	return z
}()

// basisMean is the mean, over the scale pixels i*scale to i*scale+scale-1,
// of the one-dimensional inverse DCT basis of frequency u (T.81 A.3.3):
// C(u)/2 cos((2x+1)uπ/16), C(0) = 1/√2. A block decoded at 1/scale is
// the sum of each coefficient times basisMean of its row frequency times
// basisMean of its column frequency: the mean of the full decode's pixels.
func basisMean(scale, i, u int) float64 {
	c := 0.5
	if u == 0 {
		c = 0.5 / math.Sqrt2
	}
	var s float64
	for x := i * scale; x < i*scale+scale; x++ {
		s += math.Cos(float64((2*x+1)*u) * math.Pi / 16)
	}
	return c * s / float64(scale)
}

// weights says what each coefficient of a block, in coded order, adds to
// the block decoded at 1/scale, with its dequantisation folded in.
//
// At 1/2, the mean of pixels 2i and 2i+1 of basis u is
// C(u)/2 cos(uπ/16) cos((2i+1)uπ/8): a 4-point transform of frequency u,
// where u = 4 adds nothing and u = 8-v adds what v does with its sign
// turned. So each coefficient adds into one of 16 folded ones (at[k],
// times half[k]) and one 4x4 transform (half4) makes the pixels.
// At 1/4 and 1/8 each coefficient adds to each pixel directly (each[k]);
// most of them add nothing there (skip[k]).
type weights struct {
	at   [64]int8 // 1/2: the folded coefficient k adds to; -1 for none
	half [64]float32
	each [64][4]float32 // 1/4 and 1/8: what k adds to each pixel
	skip [64]bool
}

// newWeights makes the weights of quantisation table q at 1/scale.
func newWeights(q *[64]uint16, scale int) *weights {
	w := &weights{}
	n := 8 / scale
	for k, z := range zigzag {
		v, u := z/8, z%8
		fv, sv := fold(v)
		fu, su := fold(u)
		w.at[k] = -1
		if fv >= 0 && fu >= 0 {
			w.at[k] = int8(fv*4 + fu)
		}
		w.half[k] = float32(float64(q[k]) * float64(sv*su) * foldWeight(v) * foldWeight(u))
		w.skip[k] = true
		for i := range n * n * (scale / 4) { // none at 1/2
			m := float64(q[k]) * basisMean(scale, i/n, v) * basisMean(scale, i%n, u)
			if math.Abs(m) > 1e-9 {
				w.each[k][i], w.skip[k] = float32(m), false
			}
		}
	}
	return w
}

// fold is where frequency u adds at 1/2, and with which sign.
func fold(u int) (int, int) {
	switch {
	case u < 4:
		return u, 1
	case u == 4:
		return -1, 0
	}
	return 8 - u, -1
}

// foldWeight is C(u)/2 cos(uπ/16).
func foldWeight(u int) float64 {
	c := 0.5
	if u == 0 {
		c = 0.5 / math.Sqrt2
	}
	return c * math.Cos(float64(u)*math.Pi/16)
}
