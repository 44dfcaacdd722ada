package smalljpeg

import (
	"errors"
	"image"
)

// scan decodes the entropy-coded data into planes at 1/scale.
type scan struct {
	h          *header
	r          bits
	scale, n   int // n = 8/scale pixels a block side
	mcux, mcuy int
	planes     [3][]byte
	stride     [3]int
	pred       [3]int32
	w          [3]*weights
	coef       [16]float32
}

func newScan(h *header, data []byte, scale int) *scan {
	d := &scan{h: h, r: bits{data: data, pos: h.scan}, scale: scale, n: 8 / scale}
	d.mcux = (h.width + 8*h.hmax - 1) / (8 * h.hmax)
	d.mcuy = (h.height + 8*h.vmax - 1) / (8 * h.vmax)
	var byTable [4]*weights
	for i, c := range h.comps {
		d.stride[i] = d.mcux * c.h * d.n
		d.planes[i] = make([]byte, d.stride[i]*d.mcuy*c.v*d.n)
		if byTable[c.tq] == nil {
			byTable[c.tq] = newWeights(h.quant[c.tq], scale)
		}
		d.w[i] = byTable[c.tq]
	}
	return d
}

// run decodes every MCU (T.81 F.1.2), in rows, with a restart marker
// after every h.restart of them.
func (d *scan) run() error {
	total, m := d.mcux*d.mcuy, 0
	for i := range total {
		if err := d.mcu(i%d.mcux, i/d.mcux); err != nil {
			return err
		}
		if d.r.short() {
			return errTruncated
		}
		if ri := d.h.restart; ri > 0 && (i+1)%ri == 0 && i+1 < total {
			if err := d.r.restart(m); err != nil {
				return err
			}
			m, d.pred = (m+1)%8, [3]int32{}
		}
	}
	return nil
}

// mcu decodes the blocks of one MCU: each component's h x v of them.
func (d *scan) mcu(mx, my int) error {
	for ci := range d.h.comps {
		c := &d.h.comps[ci]
		for v := range c.v {
			for h := range c.h {
				off := ((my*c.v+v)*d.stride[ci] + mx*c.h + h) * d.n
				if err := d.block(ci, d.planes[ci][off:]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

var errBadBlock = errors.New("smalljpeg: damaged image data (a block runs past 64 coefficients)")

// image wraps the planes, cut to the size at 1/scale.
func (d *scan) image() image.Image {
	r := image.Rect(0, 0, (d.h.width+d.scale-1)/d.scale, (d.h.height+d.scale-1)/d.scale)
	if len(d.h.comps) == 1 {
		return &image.Gray{Pix: d.planes[0], Stride: d.stride[0], Rect: r}
	}
	ratio := map[[2]int]image.YCbCrSubsampleRatio{{1, 1}: image.YCbCrSubsampleRatio444, {2, 1}: image.YCbCrSubsampleRatio422,
		{2, 2}: image.YCbCrSubsampleRatio420, {1, 2}: image.YCbCrSubsampleRatio440}[[2]int{d.h.hmax, d.h.vmax}]
	return &image.YCbCr{Y: d.planes[0], Cb: d.planes[1], Cr: d.planes[2], YStride: d.stride[0], CStride: d.stride[1],
		SubsampleRatio: ratio, Rect: r}
}
