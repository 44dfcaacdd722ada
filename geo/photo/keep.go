package photo

import (
	"bytes"
	"image"
	"image/jpeg"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Keep takes a photo read back from an export (a KMZ's photos): a JPEG
// that is already what Reduce makes (long side at most MaxSide, no EXIF)
// is kept byte for byte, so that it has the ID it had in the project and
// a second import finds it there; any other photo is reduced. Either way
// it must decode whole. name is the file's name, for messages.
func Keep(name string, data []byte) (Photo, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || format != "jpeg" || cfg.Width > MaxSide || cfg.Height > MaxSide || bytes.Contains(data, []byte("Exif\x00")) {
		return Reduce(name, data)
	}
	if _, err := jpeg.Decode(bytes.NewReader(data)); err != nil {
		return Photo{}, words.Errorf("photo: %s: the jpeg data is damaged (%v)", name, err)
	}
	return Photo{ID: ID(data), Name: name, Data: data, ContentType: "image/jpeg", Width: cfg.Width, Height: cfg.Height}, nil
}
