package photo

import (
	"bytes"
	"image"

	"github.com/khoroomap/khoroomap/geo/words"
)

// CheckSize reports whether data is a JPEG or PNG small enough to decode
// (at most MaxPixels), from its header alone. A photo from a project
// made elsewhere is hostile: a 1 KB JPEG can declare 60000x60000 pixels,
// and decoding it would set aside 5 GB, so whatever shows or decodes a
// stored photo checks it first.
func CheckSize(data []byte) error {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return words.Errorf("photo: not a JPEG or PNG photo (%v)", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || int64(cfg.Width)*int64(cfg.Height) > MaxPixels {
		return words.Errorf("photo: %dx%d pixels is too large (at most %d megapixels)", cfg.Width, cfg.Height, MaxPixels>>20)
	}
	return nil
}
