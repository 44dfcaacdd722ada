package smalljpeg

import "errors"

var errBadDC = errors.New("smalljpeg: damaged image data (a DC difference of more than 11 bits)")

// block decodes one 8x8 block of component ci (T.81 F.2.2) into its
// pixels at 1/scale, at dst with the component's stride.
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
	dc := float32(d.pred[ci])
	if d.scale != 2 {
		return d.blockEach(ci, dst, dc)
	}
	g := &d.coef
	*g = [16]float32{0: dc * w.half[0]}
	flat := true
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
		if at := w.at[k]; at >= 0 {
			g[at] += float32(v) * w.half[k]
			flat = false
		}
	}
	if flat {
		fill(dst, d.stride[ci], 4, pixel(g[0]))
		return nil
	}
	half4(g, dst, d.stride[ci])
	return nil
}

// blockEach is block at 1/4 and 1/8, after the DC coefficient.
func (d *scan) blockEach(ci int, dst []byte, dc float32) error {
	r, w, n := &d.r, d.w[ci], d.n
	var px [4]float32
	for i := range n * n {
		px[i] = dc * w.each[0][i]
	}
	ac := d.h.ac[d.h.comps[ci].ta]
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
		if !w.skip[k] {
			for i := range n * n {
				px[i] += float32(v) * w.each[k][i]
			}
		}
	}
	for i := range n * n {
		dst[i/n*d.stride[ci]+i%n] = pixel(px[i])
	}
	return nil
}
