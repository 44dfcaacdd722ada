package smalljpeg

import (
	"encoding/binary"
	"fmt"
)

// readFrame reads SOF0 or SOF1 (T.81 B.2.2).
func (h *header) readFrame(seg []byte) error {
	if h.comps != nil {
		return fmt.Errorf("%w: two frame headers", errCorrupt)
	}
	if len(seg) < 6 {
		return fmt.Errorf("%w: frame header of %d bytes", errCorrupt, len(seg))
	}
	if seg[0] != 8 {
		return unsupported("%d-bit samples", seg[0])
	}
	h.height, h.width = int(binary.BigEndian.Uint16(seg[1:])), int(binary.BigEndian.Uint16(seg[3:]))
	nf := int(seg[5])
	switch {
	case h.height == 0:
		return unsupported("height given after the scan (DNL)")
	case h.width == 0:
		return fmt.Errorf("%w: width 0", errCorrupt)
	case nf != 1 && nf != 3:
		return unsupported("%d colour components", nf)
	case len(seg) != 6+3*nf:
		return fmt.Errorf("%w: frame header of %d bytes for %d components", errCorrupt, len(seg), nf)
	}
	for i := range nf {
		c := seg[6+3*i:]
		comp := component{id: c[0], h: int(c[1] >> 4), v: int(c[1] & 15), tq: int(c[2])}
		if comp.h < 1 || comp.h > 4 || comp.v < 1 || comp.v > 4 || comp.tq > 3 {
			return fmt.Errorf("%w: component %d: sampling %dx%d, table %d", errCorrupt, i, comp.h, comp.v, comp.tq)
		}
		h.comps = append(h.comps, comp)
	}
	return h.checkSampling()
}

// checkSampling keeps the samplings image.YCbCr holds with whole chroma
// blocks: luma 1x1, 2x1, 2x2 or 1x2 against chroma 1x1. A lone
// grayscale component is one block per MCU whatever its factors say.
func (h *header) checkSampling() error {
	if len(h.comps) == 1 {
		h.comps[0].h, h.comps[0].v = 1, 1
		h.hmax, h.vmax = 1, 1
		return nil
	}
	y, cb, cr := h.comps[0], h.comps[1], h.comps[2]
	if cb.h != 1 || cb.v != 1 || cr.h != 1 || cr.v != 1 || y.h > 2 || y.v > 2 {
		return unsupported("sampling %dx%d, %dx%d, %dx%d", y.h, y.v, cb.h, cb.v, cr.h, cr.v)
	}
	if y.id == 'R' && cb.id == 'G' && cr.id == 'B' {
		return unsupported("RGB components")
	}
	h.hmax, h.vmax = y.h, y.v
	return nil
}

// readQuant reads DQT (T.81 B.2.4.1): 8-bit or 16-bit tables.
func (h *header) readQuant(seg []byte) error {
	for len(seg) > 0 {
		pq, tq := seg[0]>>4, seg[0]&15
		n := 64 * (1 + int(pq))
		if pq > 1 || tq > 3 || len(seg) < 1+n {
			return fmt.Errorf("%w: quantisation table %d (precision %d) of %d bytes", errCorrupt, tq, pq, len(seg)-1)
		}
		q := new([64]uint16)
		for k := range q {
			if pq == 0 {
				q[k] = uint16(seg[1+k])
			} else {
				q[k] = binary.BigEndian.Uint16(seg[1+2*k:])
			}
		}
		h.quant[tq] = q
		seg = seg[1+n:]
	}
	return nil
}

// readScan reads SOS (T.81 B.2.3): one scan of every component, in the
// frame's order, with the whole spectrum and no successive approximation.
func (h *header) readScan(seg []byte) error {
	if h.comps == nil {
		return fmt.Errorf("%w: a scan before the frame header", errCorrupt)
	}
	if h.adobeRGB && len(h.comps) == 3 {
		return unsupported("RGB colours (Adobe transform 0)")
	}
	ns := 0
	if len(seg) > 0 {
		ns = int(seg[0])
	}
	if ns != len(h.comps) {
		return unsupported("a scan of %d of the %d components", ns, len(h.comps))
	}
	if len(seg) != 4+2*ns {
		return fmt.Errorf("%w: scan header of %d bytes", errCorrupt, len(seg))
	}
	for i := range h.comps {
		c := &h.comps[i]
		s := seg[1+2*i:]
		c.td, c.ta = int(s[1]>>4), int(s[1]&15)
		if s[0] != c.id || c.td > 3 || c.ta > 3 {
			return unsupported("scan component %d: id %d, tables %d/%d", i, s[0], c.td, c.ta)
		}
		if h.dc[c.td] == nil || h.ac[c.ta] == nil || h.quant[c.tq] == nil {
			return fmt.Errorf("%w: component %d uses a table never defined", errCorrupt, i)
		}
	}
	if t := seg[1+2*ns:]; t[0] != 0 || t[1] != 63 || t[2] != 0 {
		return unsupported("spectral selection %d-%d, approximation %02X", t[0], t[1], t[2])
	}
	return nil
}
