package sheets

import (
	"fmt"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// drawMarkers draws the four corner markers: a black square, a white
// ring and a black centre, 8:4:2, so that a scanline across one reads
// dark, light, dark, light, dark as 2:1:2:1:2 — unlike a QR finder
// pattern's 1:1:3:1:1, which a QR reader would take them for.
func drawMarkers(c *canvas, l Layout) {
	u := l.Marker / 8
	for _, m := range l.Markers {
		for i, n := range []float64{8, 4, 2} {
			col := ink
			if i == 1 {
				col = white
			}
			c.fill(rect{m[0] - n*u/2, m[1] - n*u/2, n * u, n * u}, col)
		}
	}
}

// qrMatrix encodes text as a QR code with error correction level M and
// no quiet zone (the page leaves white around it).
func qrMatrix(text string) (*gozxing.BitMatrix, error) {
	hints := map[gozxing.EncodeHintType]any{
		gozxing.EncodeHintType_ERROR_CORRECTION: "M",
		gozxing.EncodeHintType_MARGIN:           0,
	}
	m, err := qrcode.NewQRCodeWriter().Encode(text, gozxing.BarcodeFormat_QR_CODE, 1, 1, hints)
	if err != nil {
		return nil, fmt.Errorf("sheets: the QR code for %q: %w", text, err)
	}
	return m, nil
}

// drawQR draws text as a QR code filling box r.
func drawQR(c *canvas, r rect, text string) error {
	m, err := qrMatrix(text)
	if err != nil {
		return err
	}
	n := m.GetWidth()
	u := r.w / float64(n)
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if m.Get(x, y) {
				// a hair wider so that neighbouring modules do not leave seams
				c.fill(rect{r.x + float64(x)*u, r.y + float64(y)*u, u + 0.02, u + 0.02}, ink)
			}
		}
	}
	return nil
}
