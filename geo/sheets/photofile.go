package sheets

import (
	"image"
	_ "image/jpeg" // photos from phones
	_ "image/png"  // scans
	"io"
	"os"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// DecodePhoto reads a JPEG or PNG photo or scan, refusing, before
// decoding, one larger than an imported photo may be (photo.CheckPixels:
// the same limit and words). Errors name the file.
func DecodePhoto(path string) (image.Image, error) {
	if err := geo.CheckRegular(path); err != nil { // a named pipe would block the open for ever
		return nil, words.Errorf("sheets: %s %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, words.Errorf("sheets: %w", err)
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil {
		return nil, words.Errorf("sheets: %s: not a JPEG or PNG image: %w", path, err)
	}
	if err := photo.CheckPixels(path, cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, words.Errorf("sheets: %s: %w", path, err)
	}
	img, _, err := image.Decode(f)
	if err != nil {
		return nil, words.Errorf("sheets: %s: %w", path, err)
	}
	return img, nil
}

// ReadPhoto decodes the photo at path and reads the sheet in it. A photo
// whose code cannot be read gives an error wrapping ErrNoSheet, with the
// image, for placing it by hand.
func ReadPhoto(path string) (image.Image, Reading, error) {
	img, err := DecodePhoto(path)
	if err != nil {
		return nil, Reading{}, err
	}
	rd, err := Read(img)
	if err != nil {
		return img, rd, words.Errorf("sheets: %s: %w", path, err)
	}
	return img, rd, nil
}
