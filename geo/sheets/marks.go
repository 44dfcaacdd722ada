package sheets

import (
	"fmt"
	"math"

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

// qrModule is the side of a QR module on an A4 sheet: 6 pixels at 150
// dpi (12 at 300), so that modules are crisp whole pixels.
const qrModule = 6 * 25.4 / 150

// qrPlace is where a QR code of n modules goes in the layout's QR box:
// its top-left corner, on whole pixels of A4 at 150 dpi, at the box's
// bottom-right, and the module's side, all in millimetres.
func qrPlace(l Layout, n int) (x, y, u float64) {
	u = qrModule * l.k
	snap := func(v float64) float64 { return math.Round(v/qrModule) * qrModule }
	side := float64(n) * u
	return snap(l.qr.x + l.qr.w - side), snap(l.qr.y + l.qr.h - side), u
}

// drawQR draws text as a QR code in the layout's QR box.
func drawQR(c *canvas, l Layout, text string) error {
	m, err := qrMatrix(text)
	if err != nil {
		return err
	}
	n := m.GetWidth()
	x0, y0, u := qrPlace(l, n)
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if m.Get(x, y) {
				c.fill(rect{x0 + float64(x)*u, y0 + float64(y)*u, u, u}, ink)
			}
		}
	}
	return nil
}
