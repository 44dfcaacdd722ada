package smalljpeg

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"math"
)

// A small baseline JPEG encoder of the tests' own, for what Go's encoder
// never writes: 4:4:4, 4:2:2 and 4:4:0 sampling and restart markers. The
// Huffman tables are the ones Go's encoder writes (T.81 K.3), taken from
// its output; image/jpeg, decoding what this writes, is the reference.

// layout is how a test photo is coded.
type layout struct {
	h, v    int // luma sampling; 0 for grayscale
	restart int // MCUs between restart markers; 0 for none
}

// code is a Huffman code: its bits and length.
type code struct{ bits, n int }

// goTables returns the DHT segment of Go's encoder and the codes of its
// four tables: DC and AC of luma (0), then of chroma (1).
func goTables() ([]byte, [2][2]map[byte]code) {
	var buf bytes.Buffer
	jpeg.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 8, 8)), nil)
	b := buf.Bytes()
	i := bytes.Index(b, []byte{0xFF, 0xC4})
	n := int(binary.BigEndian.Uint16(b[i+2:]))
	seg := b[i : i+2+n]
	var codes [2][2]map[byte]code
	for t := b[i+4 : i+2+n]; len(t) > 0; {
		m, c, k := map[byte]code{}, 0, 17
		for l := 1; l <= 16; l++ {
			for range int(t[l]) {
				m[t[k]] = code{c, l}
				c, k = c+1, k+1
			}
			c <<= 1
		}
		codes[t[0]&15][t[0]>>4] = m
		t = t[k:]
	}
	return seg, codes
}

// testQuant is the quantisation table of component kind t (0 luma, 1
// chroma) in natural order: finer at low frequencies, as photos' are.
func testQuant(t int) (q [64]int) {
	for i := range q {
		q[i] = 2 + (i/8+i%8)*(2+t)
	}
	return q
}

// encode writes img as a baseline JPEG with the given layout.
func encode(img image.Image, l layout) []byte {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	planes := toPlanes(img)
	dht, codes := goTables()
	var out bytes.Buffer
	out.Write([]byte{0xFF, 0xD8})
	for t := range 2 {
		q := testQuant(t)
		seg := []byte{0xFF, 0xDB, 0, 67, byte(t)}
		for _, z := range zigzag {
			seg = append(seg, byte(q[z]))
		}
		out.Write(seg)
	}
	nf := 3
	if l.h == 0 {
		nf, l.h, l.v = 1, 1, 1
	}
	sof := []byte{0xFF, 0xC0, 0, byte(8 + 3*nf), 8, byte(h >> 8), byte(h), byte(w >> 8), byte(w), byte(nf)}
	sos := []byte{0xFF, 0xDA, 0, byte(6 + 2*nf), byte(nf)}
	for c := range nf {
		f := byte(0x11)
		if c == 0 {
			f = byte(l.h<<4 | l.v)
		}
		sof = append(sof, byte(c+1), f, byte(min(c, 1)))
		sos = append(sos, byte(c+1), byte(min(c, 1)*0x11))
	}
	out.Write(sof)
	out.Write(dht)
	if l.restart > 0 {
		out.Write([]byte{0xFF, 0xDD, 0, 4, byte(l.restart >> 8), byte(l.restart)})
	}
	out.Write(append(sos, 0, 63, 0))
	e := &entropy{codes: codes}
	e.scan(planes[:nf], w, h, l)
	out.Write(e.out)
	out.Write([]byte{0xFF, 0xD9})
	return out.Bytes()
}

// toPlanes converts img to full-size Y, Cb and Cr planes.
func toPlanes(img image.Image) [3][][]float64 {
	b := img.Bounds()
	var p [3][][]float64
	for c := range p {
		p[c] = make([][]float64, b.Dy())
		for y := range p[c] {
			p[c][y] = make([]float64, b.Dx())
		}
	}
	for y := range b.Dy() {
		for x := range b.Dx() {
			r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			yy, cb, cr := color.RGBToYCbCr(uint8(r>>8), uint8(g>>8), uint8(bl>>8))
			p[0][y][x], p[1][y][x], p[2][y][x] = float64(yy), float64(cb), float64(cr)
		}
	}
	return p
}

// fdct is the forward DCT of T.81 A.3.3 of an 8x8 block, level-shifted.
func fdct(s *[64]float64) (f [64]float64) {
	for v := range 8 {
		for u := range 8 {
			var sum float64
			for y := range 8 {
				for x := range 8 {
					sum += (s[y*8+x] - 128) * math.Cos(float64((2*x+1)*u)*math.Pi/16) * math.Cos(float64((2*y+1)*v)*math.Pi/16)
				}
			}
			f[v*8+u] = sum * cu(u) * cu(v) / 4
		}
	}
	return f
}

func cu(u int) float64 {
	if u == 0 {
		return 1 / math.Sqrt2
	}
	return 1
}
