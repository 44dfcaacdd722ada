package smalljpeg

import "errors"

var errBadDC = errors.New("smalljpeg: damaged image data (a DC difference of more than 11 bits)")

// block decodes one 8x8 block of component ci (T.81 F.2.2) into its
// pixels at 1/scale, at dst with the component's stride. At 1/2 each
// coefficient adds into the 16 folded ones that half4 turns into pixels;
// at 1/4 and 1/8 into the pixels themselves (see weights).
func (d *scan) block(ci int, dst []byte) error {
	c, r, w := &d.h.comps[ci], &d.r, d.w[ci]
	r.fill()
	t, diff, err := r.coefficient(d.h.dc[c.td])
	if err != nil {
		return err
	}
	if t > 11 {
		return errBadDC
	}
	d.pred[ci] += diff
	g, half, flat := &d.coef, d.scale == 2, true
	*g = [16]float32{}
	d.add(w, 0, d.pred[ci])
	ac := d.h.ac[c.ta]
	for k := 1; k < 64; k++ {
		if r.n < 32 {
			r.fill()
		}
		rs, v, err := r.coefficient(ac)
		if err != nil {
			return err
		}
		run, size := int(rs>>4), int(rs&15)
		if size == 0 {
			if run != 15 {
				break
			}
			k += 15
			continue
		}
		if k += run; k > 63 {
			return errBadBlock
		}
		switch at := w.at[k]; {
		case half && at >= 0:
			g[at] += float32(v) * w.half[k]
			flat = false
		case !half && !w.skip[k]:
			d.add(w, k, v)
		}
	}
	d.pixels(ci, dst, flat)
	return nil
}

// add adds coefficient k of value v to the block (at 1/4 and 1/8 to its
// pixels; at 1/2 only k = 0, the DC, comes here).
func (d *scan) add(w *weights, k int, v int32) {
	if d.scale == 2 {
		d.coef[w.at[k]&15] += float32(v) * w.half[k]
		return
	}
	for i := range d.n * d.n {
		d.coef[i] += float32(v) * w.each[k][i]
	}
}

// pixels writes the block's pixels from what its coefficients added: a
// block at 1/2 with only its DC coefficient is flat.
func (d *scan) pixels(ci int, dst []byte, flat bool) {
	stride, n := d.stride[ci], d.n
	switch {
	case d.scale == 2 && flat:
		fill(dst, stride, 4, pixel(d.coef[0]))
	case d.scale == 2:
		half4(&d.coef, dst, stride)
	default:
		for i := range n * n {
			dst[i/n*stride+i%n] = pixel(d.coef[i])
		}
	}
}
