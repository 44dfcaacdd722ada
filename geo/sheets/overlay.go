package sheets

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
)

// OverlayPxPerMM is the resolution sheets are kept at in a project: 8
// pixels per page millimetre, finer than a pen line.
const OverlayPxPerMM = 8

// RectifiedPNG is the sheet's map frame straightened (Rectify at
// OverlayPxPerMM) and encoded as PNG, ready to be kept in a project and
// laid over the code's corners.
func RectifiedPNG(photo image.Image, rd Reading) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, Rectify(photo, rd, OverlayPxPerMM)); err != nil {
		return nil, fmt.Errorf("sheets: encoding page %s: %w", rd.Code.Page, err)
	}
	return buf.Bytes(), nil
}
