package printmap

import (
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
	"math"

	"github.com/khoroomap/khoroomap/geo/words"
)

// WritePNG writes a page image as PNG with its resolution in a pHYs
// chunk, so that it prints at its size (A4 stays A4) rather than at the
// viewer's guess (see encodePNG for the compression).
func WritePNG(w io.Writer, img image.Image, dpi int) error {
	if err := encodePNG(w, img, dpi); err != nil {
		return words.Errorf("printmap: writing the page as PNG: %w", err)
	}
	return nil
}

// physChunk is a PNG pHYs chunk: pixels per metre on both axes.
func physChunk(dpi int) []byte {
	ppm := uint32(math.Round(float64(dpi) / 0.0254))
	c := make([]byte, 4+4+9+4)
	binary.BigEndian.PutUint32(c, 9)
	copy(c[4:], "pHYs")
	binary.BigEndian.PutUint32(c[8:], ppm)
	binary.BigEndian.PutUint32(c[12:], ppm)
	c[16] = 1 // the unit is the metre
	binary.BigEndian.PutUint32(c[17:], crc32.ChecksumIEEE(c[4:17]))
	return c
}
