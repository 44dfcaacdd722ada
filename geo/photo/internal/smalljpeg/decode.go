package smalljpeg

import (
	"errors"
	"fmt"
	"image"
)

// ErrUnsupported is wrapped by Decode's error for a JPEG this package
// does not decode (see the package comment); image/jpeg may still.
var ErrUnsupported = errors.New("smalljpeg: not a baseline JPEG of a kind decoded here")

// Decode decodes data, a JPEG file, at 1/scale of its size (scale 2, 4 or
// 8): each side is the full side divided by scale, rounded up. A colour
// photo comes back as *image.YCbCr in its own chroma subsampling, a
// grayscale one as *image.Gray. A photo of more than maxPixels pixels at
// full size is refused before its planes are allocated. Decode is safe
// for concurrent use.
func Decode(data []byte, scale int, maxPixels int64) (image.Image, error) {
	if scale != 2 && scale != 4 && scale != 8 {
		return nil, fmt.Errorf("smalljpeg: scale %d: only 2, 4 and 8 are decoded", scale)
	}
	h, err := readHeaders(data)
	if err != nil {
		return nil, err
	}
	if int64(h.width)*int64(h.height) > maxPixels {
		return nil, fmt.Errorf("smalljpeg: %dx%d pixels is more than the %d allowed", h.width, h.height, maxPixels)
	}
	d := newScan(h, data, scale)
	if err := d.run(); err != nil {
		return nil, err
	}
	return d.image(), nil
}
