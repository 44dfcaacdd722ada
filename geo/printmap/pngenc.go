package printmap

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"io"
)

// pngFilter is the PNG row filter every row uses (1 Sub, 2 Up, 4 Paeth).
// Printed maps are flat areas with thin lines and text: one fixed filter
// (Up) and deflate level 5 make files 2-10% larger than image/png's
// default, in half the time; choosing a filter per row was most of the
// time of a page (measured on real khoroo pages at 300 dpi).
var pngFilter byte = 2

// pngLevel is the deflate level of pages.
var pngLevel = 5

// encodePNG writes img as an 8-bit RGB PNG when it is an opaque RGBA
// image (a page or a map), with the resolution in a pHYs chunk when dpi
// is above 0; other images go through image/png.
func encodePNG(w io.Writer, img image.Image, dpi int) error {
	rgba, ok := img.(*image.RGBA)
	if !ok || !rgba.Opaque() {
		return (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, img)
	}
	b := rgba.Bounds()
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, uint32(b.Dx()))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(b.Dy()))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits, RGB
	writeChunk(bw, "IHDR", ihdr)
	if dpi > 0 {
		bw.Write(physChunk(dpi))
	}
	idat := &chunkWriter{w: bw, name: "IDAT"}
	zw, _ := zlib.NewWriterLevel(idat, pngLevel)
	cur, prev := make([]byte, 1+3*b.Dx()), make([]byte, 1+3*b.Dx())
	raw := make([]byte, 3*b.Dx())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := rgba.Pix[rgba.PixOffset(b.Min.X, y):]
		for x, i := 0, 0; x < b.Dx(); x, i = x+1, i+4 {
			raw[3*x], raw[3*x+1], raw[3*x+2] = row[i], row[i+1], row[i+2]
		}
		filterRow(cur, prev, raw)
		if _, err := zw.Write(cur); err != nil {
			return err
		}
		copy(prev[1:], raw)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	idat.flush()
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// filterRow fills out (filter byte, then the filtered row) from raw and
// the previous raw row (prev[1:]).
func filterRow(out, prev, raw []byte) {
	out[0] = pngFilter
	p := prev[1:]
	switch pngFilter {
	case 1:
		for i := range raw {
			var a byte
			if i >= 3 {
				a = raw[i-3]
			}
			out[1+i] = raw[i] - a
		}
	case 4:
		for i := range raw {
			var a, c byte
			if i >= 3 {
				a, c = raw[i-3], p[i-3]
			}
			out[1+i] = raw[i] - paeth(a, p[i], c)
		}
	default:
		out[0] = 2
		for i := range raw {
			out[1+i] = raw[i] - p[i]
		}
	}
}

// writeChunk writes one PNG chunk with its length and CRC.
func writeChunk(w io.Writer, name string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(name))
	crc.Write(data)
	w.Write([]byte(name))
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}

// chunkWriter cuts what is written to it into chunks of a type.
type chunkWriter struct {
	w    io.Writer
	name string
	buf  []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	c.buf = append(c.buf, p...)
	if len(c.buf) >= 1<<16 {
		c.flush()
	}
	return len(p), nil
}

func (c *chunkWriter) flush() {
	if len(c.buf) > 0 {
		writeChunk(c.w, c.name, c.buf)
		c.buf = c.buf[:0]
	}
}

// paeth is the PNG Paeth predictor of a (left), b (above) and c (above
// left).
func paeth(a, b, c byte) byte {
	pa := absInt(int(b) - int(c))
	pb := absInt(int(a) - int(c))
	pc := absInt(int(a) + int(b) - 2*int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
