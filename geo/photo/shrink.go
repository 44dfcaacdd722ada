package photo

import "image"

// shrinkYCbCr returns img shrunk k times on each side by averaging k x k
// blocks of each plane (a box filter, cheap and free of aliasing), in the
// same chroma subsampling. Phone JPEGs decode as YCbCr, so a 12 MP photo
// is shrunk before the finer scaling to MaxSide works on a quarter of the
// pixels.
func shrinkYCbCr(img *image.YCbCr, k int) *image.YCbCr {
	b := img.Bounds()
	w, h := b.Dx()/k, b.Dy()/k
	out := image.NewYCbCr(image.Rect(0, 0, w, h), img.SubsampleRatio)
	boxPlane(out.Y, out.YStride, w, h, img.Y[img.YOffset(b.Min.X, b.Min.Y):], img.YStride, b.Dx(), b.Dy(), k)
	cw, ch := chromaSize(w, h, img.SubsampleRatio)
	scw, sch := chromaSize(b.Dx(), b.Dy(), img.SubsampleRatio)
	off := img.COffset(b.Min.X, b.Min.Y)
	boxPlane(out.Cb, out.CStride, cw, ch, img.Cb[off:], img.CStride, scw, sch, k)
	boxPlane(out.Cr, out.CStride, cw, ch, img.Cr[off:], img.CStride, scw, sch, k)
	return out
}

// chromaSize is the size of the chroma planes of a w x h image with the
// given subsampling, its origin at (0, 0).
func chromaSize(w, h int, r image.YCbCrSubsampleRatio) (int, int) {
	switch r {
	case image.YCbCrSubsampleRatio422:
		return (w + 1) / 2, h
	case image.YCbCrSubsampleRatio420:
		return (w + 1) / 2, (h + 1) / 2
	case image.YCbCrSubsampleRatio440:
		return w, (h + 1) / 2
	case image.YCbCrSubsampleRatio411:
		return (w + 3) / 4, h
	case image.YCbCrSubsampleRatio410:
		return (w + 3) / 4, (h + 1) / 2
	}
	return w, h
}

// boxPlane fills dst (w x h) with the averages of k x k blocks of src
// (sw x sh), a block cut short at src's edge averaging what it has.
func boxPlane(dst []byte, dstStride, w, h int, src []byte, srcStride, sw, sh, k int) {
	if k == 2 && 2*w <= sw && 2*h <= sh {
		halve(dst, dstStride, w, h, src, srcStride)
		return
	}
	sums := make([]uint32, w)
	full := min(sw/k, w) // blocks whole across
	for y := range h {
		clear(sums)
		rows := min(y*k+k, sh) - y*k
		for sy := y * k; sy < y*k+rows; sy++ {
			addRow(sums[:full], src[sy*srcStride:sy*srcStride+full*k], k)
			for x := full; x < w; x++ {
				for _, v := range src[sy*srcStride+x*k : sy*srcStride+sw] {
					sums[x] += uint32(v)
				}
			}
		}
		for x, s := range sums {
			cols := min(x*k+k, sw) - x*k
			if n := uint32(rows * cols); n > 0 {
				dst[y*dstStride+x] = byte((s + n/2) / n)
			}
		}
	}
}

// addRow adds each k pixels of row to one of sums (len(row) = k*len(sums)),
// with a loop of its own for k = 2, a phone photo's usual factor.
func addRow(sums []uint32, row []byte, k int) {
	if k == 2 {
		for x := range sums {
			sums[x] += uint32(row[2*x]) + uint32(row[2*x+1])
		}
		return
	}
	for x := range sums {
		var s uint32
		for _, v := range row[x*k : x*k+k] {
			s += uint32(v)
		}
		sums[x] += s
	}
}

// halve is boxPlane for k = 2 when every block is whole (a phone photo's
// usual case): each output pixel straight from its two source rows.
func halve(dst []byte, dstStride, w, h int, src []byte, srcStride int) {
	for y := range h {
		r0, r1 := src[2*y*srcStride:][:2*w], src[(2*y+1)*srcStride:][:2*w]
		out := dst[y*dstStride:][:w]
		for x := range out {
			out[x] = byte((uint32(r0[2*x]) + uint32(r0[2*x+1]) + uint32(r1[2*x]) + uint32(r1[2*x+1]) + 2) >> 2)
		}
	}
}
