package app

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/khoroomap/khoroomap/geo/sheets"
)

// qrPhoto is a PNG photo in dir of a QR code holding text, 8 pixels a
// module on white.
func qrPhoto(t *testing.T, dir, text string) string {
	m, err := qrcode.NewQRCodeWriter().Encode(text, gozxing.BarcodeFormat_QR_CODE, 1, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	const k, margin = 8, 64
	img := image.NewGray(image.Rect(0, 0, m.GetWidth()*k+2*margin, m.GetHeight()*k+2*margin))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for y := 0; y < m.GetHeight()*k; y++ {
		for x := 0; x < m.GetWidth()*k; x++ {
			if m.Get(x/k, y/k) {
				img.SetGray(margin+x, margin+y, color.Gray{})
			}
		}
	}
	path := filepath.Join(dir, "хуудас.png")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	return path
}

// Field sheet photos that cannot be read, and corners clicked out of
// order, are refused in Mongolian.
var sheetErrorCases = []namedErrorCase{
	{errorCase{"a text file named .jpg", func(t *testing.T, dir string) error {
		_, _, err := sheets.ReadPhoto(write(t, dir, "хуудас.jpg", "сайн байна уу"))
		return err
	}, "image: unknown format"}, nil},
	{errorCase{"another program's QR code", func(t *testing.T, dir string) error {
		_, _, err := sheets.ReadPhoto(qrPhoto(t, dir, "976543210"))
		return err
	}, ""}, nil},
	{errorCase{"corners clicked out of order", func(t *testing.T, dir string) error {
		code := sheets.Code{Project: "Хороо6", Page: "СБД-6/1"}
		_, err := sheets.Manual(image.NewGray(image.Rect(0, 0, 400, 600)), code, [4][2]float64{{10, 10}, {390, 590}, {390, 10}, {10, 590}})
		return err
	}, ""}, nil},
}

// Each refusal of a field sheet reads in Mongolian.
func TestSheetErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, sheetErrorCases)
}
