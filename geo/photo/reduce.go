package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png" // PNG photos and screenshots
	"time"

	"golang.org/x/image/draw"

	"github.com/khoroomap/khoroomap/geo/words"
)

// MaxSide is the longest side, in pixels, of a stored photo.
const MaxSide = 1600

// MaxPixels bounds the size of a photo that is decoded at all: 64
// megapixels (a 12 MP phone photo is 4032x3024). Larger ones are refused
// before their pixels are allocated.
const MaxPixels = 64 << 20

// quality is the JPEG quality of stored photos: about 250-400 KB for a
// 1600x1200 street photo, so that 500 photos stay under 150 MB.
const quality = 82

// ErrHEIC is wrapped by Reduce's error for HEIC/HEIF photos (an iPhone's
// default): no pure-Go decoder is available, so they are not supported.
// The iPhone's Settings > Camera > Formats > Most Compatible takes JPEGs.
var ErrHEIC = words.Errorf("HEIC photos are not supported; set the iPhone to Most Compatible (JPEG) or convert them")

// Photo is a photo as a project stores it.
type Photo struct {
	// ID is the SHA-256 of Data, in hex: the same photo has the same ID
	// in every copy of a project.
	ID string
	// Name is the file name it came from, without folders.
	Name string
	// Data is the JPEG (or, for photos stored as they came, PNG) bytes.
	Data          []byte
	ContentType   string
	Width, Height int
	// Taken is when the photo was taken (zero when unknown).
	Taken time.Time
	// HasGPS says whether Lat and Lon hold where it was taken.
	HasGPS   bool
	Lat, Lon float64
}

// Reduce makes a photo ready to store: decoded (JPEG or PNG; a large
// JPEG straight at 1/2, 1/4 or 1/8 of its size), turned
// upright by its EXIF orientation, scaled so its long side is at most
// MaxSide, and encoded as JPEG. Only the GPS position and the time taken
// are kept, as fields; the rest of the metadata (camera, serial numbers,
// thumbnails) is dropped. name is the file's name, for messages.
func Reduce(name string, data []byte) (Photo, error) {
	if isHEIC(data) {
		return Photo{}, words.Errorf("photo: %s: %w", name, ErrHEIC)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return Photo{}, words.Errorf("photo: %s: not a JPEG or PNG photo (%v)", name, err)
	}
	if err := CheckPixels(name, cfg.Width, cfg.Height); err != nil {
		return Photo{}, err
	}
	img, err := decodeFor(format, data, cfg.Width, cfg.Height)
	if err != nil {
		return Photo{}, words.Errorf("photo: %s: the %s data is damaged (%v)", name, format, err)
	}
	ex := Exif{Orientation: 1}
	if format == "jpeg" {
		ex = ReadExif(data)
	}
	w, h := fitSize(cfg.Width, cfg.Height, MaxSide) // from the full size: a decode at 1/2 rounds up
	out := upright(img, w, h, ex.Orientation)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, out, &jpeg.Options{Quality: quality}); err != nil {
		return Photo{}, fmt.Errorf("photo: %s: encoding: %w", name, err)
	}
	b := out.Bounds()
	return Photo{ID: ID(buf.Bytes()), Name: name, Data: buf.Bytes(), ContentType: "image/jpeg",
		Width: b.Dx(), Height: b.Dy(), Taken: ex.Taken, HasGPS: ex.HasGPS, Lat: ex.Lat, Lon: ex.Lon}, nil
}

// ID returns the ID of a photo's stored bytes.
func ID(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// isHEIC recognises an ISO-BMFF file of the HEIF family by its ftyp box.
func isHEIC(b []byte) bool {
	if len(b) < 12 || string(b[4:8]) != "ftyp" {
		return false
	}
	switch string(b[8:12]) {
	case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif":
		return true
	}
	return false
}

// upright returns img scaled to w x h (at most its size) and turned by
// EXIF orientation o. A decoded JPEG (YCbCr planes) stays in YCbCr,
// which the JPEG encoder takes as it is; other images go through RGBA.
func upright(img image.Image, w, h, o int) image.Image {
	b := img.Bounds()
	if y, ok := img.(*image.YCbCr); ok && b.Min == (image.Point{}) {
		return orientYCbCr(scaleYCbCr(y, w, h), o)
	}
	if w == b.Dx() && h == b.Dy() {
		return orient(img, o)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.BiLinear.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
	return orient(dst, o)
}
