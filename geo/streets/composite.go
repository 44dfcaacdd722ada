package streets

import (
	"encoding/binary"
	"image"
)

// over composites the premultiplied layer src onto dst (same size; dst
// may be part of a larger image), row by row: transparent pixels are
// skipped eight bytes at a time, opaque ones copied, the rest blended.
func over(dst, src *image.RGBA) {
	b := src.Bounds().Intersect(dst.Bounds())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		s := src.Pix[src.PixOffset(b.Min.X, y):src.PixOffset(b.Max.X, y)]
		d := dst.Pix[dst.PixOffset(b.Min.X, y):dst.PixOffset(b.Max.X, y)]
		overRow(d, s)
	}
}

// overRow composites one row of pixels, eight bytes at a time where two
// pixels are both clear (skipped) or both opaque (copied).
func overRow(d, s []uint8) {
	const alphas = 0xff000000ff000000
	n := len(s) &^ 7
	for i := 0; i < n; i += 8 {
		v := binary.LittleEndian.Uint64(s[i:])
		switch {
		case v == 0:
		case v&alphas == alphas:
			binary.LittleEndian.PutUint64(d[i:], v)
		default:
			overPixel(d[i:i+4:i+4], s[i:i+4:i+4])
			overPixel(d[i+4:i+8:i+8], s[i+4:i+8:i+8])
		}
	}
	for i := n; i+4 <= len(s); i += 4 {
		overPixel(d[i:i+4:i+4], s[i:i+4:i+4])
	}
}

// overPixel puts one premultiplied pixel s over d.
func overPixel(d, s []uint8) {
	switch a := uint32(s[3]); a {
	case 0:
	case 255:
		binary.LittleEndian.PutUint32(d, binary.LittleEndian.Uint32(s))
	default:
		inv := 255 - a
		d[0] = uint8(uint32(s[0]) + uint32(d[0])*inv/255)
		d[1] = uint8(uint32(s[1]) + uint32(d[1])*inv/255)
		d[2] = uint8(uint32(s[2]) + uint32(d[2])*inv/255)
		d[3] = uint8(a + uint32(d[3])*inv/255)
	}
}
