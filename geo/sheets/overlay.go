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

// FrameCorners are where the map frame's corners (top-left, top-right,
// bottom-right, bottom-left: north-west, north-east, south-east,
// south-west of the code's box) lie in the photo, in pixels.
func (r Reading) FrameCorners() [4][2]float64 {
	l, _ := NewLayout("A4")
	x, y, w, h := l.MapFrame()
	var out [4][2]float64
	for i, c := range [4][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}} {
		out[i][0], out[i][1] = r.H.Apply(c[0], c[1])
	}
	return out
}
