package sheets

import (
	"errors"
	"fmt"
	"image"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// ErrNoSheet is returned by Read for an image in which no field sheet's
// QR code can be read.
var ErrNoSheet = errors.New("no field sheet found (its QR code could not be read)")

// Reading is what Read found in a photo of a sheet.
type Reading struct {
	Code Code
	// H takes page millimetres (of the A4 layout; an A3 sheet reads as
	// the same page scaled) to the photo's pixels.
	H Homography
	// Markers says which corner markers were found (top-left, top-right,
	// bottom-right, bottom-left).
	Markers [4]bool
	// Residual is the root mean square distance, in metres on the ground,
	// between where the marks were found and where H puts them.
	Residual float64
}

// Found is the number of corner markers found.
func (r Reading) Found() int {
	n := 0
	for _, m := range r.Markers {
		if m {
			n++
		}
	}
	return n
}

// workSide is the longest side, in pixels, photos are analysed at.
const workSide = 2400

// Read finds a field sheet in a photo or scan: its QR code, then the four
// corner markers near where the code says they are, and the perspective
// from both. A photo without a readable code gives ErrNoSheet.
func Read(img image.Image) (Reading, error) {
	g, f := grayScaled(img, workSide)
	text, qrPts, err := readQR(g)
	full := g
	if err != nil && f > 1 { // a small code may need every pixel
		full, _ = grayScaled(img, 1<<30)
		text, qrPts, err = readQR(full)
		for i := range qrPts {
			qrPts[i] = [2]float64{(qrPts[i][0] - float64(f-1)/2) / float64(f), (qrPts[i][1] - float64(f-1)/2) / float64(f)}
		}
	}
	l, _ := NewLayout("A4")
	if err != nil {
		text, qrPts, err = readQRByMarkers(g, full, f, l)
	}
	if err != nil {
		return Reading{}, err
	}
	code, err := ParseCode(text)
	if err != nil {
		return Reading{}, err
	}
	pagePts, err := qrPagePoints(l, text, len(qrPts))
	if err != nil {
		return Reading{}, err
	}
	guess, err := SolveHomography(withFourth(pagePts), withFourth(qrPts))
	if err != nil {
		return Reading{}, fmt.Errorf("sheets: the QR code's finder patterns: %w", err)
	}
	rd := Reading{Code: code, H: guess}
	var src, dst [][2]float64
	// a second search, guided by the markers the first found, finds the
	// ones the code's small span pointed at too far away
	for pass := 0; pass < 2 && rd.Found() < 4; pass++ {
		if rd.H, rd.Markers, src, dst, err = fitMarks(l, pagePts, qrPts, findMarkers(g, l, rd.H)); err != nil {
			return Reading{}, fmt.Errorf("sheets: the marks found: %w", err)
		}
	}
	rd.Residual = residual(rd.H, src, dst) * metresPerMM(code, l)
	rd.H = rd.H.scaled(float64(f), float64(f-1)/2)
	return rd, nil
}

// readQR decodes the QR code of g and returns its text and its finder
// (and alignment, when found) pattern centres: bottom-left, top-left,
// top-right.
func readQR(g *image.Gray) (string, [][2]float64, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(g)
	if err != nil {
		return "", nil, fmt.Errorf("sheets: %w", err)
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return "", nil, ErrNoSheet
	}
	var pts [][2]float64
	for _, p := range res.GetResultPoints() {
		pts = append(pts, [2]float64{p.GetX(), p.GetY()})
	}
	if len(pts) < 3 {
		return "", nil, ErrNoSheet
	}
	return res.GetText(), pts[:min(len(pts), 4)], nil
}
