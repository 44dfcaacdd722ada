package sheets

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo/store"
)

// OverlayPxPerMM is the resolution sheets are kept at in a project: 8
// pixels per page millimetre, finer than a pen line.
const OverlayPxPerMM = 8

// RectifiedPNG is the sheet's map frame straightened (Rectify at
// OverlayPxPerMM) and encoded as PNG.
func RectifiedPNG(photo image.Image, rd Reading) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, Rectify(photo, rd, OverlayPxPerMM)); err != nil {
		return nil, fmt.Errorf("sheets: encoding page %s: %w", rd.Code.Page, err)
	}
	return buf.Bytes(), nil
}

// Overlay is the sheet read from the photo at path, straightened and laid
// over its code's corners, ready to be kept in a project (AddOverlay).
func Overlay(path string, photo image.Image, rd Reading) (store.Overlay, error) {
	data, err := RectifiedPNG(photo, rd)
	if err != nil {
		return store.Overlay{}, err
	}
	return store.NewOverlay(rd.Code.Page, filepath.Base(path), data, rd.Code.Bound)
}
