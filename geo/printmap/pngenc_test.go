package printmap

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"testing"
)

// A page written by WritePNG reads back pixel for pixel, says its
// resolution (pHYs, pixels per metre) and is within 10% of image/png's
// default size.
func TestWritePNG(t *testing.T) {
	imgs, err := PageImages(sample(t), Extent{}, Options{Landscape: true, DPI: 150, Date: day}, fonts)
	if err != nil {
		t.Fatal(err)
	}
	page := imgs[0]
	var fast, std bytes.Buffer
	if err := WritePNG(&fast, page, 150); err != nil {
		t.Fatal(err)
	}
	png.Encode(&std, page)
	back, err := png.Decode(bytes.NewReader(fast.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	b := page.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := page.At(x, y).RGBA()
			r2, g2, b2, _ := back.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				t.Fatalf("pixel %d,%d is %v, written %v", x, y, page.At(x, y), back.At(x, y))
			}
		}
	}
	if ratio := float64(fast.Len()) / float64(std.Len()); ratio > 1.10 {
		t.Errorf("%d bytes, %.2f times image/png's", fast.Len(), ratio)
	}
	data := fast.Bytes()
	i := bytes.Index(data, []byte("pHYs"))
	if i < 0 {
		t.Fatal("no pHYs chunk")
	}
	if ppm := binary.BigEndian.Uint32(data[i+4:]); ppm != 5906 || data[i+12] != 1 {
		t.Errorf("pHYs says %d per unit %d, want 5906 per metre (150 dpi)", ppm, data[i+12])
	}
	var rgba bytes.Buffer // a translucent picture keeps its alpha
	tr := image.NewNRGBA(image.Rect(0, 0, 3, 3))
	tr.Pix[3] = 0x80
	if err := encodePNG(&rgba, tr, 0); err != nil {
		t.Fatal(err)
	}
	if img, err := png.Decode(&rgba); err != nil || img.(*image.NRGBA).Pix[3] != 0x80 {
		t.Errorf("the alpha was lost: %v", err)
	}
}

// BenchmarkWritePNG is the encoding of an A4 page at 300 dpi, beside
// image/png's default (the naive baseline).
func BenchmarkWritePNG(b *testing.B) {
	imgs, err := PageImages(with500(b), Extent{}, Options{Landscape: true, DPI: 300, Date: day}, fonts)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.Run("fixed-filter", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			WritePNG(&buf, imgs[0], 300)
		}
		b.ReportMetric(float64(buf.Len()), "bytes")
	})
	b.Run("image-png", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			png.Encode(&buf, imgs[0])
		}
		b.ReportMetric(float64(buf.Len()), "bytes")
	})
}
