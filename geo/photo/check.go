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
	return CheckPixels("", cfg.Width, cfg.Height)
}

// CheckPixels refuses a photo or scan of w x h pixels that is larger
// than MaxPixels (or has no pixels), from its header, before its pixels
// are set aside: the one limit and the one message of every photo the
// program decodes (an imported photo, a field sheet's photo, a stored
// one). name, the file's name, leads the message when not "".
func CheckPixels(name string, w, h int) error {
	if w > 0 && h > 0 && int64(w)*int64(h) <= MaxPixels {
		return nil
	}
	if name == "" {
		return words.Errorf("photo: %dx%d pixels is too large (at most %d megapixels)", w, h, MaxPixels>>20)
	}
	return words.Errorf("photo: %s: %dx%d pixels is too large (at most %d megapixels)", name, w, h, MaxPixels>>20)
}
