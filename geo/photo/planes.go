package photo

import "image"

// fitSize is the size of a w x h image scaled so its long side is at most
// side pixels (w x h itself when it fits).
func fitSize(w, h, side int) (int, int) {
	switch {
	case w <= side && h <= side:
		return w, h
	case w >= h:
		return side, max(1, h*side/w)
	}
	return max(1, w*side/h), side
}

// scaleYCbCr returns img scaled to w x h (at most its own size) as a
// 4:2:0 YCbCr image, never leaving the planes JPEG decodes to: shrunk by
// the largest whole factor that keeps it at least w x h with a box filter,
// then interpolated on each plane to the exact size. Its origin must be
// at (0, 0).
func scaleYCbCr(img *image.YCbCr, w, h int) *image.YCbCr {
	b := img.Bounds()
	if k := min(b.Dx()/w, b.Dy()/h); k >= 2 {
		img = shrinkYCbCr(img, k)
		b = img.Bounds()
	}
	out := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	resamplePlane(out.Y, out.YStride, w, h, img.Y, img.YStride, b.Dx(), b.Dy())
	cw, ch := chromaSize(w, h, out.SubsampleRatio)
	sw, sh := chromaSize(b.Dx(), b.Dy(), img.SubsampleRatio)
	resamplePlane(out.Cb, out.CStride, cw, ch, img.Cb, img.CStride, sw, sh)
	resamplePlane(out.Cr, out.CStride, cw, ch, img.Cr, img.CStride, sw, sh)
	return out
}

// resamplePlane fills dst (w x h) from src (sw x sh) by bilinear
// interpolation, pixel centres aligned, weights in 1/256ths. Meant for
// less than 2x of shrinking (more aliases; shrinkYCbCr goes first).
func resamplePlane(dst []byte, dstStride, w, h int, src []byte, srcStride, sw, sh int) {
	xs, fx := taps(w, sw)
	ys, fy := taps(h, sh)
	for y := range h {
		r0 := src[ys[y]*srcStride:]
		r1 := src[min(ys[y]+1, sh-1)*srcStride:]
		wy := fy[y]
		row := dst[y*dstStride : y*dstStride+w]
		for x := range row {
			x0, x1, wx := xs[x], min(xs[x]+1, sw-1), fx[x]
			top := uint32(r0[x0])*(256-wx) + uint32(r0[x1])*wx
			bot := uint32(r1[x0])*(256-wx) + uint32(r1[x1])*wx
			row[x] = byte((top*(256-wy) + bot*wy + 1<<15) >> 16)
		}
	}
}

// taps maps each of n destination pixels to the source pixel at or before
// its centre among sn and the weight, in 1/256ths, of the one after.
func taps(n, sn int) ([]int, []uint32) {
	idx, w := make([]int, n), make([]uint32, n)
	for i := range n {
		s := max(0, (2*i+1)*sn*128/n-128) // the centre in 1/256ths of a source pixel, less half a pixel
		idx[i], w[i] = min(s>>8, sn-1), uint32(s&255)
	}
	return idx, w
}

// orientYCbCr is orient for a 4:2:0 image with its origin at (0, 0): each
// plane is turned on its own, so the pixels never pass through RGB.
func orientYCbCr(img *image.YCbCr, o int) *image.YCbCr {
	if o <= 1 || o > 8 {
		return img
	}
	w, h := img.Rect.Dx(), img.Rect.Dy()
	if o >= 5 {
		w, h = h, w
	}
	out := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	sw, sh := img.Rect.Dx(), img.Rect.Dy()
	turnPlane(out.Y, out.YStride, img.Y, img.YStride, sw, sh, o)
	cw, ch := chromaSize(sw, sh, img.SubsampleRatio)
	turnPlane(out.Cb, out.CStride, img.Cb, img.CStride, cw, ch, o)
	turnPlane(out.Cr, out.CStride, img.Cr, img.CStride, cw, ch, o)
	return out
}

// turnPlane puts each pixel of src (w x h) where place says.
func turnPlane(dst []byte, dstStride int, src []byte, srcStride, w, h, o int) {
	for y := range h {
		for x, v := range src[y*srcStride : y*srcStride+w] {
			dx, dy := place(o, x, y, w, h)
			dst[dy*dstStride+dx] = v
		}
	}
}
