package photo

import (
	"bytes"
	"image"

	"github.com/khoroomap/khoroomap/geo/photo/internal/smalljpeg"
)

// decodeFor decodes a w x h photo (format as image.DecodeConfig names
// it) for a reduction to MaxSide. A JPEG at least twice MaxSide on its
// long side decodes at 1/2, 1/4 or 1/8 of its size (see reducedScale)
// through smalljpeg, which never makes the full-size pixels: a 12 MP
// phone photo is 3 MP of planes instead of 12. What smalljpeg does not
// decode (progressive, CMYK, damaged...) and smaller photos go through
// image.Decode at full size, which also words the error of a damaged one.
func decodeFor(format string, data []byte, w, h int) (image.Image, error) {
	if s := reducedScale(w, h); format == "jpeg" && s > 1 {
		if img, err := smalljpeg.Decode(data, s, MaxPixels); err == nil {
			return img, nil
		}
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	return img, err
}

// reducedScale is the largest of 8, 4 and 2 that divides a w x h photo
// with its long side still at least MaxSide (rounded up, as smalljpeg
// rounds), so that the finer scaling to MaxSide only ever shrinks; 1 when
// none does.
func reducedScale(w, h int) int {
	long := max(w, h)
	for s := 8; s >= 2; s /= 2 {
		if (long+s-1)/s >= MaxSide {
			return s
		}
	}
	return 1
}
